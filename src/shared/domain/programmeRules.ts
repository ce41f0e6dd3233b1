import { parseIsoDate } from '../format/dates';

// Cross-field rules of the programme records, pure so the form and the core apply the
// same ones. Each returns issues with a stable message key (fieldErrors.<key>).

export interface RuleIssue {
  field: string;
  message: string;
}

/** An end date before its start date. */
export function dateOrderIssues(r: { startDate: string | null; endDate: string | null }): RuleIssue[] {
  return r.startDate && r.endDate && r.endDate < r.startDate ? [{ field: 'endDate', message: 'endDate.beforeStart' }] : [];
}

/** 订单班: more graduates employed than students enrolled cannot be right. */
export function orderClassIssues(r: {
  startDate: string | null;
  endDate: string | null;
  enrolled: number | null;
  employed: number | null;
}): RuleIssue[] {
  const issues = dateOrderIssues(r);
  if (r.enrolled !== null && r.employed !== null && r.employed > r.enrolled) {
    issues.push({ field: 'employed', message: 'programmes.employedOverEnrolled' });
  }
  return issues;
}

/** Days between two ISO dates, both counted (2026-01-01..2026-01-01 is 1 day). */
export function inclusiveDays(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const ms = Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day);
  return Math.round(ms / 86_400_000) + 1;
}

/** 教师企业实践: the days claimed must fit between the start and end dates. */
export function teacherPracticeIssues(r: { startDate: string | null; endDate: string | null; days: number | null }): RuleIssue[] {
  const issues = dateOrderIssues(r);
  if (issues.length === 0 && r.startDate && r.endDate && r.days !== null && r.days > inclusiveDays(r.startDate, r.endDate)) {
    issues.push({ field: 'days', message: 'programmes.daysOverPeriod' });
  }
  return issues;
}

/** 1+X: nobody passes without sitting the examination (the table enforces it too). */
export function cert1xIssues(r: { examined: number | null; passed: number | null }): RuleIssue[] {
  return r.examined !== null && r.passed !== null && r.passed > r.examined
    ? [{ field: 'passed', message: 'programmes.passedOverExamined' }]
    : [];
}

// [base-equipment] 校内实践基地 equipment rules (domain §2.3)
/** 基地学年数据: the year's new equipment is part of the total, large equipment part of all equipment. */
export function baseEquipmentIssues(r: {
  equipmentTotalFen: number | null;
  equipmentNewFen: number | null;
  equipmentCount: number | null;
  largeEquipmentCount: number | null;
}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (r.equipmentTotalFen !== null && r.equipmentNewFen !== null && r.equipmentNewFen > r.equipmentTotalFen) {
    issues.push({ field: 'equipmentNewFen', message: 'programmes.newEquipmentOverTotal' });
  }
  if (r.equipmentCount !== null && r.largeEquipmentCount !== null && r.largeEquipmentCount > r.equipmentCount) {
    issues.push({ field: 'largeEquipmentCount', message: 'programmes.largeEquipmentOverCount' });
  }
  return issues;
}

// [base-full-table] only the college's own base (kind internal) may have no partner (0016)
/** 实践基地: a base built with or hosted by an enterprise names it. */
export function internshipBaseIssues(r: { kind: string; organisationId: string | null }): RuleIssue[] {
  return r.kind !== 'internal' && r.organisationId === null ? [{ field: 'organisationId', message: 'required' }] : [];
}

export const noIssues = (): RuleIssue[] => [];
