/**
 * schema.org `JobPosting` for search engines (https://schema.org/JobPosting,
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting).
 * Internal, closed and expired assignments are never published.
 */
import type { Assignment, ContractType } from '../api/schemas.js';
import { today as todayInZone } from '../i18n/format.js';
import { inertContent } from './trusted-types.js';

/** How the board writes the JSON into its script: the board loads it with this chunk, not before. */
export { setScriptJson } from './trusted-types.js';

const employmentTypes: Record<ContractType, 'CONTRACTOR' | 'TEMPORARY'> = {
  inhuur: 'CONTRACTOR',
  interim: 'CONTRACTOR',
  detachering: 'TEMPORARY',
  intern: 'TEMPORARY',
  belangeloos: 'TEMPORARY',
};

/** Elements after which text starts a new line (https://html.spec.whatwg.org/#flow-content: the block-level ones). */
const BLOCKS = 'address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, td, th, tr, ul';
/**
 * What is parsed of a description at most: a hostile backend's megabytes of nested elements
 * would hold the page up (parsing deep nesting grows faster than its length: 10,000 nested
 * `<div>`s take ~0.5 s, 2,000 ~20 ms). A real description is a few hundred tags.
 */
const MAX_HTML = 50_000;
const MAX_TAGS = 2_000;

function bounded(html: string): string {
  let end = Math.min(html.length, MAX_HTML);
  for (let i = 0, at = html.indexOf('<'); at !== -1 && at < end; i++, at = html.indexOf('<', at + 1)) {
    if (i === MAX_TAGS) end = at;
  }
  return html.slice(0, end);
}

/**
 * The text of an HTML fragment, with a line break between blocks so sentences of separate
 * paragraphs and list items do not run together. `textContent` alone would also include the
 * code in `<script>` and `<style>`.
 */
export function plainText(html: string): string {
  const body = inertContent(bounded(html));
  for (const hidden of body.querySelectorAll('script, style, template')) hidden.remove();
  for (const block of body.querySelectorAll(BLOCKS)) block.after('\n');
  return (body.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Whether a posting may be published: public, open, and its closing date not past (`today` as `YYYY-MM-DD`). */
export function isPublishable(assignment: Assignment, today: string): boolean {
  return assignment.visibility === 'public' && assignment.status === 'open' && assignment.closingDate >= today;
}

export function jobPosting(assignment: Assignment, detailUrl?: string | null): Record<string, unknown> {
  const { organisation, location, rate } = assignment;
  return {
    '@type': 'JobPosting',
    title: assignment.title,
    description: plainText(assignment.description) || assignment.summary || assignment.title,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: assignment.id },
    datePosted: assignment.publishedAt.slice(0, 10),
    validThrough: `${assignment.closingDate}T23:59:59`,
    employmentType: [...new Set(assignment.types.map((t) => employmentTypes[t]))],
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.logoUrl ? { logo: organisation.logoUrl } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: location.place,
        addressRegion: location.region.label,
        addressCountry: 'NL',
      },
    },
    ...(location.mode === 'remote' ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'NL' } } : {}),
    ...(rate && (rate.min !== null || rate.max !== null)
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: rate.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(rate.min !== null ? { minValue: rate.min } : {}),
              ...(rate.max !== null ? { maxValue: rate.max } : {}),
              unitText: rate.unit.toUpperCase(),
            },
          },
        }
      : {}),
    ...((detailUrl ?? assignment.url) ? { url: detailUrl ?? assignment.url } : {}),
  };
}

/** The JSON-LD document for the visible assignments that may be published, safe to put inside a `<script>` element. */
export function jobPostingsJson(assignments: Assignment[], detailUrl?: (a: Assignment) => string | null, today = todayInZone()): string {
  const graph = assignments.filter((a) => isPublishable(a, today)).map((a) => jobPosting(a, detailUrl?.(a)));
  // `<` escaped so no backend string can close the script element (`</script>`).
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}
