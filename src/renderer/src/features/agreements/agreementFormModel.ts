import { type Agreement, AgreementDraft } from '@shared/domain/agreement';
import type { AGREEMENT_TYPES, OBLIGATION_RECURRENCES, PARTY_TYPES } from '@shared/domain/enums';
import { PARTY_ROLES } from '@shared/domain/enums';
import { fenToYuanString, tryYuanToFen } from '@shared/format/money';
import type { ValidationIssue } from '@shared/ipc/result';

// The agreement form's values and their mapping to and from AgreementDraft. Dates are
// 'YYYY-MM-DD' strings (DateField); the amount is typed in 元 and sent in 分.

export interface PartyRow {
  partyType: (typeof PARTY_TYPES)[number];
  organisationId?: string | null;
  displayName?: string | null;
  signatory?: string | null;
  signedDate?: string | null;
  sealed?: boolean;
}

export interface ObligationRow {
  partyRole: (typeof PARTY_ROLES)[number];
  text?: string;
  quantity?: number | null;
  unit?: string | null;
  dueDate?: string | null;
  recurrence: (typeof OBLIGATION_RECURRENCES)[number];
  doneAt?: string | null;
}

export interface AgreementFormValues {
  agreementNo?: string | null;
  title?: string;
  type?: (typeof AGREEMENT_TYPES)[number];
  orgUnitId?: string | null;
  majorIds: string[];
  signDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  autoRenew: boolean;
  noticeDays?: number | null;
  amountYuan?: string | null;
  copiesTotal?: number | null;
  copiesEach?: number | null;
  notes?: string | null;
  parties: PartyRow[];
  obligations: ObligationRow[];
}

/** Top-level form fields; issue paths on other names go above the form. */
export const AGREEMENT_FORM_FIELDS = [
  'agreementNo', 'title', 'type', 'orgUnitId', 'majorIds', 'signDate', 'startDate', 'endDate', 'autoRenew',
  'noticeDays', 'amountYuan', 'copiesTotal', 'copiesEach', 'notes', 'parties', 'obligations',
] as const;

export function newAgreementValues(partnerId?: string): AgreementFormValues {
  return {
    majorIds: [],
    autoRenew: false,
    parties: [{ partyType: 'school' }, { partyType: 'enterprise', ...(partnerId ? { organisationId: partnerId } : {}) }],
    obligations: [],
  };
}

export function agreementToFormValues(a: Agreement): AgreementFormValues {
  return {
    agreementNo: a.agreementNo,
    title: a.title,
    type: a.type,
    orgUnitId: a.orgUnitId,
    majorIds: a.majorIds,
    signDate: a.signDate,
    startDate: a.startDate,
    endDate: a.endDate,
    autoRenew: a.autoRenew,
    noticeDays: a.noticeDays,
    amountYuan: a.amountFen === null ? null : fenToYuanString(a.amountFen),
    copiesTotal: a.copiesTotal,
    copiesEach: a.copiesEach,
    notes: a.notes,
    parties: a.parties.map((p) => ({
      partyType: p.partyType,
      organisationId: p.organisationId,
      displayName: p.displayName,
      signatory: p.signatory,
      signedDate: p.signedDate,
      sealed: p.sealed,
    })),
    obligations: a.obligations.map((o) => ({
      partyRole: o.partyRole,
      text: o.text,
      quantity: o.quantity,
      unit: o.unit,
      dueDate: o.dueDate,
      recurrence: o.recurrence,
      doneAt: o.doneAt,
    })),
  };
}

const blankToNull = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);
const numberOrNull = (v: number | null | undefined): number | null => (typeof v === 'number' ? v : null);

/** The draft the form describes, checked by the shared schema (agreementIssues included). */
export function checkAgreementForm(v: AgreementFormValues): { ok: true; draft: AgreementDraft } | { ok: false; issues: ValidationIssue[] } {
  const amountText = blankToNull(v.amountYuan);
  const amountFen = amountText === null ? null : tryYuanToFen(amountText);
  const draft: AgreementDraft = {
    agreementNo: blankToNull(v.agreementNo),
    title: v.title ?? '',
    // The schema reports a missing type; the cast only carries the blank to it.
    type: v.type as AgreementDraft['type'],
    orgUnitId: v.orgUnitId ?? null,
    majorIds: v.majorIds,
    signDate: blankToNull(v.signDate),
    startDate: blankToNull(v.startDate),
    endDate: blankToNull(v.endDate),
    autoRenew: v.autoRenew,
    noticeDays: numberOrNull(v.noticeDays),
    amountFen: amountFen ?? null,
    copiesTotal: numberOrNull(v.copiesTotal),
    copiesEach: numberOrNull(v.copiesEach),
    notes: blankToNull(v.notes),
    // Roles follow the order of the rows: 甲, 乙, 丙, 丁.
    parties: v.parties.map((p, i) => ({
      role: PARTY_ROLES[i] ?? '丁',
      partyType: p.partyType,
      organisationId: p.organisationId ?? null,
      displayName: blankToNull(p.displayName),
      signatory: blankToNull(p.signatory),
      signedDate: blankToNull(p.signedDate),
      sealed: p.sealed ?? false,
    })),
    obligations: v.obligations.map((o) => ({
      partyRole: o.partyRole,
      text: o.text ?? '',
      quantity: numberOrNull(o.quantity),
      unit: blankToNull(o.unit),
      dueDate: blankToNull(o.dueDate),
      recurrence: o.recurrence,
      doneAt: blankToNull(o.doneAt),
    })),
  };
  const issues: ValidationIssue[] = [];
  if (amountText !== null && amountFen === null) issues.push({ path: ['amountYuan'], message: 'invalid' });
  const parsed = AgreementDraft.safeParse(draft);
  // The envelope's issue shape (as formIssues.zodIssues), kept here so this module stays DOM-free.
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      issues.push({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message, code: i.code });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, draft };
}

/**
 * Where an issue shows on the form: list rows get the exact cell (['parties', 2, 'displayName']),
 * the amount in 分 shows on the 元 field, and an update's 'patch' prefix is dropped.
 */
export function formNameOf(path: readonly (string | number)[]): (string | number)[] | null {
  const p = path[0] === 'patch' ? path.slice(1) : [...path];
  const head = p[0] === 'amountFen' ? 'amountYuan' : p[0];
  if (typeof head !== 'string' || !(AGREEMENT_FORM_FIELDS as readonly string[]).includes(head)) return null;
  if ((head === 'parties' || head === 'obligations') && typeof p[1] === 'number' && typeof p[2] === 'string') return [head, p[1], p[2]];
  return [head];
}
