// The selection of a paged list, kept apart from React so it can be unit-tested. The
// selection survives paging (select on page 1, then on page 2, export both); antd reports
// only the current page's keys, so the page's part is replaced and the rest kept.

export type Selection = ReadonlySet<string>;

export const EMPTY_SELECTION: Selection = new Set();

/** The selection after antd reports `selectedOnPage` as the page's selected keys. */
export function withPageSelection(current: Selection, pageIds: readonly string[], selectedOnPage: readonly string[]): Selection {
  const next = new Set(current);
  for (const id of pageIds) next.delete(id);
  for (const id of selectedOnPage) next.add(id);
  return next;
}

/** Drops ids that are gone (trashed by a bulk action) so the bar never counts ghosts. */
export function without(current: Selection, removed: readonly string[]): Selection {
  if (removed.length === 0) return current;
  const next = new Set(current);
  for (const id of removed) next.delete(id);
  return next;
}

/** The page's selected keys, in page order, for antd's controlled rowSelection. */
export function selectedOnPage(current: Selection, pageIds: readonly string[]): string[] {
  return pageIds.filter((id) => current.has(id));
}
