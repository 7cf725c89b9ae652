/**
 * Rules about assignments that every side applies the same way.
 */

/**
 * CONTRACT.md §1: an assignment whose `closingDate` is past is `closed`, whatever its stored
 * status — in lists (`status=open` is the default), on the board, and when someone applies
 * (409). `today` is the Dutch calendar date (`YYYY-MM-DD`); the closing date itself is the last
 * day to apply.
 */
export function isClosed(assignment: { status: string; closingDate: string }, today: string): boolean {
  return assignment.status === 'closed' || assignment.closingDate < today;
}

/** CONTRACT.md §1: the hours a search may ask for (`hoursMin`, `hoursMax`): whole hours in a week. */
export const HOURS_QUERY = { min: 0, max: 168 } as const;

/**
 * CONTRACT.md §1: a search's `hoursMax` is at least its `hoursMin`; a backend answers 400 to
 * one that is not. True when either is missing.
 */
export function hoursInOrder(min: number | undefined, max: number | undefined): boolean {
  return min === undefined || max === undefined || max >= min;
}
