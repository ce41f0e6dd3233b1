import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { importCore } from './importFixture';

// baseYearStats import with the 校内实践基地 equipment columns (migration 0010): amounts typed
// in 元 (as in the form; the template header says 元), stored in 分; Chinese and English
// headers; the ≤ rule per row; and a file without the columns keeps the recorded figures.

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

const BASE = '云计算实训室';

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const s = t.core.services;
  const org = (await s.partners.create({ kind: 'enterprise', fullName: '深圳华星科技有限公司' })).id;
  const baseId = (await s.programmes.internshipBases.create({ name: BASE, kind: 'internal_joint', organisationId: org })).id;
  const sqlite = t.core.database.sqlite;
  const rows = () =>
    sqlite
      .prepare(`select academic_year, student_visits, equipment_total_fen, equipment_new_fen, equipment_count, large_equipment_count
        from base_year_stat order by academic_year`)
      .all();
  return { ...t, baseId, rows };
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('基地数据');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const errorsOf = (a: { errors: { row: number; column: string | null; key: string }[] }) => a.errors.map((e) => ({ row: e.row, column: e.column, key: e.key }));

describe('base statistics import: equipment columns', () => {
  it('maps Chinese headers, reads 元 into 分 exactly and refuses new equipment above the total', async () => {
    const t = await setup();
    const a = await t.analyze('基地设备.xlsx', await workbook([
      ['实习基地', '学年', '设备总值（元）', '当年新增设备值(元)', '设备总数（台套）', '大型设备数'],
      [BASE, '2024-2025', '1,234,567.89', 345678.5, 96, 6], // 2
      [BASE, '2025-2026', 100000, 100000.01, null, null], // 3: new above total
      [BASE, '2023-2024', '12.345', null, 10, 11], // 4: 3 decimals of 元; large above count
    ]), 'baseYearStats');
    expect(a.columns.map((c) => c.field)).toEqual(['baseName', 'academicYear', 'equipmentTotal', 'equipmentNew', 'equipmentCount', 'largeEquipmentCount']);
    expect(errorsOf(a)).toEqual([
      { row: 3, column: '当年新增设备值(元)', key: 'fieldErrors.programmes.newEquipmentOverTotal' },
      { row: 4, column: '设备总值（元）', key: 'import.errors.moneyInvalid' },
      { row: 4, column: '大型设备数', key: 'fieldErrors.programmes.largeEquipmentOverCount' },
    ]);
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-equip-1' });
    expect(result).toMatchObject({ committed: true, created: 1, skipped: 2 });
    expect(t.rows()).toEqual([
      { academic_year: 2024, student_visits: null, equipment_total_fen: 123_456_789, equipment_new_fen: 34_567_850, equipment_count: 96, large_equipment_count: 6 },
    ]);
  });

  it('reads a column headed in 万元 (state-platform sheets) in 万元, not as 元', async () => {
    const t = await setup();
    const a = await t.analyze('平台表.xlsx', await workbook([
      ['实习基地', '学年', '设备总值（万元）', '当年新增设备值(万元)'],
      [BASE, '2025-2026', 123.4568, '12.5'],
    ]), 'baseYearStats');
    expect(a.columns.map((c) => c.field)).toEqual(['baseName', 'academicYear', 'equipmentTotal', 'equipmentNew']);
    expect(errorsOf(a)).toEqual([]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-equip-wan' });
    expect(t.rows()).toEqual([
      { academic_year: 2025, student_visits: null, equipment_total_fen: 123_456_800, equipment_new_fen: 12_500_000, equipment_count: null, large_equipment_count: null },
    ]);
  });

  it('maps English headers, and a file without the columns keeps the figures already recorded', async () => {
    const t = await setup();
    await t.core.services.programmes.baseYearStats.upsert({
      baseId: t.baseId, academicYear: 2025, studentVisits: 10, equipmentTotalFen: 500_000_00, equipmentNewFen: 100_000_00, equipmentCount: 40, largeEquipmentCount: 2,
    });
    const english = await t.analyze('base.xlsx', await workbook([
      ['Base name', 'Academic year', 'Total equipment value', 'New equipment value', 'Equipment count', 'Large equipment count'],
      [BASE, '2024', 8000, null, 3, null],
    ]), 'baseYearStats');
    expect(english.columns.map((c) => c.field)).toEqual(['baseName', 'academicYear', 'equipmentTotal', 'equipmentNew', 'equipmentCount', 'largeEquipmentCount']);
    expect(await t.imports.commit({ analysisId: english.analysisId, mode: 'all-or-nothing', jobId: 'job-equip-2' })).toMatchObject({ committed: true, created: 1 });

    // Last year's layout (no equipment columns) updates 2025's visits, keeping its equipment.
    const old = await t.analyze('旧模板.xlsx', await workbook([['实习基地', '学年', '接待学生量'], [BASE, '2025-2026', 75]]), 'baseYearStats');
    expect(old.errors).toEqual([]);
    const updated = await t.imports.commit({ analysisId: old.analysisId, mode: 'all-or-nothing', jobId: 'job-equip-3', decisions: { duplicates: 'update' } });
    expect(updated).toMatchObject({ committed: true, updated: 1 });
    // An empty cell in a mapped column clears the figure: the file says "none".
    const cleared = await t.analyze('清空.xlsx', await workbook([['实习基地', '学年', '设备总值', '当年新增设备值'], [BASE, '2025-2026', 600000, null]]), 'baseYearStats');
    await t.imports.commit({ analysisId: cleared.analysisId, mode: 'all-or-nothing', jobId: 'job-equip-4', decisions: { duplicates: 'update' } });
    expect(t.rows()).toEqual([
      { academic_year: 2024, student_visits: null, equipment_total_fen: 800_000, equipment_new_fen: null, equipment_count: 3, large_equipment_count: null },
      { academic_year: 2025, student_visits: null, equipment_total_fen: 600_000_00, equipment_new_fen: null, equipment_count: 40, large_equipment_count: 2 },
    ]);
  });

  it('writes a template whose equipment headers state their unit and imports back', async () => {
    const t = await setup();
    const file = path.join(makeTempDir(), '模板.xlsx');
    await t.imports.template({ entity: 'baseYearStats' }, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    // After 学年 and the seven §2.2 figures come the equipment columns (0016's fields follow them).
    expect(headers.slice(9, 13)).toEqual(['设备总值(元)', '当年新增设备值(元)', '设备总数(台套)', '大型设备数(台套)']);
    ws.getRow(2).getCell(1).value = BASE;
    const a = await t.analyze('模板.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), 'baseYearStats');
    expect(a.errors).toEqual([]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-equip-5' });
    expect(t.rows()).toMatchObject([{ equipment_total_fen: 125_000_000, equipment_new_fen: 30_000_000, equipment_count: 120, large_equipment_count: 8 }]);
  });
});
