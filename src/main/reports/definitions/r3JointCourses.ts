import { todayIso } from '@shared/format/dates';
import { formatDateTimeText } from '@shared/format/dateTime';
import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { loadJointCourses, type JointCourseRecord } from '../data/indicatorCourses';
import { majorIdsInScope } from '../data/indicatorScope';
import type { ReportContext, ReportDefinition, ReportQuery, UploadSheet } from '../reportDefinition';
import { MISSING_USCC, stableKey, UPLOAD_COLLECTED_AT_COLUMN, UPLOAD_KEY_COLUMN, UPLOAD_SCHOOL_CODE_COLUMN } from './uploadKeys';

// R3 校企合作共同开发课程数据 (domain.md §2.5): one row per jointly developed course that
// runs during the 学年, fields of the ODS table in order. Textbooks are not courses here.

const COLUMNS: ReportColumn[] = [
  { key: 'code', label: '课程号', type: 'text', code: true, width: 12 },
  { key: 'name', label: '课程名称', type: 'text', width: 24 },
  { key: 'summary', label: '课程简介', type: 'text', width: 40 },
  { key: 'uscc', label: '合作企业统一社会信用代码', type: 'text', code: true, width: 20 },
  { key: 'partnerName', label: '合作企业名称', type: 'text', width: 28 },
  { key: 'startDate', label: '开始日期', type: 'date' },
  { key: 'endDate', label: '结束日期', type: 'date' },
  { key: 'leadStaffNo', label: '学校负责人工号', type: 'text', code: true },
  { key: 'leadStaffName', label: '学校负责人', type: 'text' },
  { key: 'enterpriseLead', label: '企业负责人', type: 'text' },
  { key: 'collectedAt', label: '数据采集时间', type: 'date' },
];

/** The ODS sheet: the common key and school code first, the table's fields, 数据采集时间 as text. */
const UPLOAD_COLUMNS: ReportColumn[] = [UPLOAD_KEY_COLUMN, UPLOAD_SCHOOL_CODE_COLUMN, ...COLUMNS.slice(0, -1), UPLOAD_COLLECTED_AT_COLUMN];

async function coursesInScope(ctx: ReportContext, query: ReportQuery): Promise<JointCourseRecord[]> {
  const [courses, scope] = await Promise.all([loadJointCourses(ctx.db, query.range), majorIdsInScope(ctx.db, query.filters)]);
  return courses.filter((c) => scope === null || (c.majorId !== null && scope.has(c.majorId)));
}

function courseCells(c: JointCourseRecord): ReportRow['cells'] {
  return {
    code: c.code,
    name: c.name,
    summary: c.summary,
    uscc: c.partnerUscc,
    partnerName: c.partnerName,
    startDate: c.startDate,
    endDate: c.endDate,
    leadStaffNo: c.leadStaffNo,
    leadStaffName: c.leadStaffName,
    enterpriseLead: c.enterpriseLead,
  };
}

/** 课程号 when the officer recorded one (the platform's own key), else derived from the record id. */
export function courseUploadKey(c: Pick<JointCourseRecord, 'id' | 'code'>): string {
  const code = c.code?.trim();
  return code ? code : stableKey('R3.course', c.id);
}

export const r3JointCourses: ReportDefinition = {
  descriptor: { id: 'R3', title: '校企合作共同开发课程数据', periodKind: 'academic', formats: ['xlsx', 'csv'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const courses = await coursesInScope(ctx, query);
    const collectedAt = todayIso(ctx.now());
    const rows = courses.map((c) => ({
      kind: 'data' as const,
      cells: { ...courseCells(c), collectedAt },
      sources: { name: [{ table: 'joint_course', id: c.id, label: c.name }] },
    }));
    return [{ sheetName: '共同开发课程', title: '校企合作共同开发课程数据', columns: COLUMNS, rows, totalRows: rows.length }];
  },
  async buildUpload(ctx, query, job): Promise<UploadSheet> {
    job.progress('querying', 0, null);
    const courses = await coursesInScope(ctx, query);
    const collectedAt = formatDateTimeText(ctx.now());
    const refused: UploadSheet['refused'] = [];
    const rows: ReportRow[] = [];
    for (const c of courses) {
      // USCC is the platform's join key to the partner (domain.md §2.9): without it the row is rejected.
      if (!c.partnerUscc?.trim()) {
        refused.push({ label: `${c.name}（${c.partnerName}）`, reason: MISSING_USCC });
        continue;
      }
      rows.push({
        kind: 'data',
        cells: { uploadKey: courseUploadKey(c), schoolCode: ctx.college.code, ...courseCells(c), collectedAt },
        sources: { name: [{ table: 'joint_course', id: c.id, label: c.name }] },
      });
    }
    return { section: { sheetName: '校企合作共同开发课程数据', title: '校企合作共同开发课程数据', columns: UPLOAD_COLUMNS, rows, totalRows: rows.length }, refused };
  },
};
