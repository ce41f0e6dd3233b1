import { z } from 'zod';
import { optionalText } from './common';
import { LANGUAGES } from './enums';
import { checkChinesePhone } from './rules/phone';

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
  /** 协议甲方联系人 and 电话 ({甲方联系人}/{甲方电话}, issue 12); absent when unknown, like schoolCode. */
  contactPerson: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => (v ? v : undefined))
    .optional(),
  contactPhone: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .refine((v) => !v || checkChinesePhone(v).valid, { message: 'phone.invalid' })
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
  /** 显示: lists show 138****5678 until a number is clicked (PIPL minimum exposure; on for screens others see). */
  maskPhones: z.boolean(),
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
  maskPhones: true,
  college: { fullName: null, legalRepresentative: null, address: null, uscc: null },
};
