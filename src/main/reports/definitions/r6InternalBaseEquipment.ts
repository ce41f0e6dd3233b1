import type { ColumnType, ProvenanceRef, ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { donationsOfBase } from '../data/indicatorBaseEquipment';
import { type BaseRecord, type BaseStatRecord, loadBases, loadEquipment, ON_CAMPUS_BASE_KINDS } from '../data/indicatorBases';
import { majorIdsInScope } from '../data/indicatorScope';
import type { ReportContext, ReportDefinition, ReportQuery, UploadSheet } from '../reportDefinition';
import { indicatorWindow } from './r1PairFigures';
import { basesInScope } from './r5ExternalBases';

// R6 状态数据 校内实践基地 (domain.md §2.3, §2.9): the whole table, one row per on-campus base
// (kind internal — the college's own — and internal_joint — built with an enterprise) that has
// figures for the 学年 or is active and established by its end. The figures are what the officer
// recorded on the base's row of the 学年 (base_year_stat; amounts entered in 元, stored in 分,
// shown in 万元); not recorded → blank, never 0, and a 0 typed stays 0. 社会捐赠 / 社会准捐赠设备值
// are the enterprise contributions of the 学年 that went to the base (donationsOfBase), so R7's
// 企业提供的校内实践教学设备值 is their sum. 工位数 is the base's capacity.

type Source = 'base' | 'stat' | 'donation';
interface R6Column {
  key: string;
  label: string;
  unit?: string;
  type: ColumnType;
  width?: number;
  /** The header of the upload sheet (状态数据 puts the unit in the header). */
  upload: string;
  source: Source;
}

const money = (key: string, label: string, source: Source = 'stat'): R6Column => ({
  key, label, unit: '万元', type: 'money', upload: `${label}（万元）`, source,
});
const count = (key: string, label: string, unit: string, upload = `${label}（${unit}）`): R6Column => ({
  key, label, unit, type: 'integer', upload, source: 'stat',
});

const R6_COLUMNS: R6Column[] = [
  { key: 'name', label: '基地名称', type: 'text', width: 26, upload: '基地名称', source: 'base' },
  { key: 'majors', label: '面向专业', type: 'text', width: 24, upload: '面向专业', source: 'base' },
  count('projectCount', '项目个数', '个', '项目个数'),
  { key: 'projectNames', label: '实训项目名称', type: 'text', width: 30, upload: '实训项目名称', source: 'stat' },
  { key: 'approvalDate', label: '批准日期', type: 'date', upload: '批准日期', source: 'base' },
  { key: 'supportingDepartment', label: '支持部门', type: 'text', width: 16, upload: '支持部门', source: 'base' },
  count('buildingAreaM2', '建筑面积', '平方米'),
  count('usageDays', '学年内基地使用时间', '天'),
  money('totalEquipmentFen', '设备总值'),
  money('newEquipmentFen', '当年新增设备值'),
  money('selfDevelopedFen', '自主研制设备值'),
  money('donatedFen', '社会捐赠设备值', 'donation'),
  money('quasiDonatedFen', '社会准捐赠设备值', 'donation'),
  count('equipmentCount', '设备总数', '台套'),
  count('largeEquipmentCount', '大型设备数', '台套'),
  { key: 'workstations', label: '工位数', unit: '个', type: 'integer', upload: '工位数（个）', source: 'base' },
  count('internalPersonHours', '学年使用频率 校内', '人时', '学年使用频率校内（人时）'),
  count('socialPersonHours', '学年使用频率 社会', '人时', '学年使用频率社会（人时）'),
  money('consumablesFen', '原材料（耗材）费用'),
  money('maintenanceFen', '设备维护费用'),
  count('fullTimeManagers', '专职管理人员', '人'),
  count('partTimeManagers', '兼职管理人员', '人'),
];

const reportColumn = (c: R6Column, label: string, withUnit: boolean): ReportColumn => ({
  key: c.key,
  label,
  type: c.type,
  ...(withUnit && c.unit ? { unit: c.unit } : {}),
  ...(c.type === 'money' ? { moneyUnit: 'wanyuan' as const } : {}),
  ...(c.width ? { width: c.width } : {}),
});

/** The review layout: the table's columns with the partner next to the name, for checking. */
const COLUMNS: ReportColumn[] = R6_COLUMNS.flatMap((c) =>
  c.key === 'name'
    ? [reportColumn(c, c.label, true), { key: 'partnerName', label: '合作企业', type: 'text' as const, width: 28 }]
    : [reportColumn(c, c.label, true)],
);
/** The upload layout: exactly the platform's columns, unit in the header text. */
export const R6_UPLOAD_COLUMNS: ReportColumn[] = R6_COLUMNS.map((c) => reportColumn(c, c.upload, false));

/** base_year_stat figure of each stat column (the report keys keep their R6 names of 0010). */
const STAT_FIELD: Record<string, keyof Omit<BaseStatRecord, 'id'>> = {
  projectCount: 'projectCount',
  projectNames: 'projectNames',
  buildingAreaM2: 'buildingAreaM2',
  usageDays: 'usageDays',
  totalEquipmentFen: 'equipmentTotalFen',
  newEquipmentFen: 'equipmentNewFen',
  selfDevelopedFen: 'selfDevelopedEquipmentFen',
  equipmentCount: 'equipmentCount',
  largeEquipmentCount: 'largeEquipmentCount',
  internalPersonHours: 'internalPersonHours',
  socialPersonHours: 'socialPersonHours',
  consumablesFen: 'consumablesFen',
  maintenanceFen: 'maintenanceFen',
  fullTimeManagers: 'fullTimeManagers',
  partTimeManagers: 'partTimeManagers',
};

async function r6Rows(ctx: ReportContext, query: ReportQuery): Promise<ReportRow[]> {
  const w = indicatorWindow(ctx, query);
  const [bases, equipment, scope] = await Promise.all([
    loadBases(ctx.db, ON_CAMPUS_BASE_KINDS, w),
    loadEquipment(ctx.db, query.range),
    majorIdsInScope(ctx.db, query.filters),
  ]);
  return basesInScope(bases, scope).map((b) => baseRow(b, donationsOfBase(b, equipment), w.academicYear));
}

function baseRow(b: BaseRecord, d: ReturnType<typeof donationsOfBase>, academicYear: number): ReportRow {
  const s = b.stat;
  const statRef: ProvenanceRef[] = s ? [{ table: 'base_year_stat', id: s.id, label: `${b.name} ${academicYear}-${academicYear + 1}学年` }] : [];
  const cells: ReportRow['cells'] = {
    name: b.name,
    partnerName: b.partnerName,
    majors: b.majorNames.length > 0 ? b.majorNames.join('、') : null,
    approvalDate: b.approvalDate,
    supportingDepartment: b.supportingDepartment,
    donatedFen: d.donatedFen,
    quasiDonatedFen: d.quasiDonatedFen,
    workstations: b.capacity,
  };
  const sources: NonNullable<ReportRow['sources']> = { name: [{ table: 'internship_base', id: b.id, label: b.name }] };
  for (const [key, field] of Object.entries(STAT_FIELD)) {
    const value = s?.[field] ?? null;
    cells[key] = value;
    if (value !== null) sources[key] = statRef;
  }
  if (d.donatedRefs.length > 0) sources['donatedFen'] = d.donatedRefs;
  if (d.quasiDonatedRefs.length > 0) sources['quasiDonatedFen'] = d.quasiDonatedRefs;
  return { kind: 'data', cells, sources };
}

export const r6InternalBaseEquipment: ReportDefinition = {
  descriptor: { id: 'R6', title: '校内实践基地情况表', periodKind: 'academic', formats: ['xlsx'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const rows = await r6Rows(ctx, query);
    return [
      {
        sheetName: '校内实践基地',
        title: '校内实践基地情况表',
        columns: COLUMNS,
        rows,
        notes: [
          '每个校内实践基地一行（学校自建和校企共建）。各项数据为基地本学年登记的数据，未登记的留空，登记为 0 的显示 0。',
          '社会（准）捐赠设备值为本学年记入该基地的企业投入（按基地协议或去向为基地名称/挂牌名称）。',
        ],
        totalRows: rows.length,
      },
    ];
  },
  async buildUpload(ctx, query, job): Promise<UploadSheet> {
    job.progress('querying', 0, null);
    // One row per base; 面向专业 joined with 、 (the platform takes a text). partnerName is not a column here.
    const rows = await r6Rows(ctx, query);
    return { section: { sheetName: '校内实践基地', title: '校内实践基地', columns: R6_UPLOAD_COLUMNS, rows, totalRows: rows.length }, refused: [] };
  },
};
