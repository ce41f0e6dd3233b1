import { todayIso } from '@shared/format/dates';
import type { ReportColumn, ReportSection } from '@shared/domain/report';
import { loadJointCourses } from '../data/indicatorCourses';
import { majorIdsInScope } from '../data/indicatorScope';
import type { ReportDefinition } from '../reportDefinition';

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

export const r3JointCourses: ReportDefinition = {
  descriptor: { id: 'R3', title: '校企合作共同开发课程数据', periodKind: 'academic', formats: ['xlsx', 'csv'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const [courses, scope] = await Promise.all([loadJointCourses(ctx.db, query.range), majorIdsInScope(ctx.db, query.filters)]);
    const collectedAt = todayIso(ctx.now());
    const rows = courses
      .filter((c) => scope === null || (c.majorId !== null && scope.has(c.majorId)))
      .map((c) => ({
        kind: 'data' as const,
        cells: {
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
          collectedAt,
        },
        sources: { name: [{ table: 'joint_course', id: c.id, label: c.name }] },
      }));
    return [{ sheetName: '共同开发课程', title: '校企合作共同开发课程数据', columns: COLUMNS, rows, totalRows: rows.length }];
  },
};
