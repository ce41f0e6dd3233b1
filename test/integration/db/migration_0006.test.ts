import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createSearchService } from '../../../src/main/search/searchService';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, isStrict, migrateTo, snapshot, triggersOf } from './schemaChecks';

const T = '2025-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const TRASHED_ORG = '01900000-0000-7000-8000-000000000002';
const CONTACT = '01900000-0000-7000-8000-000000000003';
const AGR = '01900000-0000-7000-8000-000000000004';
const COURSE = '01900000-0000-7000-8000-000000000005';
const OLD_TABLES = ['organisation', 'contact', 'agreement', 'joint_course'];

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionFiveWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 5, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, uscc, aliases_json, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '华为技术（深圳）有限公司', '914403001922038216', '["华为"]', 'active', '${T}', '${T}');
    insert into organisation (id, kind, full_name, status, created_at, updated_at, deleted_at)
      values ('${TRASHED_ORG}', 'enterprise', '华为旧记录有限公司', 'active', '${T}', '${T}', '${T}');
    insert into contact (id, organisation_id, name, mobile, email, created_at, updated_at)
      values ('${CONTACT}', '${ORG}', '李经理', '13812345678', 'li@example.cn', '${T}', '${T}');
    insert into agreement (id, agreement_no, title, type, created_at, updated_at)
      values ('${AGR}', 'XQ-2025-007', '校企合作框架协议', 'framework', '${T}', '${T}');
    insert into joint_course (id, kind, code, name, organisation_id, created_at, updated_at)
      values ('${COURSE}', 'course', 'C-101', '鸿蒙应用开发', '${ORG}', '${T}', '${T}');
  `);
  return t;
}

const auditRows = (t: TestDb): unknown => t.app.sqlite.prepare('select count(*) from audit_log').pluck().get();

describe('migration 0006 search', () => {
  it('adds the search tables, triggers and organisation.name_key, and changes no existing value', async () => {
    db = await atVersionFiveWithRows();
    const before = snapshot(db.app.sqlite, OLD_TABLES);
    const audits = auditRows(db);
    await migrateTo(db, 6);
    const sqlite = db.app.sqlite;
    expect(schemaVersion(sqlite)).toBe(6);
    expect(columnsOf(sqlite, 'search_doc')).toEqual(['doc_id', 'kind', 'entity_id', 'pinyin', 'initials']);
    expect(isStrict(sqlite, 'search_doc')).toBe(true);
    expect(columnsOf(sqlite, 'organisation').at(-1)).toBe('name_key');
    const after = snapshot(sqlite, OLD_TABLES) as Record<string, Record<string, unknown>[]>;
    const withoutKey = { ...after, organisation: after.organisation?.map(({ name_key: _key, ...rest }) => rest) };
    expect(withoutKey).toEqual(before);
    // Backfilling derived columns writes no audit rows (they are not audited columns).
    expect(auditRows(db)).toBe(audits);
    for (const table of ['organisation', 'contact', 'agreement', 'joint_course']) {
      expect(triggersOf(sqlite, table).filter((n) => n.startsWith('search_')), table).toEqual([
        `search_${table}_delete`,
        `search_${table}_insert`,
        `search_${table}_update`,
      ]);
    }
  });

  it('backfills the name keys and the index of live rows, with pinyin', async () => {
    db = await atVersionFiveWithRows();
    await migrateTo(db, 6);
    const sqlite = db.app.sqlite;
    expect(sqlite.prepare('select id, name_key from organisation order by id').raw().all()).toEqual([
      [ORG, '华为技术(深圳)'],
      [TRASHED_ORG, '华为旧记录'],
    ]);
    expect(sqlite.prepare('select kind, entity_id, pinyin, initials from search_doc order by doc_id').raw().all()).toEqual([
      ['partner', ORG, 'huaweijishushenzhenyouxiangongsi', 'hwjsszyxgs'],
      ['partner', TRASHED_ORG, 'huaweijiujiluyouxiangongsi', 'hwjjlyxgs'],
      ['contact', CONTACT, null, null],
      ['agreement', AGR, null, null],
      ['course', COURSE, null, null],
    ]);
    // The trashed partner has a search_doc (restore re-indexes it) but no index row.
    expect(sqlite.prepare('select count(*) from search_index').pluck().get()).toBe(4);
    const search = createSearchService(db.ctx);
    const found = await search.global({ q: 'hw' });
    expect(found.groups.map((g) => g.items.map((i) => i.id))).toEqual([[ORG], [], [], []]);
    expect((await search.global({ q: 'XQ-2025' })).groups[2]?.items.map((i) => i.id)).toEqual([AGR]);
    expect((await search.global({ q: 'li@ex' })).groups[1]?.items.map((i) => i.id)).toEqual([CONTACT]);
    expect((await search.global({ q: '鸿蒙' })).groups[3]?.items.map((i) => i.id)).toEqual([COURSE]);
    sqlite.prepare('update organisation set deleted_at = null where id = ?').run(TRASHED_ORG);
    expect((await search.global({ q: 'hwjjl' })).groups[0]?.items.map((i) => i.id)).toEqual([TRASHED_ORG]);
  });
});
