import { z } from 'zod';
import { Id } from '../domain/common';
import { PARTY_ROLES } from '../domain/enums';
import { checkChinesePhone } from '../domain/rules/phone';
import { isCatalogueField } from './fieldCatalogue';

// The merge values an officer types per agreement on the document page, and the contact
// chosen for each partner party. Stored with the agreement (agreement.merge_values_json);
// the same checks run in the form (as the user leaves a field) and in the core.

const WHOLE_NUMBER = new Set(['培养人数', '每年接收人数']);
const AMOUNT = new Set(['实习报酬(元/月)']);
const PHONE = /^[甲乙丙丁]方电话$/;

/** The message key (fieldErrors.*) of a typed value that cannot be right, or null. */
export function checkFieldValue(field: string, value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (WHOLE_NUMBER.has(field) && !/^\d{1,7}$/.test(v)) return 'documentField.wholeNumber';
  if (AMOUNT.has(field) && !/^\d{1,9}(\.\d{1,2})?$/.test(v)) return 'documentField.amount';
  if (PHONE.test(field) && !checkChinesePhone(v).valid) return 'phone.invalid';
  return null;
}

export const MAX_FIELD_VALUE = 500;

export const DocumentFieldsInput = z
  .object({
    agreementId: Id,
    /** Field name → text; '' removes the value. Fields not listed keep theirs. */
    values: z.record(z.string().max(60), z.string().max(MAX_FIELD_VALUE)).default({}),
    /** Role → the chosen contact, or null for the partner's main contact. */
    contacts: z.partialRecord(z.enum(PARTY_ROLES), Id.nullable()).default({}),
  })
  .superRefine((input, ctx) => {
    for (const [field, value] of Object.entries(input.values)) {
      const message = isCatalogueField(field) ? checkFieldValue(field, value) : 'documentField.unknown';
      if (message) ctx.addIssue({ code: 'custom', path: ['values', field], message });
    }
  });
export type DocumentFieldsInput = z.input<typeof DocumentFieldsInput>;
