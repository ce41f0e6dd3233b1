// Whether an empty list is empty because nothing has been recorded yet (offer 新建 / 导入) or
// because the current filters or search hide everything (offer 清除筛选). Pure, for tests.

/** Paging and sorting change the view, not what matches: they never make a list "filtered". */
const NOT_FILTERS: ReadonlySet<string> = new Set(['page', 'pageSize', 'sortBy', 'sortDir', 'tab']);

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** True when any filter or search in `values` is set (paging and sorting do not count). */
export function hasActiveFilters(values: object, ignore: readonly string[] = []): boolean {
  return Object.entries(values).some(([key, value]) => !NOT_FILTERS.has(key) && !ignore.includes(key) && isSet(value));
}

/** `filters` with every filter cleared (set to undefined, so a merging setter drops it too) and back on page 1. */
export function clearedFilters<T extends object>(filters: T): T {
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) next[key] = NOT_FILTERS.has(key) ? value : undefined;
  if ('page' in filters) next['page'] = 1;
  return next as T;
}
