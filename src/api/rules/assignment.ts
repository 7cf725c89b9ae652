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
