import type { BaseYearStat } from '@shared/domain/programmes';
import { fenToYuanString, tryYuanToFen } from '@shared/format/money';

// The yearly-figures form's values and the upsert draft, kept out of the component so the
// money conversion (元 in the form, 分 in the record) and the "keep what is not shown"
// rule are plain functions.

export const FIGURES = ['projectCount', 'studentVisits', 'usageDays', 'halfYearInterns', 'supervisorsSent', 'graduatesEmployed'] as const;

/** The 校内实践基地 table's own fields (R6, domain §2.9), in the form's groups. Money typed in 元. */
export const ON_CAMPUS_GROUPS = [
  {
    key: 'equipment',
    money: ['equipmentTotalFen', 'equipmentNewFen', 'selfDevelopedEquipmentFen'],
    numbers: ['equipmentCount', 'largeEquipmentCount'],
  },
  { key: 'usage', money: [], numbers: ['buildingAreaM2', 'internalPersonHours', 'socialPersonHours'] },
  { key: 'costs', money: ['consumablesFen', 'maintenanceFen'], numbers: [] },
  { key: 'management', money: [], numbers: ['fullTimeManagers', 'partTimeManagers'] },
] as const;

type OnCampusMoney = (typeof ON_CAMPUS_GROUPS)[number]['money'][number];
type OnCampusNumber = (typeof ON_CAMPUS_GROUPS)[number]['numbers'][number];
export const ON_CAMPUS_MONEY: readonly OnCampusMoney[] = ON_CAMPUS_GROUPS.flatMap((g) => [...g.money]);
export const ON_CAMPUS_NUMBERS: readonly OnCampusNumber[] = ON_CAMPUS_GROUPS.flatMap((g) => [...g.numbers]);
export const ON_CAMPUS_FIELDS: readonly (OnCampusMoney | OnCampusNumber)[] = ON_CAMPUS_GROUPS.flatMap((g) => [...g.money, ...g.numbers]);
export const FIELD_NAMES = ['academicYear', ...FIGURES, 'projectNames', ...ON_CAMPUS_FIELDS] as const;

type NumberField = (typeof FIGURES)[number] | OnCampusMoney | OnCampusNumber | 'academicYear';
export type StatValues = Partial<Record<NumberField, number | null>> & { projectNames?: string | null };

/** On-campus bases (the college's own and those built with an enterprise) fill the 校内实践基地 table (R6). */
export const showsEquipment = (kind: string): boolean => kind === 'internal_joint' || kind === 'internal';

/** A 学年's stored figures as form values (money in 元); an empty form when the year has none. */
export function statToFormValues(year: number | null, existing: BaseYearStat | undefined): StatValues {
  const values: StatValues = { academicYear: year, projectNames: existing?.projectNames ?? null };
  for (const key of FIGURES) values[key] = existing?.[key] ?? null;
  for (const key of ON_CAMPUS_NUMBERS) values[key] = existing?.[key] ?? null;
  for (const key of ON_CAMPUS_MONEY) {
    const fen = existing?.[key] ?? null;
    values[key] = fen === null ? null : Number(fenToYuanString(fen));
  }
  return values;
}

/**
 * The upsert draft for the schema. 元 become 分 (an inexact amount becomes -1 so the schema
 * rejects it on its field). When the form does not show the on-campus fields, the year's
 * stored figures are sent back unchanged: saving must never erase them.
 */
export function formValuesToDraft(
  values: StatValues,
  baseId: string,
  withEquipment: boolean,
  existing: BaseYearStat | undefined,
): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...values, baseId };
  for (const key of ON_CAMPUS_MONEY) {
    const v = values[key];
    draft[key] = withEquipment ? (v === null || v === undefined ? null : (tryYuanToFen(v) ?? -1)) : (existing?.[key] ?? null);
  }
  for (const key of ON_CAMPUS_NUMBERS) draft[key] = withEquipment ? (values[key] ?? null) : (existing?.[key] ?? null);
  return draft;
}
