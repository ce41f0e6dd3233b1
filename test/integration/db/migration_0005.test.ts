import { afterEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_KINDS, LANGUAGES, REMINDER_KINDS } from '@shared/domain/enums';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import {
  auditCount,
  foreignKeysOf,
  lastAuditKeys,
  migrateTo,
  snapshot,
  unindexedColumns,
  expectDocumentedAuditedTables,
} from './schemaChecks';

const T = '2025-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const ORG2 = '01900000-0000-7000-8000-000000000002';
const AGR = '01900000-0000-7000-8000-000000000010';
const SOURCE = '01900000-0000-7000-8000-000000000030';
const TXN = '01900000-0000-7000-8000-000000000031';
const TEMPLATE = '01900000-0000-7000-8000-000000000070';
const ATTACHMENT = '01900000-0000-7000-8000-000000000080';
const SHA = 'a'.repeat(64);
const TS = ['created_at', 'updated_at', 'deleted_at'];

const EXPECTED_COLUMNS: Record<string, string[]> = {
  attachment: [
    'id', 'sha256', 'original_name', 'mime', 'size', 'stored_name', 'entity_type', 'entity_id', 'kind', 'version', ...TS,
  ],
  reminder: [
    'id', 'entity_type', 'entity_id', 'kind', 'due_date', 'lead_days', 'done_at', 'snoozed_until', 'dismissed_at', ...TS,
  ],
  organisation_merge: ['id', 'survivor_id', 'merged_id', 'merged_at', 'snapshot_json'],
  document_template: ['id', 'doc_type', 'name', 'lang', 'version', 'built_in', 'body_json', ...TS],
  document_clause: ['id', 'template_id', 'agreement_id', 'position', 'heading', 'body', ...TS],
};
const NEW_TABLES = Object.keys(EXPECTED_COLUMNS);
const OLD_TABLES = ['organisation', 'agreement', 'funding_source', 'funding_txn'];

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionFourWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 4, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '示例科技有限公司', 'active', '${T}', '${T}'),
             ('${ORG2}', 'enterprise', '示例科技公司', 'active', '${T}', '${T}');
    insert into agreement (id, title, type, signed_scan_attachment_id, created_at, updated_at)
      values ('${AGR}', '框架协议', 'framework', '${ATTACHMENT}', '${T}', '${T}');
    insert into funding_source (id, kind, name, created_at, updated_at) values ('${SOURCE}', 'other', '其他', '${T}', '${T}');
    insert into funding_txn (id, source_id, direction, amount_fen, date, attachment_id, created_at, updated_at)
      values ('${TXN}', '${SOURCE}', 'out', 500, '2025-01-02', '${ATTACHMENT}', '${T}', '${T}');
  `);
  return t;
}

function insertRows(t: TestDb): void {
  t.app.sqlite.exec(`
    insert into attachment (id, sha256, original_name, mime, size, stored_name, entity_type, entity_id, kind, created_at, updated_at)
      values ('${ATTACHMENT}', '${SHA}', '协议扫描件.pdf', 'application/pdf', 204800, '${SHA}.pdf', 'agreement', '${AGR}',
              'signed_scan', '${T}', '${T}');
    insert into reminder (id, entity_type, entity_id, kind, due_date, lead_days, created_at, updated_at)
      values ('01900000-0000-7000-8000-000000000090', 'agreement', '${AGR}', 'expiry', '2026-08-31', 180, '${T}', '${T}');
    insert into organisation_merge (id, survivor_id, merged_id, merged_at, snapshot_json)
      values ('01900000-0000-7000-8000-000000000091', '${ORG}', '${ORG2}', '${T}', '{"fullName":"示例科技公司"}');
    insert into document_template (id, doc_type, name, body_json, created_at, updated_at)
      values ('${TEMPLATE}', 'framework', '框架合作协议', '{"sections":[]}', '${T}', '${T}');
    insert into document_clause (id, template_id, agreement_id, position, heading, body, created_at, updated_at)
      values ('01900000-0000-7000-8000-000000000092', '${TEMPLATE}', NULL, 1, '一、合作范围', '……', '${T}', '${T}'),
             ('01900000-0000-7000-8000-000000000093', NULL, '${AGR}', 1, '一、合作范围', '……', '${T}', '${T}');
  `);
}

describe('migration 0005 attachments, reminders, documents', () => {
  it('adds the documented STRICT, audited tables and keeps the earlier rows', async () => {
    db = await atVersionFourWithRows();
    const before = snapshot(db.app.sqlite, OLD_TABLES);
    await migrateTo(db, 5);
    expect(schemaVersion(db.app.sqlite)).toBe(5);
    expect(snapshot(db.app.sqlite, OLD_TABLES)).toEqual(before);
    expectDocumentedAuditedTables(db.app.sqlite, NEW_TABLES, EXPECTED_COLUMNS);
    insertRows(db);
    for (const table of NEW_TABLES) expect(lastAuditKeys(db.app.sqlite, table), table).toEqual(EXPECTED_COLUMNS[table]);
    expect(auditCount(db.app.sqlite, 'attachment', ATTACHMENT)).toBe(1);
    const defaults = db.app.sqlite.prepare('select lang, version, built_in from document_template').get();
    expect(defaults).toEqual({ lang: 'zh-CN', version: 1, built_in: 0 });
    expect(db.app.sqlite.prepare('select version from attachment').pluck().get()).toBe(1);
  });

  it('indexes attachments by hash and owner, and every foreign key', async () => {
    db = await atVersionFourWithRows();
    await migrateTo(db, 5);
    const sqlite = db.app.sqlite;
    expect(unindexedColumns(sqlite, 'attachment', ['sha256', 'entity_type'])).toEqual([]);
    const ownerIndex = sqlite
      .prepare(`select name from pragma_index_info('attachment_by_entity_type_entity_id') order by seqno`)
      .pluck()
      .all();
    expect(ownerIndex).toEqual(['entity_type', 'entity_id']);
    expect(unindexedColumns(sqlite, 'reminder', ['entity_type', 'due_date'])).toEqual([]);
    expect(foreignKeysOf(sqlite, 'organisation_merge')).toEqual([
      { from: 'merged_id', table: 'organisation', onDelete: 'RESTRICT' },
      { from: 'survivor_id', table: 'organisation', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'document_clause')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'CASCADE' },
      { from: 'template_id', table: 'document_template', onDelete: 'CASCADE' },
    ]);
    for (const table of NEW_TABLES) {
      const fkColumns = foreignKeysOf(sqlite, table).map((f) => f.from);
      expect(unindexedColumns(sqlite, table, fkColumns), table).toEqual([]);
    }
  });

  it('holds its foreign keys and checks', async () => {
    db = await atVersionFourWithRows();
    await migrateTo(db, 5);
    insertRows(db);
    const sqlite = db.app.sqlite;
    const fails = (statement: string, pattern = /CHECK constraint/): void =>
      expect(() => sqlite.exec(statement), statement).toThrow(pattern);
    expect(() => sqlite.exec(`delete from organisation where id = '${ORG2}'`)).toThrow(/FOREIGN KEY/);
    fails(`update organisation_merge set merged_id = survivor_id`);
    fails(`update organisation_merge set snapshot_json = 'not json'`);
    fails(`update attachment set sha256 = 'ABC'`);
    fails(`update attachment set stored_name = '../../etc/passwd'`);
    fails(`update attachment set stored_name = '${SHA}/x.pdf'`);
    fails(`update attachment set kind = 'selfie'`);
    fails(`update attachment set version = 0`);
    fails(`update reminder set kind = 'birthday'`);
    fails(`update reminder set due_date = '31/08/2026'`);
    fails(`update document_template set lang = 'fr-FR'`);
    fails(`update document_clause set template_id = NULL where agreement_id is NULL`);
    // A template's clauses go with it.
    sqlite.exec(`delete from document_template where id = '${TEMPLATE}'`);
    expect(sqlite.prepare('select count(*) from document_clause').pluck().get()).toBe(1);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('accepts every current enumeration code', async () => {
    db = await atVersionFourWithRows();
    await migrateTo(db, 5);
    insertRows(db);
    const sqlite = db.app.sqlite;
    for (const kind of ATTACHMENT_KINDS) sqlite.prepare('update attachment set kind = ?').run(kind);
    for (const kind of REMINDER_KINDS) sqlite.prepare('update reminder set kind = ?').run(kind);
    for (const lang of LANGUAGES) sqlite.prepare('update document_template set lang = ?').run(lang);
    expect(sqlite.prepare('select kind, (select lang from document_template) as lang from reminder').get()).toEqual({
      kind: REMINDER_KINDS.at(-1),
      lang: LANGUAGES.at(-1),
    });
  });
});
