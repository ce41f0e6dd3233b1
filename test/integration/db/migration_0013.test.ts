import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { IMPORT_MAPPING_COLUMNS_0013 } from '../../../src/main/db/migrations/0013_import_mapping_values';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { expectDocumentedAuditedTables, lastAuditKeys, migrateTo, snapshot } from './schemaChecks';

const T = '2026-12-07T00:00:00.000Z';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

describe('migration 0013 value mappings of saved import mappings', () => {
  it("keeps every mapping, gives each '{}' values, writes no audit row, and audits the new column", async () => {
    db = await createTestDb({ upTo: 12, now: () => new Date(T) });
    const sqlite = db.app.sqlite;
    sqlite.exec(`insert into import_mapping (id, entity, name, columns_json, created_at, updated_at, deleted_at) values
      ('m1', 'partners', '去年', '{"企业名称":"fullName"}', '${T}', '${T}', null), ('m2', 'partners', '前年', '{}', '${T}', '${T}', '${T}')`);
    const auditBefore = snapshot(sqlite, ['audit_log']);
    await migrateTo(db, 13);
    expect(schemaVersion(sqlite)).toBe(13);
    expect(snapshot(sqlite, ['audit_log'])).toEqual(auditBefore);
    expect(sqlite.prepare('select id, columns_json, values_json, deleted_at from import_mapping order by id').all()).toEqual([
      { id: 'm1', columns_json: '{"企业名称":"fullName"}', values_json: '{}', deleted_at: null },
      { id: 'm2', columns_json: '{}', values_json: '{}', deleted_at: T },
    ]);
    expectDocumentedAuditedTables(sqlite, ['import_mapping'], { import_mapping: IMPORT_MAPPING_COLUMNS_0013 });
    sqlite.prepare(`update import_mapping set values_json = ? where id = 'm1'`).run('{"nature":{"国企":"state_owned"}}');
    expect(lastAuditKeys(sqlite, 'import_mapping')).toEqual([...IMPORT_MAPPING_COLUMNS_0013]);
  });

  it('refuses values that are not JSON', async () => {
    db = await createTestDb({ upTo: 13, now: () => new Date(T) });
    const insert = (id: string, values: string) =>
      db?.app.sqlite.prepare(`insert into import_mapping (id, entity, name, columns_json, values_json, created_at, updated_at) values (?, 'partners', ?, '{}', ?, '${T}', '${T}')`).run(id, id, values);
    insert('m1', '{"size":{"超级大":"large"}}');
    expect(() => insert('m2', 'not json')).toThrow(/CHECK constraint/);
  });
});
