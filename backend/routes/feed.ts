/**
 * `GET /assignments/feed` (contract 1.1): the 50 most recently published public, open
 * assignments that match the same query as `GET /assignments`, as Atom 1.0 (RFC 4287), so a
 * visitor follows a search in a feed reader or a mail service.
 */
import { z } from 'zod';
import { LANGUAGE_TAG } from '../../src/api/content-language.js';
import { detailHref } from '../../src/shared/collection/detail-url.js';
import { assignmentFacets, type AssignmentFacet } from '../ports.js';
import { assignmentQuerySchema, parseWith, queryObject } from '../http/input.js';
import { invalidInput } from '../http/problem.js';
import { matchesEtag } from '../http/respond.js';
import { hashText } from '../http/hash.js';
import { publicRequestUrl } from '../http/public-url.js';
import { scopeOf } from '../policy.js';
import { presentAssignment } from '../present.js';
import { parseSearch } from '../search.js';
import { negotiateLanguage } from '../text.js';
import { operations } from './docs.js';
import type { Routes } from './routes.js';

export const FEED_SIZE = 50;

/**
 * The query of a search, and (extension) the language of the page the feed link is on: a feed
 * reader fetches the link with its own `Accept-Language` (or the browser's), so on an English
 * page the feed came in Dutch. `lang` is taken before that header.
 */
export const feedQuerySchema = assignmentQuerySchema.safeExtend({
  lang: z.string().max(35, { error: 'Hooguit 35 tekens.' }).regex(LANGUAGE_TAG, { error: 'Een taalcode als nl of en (BCP 47).' }).optional(),
});

/** Characters XML 1.0 has no place for (controls, lone surrogates, U+FFFE/U+FFFF): stored text may hold them, the feed must still parse. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const xml = (text: string) =>
  text
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

/**
 * `xml:lang` for an element that holds the assignment's own words (its title, its summary as the
 * content), where they are in another language than the feed (RFC 4287 §2 allows it on every
 * element, XML 1.0 §2.12): a reader then reads an English title in a Dutch feed as English. Not
 * on the `<entry>`: its category label is the feed's language, and the organisation's name is
 * the organisation's, not written with the assignment.
 */
const ownText = (language: string | undefined, feed: string) =>
  language && language.toLowerCase() !== feed.toLowerCase() ? ` xml:lang="${xml(language)}"` : '';

/** What these operations say in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  getAssignmentFeed: {
    summary: 'The newest public, open assignments matching a search, as Atom 1.0',
    description:
      'The same query as GET /assignments; whatever it says about visibility, status, order and paging, the feed holds the 50 most recently published public, open assignments that match.',
    tags: ['assignments'],
    auth: 'optional',
    // The route parses the whole assignment query (so every parameter of a search URL is valid here).
    query: feedQuerySchema,
    queryNotes: {
      lang: "Extension (additive): the feed's language, as the page with the link has it (BCP 47); taken before Accept-Language, which a feed reader sends its own. One this backend does not speak falls back to Accept-Language",
    },
    responses: {
      200: {
        description: 'An Atom feed (RFC 4287), at most 50 entries',
        content: { 'application/atom+xml': { type: 'string' } },
        headers: ['ETag', 'Content-Language'],
      },
    },
  },
});

export function feedRoutes(routes: Routes): void {
  routes.get('/assignments/feed', docs.getAssignmentFeed, async (c) => {
    const url = new URL(c.req.url);
    const parsed = parseWith(feedQuerySchema, queryObject(url.searchParams, feedQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { today } = c.var;
    // The page's language first, then the reader's: as if it led the Accept-Language header.
    const lang = q.lang ? negotiateLanguage(`${q.lang}, ${c.req.header('Accept-Language') ?? ''}`) : c.var.lang;
    const labels = lang === c.var.lang ? c.var.labels : await c.get('deps').vocabulary.labels(lang);
    const { config } = c.get('deps');
    // An English reader lands on the English board, where the host has one.
    const boardUrl = (lang === 'en' ? config.boardUrlEn : null) ?? config.boardUrl;
    const selected = Object.fromEntries(assignmentFacets.map((f) => [f, q[f]])) as Record<AssignmentFacet, string[]>;
    const result = await c.get('deps').store.searchAssignments({
      // A feed is public: no credentials, no internal data, only what is open today.
      filter: { scope: scopeOf(null), visibility: 'public', status: 'open', today, search: parseSearch(q.q), hoursMin: q.hoursMin, hoursMax: q.hoursMax },
      selected,
      sort: '-publishedAt',
      offset: 0,
      limit: FEED_SIZE,
    });
    const items = result.items.map((a) => presentAssignment(a, labels, today));
    // As the reader fetched it: behind a TLS proxy this process sees http (backend/http/public-url.ts).
    const self = publicRequestUrl(c.req.raw, c.get('deps').config).href;
    const updated = items.reduce((latest, a) => (Date.parse(a.publishedAt) > Date.parse(latest) ? a.publishedAt : latest), items[0]?.publishedAt ?? `${today}T00:00:00Z`);
    // The search as a person reads it: code-list values by their labels, organisations by their
    // names (an id no organisation has stays as it was asked).
    const names = q.organisation.length ? await c.get('deps').store.organisationNames(q.organisation) : new Map<string, string>();
    const chosen = (Object.entries(selected) as [AssignmentFacet, string[]][]).flatMap(([name, values]) =>
      name === 'organisation' ? values.map((id) => names.get(id) ?? id) : values.map((value) => labels.code(name, value).label),
    );
    const filters = [q.q, ...chosen].filter(Boolean).join(', ');
    const title = lang === 'en' ? `Assignments${filters ? `: ${filters}` : ''}` : `Opdrachten${filters ? `: ${filters}` : ''}`;
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xml(self)}</id>
  <title>${xml(title)}</title>
  <updated>${xml(new Date(updated).toISOString())}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
${boardUrl && !boardUrl.includes('{id}') ? `  <link rel="alternate" type="text/html" href="${xml(boardUrl)}"/>\n` : ''}  <author><name>Flexschil</name></author>
  <generator>Flexschil</generator>
${items
  .map((a) => {
    // Without a page of its own: the board (`BOARD_URL`), its `{id}` as the lists' `detail-url`.
    const link = a.url ?? detailHref(boardUrl, a.id);
    const own = ownText(a.language, lang);
    return `  <entry>
    <id>urn:flexschil:assignment:${xml(a.id)}</id>
    <title${own}>${xml(a.title)}</title>
    ${link ? `<link rel="alternate" type="text/html" href="${xml(link)}"/>` : ''}
    <published>${xml(new Date(a.publishedAt).toISOString())}</published>
    <updated>${xml(new Date(a.publishedAt).toISOString())}</updated>
    <author><name>${xml(a.organisation.name)}</name></author>
    <category term="${xml(a.field.value)}" label="${xml(a.field.label)}"/>
    <content type="text"${own}>${xml(a.summary ?? a.title)}</content>
  </entry>`;
  })
  .join('\n')}
</feed>
`;
    const etag = `W/"${hashText(body)}"`;
    const headers = {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Content-Language': lang,
      'Cache-Control': `public, max-age=${c.get('deps').config.publicMaxAge}`,
      Vary: 'Accept-Language',
      ETag: etag,
    };
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers });
  });
}
