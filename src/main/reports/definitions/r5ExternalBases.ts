import type { ReportColumn, ReportSection } from '@shared/domain/report';
import { loadBases, type BaseRecord } from '../data/indicatorBases';
import { majorIdsInScope } from '../data/indicatorScope';
import type { ReportDefinition } from '../reportDefinition';
import { indicatorWindow } from './r1PairFigures';

// R5 校外实践基地情况表 (domain.md §2.2, §5): 基地, 合作单位, then the §2.2 fields. The
// yearly figures come from the base's base_year_stat row of the 学年; none → blank cells.

const COLUMNS: ReportColumn[] = [
  { key: 'name', label: '校外实践基地', type: 'text', width: 26 },
  { key: 'partnerName', label: '合作单位', type: 'text', width: 28 },
  { key: 'majors', label: '面向专业', type: 'text', width: 24 },
  { key: 'projectCount', label: '项目数', type: 'integer' },
  { key: 'projectNames', label: '实习实训项目', type: 'text', width: 30 },
  { key: 'studentVisits', label: '接待学生量', type: 'integer', unit: '人次' },
  { key: 'usageDays', label: '基地使用时间', type: 'integer', unit: '天' },
  { key: 'halfYearInterns', label: '接受半年顶岗实习学生数', type: 'integer', unit: '人' },
  { key: 'hasHousing', label: '是否有住宿条件', type: 'boolean' },
  { key: 'paysAllowance', label: '基地是否发放学生实习补贴', type: 'boolean' },
  { key: 'fundPerStudentFen', label: '向基地支付专项实习经费', type: 'money', moneyUnit: 'yuan', unit: '元/生' },
  { key: 'supervisorsSent', label: '派指导教师/学生管理人员', type: 'integer', unit: '人次' },
  { key: 'graduatesEmployed', label: '接收应届毕业生就业数', type: 'integer', unit: '人' },
];

/** Bases serving at least one major in scope (all bases when there is no filter). */
export function basesInScope(bases: BaseRecord[], scope: Set<string> | null): BaseRecord[] {
  return scope === null ? bases : bases.filter((b) => b.majorIds.some((id) => scope.has(id)));
}

export const r5ExternalBases: ReportDefinition = {
  descriptor: { id: 'R5', title: '校外实践基地情况表', periodKind: 'academic', formats: ['xlsx', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const w = indicatorWindow(ctx, query);
    const scope = await majorIdsInScope(ctx.db, query.filters);
    const bases = basesInScope(await loadBases(ctx.db, 'external', w), scope);
    const rows = bases.map((b) => {
      const s = b.stat;
      const statRef = s ? [{ table: 'base_year_stat', id: s.id, label: `${b.name} ${w.academicYear}-${w.academicYear + 1}学年` }] : [];
      const statKeys = ['projectCount', 'projectNames', 'studentVisits', 'usageDays', 'halfYearInterns', 'supervisorsSent', 'graduatesEmployed'];
      return {
        kind: 'data' as const,
        cells: {
          name: b.name,
          partnerName: b.partnerName,
          majors: b.majorNames.length > 0 ? b.majorNames.join('、') : null,
          projectCount: s?.projectCount ?? null,
          projectNames: s?.projectNames ?? null,
          studentVisits: s?.studentVisits ?? null,
          usageDays: s?.usageDays ?? null,
          halfYearInterns: s?.halfYearInterns ?? null,
          hasHousing: b.hasHousing,
          paysAllowance: b.paysAllowance,
          fundPerStudentFen: b.fundPerStudentFen,
          supervisorsSent: s?.supervisorsSent ?? null,
          graduatesEmployed: s?.graduatesEmployed ?? null,
        },
        sources: {
          name: [{ table: 'internship_base', id: b.id, label: b.name }],
          ...(statRef.length > 0 ? Object.fromEntries(statKeys.map((k) => [k, statRef])) : {}),
        },
      };
    });
    return [{ sheetName: '校外实践基地', title: '校外实践基地情况表', columns: COLUMNS, rows, totalRows: rows.length }];
  },
};
