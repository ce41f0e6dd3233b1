import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { IMPORT_BATCH_COLUMNS, IMPORT_MAPPING_COLUMNS } from '../../../src/main/db/migrations/0009_import_batches_and_mappings';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, isStrict, lastAuditKeys, migrateTo, triggersOf } from './schemaChecks';

const T = '2026-09-01T00:00:00.000Z';
const SHA = 'a'.repeat(64);

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

describe('migration 0009 import batches and mappings', () => {
  it('adds STRICT, audited tables with the documented columns', async () => {
    db = await createTestDb({ upTo: 8, now: () => new Date(T) });
    await migrateTo(db, 9);
    const sqlite = db.app.sqlite;
    expect(schemaVersion(sqlite)).toBe(9);
    const expected = { import_batch: [...IMPORT_BATCH_COLUMNS], import_mapping: [...IMPORT_MAPPING_COLUMNS] };
    for (const [table, columns] of Object.entries(expected)) {
      expect(columnsOf(sqlite, table), table).toEqual(columns);
      expect(isStrict(sqlite, table), table).toBe(true);
      expect(triggersOf(sqlite, table), table).toEqual([`audit_${table}_delete`, `audit_${table}_insert`, `audit_${table}_update`]);
    }
    sqlite.exec(`insert into import_batch values ('b1', 'partners', '名单.xlsx', '${SHA}', 'valid-only', 2, 0, 3, 2, null, '${T}')`);
    sqlite.exec(`insert into import_mapping (id, entity, name, columns_json, created_at, updated_at) values ('m1', 'partners', '去年', '{"企业名称":"fullName"}', '${T}', '${T}')`);
    expect(lastAuditKeys(sqlite, 'import_batch')).toEqual([...IMPORT_BATCH_COLUMNS]);
    expect(lastAuditKeys(sqlite, 'import_mapping')).toEqual([...IMPORT_MAPPING_COLUMNS]);
  });

  it('checks entity, mode, counts, JSON and one live mapping name per entity', async () => {
    db = await createTestDb({ upTo: 9 });
    const sqlite = db.app.sqlite;
    const batch = (entity: string, mode: string, created: number) =>
      sqlite.prepare(`insert into import_batch values (?, ?, 'f', '${SHA}', ?, ?, 0, 0, 0, null, '${T}')`).run(`b-${entity}-${mode}-${created}`, entity, mode, created);
    expect(() => batch('contacts', 'valid-only', 1)).toThrow(/CHECK constraint/);
    expect(() => batch('partners', 'some', 1)).toThrow(/CHECK constraint/);
    expect(() => batch('partners', 'valid-only', -1)).toThrow(/CHECK constraint/);
    const mapping = (id: string, json: string) =>
      sqlite.prepare(`insert into import_mapping (id, entity, name, columns_json, created_at, updated_at) values (?, 'partners', '去年', ?, '${T}', '${T}')`).run(id, json);
    expect(() => mapping('m0', 'not json')).toThrow(/CHECK constraint/);
    mapping('m1', '{}');
    expect(() => mapping('m2', '{}')).toThrow(/UNIQUE constraint/);
  });
});
