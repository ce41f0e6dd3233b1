import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createSearchService } from '../../../src/main/search/searchService';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { migrateTo, snapshot, triggersOf } from './schemaChecks';

// Migration 0018 stores a contact name's pinyin keys in search_doc and indexes them, so
// "zm" finds 张明. Existing contacts are backfilled; trashed ones keep a search_doc but no
// index row, as in 0006.

const T = '2026-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const LIVE = '01900000-0000-7000-8000-0000000000c1';
const TRASHED = '01900000-0000-7000-8000-0000000000c2';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionNineteen(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 17, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '华为技术有限公司', 'active', '${T}', '${T}');
    insert into contact (id, organisation_id, name, mobile, email, created_at, updated_at)
      values ('${LIVE}', '${ORG}', '张明', '13812345678', 'zhang@example.cn', '${T}', '${T}');
    insert into contact (id, organisation_id, name, created_at, updated_at, deleted_at)
      values ('${TRASHED}', '${ORG}', '李华', '${T}', '${T}', '${T}');
  `);
  return t;
}

const contactKeys = (t: TestDb): unknown[] =>
  t.app.sqlite.prepare(`select entity_id, pinyin, initials from search_doc where kind = 'contact' order by entity_id`).raw().all();
const contactHits = async (t: TestDb, q: string): Promise<string[]> =>
  (await createSearchService(t.ctx).global({ q })).groups[1]?.items.map((i) => i.id) ?? [];

describe('migration 0018 contact pinyin', () => {
  it('backfills the keys of existing contacts, indexes live ones and changes no contact', async () => {
    db = await atVersionNineteen();
    const before = snapshot(db.app.sqlite, ['contact', 'organisation']);
    expect(contactKeys(db)).toEqual([
      [LIVE, null, null],
      [TRASHED, null, null],
    ]);
    expect(await contactHits(db, 'zm')).toEqual([]);

    await migrateTo(db, 18);
    expect(schemaVersion(db.app.sqlite)).toBe(18);
    expect(snapshot(db.app.sqlite, ['contact', 'organisation'])).toEqual(before);
    expect(contactKeys(db)).toEqual([
      [LIVE, 'zhangming', 'zm'],
      [TRASHED, 'lihua', 'lh'],
    ]);
    expect(triggersOf(db.app.sqlite, 'contact').filter((n) => n.startsWith('search_'))).toEqual([
      'search_contact_delete',
      'search_contact_insert',
      'search_contact_update',
    ]);
    expect(await contactHits(db, 'zm')).toEqual([LIVE]);
    expect(await contactHits(db, 'zhangming')).toEqual([LIVE]);
    // Still found by what 0006 indexed.
    expect(await contactHits(db, '13812345678')).toEqual([LIVE]);
    expect(await contactHits(db, 'zhang@ex')).toEqual([LIVE]);
    expect(await contactHits(db, 'lh')).toEqual([]);
  });

  it('keeps the keys right on insert, rename and restore', async () => {
    db = await atVersionNineteen();
    await migrateTo(db, 18);
    const sqlite = db.app.sqlite;
    sqlite.exec(`insert into contact (id, organisation_id, name, created_at, updated_at)
      values ('01900000-0000-7000-8000-0000000000c3', '${ORG}', '欧阳娜娜', '${T}', '${T}')`);
    expect(await contactHits(db, 'oynn')).toEqual(['01900000-0000-7000-8000-0000000000c3']);
    sqlite.prepare('update contact set name = ? where id = ?').run('王芳', LIVE);
    expect(await contactHits(db, 'zm')).toEqual([]);
    expect(await contactHits(db, 'wf')).toEqual([LIVE]);
    sqlite.prepare('update contact set deleted_at = null where id = ?').run(TRASHED);
    expect(await contactHits(db, 'lihua')).toEqual([TRASHED]);
  });
});
