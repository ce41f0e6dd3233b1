import { CaptureInput, type CaptureParsed } from '@shared/domain/capture';
import { checkUscc } from '@shared/domain/rules/uscc';
import type { ValidationIssue } from '@shared/ipc/result';

// The quick-capture form's values and their translation into the capture:save input.
// Validity is decided by the shared schema and the shared USCC rule, never here.

export interface CaptureFormValues {
  /** The text typed in the partner box: a search, or the full name of a new partner. */
  partnerText?: string;
  uscc?: string;
  usccOverride?: boolean;
  contactName?: string;
  contactTitle?: string;
  contactMobile?: string;
  contactEmail?: string;
  notes?: string;
  majorIds?: string[];
  positions?: string;
  /** As typed: an <input type="number"> gives a string. */
  internCount?: string;
  followUpDate?: string;
}

/** Form field names in Tab order; capture:save issue paths use the same names. */
export const CAPTURE_FORM_FIELDS = [
  'partnerText',
  'uscc',
  'contactName',
  'contactTitle',
  'contactMobile',
  'contactEmail',
  'notes',
  'majorIds',
  'positions',
  'internCount',
  'followUpDate',
] as const;

/** Issue paths of the input that sit on a differently named form field. */
const FIELD_OF_PATH: Record<string, string> = { partnerId: 'partnerText', partnerName: 'partnerText' };

export function issuesOnFormFields(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const field = typeof head === 'string' ? FIELD_OF_PATH[head] : undefined;
    return field === undefined ? issue : { ...issue, path: [field, ...rest] };
  });
}

function countOf(text: string | undefined): number | null | string {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  // A non-integer stays a string so the schema reports it on the field.
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function captureInputOf(values: CaptureFormValues, pickedPartnerId: string | null): unknown {
  const picked = pickedPartnerId !== null;
  return {
    partnerId: pickedPartnerId,
    partnerName: picked ? null : (values.partnerText ?? null),
    // A USCC belongs to a new partner only; an existing partner keeps its own.
    uscc: picked ? null : values.uscc || null,
    usccOverride: !picked && values.usccOverride === true,
    contactName: values.contactName,
    contactTitle: values.contactTitle,
    contactMobile: values.contactMobile,
    contactEmail: values.contactEmail,
    notes: values.notes,
    majorIds: values.majorIds ?? [],
    positions: values.positions,
    internCount: countOf(values.internCount),
    followUpDate: values.followUpDate || null,
  };
}

export type CaptureCheck =
  | { ok: true; input: CaptureParsed }
  | { ok: false; issues: ValidationIssue[]; usccExpected?: string };

/** The checks capture:save runs first: the schema, then the USCC check character unless overridden. */
export function checkCaptureForm(values: CaptureFormValues, pickedPartnerId: string | null): CaptureCheck {
  const parsed = CaptureInput.safeParse(captureInputOf(values, pickedPartnerId));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: i.message,
      code: i.code,
    }));
    return { ok: false, issues: issuesOnFormFields(issues) };
  }
  const input = parsed.data;
  if (input.uscc !== null && !input.usccOverride) {
    const check = checkUscc(input.uscc);
    if (!check.valid && check.reason === 'check') {
      return { ok: false, issues: [{ path: ['uscc'], message: 'uscc.check' }], usccExpected: check.expectedCheckChar ?? '?' };
    }
  }
  return { ok: true, input };
}
