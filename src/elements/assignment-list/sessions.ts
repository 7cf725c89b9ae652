/**
 * The session line on the board's cards (attribute `sessions`, issue 17): an assignment's next
 * swarm session, from one `GET /sessions?assignment=…` for the whole page of results (a contract
 * extension). Short, and in words: "Zwermsessie: donderdag 14 januari 2027, online".
 *
 * Imported by the board only when `sessions` is set (a dynamic import, issue 15): a board
 * without it loads neither this module nor the session formatting nor the session schema.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../api/schemas.js';
import { assignmentList as messages } from '../../i18n/assignment-list.js';
import { common } from '../../i18n/common.js';
import type { Lang } from '../../i18n/lang.js';
import { sessionDay } from '../../i18n/session-time.js';
import { fill, marked, textLang } from '../../shared/backend-text.js';

/** The next session per assignment id. */
export type NextSessions = ReadonlyMap<string, Session>;

/** What the board keeps once this module and a page's sessions are loaded: the sessions and how to word them. */
export interface SessionLines {
  next: NextSessions;
  line: typeof sessionLine;
}

/**
 * Per assignment among `ids`, its first session that is not called off (the list holds upcoming
 * sessions only: the backend's `from` is today). A backend that does not know the `assignment`
 * filter answers with other sessions too: only the ones that name an assignment on the page count.
 */
export function nextSessions(sessions: readonly Session[], ids: readonly string[]): NextSessions {
  const wanted = new Set(ids);
  const next = new Map<string, Session>();
  for (const s of sessions) {
    const id = s.assignmentId;
    if (!id || !wanted.has(id) || s.status === 'cancelled') continue;
    const known = next.get(id);
    if (!known || Date.parse(s.startsAt) < Date.parse(known.startsAt)) next.set(id, s);
  }
  return next;
}

/**
 * "Zwermsessie: <day>, <place>": a link to the session's own page when it has one (the
 * session's title completes the link's name, so links on several cards differ, WCAG 2.4.4),
 * else text with the session's calendar file. Text, never colour alone.
 */
export function sessionLine(s: Session, lang: Lang, calendarUrl: string | null): TemplateResult {
  const t = messages[lang];
  const text = textLang(s, lang);
  const day = html`<time datetime=${s.startsAt}>${sessionDay(new Date(s.startsAt), lang)}</time>`;
  const line = fill(t.sessionLine, day, s.place ? marked(s.place, text) : t.sessionOnline);
  if (s.url) {
    return html`<p class="session" part="session">
      <a href=${s.url} target="_blank" rel="noopener noreferrer"
        >${line}<span class="visually-hidden">${fill(t.sessionAbout, marked(s.title, text))} ${common[lang].opensInNewWindow}</span></a
      >
    </p>`;
  }
  return html`<p class="session" part="session">
    ${line}${calendarUrl
      ? html` · <a part="session-calendar" href=${calendarUrl} type="text/calendar"
            ><span aria-hidden="true">${t.sessionCalendar}</span><span class="visually-hidden">${t.sessionCalendar}${fill(t.sessionCalendarOf, marked(s.title, text))}</span></a
          >`
      : nothing}
  </p>`;
}
