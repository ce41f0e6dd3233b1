import { todayIso } from '@shared/format/dates';
import type { ReportColumn, ReportSection } from '@shared/domain/report';
import type { ReportDefinition } from '../reportDefinition';
import { computePairFigures } from './r1PairFigures';

// R2 ODS 产学合作数据 (domain.md §2.5): the fields of the 数字基座 table in order, one row
// per 专业 × 合作企业, taken from R1's pair figures (computePairFigures) so the two never
// disagree. 专业号 is required by the table, so R1's 未分专业 rows are not exported.

const COLUMNS: ReportColumn[] = [
  { key: 'schoolCode', label: '学校代码', type: 'text', code: true, width: 8 },
  { key: 'majorCode', label: '专业号', type: 'text', code: true, width: 10 },
  { key: 'uscc', label: '合作企业统一社会信用代码', type: 'text', code: true, width: 20 },
  { key: 'partnerName', label: '合作企业名称', type: 'text', width: 28 },
  { key: 'startYearMonth', label: '合作开始年月', type: 'yearMonth', width: 10 },
  { key: 'orderTrainees', label: '订单培养人数', type: 'integer' },
  { key: 'jointCourses', label: '共同开发课程门数', type: 'integer' },
  { key: 'jointTextbooks', label: '共同开发教材数', type: 'integer' },
  { key: 'partTimeTeachers', label: '支持学校兼职教师数', type: 'integer' },
  { key: 'interns', label: '接受顶岗实习学生数', type: 'integer' },
  { key: 'graduatesEmployed', label: '接受毕业生就业数', type: 'integer' },
  { key: 'technicalServiceIncomeFen', label: '学校为企业技术服务年收入', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  { key: 'collectedAt', label: '数据采集时间', type: 'date' },
];

export const r2OdsCooperation: ReportDefinition = {
  descriptor: { id: 'R2', title: 'ODS 产学合作数据', periodKind: 'academic', formats: ['xlsx', 'csv'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const pairs = (await computePairFigures(ctx, query)).filter((p) => p.major !== null);
    job.throwIfCancelled();
    const collectedAt = todayIso(ctx.now());
    const rows = pairs.map((p) => ({
      kind: 'data' as const,
      cells: {
        schoolCode: ctx.college.code,
        majorCode: p.major?.code ?? null,
        uscc: p.partner.uscc,
        partnerName: p.partner.fullName,
        startYearMonth: p.startYearMonth,
        orderTrainees: p.figures.orderTrainees,
        jointCourses: p.figures.jointCourses,
        jointTextbooks: p.figures.jointTextbooks,
        partTimeTeachers: p.figures.partTimeTeachers,
        interns: p.figures.interns,
        graduatesEmployed: p.figures.graduatesEmployed,
        technicalServiceIncomeFen: p.figures.technicalServiceIncomeFen,
        collectedAt,
      },
      sources: Object.fromEntries(Object.entries(p.sources).filter(([, refs]) => refs.length > 0)),
    }));
    const notes = ctx.college.code === null ? ['学校代码未设置：请在“设置 → 学校信息”中填写 5 位学校代码。'] : [];
    return [{ sheetName: '产学合作数据', title: 'ODS 产学合作数据', columns: COLUMNS, rows, notes, totalRows: rows.length }];
  },
};
