import { describe, expect, it } from 'vitest';
import { IMPORT_ENTITIES } from '@shared/domain/importing';
import { clearedFilters, hasActiveFilters } from '../../../src/renderer/src/components/emptyStateModel';
import { importEntityFrom, importPath } from '../../../src/renderer/src/features/import/importLink';

// An empty list offers 新建 / 导入 when nothing is recorded yet and 清除筛选 when filters hide
// everything; 导入 opens the wizard on the list's own kind.

describe('hasActiveFilters', () => {
  it('is false for paging, sorting and empty values, true for any set filter or search', () => {
    expect(hasActiveFilters({ page: 3, pageSize: 50, sortBy: 'fullName', sortDir: 'asc' })).toBe(false);
    expect(hasActiveFilters({ page: 1, pageSize: 20, q: '', kind: undefined, organisationId: null, tags: [] })).toBe(false);
    expect(hasActiveFilters({ q: '  ' })).toBe(false);
    expect(hasActiveFilters({ page: 1, q: '南山' })).toBe(true);
    expect(hasActiveFilters({ year: 2026 })).toBe(true);
    expect(hasActiveFilters({ status: 'active' })).toBe(true);
  });

  it('ignores the keys the caller names (a fixed scope that is not the user’s filter)', () => {
    expect(hasActiveFilters({ organisationId: 'x' }, ['organisationId'])).toBe(false);
  });
});

describe('clearedFilters', () => {
  it('clears every filter (as undefined, so a merging setter drops it) and returns to page 1, keeping page size and sort', () => {
    const cleared = clearedFilters({ page: 4, pageSize: 50, sortBy: 'endDate', sortDir: 'desc' as const, q: '订单', kind: 'order', year: 2025 });
    expect(cleared).toEqual({ page: 1, pageSize: 50, sortBy: 'endDate', sortDir: 'desc', q: undefined, kind: undefined, year: undefined });
    expect(hasActiveFilters(cleared)).toBe(false);
    const merged = { ...{ page: 2, pageSize: 20, kind: 'order' }, ...clearedFilters({ page: 2, pageSize: 20, kind: 'order' }) };
    expect(merged.kind).toBeUndefined();
  });
});

describe('import links', () => {
  it('open the wizard with the kind chosen, and read it back', () => {
    for (const entity of IMPORT_ENTITIES) {
      const path = importPath(entity);
      expect(path.startsWith('/data/import?')).toBe(true);
      expect(importEntityFrom(new URLSearchParams(path.split('?')[1]).get('entity'))).toBe(entity);
    }
    expect(importPath('partTimeTeachers')).toBe('/data/import?entity=partTimeTeachers');
  });

  it('fall back to partners for a missing or unknown kind', () => {
    expect(importEntityFrom(null)).toBe('partners');
    expect(importEntityFrom('contacts')).toBe('partners');
  });
});
