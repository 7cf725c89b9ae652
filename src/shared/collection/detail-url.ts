/**
 * An item's own page from a template with `{id}` (`/opdrachten/{id}`): the lists' `detail-url`,
 * and the feed's `BOARD_URL` on the server. No Lit here: the backend imports it too.
 */
export function detailHref(template: string | null, id: string): string | null {
  return template ? template.replaceAll('{id}', encodeURIComponent(id)) : null;
}
