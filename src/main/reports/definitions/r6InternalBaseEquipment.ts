import type { ProvenanceRef, ReportColumn, ReportSection } from '@shared/domain/report';
import { loadBaseEquipmentFigures } from '../data/indicatorBaseEquipment';
import { equipmentOfBase, loadBases, loadEquipment } from '../data/indicatorBases';
import { majorIdsInScope } from '../data/indicatorScope';
import type { ReportDefinition } from '../reportDefinition';
import { indicatorWindow } from './r1PairFigures';
import { basesInScope } from './r5ExternalBases';

// R6 校内实践基地 企业设备来源 (domain.md §2.3, §5): the college's on-campus bases built with
// enterprises (internship_base kind internal_joint). 设备总值 and 当年新增设备值 are what the
// officer recorded on the base's figures for the 学年 (base_year_stat, migration 0010; entered
// in 元, stored in 分, shown in 万元); not recorded → blank, never 0. 社会捐赠 / 社会准捐赠设备值
// are the enterprise contributions of the 学年 that went to the base
// (indicatorBases.equipmentOfBase); 工位数 is the base's capacity.

const COLUMNS: ReportColumn[] = [
  { key: 'name', label: '基地', type: 'text', width: 26 },
  { key: 'partnerName', label: '合作企业', type: 'text', width: 28 },
  { key: 'totalEquipmentFen', label: '设备总值', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  { key: 'newEquipmentFen', label: '当年新增设备值', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  { key: 'donatedFen', label: '社会捐赠设备值', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  { key: 'quasiDonatedFen', label: '社会准捐赠设备值', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  { key: 'workstations', label: '工位数', type: 'integer', unit: '个' },
];

export const r6InternalBaseEquipment: ReportDefinition = {
  descriptor: { id: 'R6', title: '校内实践基地 企业设备来源', periodKind: 'academic', formats: ['xlsx'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const w = indicatorWindow(ctx, query);
    const scope = await majorIdsInScope(ctx.db, query.filters);
    const [bases, equipment, recorded] = await Promise.all([
      loadBases(ctx.db, 'internal_joint', w),
      loadEquipment(ctx.db, query.range),
      loadBaseEquipmentFigures(ctx.db, w.academicYear),
    ]);
    const rows = basesInScope(bases, scope).map((b) => {
      const sums = { donated_equipment: null as number | null, quasi_donated_equipment: null as number | null };
      const refs: Record<keyof typeof sums, ProvenanceRef[]> = { donated_equipment: [], quasi_donated_equipment: [] };
      for (const e of equipment) {
        if (!equipmentOfBase(b, e)) continue;
        sums[e.kind] = (sums[e.kind] ?? 0) + e.valueFen;
        refs[e.kind].push({ table: 'contribution', id: e.id, label: [e.date, e.items].filter((x) => x).join(' ') });
      }
      const figures = recorded.get(b.id);
      const statRef: ProvenanceRef[] = figures
        ? [{ table: 'base_year_stat', id: figures.statId, label: `${b.name} ${w.academicYear}-${w.academicYear + 1}学年` }]
        : [];
      return {
        kind: 'data' as const,
        cells: {
          name: b.name,
          partnerName: b.partnerName,
          totalEquipmentFen: figures?.totalFen ?? null,
          newEquipmentFen: figures?.newFen ?? null,
          donatedFen: sums.donated_equipment,
          quasiDonatedFen: sums.quasi_donated_equipment,
          workstations: b.capacity,
        },
        sources: {
          name: [{ table: 'internship_base', id: b.id, label: b.name }],
          ...(figures && figures.totalFen !== null ? { totalEquipmentFen: statRef } : {}),
          ...(figures && figures.newFen !== null ? { newEquipmentFen: statRef } : {}),
          ...(refs.donated_equipment.length > 0 ? { donatedFen: refs.donated_equipment } : {}),
          ...(refs.quasi_donated_equipment.length > 0 ? { quasiDonatedFen: refs.quasi_donated_equipment } : {}),
        },
      };
    });
    return [
      {
        sheetName: '校内实践基地设备来源',
        title: '校内实践基地 企业设备来源',
        columns: COLUMNS,
        rows,
        notes: ['设备总值、当年新增设备值：基地本学年登记的数据，未登记的留空。社会（准）捐赠设备值为本学年记入该基地的企业投入。'],
        totalRows: rows.length,
      },
    ];
  },
};
