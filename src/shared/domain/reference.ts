import { z } from 'zod';
import { Id, optionalText, requiredText, timestamps } from './common';
import { MAJOR_LEVELS, ORG_UNIT_KINDS } from './enums';

// Master data owned by the college: its units (二级学院, departments), majors and staff.
const orgUnitFields = {
  name: requiredText(100),
  code: optionalText(30),
  kind: z.enum(ORG_UNIT_KINDS),
  parentId: Id.nullish().transform((v) => v ?? null),
  head: optionalText(100),
  phone: optionalText(40),
};
export const OrgUnitDraft = z.object(orgUnitFields);
export const OrgUnitPatch = z.object({ id: Id, patch: z.object(orgUnitFields).partial() });
export const OrgUnit = z.object({ id: Id, ...orgUnitFields, ...timestamps });
export type OrgUnit = z.output<typeof OrgUnit>;

const majorFields = {
  /** 专业代码 from the national catalogue, e.g. 460104 (高职专科) or 5 to 6 digits. */
  code: z.string().trim().regex(/^\d{4,8}$/, { message: 'majorCode.format' }),
  name: requiredText(100),
  level: z.enum(MAJOR_LEVELS),
  orgUnitId: Id.nullish().transform((v) => v ?? null),
  /**
   * 所属专业: set, this row is a 专业方向 of that 专业 (one level only, migration 0017). Its code
   * is usually the 专业's own (the form fills it); it reports under its own code.
   */
  parentMajorId: Id.nullish().transform((v) => v ?? null),
};
export const MajorDraft = z.object(majorFields);
export const MajorPatch = z.object({ id: Id, patch: z.object(majorFields).partial() });
export const Major = z.object({ id: Id, ...majorFields, ...timestamps });
export type Major = z.output<typeof Major>;

const staffFields = {
  name: requiredText(100),
  /** 工号 */
  staffNo: optionalText(30),
  orgUnitId: Id.nullish().transform((v) => v ?? null),
  title: optionalText(100),
  phone: optionalText(40),
  email: optionalText(200),
};
export const StaffDraft = z.object(staffFields);
export const StaffPatch = z.object({ id: Id, patch: z.object(staffFields).partial() });
export const Staff = z.object({ id: Id, ...staffFields, ...timestamps });
export type Staff = z.output<typeof Staff>;

export const ReferenceListQuery = z.object({ includeDeleted: z.boolean().default(false) }).default({ includeDeleted: false });
