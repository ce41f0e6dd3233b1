import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSection } from '../../../src/shared/domain/report';
import { createProgrammeServices } from '../../../src/main/programmes/programmeServices';
import { r6InternalBaseEquipment } from '../../../src/main/reports/definitions/r6InternalBaseEquipment';
import { outputCell } from '../../../src/main/reports/render/cellValues';
import { createIndicatorFixture, type IndicatorFixture } from './indicatorFixture';
import { reportTestContext, runReport } from './reportTestContext';

// R6 设备总值 / 当年新增设备值 from the equipment recorded on each on-campus base's figures
// (base_year_stat, migration 0010). Expected 万元 worked out by hand below.
//   华星云计算实训室 (fixture): 2025 total 1,234,567.89 元, new 345,678.50 元; 2024 total only.
//   华星物联网实训室 (added):   2025 figures without equipment → both blank.
//   宏远电子实训室 (added):     2025 total 80,000.00 元, new not recorded → total only.

let f: IndicatorFixture;
const ids: { cloudStat2025?: string; iotBase?: string; hongyuanStat?: string } = {};

beforeAll(async () => {
  f = await createIndicatorFixture();
  const p = createProgrammeServices(f.t.ctx);
  ids.cloudStat2025 = (
    await p.baseYearStats.upsert({ baseId: f.bases.internal, academicYear: 2025, equipmentTotalFen: 123_456_789, equipmentNewFen: 34_567_850 })
  ).id;
  await p.baseYearStats.upsert({ baseId: f.bases.internal, academicYear: 2024, equipmentTotalFen: 88_888_939 });
  const iot = await p.internshipBases.create({ name: '华星物联网实训室', kind: 'internal_joint', organisationId: f.partners.p1, majorIds: [f.majors.m2] });
  ids.iotBase = iot.id;
  await p.baseYearStats.upsert({ baseId: iot.id, academicYear: 2025, studentVisits: 40 });
  const hongyuan = await p.internshipBases.create({ name: '宏远电子实训室', kind: 'internal_joint', organisationId: f.partners.p3, capacity: 12 });
  ids.hongyuanStat = (await p.baseYearStats.upsert({ baseId: hongyuan.id, academicYear: 2025, equipmentTotalFen: 8_000_000 })).id;
});
afterAll(() => f.t.close());

const byName = (rows: ReportSection['rows'], name: string) => rows.find((r) => r.cells['name'] === name);

describe('R6 设备总值 and 当年新增设备值 from the recorded figures', () => {
  it('fills the 学年\'s recorded figures, leaves unrecorded ones blank and points at the base_year_stat row', async () => {
    const [section] = await runReport(r6InternalBaseEquipment, reportTestContext(f.t), 2025);
    const rows = section!.rows;
    expect(rows.map((r) => r.cells['name'])).toEqual(['华星云计算实训室', '华星物联网实训室', '宏远电子实训室']);

    const cloud = byName(rows, '华星云计算实训室')!;
    expect(cloud.cells).toMatchObject({ totalEquipmentFen: 123_456_789, newEquipmentFen: 34_567_850, donatedFen: 14_445_679, workstations: 40 });
    // 123,456,789 分 = 123.456789 万元 → 123.46; 34,567,850 分 = 34.56785 万元 → 34.57.
    const total = section!.columns.find((c) => c.key === 'totalEquipmentFen')!;
    const added = section!.columns.find((c) => c.key === 'newEquipmentFen')!;
    expect(outputCell(cloud.cells['totalEquipmentFen'], total)).toMatchObject({ kind: 'number', value: 123.46, csv: '123.46' });
    expect(outputCell(cloud.cells['newEquipmentFen'], added)).toMatchObject({ kind: 'number', value: 34.57, csv: '34.57' });
    expect(cloud.sources?.['totalEquipmentFen']).toEqual([{ table: 'base_year_stat', id: ids.cloudStat2025, label: '华星云计算实训室 2025-2026学年' }]);
    expect(cloud.sources?.['newEquipmentFen']?.map((s) => s.id)).toEqual([ids.cloudStat2025]);

    // Figures recorded for the year, but no equipment: blank, never 0, and no provenance.
    const iot = byName(rows, '华星物联网实训室')!;
    expect(iot.cells).toMatchObject({ totalEquipmentFen: null, newEquipmentFen: null });
    expect(iot.sources?.['totalEquipmentFen']).toBeUndefined();
    expect(outputCell(iot.cells['totalEquipmentFen'], total)).toEqual({ kind: 'blank' });

    // Only the total recorded: 8,000,000 分 = 8.00 万元; the new value stays blank.
    const hongyuan = byName(rows, '宏远电子实训室')!;
    expect(hongyuan.cells).toMatchObject({ totalEquipmentFen: 8_000_000, newEquipmentFen: null, workstations: 12 });
    expect(outputCell(hongyuan.cells['totalEquipmentFen'], total)).toMatchObject({ kind: 'number', value: 8, csv: '8.00' });
    expect(hongyuan.sources?.['totalEquipmentFen']?.map((s) => s.id)).toEqual([ids.hongyuanStat]);
    expect(hongyuan.sources?.['newEquipmentFen']).toBeUndefined();
    expect(section!.notes?.join('')).not.toContain('未登记设备台账');
  });

  it('takes the figures of the selected 学年 only', async () => {
    const [section] = await runReport(r6InternalBaseEquipment, reportTestContext(f.t), 2024);
    // 2024: 88,888,939 分 → 88.89 万元; no new value recorded for 2024.
    expect(byName(section!.rows, '华星云计算实训室')?.cells).toMatchObject({ totalEquipmentFen: 88_888_939, newEquipmentFen: null });
    const [y2026] = await runReport(r6InternalBaseEquipment, reportTestContext(f.t), 2026);
    expect(byName(y2026!.rows, '华星云计算实训室')?.cells).toMatchObject({ totalEquipmentFen: null, newEquipmentFen: null });
  });
});
