import { afterEach, describe, expect, it } from 'vitest';
import * as corpus from './corpus';
import { importCore } from './importFixture';

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup(limits = {}) {
  const t = await importCore(limits);
  close = () => t.core.close();
  return t;
}

const errorsOf = (a: { errors: { row: number; column: string | null; code: string; key: string }[] }) =>
  a.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, key: e.key }));

describe('import analysis of the messy roster', () => {
  it('skips the merged title, combines merged headers, and reports exact row errors, warnings, notes and duplicates', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    expect(a.headerRow).toBe(2);
    expect(a.columns.map((c) => [c.header, c.field])).toEqual([
      ['单位名称', 'fullName'],
      ['统一社会信用代码', 'uscc'],
      ['合作状态', 'status'],
      ['联系人信息/姓名', 'contactName'],
      ['联系人信息/手机', 'contactMobile'],
      ['备注', 'notes'],
    ]);
    // A USCC typed as a number lost digits: it identifies the partner, so the row is refused.
    expect(errorsOf(a)).toEqual([{ row: 6, column: '统一社会信用代码', code: 'CODE_AS_NUMBER', key: 'import.errors.codeAsNumber' }]);
    // A wrong check character is not an error (issue 10): listed, imported marked unverified by default.
    expect(a.usccUnverifiedRows).toEqual([5]);
    expect(a.warnings.filter((w) => w.code === 'USCC_UNVERIFIED')).toEqual([
      { row: 5, column: '统一社会信用代码', field: 'uscc', code: 'USCC_UNVERIFIED', key: 'importReview.warnings.usccUnverified', params: { value: '91110000802100433C', expected: 'B' } },
    ]);
    // No region column: the region comes from USCC characters 3–8, and each row says so.
    expect(a.warnings.filter((w) => w.code === 'REGION_FROM_USCC').map((w) => [w.row, w.params['value']])).toEqual([
      [4, '广东省深圳市'],
      [5, '北京市'],
      [8, '浙江省杭州市'],
    ]);
    expect(a.notes.map((n) => [n.row, n.key])).toEqual([
      [1, 'import.notes.titleRow'],
      [7, 'import.notes.blankRow'],
      [10, 'import.notes.totalsRow'],
    ]);
    // Full-width digits and letters normalised (NFKC) before validation.
    expect(a.rows.find((r) => r.row === 8)?.values).toMatchObject({ uscc: corpus.ALIBABA, contactMobile: '13712345678' });
    expect(a.rows.find((r) => r.row === 9)?.values['fullName']).toBe('阿里巴巴(中国)网络技术 有限公司');
    // The padded name is the same name once brackets and spaces are normalised: no conflict.
    expect(a.duplicates).toEqual([{ row: 9, reason: 'name', sameAsRow: 8, existingId: null, existingLabel: null, conflicts: [] }]);
    expect(a.totals).toEqual({ rows: 5, valid: 4, invalid: 1, duplicates: 1, skipped: 2, warned: 3 });
  });

  it('writes nothing when all-or-nothing finds an invalid row: tables and audit log unchanged', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    const before = { org: t.count('organisation'), contact: t.count('contact'), audit: t.count('audit_log'), batch: t.count('import_batch') };
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-import-1' });
    expect(result).toMatchObject({ committed: false, created: 0, updated: 0 });
    expect(result.errors.map((e) => e.row)).toEqual([6]);
    expect({ org: t.count('organisation'), contact: t.count('contact'), audit: t.count('audit_log'), batch: t.count('import_batch') }).toEqual(before);
  });

  it('valid-only imports exactly the valid rows; the in-file duplicate is merged into its first row by default', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-import-2' });
    expect(result).toMatchObject({ committed: true, created: 3, updated: 0, skipped: 1, merged: 1, duplicates: 1 });
    const names = t.core.database.sqlite.prepare('select full_name, uscc, status, uscc_check_overridden from organisation order by full_name').all();
    expect(names).toEqual([
      { full_name: '北京百度网讯科技有限公司', uscc: '91110000802100433C', status: 'negotiating', uscc_check_overridden: 1 },
      { full_name: '华为技术有限公司', uscc: corpus.HUAWEI, status: 'active', uscc_check_overridden: 0 },
      { full_name: '阿里巴巴（中国）网络技术有限公司', uscc: corpus.ALIBABA, status: 'active', uscc_check_overridden: 0 },
    ]);
    const contacts = t.core.database.sqlite.prepare('select name, mobile, is_primary from contact order by name').all();
    expect(contacts).toEqual([
      { name: '李经理', mobile: '13812345678', is_primary: 1 },
      { name: '王工', mobile: '13912345678', is_primary: 1 },
      { name: '赵敏', mobile: '13712345678', is_primary: 1 },
    ]);
  });

  it('updates the earlier row when the user decides "update" for the duplicate', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    const result = await t.imports.commit({
      analysisId: a.analysisId,
      mode: 'valid-only',
      jobId: 'job-import-3',
      decisions: { duplicates: 'skip', rows: [{ row: 9, action: 'update' }] },
    });
    expect(result).toMatchObject({ created: 3, updated: 1, merged: 0 });
    expect(t.count('organisation')).toBe(3);
  });
});

describe('a successful all-or-nothing import', () => {
  it('is one transaction with one import_batch audit entry, after a verified backup', async () => {
    const t = await setup();
    const a = await t.analyze('名单.csv', corpus.csvUtf8(true));
    expect(a.errors).toEqual([]);
    const auditBefore = t.count('audit_log');
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-import-4' });
    expect(result).toMatchObject({ committed: true, created: 2, updated: 0, skipped: 0, errors: [] });
    const sqlite = t.core.database.sqlite;
    const audit = sqlite.prepare('select table_name, action, ts from audit_log where id > ? order by id').all(auditBefore) as { table_name: string; action: string; ts: string }[];
    expect(audit.map((r) => r.table_name)).toEqual(['organisation', 'contact', 'organisation', 'contact', 'import_batch']);
    // One transaction: every audit row carries the same statement-time stamp of one batch.
    expect(audit.filter((r) => r.table_name === 'import_batch')).toHaveLength(1);
    const batch = sqlite.prepare('select entity, mode, created_count, backup_file from import_batch').get() as Record<string, unknown>;
    expect(batch).toMatchObject({ entity: 'partners', mode: 'all-or-nothing', created_count: 2 });
    expect(String(batch['backup_file'])).toMatch(/pre-import/);
  });

  it('against the database: a second import of the same file finds every row as a duplicate and skips it', async () => {
    const t = await setup();
    const first = await t.analyze('名单.csv', corpus.csvUtf8(false));
    await t.imports.commit({ analysisId: first.analysisId, mode: 'all-or-nothing', jobId: 'job-import-5' });
    const again = await t.analyze('名单.csv', corpus.csvUtf8(false));
    expect(again.duplicates.map((d) => [d.row, d.reason, d.existingLabel])).toEqual([
      [2, 'uscc', '华为技术有限公司'],
      [3, 'uscc', '北京百度网讯科技有限公司\n（总部）'.replace('\n', ' ')],
    ]);
    const result = await t.imports.commit({ analysisId: again.analysisId, mode: 'all-or-nothing', jobId: 'job-import-6' });
    expect(result).toMatchObject({ committed: true, created: 0, skipped: 2, duplicates: 2 });
    expect(t.count('organisation')).toBe(2);
  });
});

describe('encodings and delimiters', () => {
  it('reads UTF-8 with and without BOM, with a quoted newline', async () => {
    const t = await setup();
    for (const bom of [true, false]) {
      const a = await t.analyze('名单.csv', corpus.csvUtf8(bom));
      expect(a.encoding).toBe('utf-8');
      expect(a.rows.map((r) => r.values['fullName'])).toEqual(['华为技术有限公司', '北京百度网讯科技有限公司 （总部）']);
    }
  });

  it('decodes GB18030 byte-exact and detects the ; delimiter', async () => {
    const t = await setup();
    const a = await t.analyze('名单.csv', corpus.csvGb18030());
    expect([a.encoding, a.delimiter]).toEqual(['gb18030', ';']);
    expect(a.rows[0]?.values).toMatchObject({ fullName: corpus.GB_NAME, address: '深圳市南山区科技园' });
  });

  it('reads an Excel "Unicode text" file (UTF-16LE, tab)', async () => {
    const t = await setup();
    const a = await t.analyze('名单.txt', corpus.utf16Tab());
    expect([a.encoding, a.delimiter]).toEqual(['utf-16le', '\t']);
    expect(a.rows[0]?.values).toMatchObject({ fullName: '小米科技有限责任公司', uscc: corpus.XIAOMI });
  });
});

describe('formulas', () => {
  it('uses a cached result and reports a formula without one as a row error', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.formulaWorkbook());
    expect(a.rows[0]?.values['fullName']).toBe('华为技术有限公司');
    expect(errorsOf(a)).toEqual([{ row: 3, column: '单位名称', code: 'FORMULA_WITHOUT_RESULT', key: 'import.errors.formulaWithoutResult' }]);
  });
});
