import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { importCore } from './importFixture';
import { HUAWEI_NAME, placementCsv, placementRows, placementWorkbook, seedPlacementRefs, XIAOMI_NAME } from './placementCorpus';

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const refs = await seedPlacementRefs(t.core);
  const analyze = (fileName: string, bytes: Buffer) => t.imports.analyze({ fileName, dataBase64: bytes.toString('base64'), entity: 'placementStats' });
  return { ...t, refs, analyze };
}

const errorsOf = (a: { errors: { row: number; column: string | null; code: string; key: string }[] }) =>
  a.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, key: e.key }));

const STORED = { partner: XIAOMI_NAME, major: '530802', academic_year: 2024, order_trainees: 7, interns: 5, graduates_employed: 3 };
const VALID_XLSX = [
  { partner: HUAWEI_NAME, major: '530802', academic_year: 2024, order_trainees: 0, interns: 4, graduates_employed: null },
  { partner: HUAWEI_NAME, major: '460305', academic_year: 2025, order_trainees: 30, interns: 18, graduates_employed: 12 },
  { partner: XIAOMI_NAME, major: '530802', academic_year: 2025, order_trainees: null, interns: 22, graduates_employed: 9 },
];

describe('placement statistics import (xlsx)', () => {
  it('maps the Chinese headers and reports exact row errors and duplicates', async () => {
    const t = await setup();
    const a = await t.analyze('育人统计.xlsx', await placementWorkbook());
    expect(a.headerRow).toBe(2);
    expect(a.columns.map((c) => c.field)).toEqual(['partnerName', 'partnerUscc', 'majorName', 'majorCode', 'academicYear', 'orderTrainees', 'interns', 'graduatesEmployed']);
    expect(errorsOf(a)).toEqual([
      { row: 6, column: '合作企业', code: 'NOT_FOUND', key: 'import.errors.partnerNotFound' },
      { row: 7, column: '学年', code: 'VALIDATION', key: 'import.errors.academicYearInvalid' },
      { row: 8, column: '接受顶岗实习学生数', code: 'VALIDATION', key: 'import.errors.countNegative' },
      { row: 9, column: '订单培养人数', code: 'VALIDATION', key: 'import.errors.numberInvalid' },
      { row: 12, column: '专业名称', code: 'NOT_FOUND', key: 'import.errors.majorNotFound' },
    ]);
    expect(a.errors.map((e) => e.params)).toEqual([{ value: '未知科技有限公司' }, { value: '25-26' }, { value: -3 }, {}, { value: '物联网应用技术' }]);
    expect(a.duplicates).toEqual([
      { row: 10, reason: 'key', sameAsRow: null, existingId: t.refs.existing, existingLabel: `${XIAOMI_NAME} · 现代物流管理 · 2024-2025`, conflicts: [] },
      // The repeat's different figures are listed; with no notes to keep them in, it is not merged.
      {
        row: 11,
        reason: 'key',
        sameAsRow: 3,
        existingId: null,
        existingLabel: null,
        conflicts: [
          { field: 'orderTrainees', kept: '30', other: '31' },
          { field: 'interns', kept: '18', other: '19' },
          { field: 'graduatesEmployed', kept: '12', other: '13' },
        ],
      },
    ]);
    // Duplicates count as valid rows (they are valid; only the decision is pending).
    expect(a.totals).toEqual({ rows: 10, valid: 5, invalid: 5, duplicates: 2, skipped: 0, warned: 0 });
  });

  it('all-or-nothing writes no row when one row is invalid', async () => {
    const t = await setup();
    const a = await t.analyze('育人统计.xlsx', await placementWorkbook());
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-placement-1' });
    expect(result).toMatchObject({ committed: false, created: 0, updated: 0 });
    expect(result.errors.map((e) => e.row)).toEqual([6, 7, 8, 9, 12]);
    expect(placementRows(t.core)).toEqual([STORED]);
    expect(t.count('import_batch')).toBe(0);
  });

  it('valid-only creates the valid rows with their exact figures and skips duplicates by default', async () => {
    const t = await setup();
    const a = await t.analyze('育人统计.xlsx', await placementWorkbook());
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-placement-2' });
    expect(result).toMatchObject({ committed: true, created: 3, updated: 0, skipped: 7, duplicates: 2 });
    expect(placementRows(t.core)).toEqual([VALID_XLSX[0], STORED, VALID_XLSX[1], VALID_XLSX[2]]);
  });

  it('duplicates=update overwrites the stored row and the earlier row of the file', async () => {
    const t = await setup();
    const a = await t.analyze('育人统计.xlsx', await placementWorkbook());
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-placement-3', decisions: { duplicates: 'update' } });
    expect(result).toMatchObject({ committed: true, created: 3, updated: 2, skipped: 5 });
    expect(placementRows(t.core)).toEqual([
      VALID_XLSX[0],
      { ...STORED, order_trainees: 8, interns: 6, graduates_employed: 4 },
      { ...VALID_XLSX[1], order_trainees: 31, interns: 19, graduates_employed: 13 },
      VALID_XLSX[2],
    ]);
  });

  it('"create" for a database duplicate is refused by the service rule placementStat.duplicate', async () => {
    const t = await setup();
    const a = await t.analyze('育人统计.xlsx', await placementWorkbook());
    const result = await t.imports.commit({
      analysisId: a.analysisId,
      mode: 'valid-only',
      jobId: 'job-placement-4',
      decisions: { duplicates: 'skip', rows: [{ row: 10, action: 'create' }] },
    });
    expect(result.errors.find((e) => e.row === 10)).toMatchObject({ column: '学年', code: 'CONFLICT', key: 'fieldErrors.placementStat.duplicate' });
    expect(placementRows(t.core).filter((r) => r.partner === XIAOMI_NAME && r.academic_year === 2024)).toEqual([STORED]);
  });
});

describe('placement statistics import (csv)', () => {
  const CSV_VALID = [
    { partner: HUAWEI_NAME, major: '530802', academic_year: 2023, order_trainees: 1, interns: 2, graduates_employed: 3 },
    STORED,
    { partner: HUAWEI_NAME, major: '460305', academic_year: 2025, order_trainees: 30, interns: 18, graduates_employed: 12 },
    { partner: XIAOMI_NAME, major: '530802', academic_year: 2025, order_trainees: null, interns: 22, graduates_employed: 9 },
  ];

  it('all-or-nothing refuses the file for one negative count; valid-only creates exactly the valid rows', async () => {
    const t = await setup();
    const a = await t.analyze('育人统计.csv', placementCsv());
    expect(a.encoding).toBe('utf-8');
    expect(errorsOf(a)).toEqual([{ row: 5, column: 'interns', code: 'VALIDATION', key: 'import.errors.countNegative' }]);
    const refused = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-placement-5' });
    expect(refused).toMatchObject({ committed: false, created: 0 });
    expect(placementRows(t.core)).toEqual([STORED]);
    const done = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-placement-6' });
    expect(done).toMatchObject({ committed: true, created: 3, updated: 0, skipped: 1 });
    expect(placementRows(t.core)).toEqual(CSV_VALID);
  });
});

describe('placement statistics template', () => {
  it('round-trips: text-format code columns, then the filled template imports', async () => {
    const t = await setup();
    const file = path.join(makeTempDir(), '模板.xlsx');
    await t.imports.template({ entity: 'placementStats' }, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('template has no sheet');
    expect(ws.name).toBe('订单培养、顶岗实习与就业数据');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['合作单位', '统一社会信用代码', '专业', '专业代码', '学年*', '订单培养人数', '接受顶岗实习学生数', '接受毕业生就业数']);
    expect([ws.getCell('B2').numFmt, ws.getCell('D2').numFmt, ws.getCell('D50').numFmt]).toEqual(['@', '@', '@']);
    // The example row names 华为 × 460305 × 2025-2026; the office adds its own row below.
    ws.addRow([XIAOMI_NAME, '', '', '530802', '2023-2024', 11, 12, 13]);
    await wb.xlsx.writeFile(file);
    const a = await t.analyze('模板.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(a.errors).toEqual([]);
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-placement-7' });
    expect(result).toMatchObject({ committed: true, created: 2, updated: 0, skipped: 0 });
    expect(placementRows(t.core)).toEqual([
      { partner: XIAOMI_NAME, major: '530802', academic_year: 2023, order_trainees: 11, interns: 12, graduates_employed: 13 },
      STORED,
      { partner: HUAWEI_NAME, major: '460305', academic_year: 2025, order_trainees: 30, interns: 18, graduates_employed: 12 },
    ]);
  });
});
