import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { IMPORT_BATCH_COLUMNS, IMPORT_MAPPING_COLUMNS } from '../../../src/main/db/migrations/0009_import_batches_and_mappings';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { expectDocumentedAuditedTables, lastAuditKeys, migrateTo, snapshot } from './schemaChecks';

const T = '2026-09-01T00:00:00.000Z';
const SHA = 'a'.repeat(64);

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

const indexesOf = (sqlite: TestDb['app']['sqlite'], table: string) =>
  sqlite.prepare(`select name, sql from sqlite_schema where type = 'index' and tbl_name = ? and sql is not null order by name`).all(table);

describe('migration 0011 import of placement statistics', () => {
  it('keeps every batch and mapping row, the indexes and audit triggers, and writes no audit row', async () => {
    db = await createTestDb({ upTo: 10, now: () => new Date(T) });
    const sqlite = db.app.sqlite;
    sqlite.exec(`insert into import_batch values ('b1', 'baseYearStats', '基地.xlsx', '${SHA}', 'valid-only', 2, 1, 3, 2, 'pre-import.db', '${T}')`);
    sqlite.exec(`insert into import_mapping (id, entity, name, columns_json, created_at, updated_at, deleted_at) values
      ('m1', 'partners', '去年', '{"企业名称":"fullName"}', '${T}', '${T}', null), ('m2', 'partners', '前年', '{}', '${T}', '${T}', '${T}')`);
    const before = snapshot(sqlite, ['import_batch', 'import_mapping', 'audit_log']);
    const indexesBefore = { batch: indexesOf(sqlite, 'import_batch'), mapping: indexesOf(sqlite, 'import_mapping') };
    await migrateTo(db, 11);
    expect(schemaVersion(sqlite)).toBe(11);
    expect(snapshot(sqlite, ['import_batch', 'import_mapping', 'audit_log'])).toEqual(before);
    expect({ batch: indexesOf(sqlite, 'import_batch'), mapping: indexesOf(sqlite, 'import_mapping') }).toEqual(indexesBefore);
    expectDocumentedAuditedTables(sqlite, ['import_batch', 'import_mapping'], { import_batch: IMPORT_BATCH_COLUMNS, import_mapping: IMPORT_MAPPING_COLUMNS });
  });

  it('accepts placementStats, still refuses unknown entities, and audits new rows', async () => {
    db = await createTestDb({ upTo: 11, now: () => new Date(T) });
    const sqlite = db.app.sqlite;
    const batch = (id: string, entity: string) =>
      sqlite.prepare(`insert into import_batch values (?, ?, 'f', '${SHA}', 'all-or-nothing', 1, 0, 0, 0, null, '${T}')`).run(id, entity);
    batch('b1', 'placementStats');
    expect(lastAuditKeys(sqlite, 'import_batch')).toEqual([...IMPORT_BATCH_COLUMNS]);
    expect(() => batch('b2', 'contacts')).toThrow(/CHECK constraint/);
    const mapping = (id: string, entity: string) =>
      sqlite.prepare(`insert into import_mapping (id, entity, name, columns_json, created_at, updated_at) values (?, ?, '去年', '{}', '${T}', '${T}')`).run(id, entity);
    mapping('m1', 'placementStats');
    expect(lastAuditKeys(sqlite, 'import_mapping')).toEqual([...IMPORT_MAPPING_COLUMNS]);
    expect(() => mapping('m2', 'placementStats')).toThrow(/UNIQUE constraint/);
    expect(() => mapping('m3', 'contacts')).toThrow(/CHECK constraint/);
  });
});
