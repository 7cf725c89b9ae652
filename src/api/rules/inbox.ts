/**
 * The orders of the inbox overview (`GET /me/assignments?sort=`, an extension since 2026-12-05),
 * one list that the server, the mock and `<application-inbox>` import: newest published first
 * (the default), most new (`received`) applications first, the open ones closing soonest first (then the closed ones). Not in
 * `schemas/lists.ts`: that is in every page's core, and only the inbox offers these.
 */
export const inboxSorts = ['-publishedAt', '-new', 'closingDate'] as const;

/** An order of the inbox overview. */
export type InboxSort = (typeof inboxSorts)[number];

/** The overview's order when none is asked for: newest published first. */
export const DEFAULT_INBOX_SORT: InboxSort = '-publishedAt';
