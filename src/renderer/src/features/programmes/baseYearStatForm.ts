import type { BaseYearStat } from '@shared/domain/programmes';
import { fenToYuanString, tryYuanToFen } from '@shared/format/money';

// The yearly-figures form's values and the upsert draft, kept out of the component so the
// money conversion (元 in the form, 分 in the record) and the "keep what is not shown"
// rule are plain functions.

export const FIGURES = ['projectCount', 'studentVisits', 'usageDays', 'halfYearInterns', 'supervisorsSent', 'graduatesEmployed'] as const;
/** 校内实践基地 equipment (R6): amounts typed in 元, counts in 台套. */
export const EQUIPMENT_MONEY = ['equipmentTotalFen', 'equipmentNewFen'] as const;
export const EQUIPMENT_COUNTS = ['equipmentCount', 'largeEquipmentCount'] as const;
export const EQUIPMENT = [...EQUIPMENT_MONEY, ...EQUIPMENT_COUNTS] as const;
export const FIELD_NAMES = ['academicYear', ...FIGURES, 'projectNames', ...EQUIPMENT] as const;

type NumberField = (typeof FIGURES)[number] | (typeof EQUIPMENT)[number] | 'academicYear';
export type StatValues = Partial<Record<NumberField, number | null>> & { projectNames?: string | null };

/** Only on-campus bases built with an enterprise report equipment (R6); the form shows it for them. */
export const showsEquipment = (kind: string): boolean => kind === 'internal_joint';

/** A 学年's stored figures as form values (money in 元); an empty form when the year has none. */
export function statToFormValues(year: number | null, existing: BaseYearStat | undefined): StatValues {
  const values: StatValues = { academicYear: year, projectNames: existing?.projectNames ?? null };
  for (const key of FIGURES) values[key] = existing?.[key] ?? null;
  for (const key of EQUIPMENT_COUNTS) values[key] = existing?.[key] ?? null;
  for (const key of EQUIPMENT_MONEY) {
    const fen = existing?.[key] ?? null;
    values[key] = fen === null ? null : Number(fenToYuanString(fen));
  }
  return values;
}

/**
 * The upsert draft for the schema. 元 become 分 (an inexact amount becomes -1 so the schema
 * rejects it on its field). When the form does not show the equipment fields, the year's
 * stored equipment figures are sent back unchanged: saving must never erase them.
 */
export function formValuesToDraft(
  values: StatValues,
  baseId: string,
  withEquipment: boolean,
  existing: BaseYearStat | undefined,
): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...values, baseId };
  for (const key of EQUIPMENT_MONEY) {
    const v = values[key];
    draft[key] = withEquipment ? (v === null || v === undefined ? null : (tryYuanToFen(v) ?? -1)) : (existing?.[key] ?? null);
  }
  for (const key of EQUIPMENT_COUNTS) draft[key] = withEquipment ? (values[key] ?? null) : (existing?.[key] ?? null);
  return draft;
}
