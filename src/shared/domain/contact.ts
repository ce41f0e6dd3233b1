import { z } from 'zod';
import { Id, optionalText, paging, pageOf, requiredText, timestamps } from './common';
import { checkChinesePhone } from './rules/phone';
import { checkEmail } from './rules/email';

const phoneField = optionalText(40).refine((v) => v === null || checkChinesePhone(v).valid, {
  message: 'phone.invalid',
});
const emailField = optionalText(200).refine((v) => v === null || checkEmail(v).valid, {
  message: 'email.invalid',
});

const contactFields = {
  organisationId: Id,
  name: requiredText(100),
  title: optionalText(100),
  department: optionalText(100),
  mobile: phoneField,
  phone: phoneField,
  email: emailField,
  wechat: optionalText(100),
  isPrimary: z.boolean(),
  isPartTimeTeacher: z.boolean(),
  notes: optionalText(2000),
};

export const ContactDraft = z.object({
  ...contactFields,
  isPrimary: contactFields.isPrimary.default(false),
  isPartTimeTeacher: contactFields.isPartTimeTeacher.default(false),
});
export type ContactDraft = z.input<typeof ContactDraft>;

export const ContactPatch = z.object({ id: Id, patch: z.object(contactFields).omit({ organisationId: true }).partial() });

export const Contact = z.object({ id: Id, ...contactFields, ...timestamps });
export type Contact = z.output<typeof Contact>;

export const ContactQuery = z.object({
  ...paging,
  sortBy: z.enum(['name', 'createdAt']).default('name'),
  organisationId: Id.optional(),
  q: z.string().trim().max(100).optional(),
});
export const ContactPage = pageOf(Contact);
