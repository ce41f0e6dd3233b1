import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createSearchService, type SearchService } from '../../../src/main/search/searchService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

const HUAWEI_USCC = '914403001922038216';

let db: TestDb;
let search: SearchService;
let partners: PartnerService;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  search = createSearchService(db.ctx);
  partners = createPartnerService(db.ctx);
});
afterEach(() => db.close());

const nameKeyOf = (id: string): unknown => db.app.sqlite.prepare('select name_key from organisation where id = ?').pluck().get(id);

describe('organisation.name_key', () => {
  it('is written on create and follows the name on update', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '阿里巴巴（中国）网络技术有限公司' });
    expect(nameKeyOf(p.id)).toBe('阿里巴巴(中国)网络技术');
    await partners.update({ id: p.id, patch: { fullName: 'Foo Trading Co., Ltd.' } });
    expect(nameKeyOf(p.id)).toBe('footrading');
  });

  it('has an index the duplicate query uses', () => {
    const plan = db.app.sqlite
      .prepare("explain query plan select id from organisation where name_key = 'x' and deleted_at is null")
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toContain('USING INDEX organisation_by_name_key');
  });
});

describe('partners:checkDuplicate', () => {
  const existing = '阿里巴巴（中国）网络技术有限公司';
  it.each([
    ['阿里巴巴(中国)网络技术有限公司', 'half-width brackets'],
    ['阿里巴巴【中国】网络技术有限公司', 'other bracket style'],
    ['阿里巴巴 (中国) 网络技术 有限公司', 'spaces'],
    ['阿里巴巴（中国）网络技术股份有限公司', 'another suffix'],
    ['阿里巴巴（中国）网络技术', 'no suffix'],
    ['阿里巴巴（中国）网络技术集团有限公司', 'stacked suffixes'],
    ['阿里巴巴（中国）网络技术有限公司\u200B', 'zero-width space'],
  ])('matches %s (%s)', async (typed) => {
    const p = await partners.create({ kind: 'enterprise', fullName: existing });
    expect(await search.checkDuplicate({ fullName: typed })).toEqual([
      { id: p.id, fullName: existing, uscc: null, reason: 'name', inTrash: false },
    ]);
  });

  it.each([
    ['阿里巴巴（中国）软件技术有限公司'],
    ['阿里巴巴网络技术有限公司'],
    [''],
  ])('does not match %j', async (typed) => {
    await partners.create({ kind: 'enterprise', fullName: existing });
    expect(await search.checkDuplicate({ fullName: typed })).toEqual([]);
  });

  it('matches the same USCC (typed in lower case with spaces), trashed rows too, once per partner', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI_USCC });
    const typed = '9144 0300 1922 0382 16';
    expect(await search.checkDuplicate({ fullName: '华为技术有限公司', uscc: typed })).toEqual([
      { id: p.id, fullName: '华为技术有限公司', uscc: HUAWEI_USCC, reason: 'uscc', inTrash: false },
    ]);
    await partners.delete(p.id);
    expect(await search.checkDuplicate({ fullName: '另一个名字', uscc: HUAWEI_USCC.toLowerCase() })).toEqual([
      { id: p.id, fullName: '华为技术有限公司', uscc: HUAWEI_USCC, reason: 'uscc', inTrash: true },
    ]);
    // A trashed same-name partner is not a name duplicate.
    expect(await search.checkDuplicate({ fullName: '华为技术有限公司' })).toEqual([]);
  });

  it('never reports the partner being edited', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI_USCC });
    expect(await search.checkDuplicate({ fullName: '华为技术有限公司', uscc: HUAWEI_USCC, excludeId: p.id })).toEqual([]);
  });

  it('reports same-name partners with different USCCs (saving stays allowed)', async () => {
    const a = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI_USCC });
    const matches = await search.checkDuplicate({ fullName: '华为技术有限公司', uscc: '91110000802100433B' });
    expect(matches.map((m) => [m.id, m.reason])).toEqual([[a.id, 'name']]);
    const b = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    expect(b.fullName).toBe('华为技术有限公司');
  });
});
