import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContactService, type ContactService } from '../../../src/main/partners/contactService';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createSearchService, type SearchService } from '../../../src/main/search/searchService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

// Issue 12: pinyin initials find contacts as they find partners ("zm" → 张明), in the
// partner's contacts list (contacts:list q) and in global search, through the services.

let db: TestDb;
let partners: PartnerService;
let contacts: ContactService;
let search: SearchService;
let huawei: string;
let tencent: string;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  partners = createPartnerService(db.ctx);
  contacts = createContactService(db.ctx);
  search = createSearchService(db.ctx);
  huawei = (await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' })).id;
  tencent = (await partners.create({ kind: 'enterprise', fullName: '深圳市腾讯计算机系统有限公司' })).id;
});
afterEach(() => db.close());

const listNames = async (organisationId: string | undefined, q: string): Promise<string[]> =>
  (await contacts.list({ ...(organisationId ? { organisationId } : {}), q })).items.map((c) => c.name);
const searchNames = async (q: string): Promise<string[]> =>
  (await search.global({ q })).groups.find((g) => g.type === 'contact')?.items.map((i) => i.title) ?? [];

describe('contact pinyin search', () => {
  it('finds a contact by initials, full pinyin and mixed case in the list and in global search', async () => {
    await contacts.create({ organisationId: huawei, name: '张明', mobile: '13812345678' });
    await contacts.create({ organisationId: huawei, name: '王建国' });
    await contacts.create({ organisationId: tencent, name: '赵敏' });

    expect(await listNames(huawei, 'zm')).toEqual(['张明']);
    expect(await listNames(huawei, 'zhangming')).toEqual(['张明']);
    expect(await listNames(huawei, 'ZhangM')).toEqual(['张明']);
    expect(await listNames(huawei, 'wjg')).toEqual(['王建国']);
    // Across partners (no organisationId): 赵敏 is zm too.
    expect((await listNames(undefined, 'zm')).sort()).toEqual(['张明', '赵敏'].sort());
    // Chinese and digits still match the columns themselves.
    expect(await listNames(huawei, '张')).toEqual(['张明']);
    expect(await listNames(huawei, '1381234')).toEqual(['张明']);

    expect((await searchNames('zm')).sort()).toEqual(['张明', '赵敏'].sort());
    expect(await searchNames('zhangming')).toEqual(['张明']);
    expect(await searchNames('wjg')).toEqual(['王建国']);
    // Partners are not disturbed by contact keys in the same index.
    expect((await search.global({ q: 'hw' })).groups[0]?.items.map((i) => i.title)).toEqual(['华为技术有限公司']);
  });

  it('follows renames, trash and restore', async () => {
    const c = await contacts.create({ organisationId: huawei, name: '张明' });
    await contacts.update({ id: c.id, patch: { name: '李华' } });
    expect(await listNames(huawei, 'zm')).toEqual([]);
    expect(await listNames(huawei, 'lh')).toEqual(['李华']);
    expect(await searchNames('zm')).toEqual([]);
    expect(await searchNames('lh')).toEqual(['李华']);

    await contacts.delete(c.id);
    expect(await searchNames('lh')).toEqual([]);
    expect(await listNames(huawei, 'lh')).toEqual([]);
    await contacts.restore(c.id);
    expect(await searchNames('lihua')).toEqual(['李华']);
  });

  it('ignores separators in the pinyin key and takes wildcards literally', async () => {
    await contacts.create({ organisationId: huawei, name: '张明' });
    expect(await listNames(huawei, 'Zhang Ming')).toEqual(['张明']);
    expect(await listNames(huawei, '%')).toEqual([]);
    expect(await listNames(huawei, '_')).toEqual([]);
  });
});
