import type { z } from 'zod';
import { BaseYearStatUpsert } from '@shared/domain/programmes';
import { findBaseYearStat } from '../../programmes/baseYearStatRepository';
import { baseYearStatOf, liveBaseByName } from '../importRepository';
import type { ImportWriters } from '../importWriters';
import { schemaIssues } from './draftIssues';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { intValue, required } from './entityHelpers';

// Programme statistics: the yearly figures of internship bases (domain §2.2). Placement
// statistics have no service yet, so they are not importable.
const FIELDS: readonly FieldDef[] = [
  { field: 'baseName', kind: 'text', required: true, synonyms: ['基地名称', '实习基地', '实习基地名称', '实践基地名称', '基地', 'base', 'base name'], example: '华为深圳实习基地' },
  { field: 'academicYear', kind: 'text', required: true, synonyms: ['学年', 'academic year', 'year'], example: '2024-2025' },
  { field: 'projectCount', kind: 'int', synonyms: ['项目数', '项目数量', '项目个数', 'project count'], example: '3' },
  { field: 'projectNames', kind: 'longText', synonyms: ['项目名称', '实训项目名称', '实习实训项目', 'project names'], example: '5G 基站实训' },
  { field: 'studentVisits', kind: 'int', synonyms: ['接待学生量', '接待学生人次', 'student visits'], example: '120' },
  { field: 'usageDays', kind: 'int', synonyms: ['使用天数', '基地使用时间', '学年内基地使用时间', '使用时间', 'usage days'], example: '60' },
  { field: 'halfYearInterns', kind: 'int', synonyms: ['半年顶岗人数', '半年顶岗实习人数', 'half-year interns'], example: '20' },
  { field: 'supervisorsSent', kind: 'int', synonyms: ['派指导教师/管理人员', '派指导教师', '指导教师人次', 'supervisors sent'], example: '6' },
  { field: 'graduatesEmployed', kind: 'int', synonyms: ['接收应届就业数', '接收应届毕业生就业数', 'graduates employed'], example: '15' },
  // [base-equipment] 校内实践基地 equipment (R6). Amounts in 元, as in the form and every other
  // money column (R6 shows 万元): the template header says so. A column headed 设备总值（万元）
  // (as on state-platform sheets) also maps here and is read in 万元 (cellValue.moneyUnitOfHeader).
  { field: 'equipmentTotal', kind: 'money', synonyms: ['设备总值(元)', '设备总值', '设备总额', 'total equipment value', 'equipment value'], example: '1250000.00' },
  { field: 'equipmentNew', kind: 'money', synonyms: ['当年新增设备值(元)', '当年新增设备值', '新增设备值', 'new equipment value', 'equipment added'], example: '300000.00' },
  { field: 'equipmentCount', kind: 'int', synonyms: ['设备总数(台套)', '设备总数', '设备数', 'equipment count', 'equipment units'], example: '120' },
  { field: 'largeEquipmentCount', kind: 'int', synonyms: ['大型设备数(台套)', '大型设备数', 'large equipment', 'large equipment count'], example: '8' },
  // [base-full-table] the rest of the 校内实践基地 table (domain §2.9), headers as the platform
  // (unit in brackets, which matching ignores) and offices write them. Money in 元, or 万元 when
  // the header says so. No bare 校内 / 社会: 社会捐赠设备值 would match 社会 on an R6-shaped sheet.
  // 建筑面积 may have decimals: read as text, parsed here (two decimals at most, by the schema).
  { field: 'buildingArea', kind: 'text', synonyms: ['建筑面积(平方米)', '建筑面积', '场地面积', '面积', 'building area'], example: '1250.5' },
  {
    field: 'internalPersonHours', kind: 'int',
    synonyms: ['学年使用频率校内(人时)', '学年使用频率校内', '学年使用频率/校内', '校内使用频率', '校内人时', '校内使用人时', 'internal person-hours'],
    example: '36000',
  },
  {
    field: 'socialPersonHours', kind: 'int',
    synonyms: ['学年使用频率社会(人时)', '学年使用频率社会', '学年使用频率/社会', '社会使用频率', '社会人时', '社会使用人时', 'social person-hours'],
    example: '2400',
  },
  { field: 'selfDevelopedEquipment', kind: 'money', synonyms: ['自主研制设备值(元)', '自主研制设备值', '自制设备值', '自主研制设备', 'self-developed equipment'], example: '50000.00' },
  { field: 'consumables', kind: 'money', synonyms: ['原材料（耗材）费用(元)', '原材料费用', '耗材费用', '耗材费', 'consumables'], example: '12345.00' },
  { field: 'maintenance', kind: 'money', synonyms: ['设备维护费用(元)', '设备维护费用', '设备维护费', '维护费用', 'maintenance cost'], example: '8050.00' },
  { field: 'fullTimeManagers', kind: 'int', synonyms: ['专职管理人员(人)', '专职管理人员', '专职管理人员数', '专职人员', 'full-time managers'], example: '2' },
  { field: 'partTimeManagers', kind: 'int', synonyms: ['兼职管理人员(人)', '兼职管理人员', '兼职管理人员数', '兼职人员', 'part-time managers'], example: '5' },
];

/** Import field ↔ schema field of the 校内实践基地 figures ('money' cells arrive as 分). */
const EQUIPMENT_FIELDS = [
  ['equipmentTotal', 'equipmentTotalFen'],
  ['equipmentNew', 'equipmentNewFen'],
  ['equipmentCount', 'equipmentCount'],
  ['largeEquipmentCount', 'largeEquipmentCount'],
  ['buildingArea', 'buildingAreaM2'],
  ['internalPersonHours', 'internalPersonHours'],
  ['socialPersonHours', 'socialPersonHours'],
  ['selfDevelopedEquipment', 'selfDevelopedEquipmentFen'],
  ['consumables', 'consumablesFen'],
  ['maintenance', 'maintenanceFen'],
  ['fullTimeManagers', 'fullTimeManagers'],
  ['partTimeManagers', 'partTimeManagers'],
] as const;
type EquipmentKey = (typeof EQUIPMENT_FIELDS)[number][1];

/** 建筑面积 as typed (1250.5, 1,250.50, 1250㎡); not a number → NaN, which the schema refuses on the field. */
export function areaValue(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const s = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/(平方米|m2|m²|㎡)$/i, '');
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
const importFieldOf = (schemaField: string): string =>
  EQUIPMENT_FIELDS.find(([, key]) => key === schemaField)?.[0] ?? schemaField;

/** 2024, "2024-2025", "2024–2025学年" → 2024 (the 学年 is stored as its start year). */
export function startYearOf(text: string): number | null {
  const m = /^(\d{4})(?:\s*[-–—~至/]\s*(\d{4}))?\s*(?:学年)?$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const start = Number(m[1]);
  return m[2] && Number(m[2]) !== start + 1 ? null : start;
}

type Prepared = {
  draft: z.input<typeof BaseYearStatUpsert> & { baseId: string; academicYear: number };
  baseName: string;
  /** Equipment figures the file has no column for: the year's stored values are kept. */
  keep: EquipmentKey[];
};

/**
 * The upsert replaces the 学年's whole row. Files laid out before the equipment columns
 * existed (old templates, saved mappings) must not erase figures entered in the form, so
 * a figure without a column keeps its stored value; an empty cell in a column clears it.
 */
async function draftToWrite(w: ImportWriters, p: Prepared): Promise<Prepared['draft']> {
  if (p.keep.length === 0) return p.draft;
  const stored = await findBaseYearStat(w.trx, p.draft.baseId, p.draft.academicYear);
  const draft = { ...p.draft };
  for (const key of p.keep) draft[key] = stored?.[key] ?? null;
  return draft;
}

export const baseYearStatsEntity: EntityDef<Prepared> = {
  entity: 'baseYearStats',
  fields: FIELDS,
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const baseName = required(values, 'baseName', issues);
    const base = baseName ? await liveBaseByName(ctx.db, baseName) : null;
    if (baseName && !base) issues.push({ field: 'baseName', code: 'NOT_FOUND', key: 'import.errors.baseNotFound', params: { value: baseName } });
    const yearText = required(values, 'academicYear', issues);
    const year = yearText ? startYearOf(yearText) : null;
    if (yearText && year === null) issues.push({ field: 'academicYear', code: 'VALIDATION', key: 'import.errors.academicYearInvalid', params: { value: yearText } });
    const draft = {
      baseId: base?.id ?? '',
      academicYear: year ?? 0,
      projectCount: intValue(values['projectCount']),
      projectNames: values['projectNames'],
      studentVisits: intValue(values['studentVisits']),
      usageDays: intValue(values['usageDays']),
      halfYearInterns: intValue(values['halfYearInterns']),
      supervisorsSent: intValue(values['supervisorsSent']),
      graduatesEmployed: intValue(values['graduatesEmployed']),
      equipmentTotalFen: intValue(values['equipmentTotal']),
      equipmentNewFen: intValue(values['equipmentNew']),
      equipmentCount: intValue(values['equipmentCount']),
      largeEquipmentCount: intValue(values['largeEquipmentCount']),
      buildingAreaM2: areaValue(values['buildingArea']),
      internalPersonHours: intValue(values['internalPersonHours']),
      socialPersonHours: intValue(values['socialPersonHours']),
      selfDevelopedEquipmentFen: intValue(values['selfDevelopedEquipment']),
      consumablesFen: intValue(values['consumables']),
      maintenanceFen: intValue(values['maintenance']),
      fullTimeManagers: intValue(values['fullTimeManagers']),
      partTimeManagers: intValue(values['partTimeManagers']),
    };
    const keep = EQUIPMENT_FIELDS.filter(([field]) => !(field in values)).map(([, key]) => key);
    const parsed = schemaIssues(BaseYearStatUpsert, draft, (p) => importFieldOf(String(p[0] ?? '')) || null);
    issues.push(...parsed.issues.filter((i) => (i.field !== 'baseId' || base) && (i.field !== 'academicYear' || year !== null)));
    if (issues.length > 0 || !parsed.data) return { prepared: null, issues };
    return { prepared: { draft, baseName, keep }, issues };
  },
  duplicateKeys: (p) => [{ reason: 'key', key: `${p.draft.baseId}|${p.draft.academicYear}` }],
  async findExisting(db, p) {
    const hit = await baseYearStatOf(db, p.draft.baseId, p.draft.academicYear);
    return hit ? { id: hit.id, label: `${p.baseName} ${hit.label}`, reason: 'key' } : null;
  },
  // The service upserts by base and 学年: "create" over an existing year replaces its figures too.
  async create(w, p) {
    return (await w.baseYearStats.upsert(await draftToWrite(w, p))).id;
  },
  async update(w, p) {
    await w.baseYearStats.upsert(await draftToWrite(w, p));
  },
};
