import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { loadBases, type BaseRecord } from '../data/indicatorBases';
import { majorIdsInScope } from '../data/indicatorScope';
import type { ReportContext, ReportDefinition, ReportQuery, UploadSheet } from '../reportDefinition';
import { indicatorWindow } from './r1PairFigures';

// R5 校外实践基地情况表 (domain.md §2.2, §2.9): 基地, 合作单位, 建立日期, 面向专业 and their
// number, the §2.2 fields, and the host's 在岗职工总数. The yearly figures come from the base's
// base_year_stat row of the 学年; none → blank cells. The upload sheet has one row per base and
// 面向专业 (the platform takes majors one per row); a base without a major cannot be uploaded.

/** [key, label, type, unit] of the table, in the platform's order. */
const FIELDS: readonly (readonly [string, string, ReportColumn['type'], string?, number?])[] = [
  ['name', '校外实践基地', 'text', undefined, 26],
  ['partnerName', '合作单位', 'text', undefined, 28],
  ['establishedDate', '建立日期', 'date'],
  ['majors', '面向专业', 'text', undefined, 24],
  ['majorCount', '面向专业总数', 'integer', '个'],
  ['projectCount', '项目数', 'integer', '个'],
  ['projectNames', '实习实训项目', 'text', undefined, 30],
  ['studentVisits', '接待学生量', 'integer', '人次'],
  ['usageDays', '基地使用时间', 'integer', '天'],
  ['halfYearInterns', '接受半年顶岗实习学生数', 'integer', '人'],
  ['hasHousing', '是否有住宿条件', 'boolean'],
  ['paysAllowance', '基地是否发放学生实习补贴', 'boolean'],
  ['fundPerStudentFen', '向基地支付专项实习经费', 'money', '元/生'],
  ['supervisorsSent', '派指导教师/学生管理人员', 'integer', '人次'],
  ['graduatesEmployed', '接收应届毕业生就业数', 'integer', '人'],
  ['employeeCount', '在岗职工总数', 'integer', '人'],
];

const column = ([key, label, type, unit, width]: (typeof FIELDS)[number], upload: boolean): ReportColumn => ({
  key,
  label: upload && unit ? `${label}（${unit}）` : label,
  type,
  ...(!upload && unit ? { unit } : {}),
  ...(type === 'money' ? { moneyUnit: 'yuan' as const } : {}),
  ...(width ? { width } : {}),
});

const COLUMNS: ReportColumn[] = FIELDS.map((f) => column(f, false));
export const R5_UPLOAD_COLUMNS: ReportColumn[] = FIELDS.map((f) => column(f, true));

const STAT_KEYS = ['projectCount', 'projectNames', 'studentVisits', 'usageDays', 'halfYearInterns', 'supervisorsSent', 'graduatesEmployed'] as const;
/** The platform rejects a row without its 面向专业. */
export const MISSING_MAJOR = '缺少面向专业';

/** Bases serving at least one major in scope (all bases when there is no filter). */
export function basesInScope(bases: BaseRecord[], scope: Set<string> | null): BaseRecord[] {
  return scope === null ? bases : bases.filter((b) => b.majorIds.some((id) => scope.has(id)));
}

async function externalBases(ctx: ReportContext, query: ReportQuery): Promise<{ bases: BaseRecord[]; academicYear: number }> {
  const w = indicatorWindow(ctx, query);
  const scope = await majorIdsInScope(ctx.db, query.filters);
  return { bases: basesInScope(await loadBases(ctx.db, 'external', w), scope), academicYear: w.academicYear };
}

function baseRow(b: BaseRecord, academicYear: number, majors: string | null): ReportRow {
  const s = b.stat;
  const statRef = s ? [{ table: 'base_year_stat', id: s.id, label: `${b.name} ${academicYear}-${academicYear + 1}学年` }] : [];
  return {
    kind: 'data',
    cells: {
      name: b.name,
      partnerName: b.partnerName,
      establishedDate: b.establishedDate,
      majors,
      majorCount: b.majorNames.length > 0 ? b.majorNames.length : null,
      ...Object.fromEntries(STAT_KEYS.map((k) => [k, s?.[k] ?? null])),
      hasHousing: b.hasHousing,
      paysAllowance: b.paysAllowance,
      fundPerStudentFen: b.fundPerStudentFen,
      employeeCount: b.partnerEmployeeCount,
    },
    sources: {
      name: [{ table: 'internship_base', id: b.id, label: b.name }],
      ...(statRef.length > 0 ? Object.fromEntries(STAT_KEYS.map((k) => [k, statRef])) : {}),
    },
  };
}

export const r5ExternalBases: ReportDefinition = {
  descriptor: { id: 'R5', title: '校外实践基地情况表', periodKind: 'academic', formats: ['xlsx', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const { bases, academicYear } = await externalBases(ctx, query);
    const rows = bases.map((b) => baseRow(b, academicYear, b.majorNames.length > 0 ? b.majorNames.join('、') : null));
    return [{ sheetName: '校外实践基地', title: '校外实践基地情况表', columns: COLUMNS, rows, totalRows: rows.length }];
  },
  async buildUpload(ctx, query, job): Promise<UploadSheet> {
    job.progress('querying', 0, null);
    const { bases, academicYear } = await externalBases(ctx, query);
    const refused: UploadSheet['refused'] = [];
    const rows: ReportRow[] = [];
    for (const b of bases) {
      if (b.majorNames.length === 0) {
        refused.push({ label: b.name, reason: MISSING_MAJOR });
        continue;
      }
      // Majors one per row; 面向专业总数 and the base's figures repeat on each.
      for (const major of b.majorNames) rows.push(baseRow(b, academicYear, major));
    }
    return { section: { sheetName: '校外实践基地', title: '校外实践基地', columns: R5_UPLOAD_COLUMNS, rows, totalRows: rows.length }, refused };
  },
};
