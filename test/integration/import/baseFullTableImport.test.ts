import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { importCore } from './importFixture';

// baseYearStats import of the whole 校内实践基地 table (migration 0016): a sheet laid out as the
// state platform's table (units in the headers, amounts in 万元) and an office's own sheet (元,
// short headers, area with a unit). Expected 分 worked out by hand in each test.

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

const BASE = '智能制造实训中心';

async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const baseId = (await t.core.services.programmes.internshipBases.create({ name: BASE, kind: 'internal' })).id;
  const rows = () =>
    t.core.database.sqlite
      .prepare(`select academic_year, project_count, usage_days, equipment_total_fen, building_area_m2, internal_person_hours, social_person_hours,
          self_developed_equipment_fen, consumables_fen, maintenance_fen, full_time_managers, part_time_managers
        from base_year_stat order by academic_year`)
      .all();
  return { ...t, baseId, rows };
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('校内实践基地');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const errorsOf = (a: { errors: { row: number; column: string | null; key: string }[] }) => a.errors.map((e) => ({ row: e.row, column: e.column, key: e.key }));

describe('base statistics import: the whole 校内实践基地 table', () => {
  it('reads the platform layout: 万元 by header, 0 kept apart from blank, 社会捐赠 not taken for 社会 hours', async () => {
    const t = await setup();
    const a = await t.analyze('校内实践基地.xlsx', await workbook([
      ['基地名称', '学年', '项目个数', '建筑面积（平方米）', '学年内基地使用时间（天）', '设备总值（万元）', '自主研制设备值（万元）', '社会捐赠设备值（万元）',
        '学年使用频率校内（人时）', '学年使用频率社会（人时）', '原材料（耗材）费用（万元）', '设备维护费用（万元）', '专职管理人员（人）', '兼职管理人员（人）'],
      [BASE, '2025-2026', 4, 1250.5, 200, 123.4568, 0, 14.35, 36000, 0, '1.2345', 0.805, 2, null],
    ]), 'baseYearStats');
    expect(a.columns.map((c) => c.field)).toEqual([
      'baseName', 'academicYear', 'projectCount', 'buildingArea', 'usageDays', 'equipmentTotal', 'selfDevelopedEquipment', null,
      'internalPersonHours', 'socialPersonHours', 'consumables', 'maintenance', 'fullTimeManagers', 'partTimeManagers',
    ]);
    expect(errorsOf(a)).toEqual([]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-base-full-1' });
    // 123.4568 万元 = 1,234,568 元 = 123,456,800 分; 1.2345 万元 = 12,345 元; 0.805 万元 = 8,050 元.
    expect(t.rows()).toEqual([
      { academic_year: 2025, project_count: 4, usage_days: 200, equipment_total_fen: 123_456_800, building_area_m2: 1250.5, internal_person_hours: 36_000,
        social_person_hours: 0, self_developed_equipment_fen: 0, consumables_fen: 1_234_500, maintenance_fen: 805_000, full_time_managers: 2,
        part_time_managers: null },
    ]);
  });

  it('reads an office sheet in 元 with short headers, refuses a bad area and 3 decimals of 元', async () => {
    const t = await setup();
    await t.core.services.programmes.baseYearStats.upsert({ baseId: t.baseId, academicYear: 2024, equipmentTotalFen: 8_000_000, maintenanceFen: 1_000 });
    const a = await t.analyze('实训基地运行情况.xlsx', await workbook([
      ['实习基地', '学年', '面积', '校内人时', '社会人时', '耗材费用', '维护费用', '专职人员', '兼职人员'],
      [BASE, '2025-2026', '1,250.50㎡', 4800, 960, '12,345.00', 8050, 1, 3], // 2
      [BASE, '2023-2024', '约1200', null, null, '10.005', null, null, null], // 3: area not a number, 3 decimals of 元
      [BASE, '2024-2025', 980, 100, null, null, null, null, null], // 4: no equipment columns: keeps 2024's 设备总值
    ]), 'baseYearStats');
    expect(a.columns.map((c) => c.field)).toEqual([
      'baseName', 'academicYear', 'buildingArea', 'internalPersonHours', 'socialPersonHours', 'consumables', 'maintenance', 'fullTimeManagers', 'partTimeManagers',
    ]);
    // Cell problems come before the schema's.
    expect(errorsOf(a)).toEqual([
      { row: 3, column: '耗材费用', key: 'import.errors.moneyInvalid' },
      { row: 3, column: '面积', key: 'fieldErrors.invalid_type' },
    ]);
    await t.imports.commit({ analysisId: a.analysisId, mode: 'valid-only', jobId: 'job-base-full-2', decisions: { duplicates: 'update' } });
    expect(t.rows()).toEqual([
      // The sheet has a 维护费用 column, so its empty cell clears 2024's 10.00 元; 设备总值 has no column and stays.
      { academic_year: 2024, project_count: null, usage_days: null, equipment_total_fen: 8_000_000, building_area_m2: 980, internal_person_hours: 100,
        social_person_hours: null, self_developed_equipment_fen: null, consumables_fen: null, maintenance_fen: null, full_time_managers: null,
        part_time_managers: null },
      { academic_year: 2025, project_count: null, usage_days: null, equipment_total_fen: null, building_area_m2: 1250.5, internal_person_hours: 4800,
        social_person_hours: 960, self_developed_equipment_fen: null, consumables_fen: 1_234_500, maintenance_fen: 805_000, full_time_managers: 1,
        part_time_managers: 3 },
    ]);
  });
});
