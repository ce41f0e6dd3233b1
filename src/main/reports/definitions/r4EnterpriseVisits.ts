import { todayIso } from '@shared/format/dates';
import { formatDateTimeText } from '@shared/format/dateTime';
import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import { loadVisits, unitAndChildren, majorCodeOf, type VisitRecord } from '../data/indicatorVisits';
import type { ReportContext, ReportDefinition, ReportQuery, UploadSheet } from '../reportDefinition';
import { MISSING_USCC, stableKey, UPLOAD_COLLECTED_AT_COLUMN, UPLOAD_KEY_COLUMN, UPLOAD_SCHOOL_CODE_COLUMN } from './uploadKeys';

// R4 访企拓岗数据 (domain.md §2.5): one row per visit (interaction kind 'visit') in the
// 学年. The ODS standard's combined items 接受实习生专业/人数/报酬 and 接受学生就业专业/人数/
// 起薪线 are three columns each, in that order. Filters: a major matches the visit's
// 需求专业代码; a unit matches the unit of the staff member who led the visit.

const COLUMNS: ReportColumn[] = [
  { key: 'partnerName', label: '走访企业名称', type: 'text', width: 28 },
  { key: 'uscc', label: '走访企业统一社会信用代码', type: 'text', code: true, width: 20 },
  { key: 'demandMajorCode', label: '需求专业代码', type: 'text', code: true },
  { key: 'demandMajorName', label: '需求专业名称', type: 'text' },
  { key: 'demandMajorLevel', label: '需求专业层次', type: 'text' },
  { key: 'positionsOffered', label: '可提供岗位数', type: 'integer' },
  { key: 'averageSalaryFen', label: '平均薪酬', type: 'money', moneyUnit: 'yuan', unit: '元' },
  { key: 'staffName', label: '牵头拜访人', type: 'text' },
  { key: 'staffTitle', label: '职务', type: 'text' },
  { key: 'date', label: '拜访时间', type: 'date' },
  { key: 'hostName', label: '企业接待人姓名', type: 'text' },
  { key: 'hostTitle', label: '企业接待人职务', type: 'text' },
  { key: 'outcomeForm', label: '访谈成果主要形式', type: 'text' },
  { key: 'internMajors', label: '接受实习生专业', type: 'text' },
  { key: 'internCount', label: '接受实习生人数', type: 'integer' },
  { key: 'internPayFen', label: '接受实习生报酬', type: 'money', moneyUnit: 'yuan', unit: '元' },
  { key: 'employMajors', label: '接受学生就业专业', type: 'text' },
  { key: 'employCount', label: '接受学生就业人数', type: 'integer' },
  { key: 'startingSalaryFen', label: '接受学生就业起薪线', type: 'money', moneyUnit: 'yuan', unit: '元' },
  { key: 'otherIntents', label: '其他达成意向的合作', type: 'text', width: 30 },
  { key: 'collectedAt', label: '数据采集时间', type: 'date' },
];

/** The ODS sheet: the common key and school code first, the table's fields, 数据采集时间 as text. */
const UPLOAD_COLUMNS: ReportColumn[] = [UPLOAD_KEY_COLUMN, UPLOAD_SCHOOL_CODE_COLUMN, ...COLUMNS.slice(0, -1), UPLOAD_COLLECTED_AT_COLUMN];

async function visitsInScope(ctx: ReportContext, query: ReportQuery): Promise<VisitRecord[]> {
  let visits = await loadVisits(ctx.db, query.range);
  const { majorId, orgUnitId } = query.filters;
  if (majorId !== undefined) {
    const code = await majorCodeOf(ctx.db, majorId);
    visits = visits.filter((v) => code !== null && v.demandMajorCode === code);
  }
  if (orgUnitId !== undefined) {
    const units = await unitAndChildren(ctx.db, orgUnitId);
    visits = visits.filter((v) => v.staffOrgUnitId !== null && units.has(v.staffOrgUnitId));
  }
  return visits;
}

function visitCells(v: VisitRecord): ReportRow['cells'] {
  return {
    partnerName: v.partnerName,
    uscc: v.partnerUscc,
    demandMajorCode: v.demandMajorCode,
    demandMajorName: v.demandMajorName,
    demandMajorLevel: v.demandMajorLevel === null ? null : zhCNEnums.majorLevel[v.demandMajorLevel],
    positionsOffered: v.positionsOffered,
    averageSalaryFen: v.averageSalaryFen,
    staffName: v.staffName,
    staffTitle: v.staffTitle,
    date: v.date,
    hostName: v.hostName,
    hostTitle: v.hostTitle,
    outcomeForm: v.outcomeForm,
    internMajors: v.internMajors,
    internCount: v.internCount,
    internPayFen: v.internPayFen,
    employMajors: v.employMajors,
    employCount: v.employCount,
    startingSalaryFen: v.startingSalaryFen,
    otherIntents: v.otherIntents,
  };
}

const visitSource = (v: VisitRecord) => ({ date: [{ table: 'interaction', id: v.id, label: `${v.date} ${v.partnerName}` }] });

export const r4EnterpriseVisits: ReportDefinition = {
  descriptor: { id: 'R4', title: '访企拓岗数据', periodKind: 'academic', formats: ['xlsx', 'csv'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const visits = await visitsInScope(ctx, query);
    const collectedAt = todayIso(ctx.now());
    const rows = visits.map((v) => ({ kind: 'data' as const, cells: { ...visitCells(v), collectedAt }, sources: visitSource(v) }));
    return [{ sheetName: '访企拓岗', title: '访企拓岗数据', columns: COLUMNS, rows, totalRows: rows.length }];
  },
  async buildUpload(ctx, query, job): Promise<UploadSheet> {
    job.progress('querying', 0, null);
    const visits = await visitsInScope(ctx, query);
    const collectedAt = formatDateTimeText(ctx.now());
    const refused: UploadSheet['refused'] = [];
    const rows: ReportRow[] = [];
    for (const v of visits) {
      // USCC is the platform's join key to the enterprise (domain.md §2.9): without it the row is rejected.
      if (!v.partnerUscc?.trim()) {
        refused.push({ label: `${v.date} ${v.partnerName}`, reason: MISSING_USCC });
        continue;
      }
      rows.push({
        kind: 'data',
        // A visit has no code of its own: the key is derived from its record id, stable across years.
        cells: { uploadKey: stableKey('R4.visit', v.id), schoolCode: ctx.college.code, ...visitCells(v), collectedAt },
        sources: visitSource(v),
      });
    }
    return { section: { sheetName: '访企拓岗数据', title: '访企拓岗数据', columns: UPLOAD_COLUMNS, rows, totalRows: rows.length }, refused };
  },
};
