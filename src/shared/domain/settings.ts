import { z } from 'zod';
import { optionalText } from './common';
import { LANGUAGES } from './enums';

export const CollegeProfile = z.object({
  fullName: optionalText(200),
  legalRepresentative: optionalText(100),
  address: optionalText(300),
  uscc: optionalText(18),
  /**
   * 学校代码: the 5-digit MOE code the ODS exports (R2) start every row with. Absent (not
   * null) when unknown, so profiles stored before the field existed read back unchanged.
   */
  schoolCode: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{5}$/.test(v), { message: 'schoolCode.format' })
    .nullish()
    .transform((v) => (v ? v : undefined))
    .optional(),
});

export const Settings = z.object({
  /** null until the user picks one on first start. */
  language: z.enum(LANGUAGES).nullable(),
  /** The first-start choice (sample data or empty) has been made. */
  onboarded: z.boolean(),
  academicYearStart: z.object({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) }),
  reminderLeadDays: z.array(z.int().min(1).max(3650)).min(1).max(5),
  college: CollegeProfile,
});
export type Settings = z.output<typeof Settings>;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  onboarded: false,
  academicYearStart: { month: 9, day: 1 },
  reminderLeadDays: [180, 90, 30],
  college: { fullName: null, legalRepresentative: null, address: null, uscc: null },
};
