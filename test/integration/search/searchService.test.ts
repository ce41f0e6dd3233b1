import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createSearchService, type SearchService } from '../../../src/main/search/searchService';
import { searchTerms } from '../../../src/main/search/searchRepository';
import type { SearchResult, SearchType } from '../../../src/shared/domain/search';
import { createTestDb, steppingClock, type TestDb, validUscc } from '../../helpers/testDb';

const T = '2026-03-01T00:00:00.000Z';
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

const titles = (result: SearchResult, type: SearchType): string[] =>
  result.groups.find((g) => g.type === type)?.items.map((i) => i.title) ?? [];

function exec(sqlText: string): void {
  db.app.sqlite.exec(sqlText);
}

async function seedMixed(): Promise<{ huawei: string; tencent: string }> {
  const huawei = (await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI_USCC, aliases: ['华为'] })).id;
  const tencent = (await partners.create({ kind: 'enterprise', fullName: '深圳市腾讯计算机系统有限公司', uscc: validUscc(7) })).id;
  exec(`
    insert into contact (id, organisation_id, name, mobile, email, created_at, updated_at)
      values ('01900000-0000-7000-8000-0000000000c1', '${huawei}', '王建国', '13812345678', 'wang.jg@huawei.com', '${T}', '${T}');
    insert into agreement (id, agreement_no, title, type, created_at, updated_at)
      values ('01900000-0000-7000-8000-0000000000a1', 'XQ-2026-001', '华为ICT学院合作协议', 'framework', '${T}', '${T}');
    insert into joint_course (id, kind, code, name, organisation_id, created_at, updated_at)
      values ('01900000-0000-7000-8000-0000000000e1', 'course', 'HW101', '鸿蒙应用开发', '${huawei}', '${T}', '${T}');
  `);
  return { huawei, tencent };
}

describe('searchTerms', () => {
  it('uses MATCH phrases for 3+ characters and LIKE for shorter terms, quoting quotes', () => {
    expect(searchTerms('huawei hw 华为技术')).toEqual({ match: '"huawei" "华为技术"', short: ['hw'], first: 'huawei' });
    expect(searchTerms('a"b"c')).toEqual({ match: '"a""b""c"', short: [], first: 'a"b"c' });
    expect(searchTerms('华')).toEqual({ match: null, short: ['华'], first: '华' });
  });
});

describe('search:global', () => {
  it('finds 华为 by pinyin initials (hw, LIKE path) and by full pinyin (huawei, MATCH path)', async () => {
    await seedMixed();
    expect(titles(await search.global({ q: 'hw' }), 'partner')).toEqual(['华为技术有限公司']);
    expect(titles(await search.global({ q: 'huawei' }), 'partner')).toEqual(['华为技术有限公司']);
    expect(titles(await search.global({ q: 'HuaWei' }), 'partner')).toEqual(['华为技术有限公司']);
    // Full-width letters as an IME types them.
    expect(titles(await search.global({ q: 'ｈｗ' }), 'partner')).toEqual(['华为技术有限公司']);
    expect(titles(await search.global({ q: 'txjsj' }), 'partner')).toEqual(['深圳市腾讯计算机系统有限公司']);
  });

  it('groups hits by type in a fixed order, with subtitles and the contact partner', async () => {
    const { huawei } = await seedMixed();
    const result = await search.global({ q: '华为' });
    expect(result.groups.map((g) => g.type)).toEqual(['partner', 'contact', 'agreement', 'course']);
    expect(result.groups[0]?.items).toEqual([
      { type: 'partner', id: huawei, title: '华为技术有限公司', subtitle: HUAWEI_USCC, partnerId: null },
    ]);
    expect(titles(result, 'agreement')).toEqual(['华为ICT学院合作协议']);
    const byMail = await search.global({ q: 'wang.jg' });
    expect(byMail.groups[1]?.items).toEqual([
      { type: 'contact', id: '01900000-0000-7000-8000-0000000000c1', title: '王建国', subtitle: '华为技术有限公司', partnerId: huawei },
    ]);
    expect(titles(await search.global({ q: '138123' }), 'contact')).toEqual(['王建国']);
    expect(titles(await search.global({ q: 'XQ-2026' }), 'agreement')).toEqual(['华为ICT学院合作协议']);
    expect(titles(await search.global({ q: 'hw101' }), 'course')).toEqual(['鸿蒙应用开发']);
  });

  it('finds one- and two-character Chinese terms through LIKE on the trigram table', async () => {
    await seedMixed();
    expect(titles(await search.global({ q: '腾' }), 'partner')).toEqual(['深圳市腾讯计算机系统有限公司']);
    expect(titles(await search.global({ q: '鸿蒙' }), 'course')).toEqual(['鸿蒙应用开发']);
    expect(titles(await search.global({ q: '有限' }), 'partner')).toEqual(['华为技术有限公司', '深圳市腾讯计算机系统有限公司']);
  });

  it('matches a USCC prefix and ANDs several terms', async () => {
    await seedMixed();
    expect(titles(await search.global({ q: '91440300192' }), 'partner')).toEqual(['华为技术有限公司']);
    // Both start with it; the lower code (914403000…) first.
    expect(titles(await search.global({ q: '914403' }), 'partner')).toEqual(['深圳市腾讯计算机系统有限公司', '华为技术有限公司']);
    expect(titles(await search.global({ q: '有限 腾讯' }), 'partner')).toEqual(['深圳市腾讯计算机系统有限公司']);
    expect(titles(await search.global({ q: '华为 腾讯' }), 'partner')).toEqual([]);
  });

  it('treats FTS syntax in the query as plain text', async () => {
    await seedMixed();
    const result = await search.global({ q: '"华为" OR NOT * ^' });
    expect(result.groups.every((g) => g.items.length === 0)).toBe(true);
    expect(titles(await search.global({ q: '100%' }), 'partner')).toEqual([]);
  });

  it('excludes trashed rows, and contacts of a trashed partner', async () => {
    const { huawei } = await seedMixed();
    await partners.delete(huawei);
    const result = await search.global({ q: '华为' });
    expect(titles(result, 'partner')).toEqual([]);
    expect(titles(await search.global({ q: '王建国' }), 'contact')).toEqual([]);
    exec(`update agreement set deleted_at = '${T}' where id = '01900000-0000-7000-8000-0000000000a1'`);
    expect(titles(await search.global({ q: 'XQ-2026' }), 'agreement')).toEqual([]);
  });

  it('keeps the index right after update, trash, restore and delete (triggers)', async () => {
    const { tencent } = await seedMixed();
    await partners.update({ id: tencent, patch: { fullName: '深圳市企鹅科技有限公司' } });
    expect(titles(await search.global({ q: '腾讯' }), 'partner')).toEqual([]);
    expect(titles(await search.global({ q: 'qe' }), 'partner')).toEqual(['深圳市企鹅科技有限公司']);
    expect(titles(await search.global({ q: 'qie' }), 'partner')).toEqual(['深圳市企鹅科技有限公司']);
    await partners.update({ id: tencent, patch: { aliases: ['鹅厂'] } });
    expect(titles(await search.global({ q: '鹅厂' }), 'partner')).toEqual(['深圳市企鹅科技有限公司']);
    expect(titles(await search.global({ q: 'echang' }), 'partner')).toEqual(['深圳市企鹅科技有限公司']);
    await partners.delete(tencent);
    expect(titles(await search.global({ q: '企鹅' }), 'partner')).toEqual([]);
    await partners.restore(tencent);
    expect(titles(await search.global({ q: '企鹅' }), 'partner')).toEqual(['深圳市企鹅科技有限公司']);
    exec(`update contact set name = '王小明' where id = '01900000-0000-7000-8000-0000000000c1'`);
    expect(titles(await search.global({ q: '王建国' }), 'contact')).toEqual([]);
    expect(titles(await search.global({ q: '王小明' }), 'contact')).toEqual(['王小明']);
    exec(`delete from joint_course where id = '01900000-0000-7000-8000-0000000000e1'`);
    expect(titles(await search.global({ q: '鸿蒙' }), 'course')).toEqual([]);
    const counts = db.app.sqlite
      .prepare('select (select count(*) from search_doc), (select count(*) from search_index)')
      .raw()
      .get();
    // 2 partners + 1 contact + 1 agreement; the course row and its document are gone.
    expect(counts).toEqual([4, 4]);
  });

  it('limits each group and ranks prefix hits and shorter names first', async () => {
    for (let i = 0; i < 5; i++) await partners.create({ kind: 'enterprise', fullName: `广州华为合作伙伴${i}号有限公司` });
    await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    const result = await search.global({ q: '华为', limit: 3 });
    expect(titles(result, 'partner')).toEqual(['华为技术有限公司', '广州华为合作伙伴0号有限公司', '广州华为合作伙伴1号有限公司']);
  });

  it('rejects an empty query', async () => {
    await expect(search.global({ q: '   ' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
