import type { ReportColumn } from '@shared/domain/report';
import { APPRENTICESHIP_YEARS } from '../data/indicatorAnnual';
import type { PairIndicator } from '../data/indicatorFigures';
import { majorsWithApprenticeship, type MajorRef } from '../data/indicatorScope';
import type { ReportContext, ReportQuery } from '../reportDefinition';
import { indicatorWindow, type PairRow } from './r1PairFigures';

// What R1's review layout (r1MajorCooperation.ts) and its upload sheet (r1StatusUpload.ts)
// share: the indicator columns, how a row names its 专业(方向), the grouping, 是否合作开展学徒制专业.

/** Column per indicator, in domain.md §2.1 order, with exact names and units. */
export const INDICATOR_COLUMNS: Record<PairIndicator, ReportColumn> = {
  orderTrainees: { key: 'orderTrainees', label: '订单培养数', type: 'integer', unit: '人' },
  jointCourses: { key: 'jointCourses', label: '共同开发课程数', type: 'integer', unit: '门' },
  jointTextbooks: { key: 'jointTextbooks', label: '共同开发教材数', type: 'integer', unit: '种' },
  partTimeTeachers: { key: 'partTimeTeachers', label: '支持学校兼职教师数', type: 'integer', unit: '人' },
  interns: { key: 'interns', label: '接受顶岗实习学生数', type: 'integer', unit: '人' },
  donatedEquipmentFen: { key: 'donatedEquipmentFen', label: '对学校捐赠设备总值', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  quasiDonatedEquipmentFen: {
    key: 'quasiDonatedEquipmentFen', label: '对学校准捐赠设备总值', type: 'money', moneyUnit: 'wanyuan', unit: '万元',
  },
  graduatesEmployed: { key: 'graduatesEmployed', label: '接受毕业生就业数', type: 'integer', unit: '人' },
  technicalServiceIncomeFen: {
    key: 'technicalServiceIncomeFen', label: '学校为企业技术服务年收入', type: 'money', moneyUnit: 'wanyuan', unit: '万元',
  },
  employeeTrainingPersonDays: { key: 'employeeTrainingPersonDays', label: '学校为企业年培训员工数', type: 'integer', unit: '人天' },
};

export const UNATTRIBUTED_MAJOR_NAME = '未分专业';

/** 专业代码, 专业名称, 专业方向名称 of a row's 专业(方向); 未分专业 has no code. */
export function majorCells(major: MajorRef | null): { majorCode: string | null; majorName: string; directionName: string | null } {
  if (major === null) return { majorCode: null, majorName: UNATTRIBUTED_MAJOR_NAME, directionName: null };
  if (major.parent === null) return { majorCode: major.code, majorName: major.name, directionName: null };
  return { majorCode: major.code, majorName: major.parent.name, directionName: major.name };
}

/** Pairs grouped by 专业(方向), in the order computePairFigures sorted them. */
export function groupByMajor(pairs: readonly PairRow[]): PairRow[][] {
  const groups: PairRow[][] = [];
  for (const pair of pairs) {
    const last = groups.at(-1);
    if (last && (last[0]?.major?.id ?? null) === (pair.major?.id ?? null)) last.push(pair);
    else groups.push([pair]);
  }
  return groups;
}

/**
 * 是否合作开展学徒制专业 of a 专业(方向): 是 when it (or, for a 专业, one of its directions) has a
 * 现代学徒制 cohort in training in the 学年; blank for 未分专业, which is no 专业.
 */
export const apprenticeshipCell = (major: MajorRef | null, withApprenticeship: ReadonlySet<string>): boolean | null =>
  major === null ? null : withApprenticeship.has(major.id);

/** Ids of the 专业(方向) with a 现代学徒制 cohort in training in the 学年 (R7's 学徒数 rule). */
export async function apprenticeshipMajors(ctx: ReportContext, query: ReportQuery): Promise<Set<string>> {
  return majorsWithApprenticeship(ctx.db, indicatorWindow(ctx, query).academicYear, APPRENTICESHIP_YEARS);
}
