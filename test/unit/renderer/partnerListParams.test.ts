import { describe, expect, it } from 'vitest';
import { PartnerQuery } from '@shared/domain/partner';
import {
  parsePartnerListParams,
  partnerListSearch,
  toPartnerQuery,
  withFilter,
} from '../../../src/renderer/src/features/partners/partnerListParams';

// The partner list's filters live in the URL, so links can point at a filtered list.

describe('partner list URL state', () => {
  it('reads filters, sorting and paging from the query', () => {
    const params = parsePartnerListParams(
      new URLSearchParams('q=华为&kind=enterprise&status=active&industrySection=C&region=广东省&sortBy=fullName&sortDir=desc&page=3&pageSize=50'),
    );
    expect(params).toEqual({
      q: '华为',
      kind: 'enterprise',
      status: 'active',
      industrySection: 'C',
      region: '广东省',
      sortBy: 'fullName',
      sortDir: 'desc',
      page: 3,
      pageSize: 50,
    });
  });

  it('drops values that are not valid instead of sending them to the core', () => {
    const params = parsePartnerListParams(
      new URLSearchParams('kind=bank&status=&industrySection=Z&sortBy=uscc&page=-2&pageSize=7&q=%20%20'),
    );
    expect(params).toEqual({ page: 1, pageSize: 20 });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const params = { q: '华为', status: 'active' as const, page: 2, pageSize: 20 };
    const search = partnerListSearch(params);
    expect(search.toString()).toBe(new URLSearchParams({ q: '华为', status: 'active', page: '2' }).toString());
    expect(parsePartnerListParams(search)).toEqual(params);
    expect(partnerListSearch({ page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('builds a partners:list input the contract accepts, keeping the core default sort', () => {
    const query = toPartnerQuery({ q: '华为', kind: 'enterprise', page: 2, pageSize: 50 });
    expect(query).toEqual({ q: '华为', kind: 'enterprise', page: 2, pageSize: 50 });
    expect(PartnerQuery.parse(query)).toMatchObject({ sortBy: 'updatedAt', sortDir: 'desc', trashed: false });
    expect(toPartnerQuery({ page: 1, pageSize: 20, sortBy: 'status' })).toEqual({ page: 1, pageSize: 20, sortBy: 'status', sortDir: 'asc' });
  });

  it('starts a changed filter at page 1 and removes cleared filters', () => {
    const before = { q: '华为', status: 'active' as const, page: 4, pageSize: 50 };
    expect(withFilter(before, { kind: 'enterprise' })).toEqual({ ...before, kind: 'enterprise', page: 1 });
    expect(withFilter(before, { q: undefined, status: undefined })).toEqual({ page: 1, pageSize: 50 });
  });
});
