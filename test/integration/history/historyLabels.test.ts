import i18n from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import { fieldNameOf } from '../../../src/main/history/auditService';
import { NAMED_TABLES } from '../../../src/main/history/recordNamesRepository';
import type { Translator } from '../../../src/renderer/src/components/errorText';
import { historyFieldLabel } from '../../../src/renderer/src/features/history/historyFormat';
import { FIELD_LABEL_PREFIXES, REFERENCE_FIELDS } from '../../../src/renderer/src/features/history/historyLabels';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// Every column the audit triggers of the real, fully migrated schema record, in every table
// whose history the app shows, must read as a label in both languages or be deliberately
// hidden; every foreign key must be shown by name. A migration that adds an audited column
// without a label, or a new audited table nobody decided about, makes this test fail.

/** Audited tables whose history no screen shows (link rows, documents, imports, bookkeeping). */
const NOT_SHOWN = new Set([
  'agreement_major', 'agreement_party', 'obligation', 'attachment', 'base_year_stat', 'cert_1x_major', 'co_built_major_partner',
  'document_clause', 'document_template', 'document_template_version', 'generated_document', 'import_batch', 'import_mapping',
  'industry_college_major', 'industry_college_partner', 'internship_base_major', 'organisation_merge', 'placement_stat', 'reminder',
]);
const shown = (table: string): boolean => table in FIELD_LABEL_PREFIXES;

let db: TestDb;
const translators: Record<string, Translator> = {};
beforeAll(async () => {
  db = await createTestDb();
  for (const lng of ['zh-CN', 'en-US'] as const) {
    const instance = i18n.createInstance();
    await instance.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
    translators[lng] = { t: (key, options) => instance.t(key, options ?? {}), exists: (key) => instance.exists(key) };
  }
});
afterAll(() => db.close());

/** table → audited columns, read from the insert triggers' json_object('col', NEW.col, …). */
function auditedColumns(): Map<string, string[]> {
  const rows = db.app.sqlite
    .prepare("select tbl_name as tableName, sql from sqlite_schema where type = 'trigger' and name like 'audit\\_%\\_insert' escape '\\'")
    .all() as { tableName: string; sql: string }[];
  return new Map(rows.map((r) => [r.tableName, [...r.sql.matchAll(/'([a-z0-9_]+)', NEW\.\1/g)].map((m) => m[1] ?? '')]));
}

describe('history labels cover the audited schema', () => {
  it('finds the audited tables', () => {
    const tables = auditedColumns();
    expect(tables.size).toBeGreaterThan(20);
    expect(tables.get('agreement')).toContain('amount_fen');
  });

  it('knows for every audited table whether its history is shown', () => {
    const undecided = [...auditedColumns().keys()].filter((table) => !shown(table) && !NOT_SHOWN.has(table));
    expect(undecided).toEqual([]);
  });

  for (const lng of ['zh-CN', 'en-US'] as const) {
    it(`gives every audited column a label or hides it (${lng})`, () => {
      const unlabelled: string[] = [];
      for (const [table, columns] of auditedColumns()) {
        if (!shown(table)) continue;
        for (const column of columns) {
          if (column === 'created_at' || column === 'updated_at') continue; // never listed (auditService)
          const field = fieldNameOf(column);
          const label = historyFieldLabel(translators[lng]!, table, field);
          if (label === field) unlabelled.push(`${table}.${column}`);
        }
      }
      expect(unlabelled).toEqual([]);
    });
  }

  it('shows every audited foreign key by the referenced record name', () => {
    const missing: string[] = [];
    for (const [table, columns] of auditedColumns()) {
      if (!shown(table)) continue;
      const keys = db.app.sqlite.prepare('select "from" as col, "table" as target from pragma_foreign_key_list(?)').all(table) as { col: string; target: string }[];
      for (const key of keys) {
        if (!columns.includes(key.col)) continue;
        const field = fieldNameOf(key.col);
        if (historyFieldLabel(translators['zh-CN']!, table, field) === null) continue;
        if (REFERENCE_FIELDS[field] !== key.target || !NAMED_TABLES.includes(key.target)) missing.push(`${table}.${key.col} → ${key.target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
