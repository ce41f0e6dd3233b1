import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, foreignKeysOf, isStrict, lastAuditKeys, migrateTo, triggersOf, unindexedColumns } from './schemaChecks';

const T = '2026-11-28T02:00:00.000Z';
const AGR = '01900000-0000-7000-8000-000000000001';
const TPL = '01900000-0000-7000-8000-000000000002';
const ATT = '01900000-0000-7000-8000-000000000003';
const GEN = '01900000-0000-7000-8000-000000000004';
const SHA = 'a'.repeat(64);
const BODY = JSON.stringify({ title: '协议', preamble: '', clauses: [{ heading: '一', body: '正文' }], closing: '' });

const EXPECTED_COLUMNS: Record<string, string[]> = {
  document_template_version: ['template_id', 'version', 'name', 'body_json', 'created_at'],
  generated_document: [
    'id', 'agreement_id', 'attachment_id', 'template_id', 'template_version', 'template_name', 'lang', 'format',
    'version', 'missing_json', 'created_at',
  ],
};

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** Version 7 with an agreement, a template written before 0008 and a stored file. */
async function atVersionSevenWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 7, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into agreement (id, title, type, created_at, updated_at) values ('${AGR}', '框架协议', 'framework', '${T}', '${T}');
    insert into document_template (id, doc_type, name, lang, version, built_in, body_json, created_at, updated_at)
      values ('${TPL}', 'framework', '我的框架协议', 'zh-CN', 2, 0, '${BODY}', '${T}', '${T}');
    insert into attachment (id, sha256, original_name, mime, size, stored_name, entity_type, entity_id, kind, created_at, updated_at)
      values ('${ATT}', '${SHA}', 'A-1_框架协议_v1.pdf', 'application/pdf', 10, '${SHA}.pdf', 'agreement', '${AGR}', 'generated_document', '${T}', '${T}');
  `);
  return t;
}

function insertGenerated(t: TestDb, values: { id?: string; version?: number; format?: string } = {}): void {
  t.app.sqlite
    .prepare(
      `insert into generated_document (id, agreement_id, attachment_id, template_id, template_version, template_name, lang, format, version, created_at)
       values (?, ?, ?, ?, 2, '我的框架协议', 'zh-CN', ?, ?, ?)`,
    )
    .run(values.id ?? GEN, AGR, ATT, TPL, values.format ?? 'pdf', values.version ?? 1, T);
}

describe('migration 0008 document versions', () => {
  it('adds STRICT, audited tables, and records the current body of older templates as a version', async () => {
    db = await atVersionSevenWithRows();
    await migrateTo(db, 8);
    const sqlite = db.app.sqlite;
    expect(schemaVersion(sqlite)).toBe(8);
    for (const [table, columns] of Object.entries(EXPECTED_COLUMNS)) {
      expect(columnsOf(sqlite, table), table).toEqual(columns);
      expect(isStrict(sqlite, table), table).toBe(true);
      expect(triggersOf(sqlite, table).filter((n) => n.startsWith('audit_')), table).toEqual([
        `audit_${table}_delete`,
        `audit_${table}_insert`,
        `audit_${table}_update`,
      ]);
    }
    expect(sqlite.prepare('select template_id, version, name, body_json from document_template_version').all()).toEqual([
      { template_id: TPL, version: 2, name: '我的框架协议', body_json: BODY },
    ]);
    insertGenerated(db);
    expect(lastAuditKeys(sqlite, 'generated_document')).toEqual(EXPECTED_COLUMNS['generated_document']);
    sqlite.prepare(`insert into document_template_version (template_id, version, name, body_json, created_at) values (?, 3, 'v3', ?, ?)`).run(TPL, BODY, T);
    expect(lastAuditKeys(sqlite, 'document_template_version')).toEqual(EXPECTED_COLUMNS['document_template_version']);
    const versionAudit = sqlite.prepare(`select row_id from audit_log where table_name = 'document_template_version'`).pluck().all();
    expect(versionAudit).toEqual([`${TPL}:3`]);
  });

  it('keeps versions append-only and generated versions unique per agreement and format', async () => {
    db = await atVersionSevenWithRows();
    await migrateTo(db, 8);
    const sqlite = db.app.sqlite;
    expect(() => sqlite.exec(`update document_template_version set name = '改名'`)).toThrow(/append-only/);
    insertGenerated(db);
    expect(() => insertGenerated(db!, { id: '01900000-0000-7000-8000-000000000005' })).toThrow(/UNIQUE/);
    expect(() => sqlite.exec(`update generated_document set format = 'odt'`)).toThrow(/CHECK constraint/);
    expect(() => sqlite.exec(`update generated_document set missing_json = '{}'`)).toThrow(/CHECK constraint/);
    expect(() => sqlite.exec(`update generated_document set template_version = 9`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`update generated_document set template_version = null`)).toThrow(/CHECK constraint/);
  });

  it('links by foreign keys: purging a template keeps the record by name, deleting the agreement takes it along', async () => {
    db = await atVersionSevenWithRows();
    await migrateTo(db, 8);
    insertGenerated(db);
    const sqlite = db.app.sqlite;
    expect(foreignKeysOf(sqlite, 'generated_document')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'CASCADE' },
      { from: 'attachment_id', table: 'attachment', onDelete: 'CASCADE' },
      { from: 'template_id', table: 'document_template_version', onDelete: 'SET NULL' },
      { from: 'template_version', table: 'document_template_version', onDelete: 'SET NULL' },
    ]);
    expect(unindexedColumns(sqlite, 'generated_document', ['agreement_id', 'attachment_id', 'template_id'])).toEqual([]);
    sqlite.exec(`delete from document_template where id = '${TPL}'`);
    expect(sqlite.prepare('select template_id, template_version, template_name from generated_document').get()).toEqual({
      template_id: null,
      template_version: null,
      template_name: '我的框架协议',
    });
    sqlite.exec(`delete from agreement where id = '${AGR}'`);
    expect(sqlite.prepare('select count(*) from generated_document').pluck().get()).toBe(0);
  });

  it('allows one live clause per agreement, template and position', async () => {
    db = await atVersionSevenWithRows();
    await migrateTo(db, 8);
    const sqlite = db.app.sqlite;
    const insert = sqlite.prepare(
      `insert into document_clause (id, template_id, agreement_id, position, heading, body, created_at, updated_at, deleted_at)
       values (?, '${TPL}', '${AGR}', 0, '一', '正文', '${T}', '${T}', ?)`,
    );
    insert.run('01900000-0000-7000-8000-000000000010', T);
    insert.run('01900000-0000-7000-8000-000000000011', null);
    expect(() => insert.run('01900000-0000-7000-8000-000000000012', null)).toThrow(/UNIQUE/);
  });
});
