import type { z } from 'zod';
import { type Interaction, InteractionDraft } from '@shared/domain/interaction';
import { fenToYuanString, tryYuanToFen } from '@shared/format/money';
import type { ValidationIssue } from '@shared/ipc/result';

// The interaction form's values (money as 元 text, counts and dates as typed) and their
// translation to InteractionDraft. The shared schema decides what is valid.

export const TEXT_FIELDS = [
  'staffTitle',
  'eventName',
  'location',
  'hostName',
  'hostTitle',
  'summary',
  'outcomeForm',
  'demandMajorCode',
  'demandMajorName',
  'internMajors',
  'employMajors',
  'otherIntents',
  'nextAction',
] as const;
export const COUNT_FIELDS = ['positionsOffered', 'internCount', 'employCount'] as const;
export const DATE_FIELDS = ['date', 'followUpDate', 'followUpDoneAt'] as const;
/** Form field (元) → stored field (分). */
export const MONEY_FIELDS = { averageSalaryYuan: 'averageSalaryFen', internPayYuan: 'internPayFen', startingSalaryYuan: 'startingSalaryFen' } as const;
type MoneyField = keyof typeof MONEY_FIELDS;

export type InteractionFormValues = Partial<
  Record<(typeof TEXT_FIELDS)[number] | (typeof COUNT_FIELDS)[number] | (typeof DATE_FIELDS)[number] | MoneyField, string>
> & {
  kind?: Interaction['kind'];
  staffId?: string | null;
  demandMajorLevel?: Interaction['demandMajorLevel'];
};

export const INTERACTION_FORM_FIELDS: readonly string[] = [
  'kind',
  'staffId',
  'demandMajorLevel',
  ...TEXT_FIELDS,
  ...COUNT_FIELDS,
  ...DATE_FIELDS,
  ...Object.keys(MONEY_FIELDS),
];

const blank = (v: string | undefined): boolean => (v ?? '').trim() === '';

export function toFormValues(i: Interaction): InteractionFormValues {
  const values: InteractionFormValues = { kind: i.kind, staffId: i.staffId, demandMajorLevel: i.demandMajorLevel };
  for (const f of TEXT_FIELDS) values[f] = i[f] ?? '';
  for (const f of COUNT_FIELDS) values[f] = i[f] === null ? '' : String(i[f]);
  for (const f of DATE_FIELDS) values[f] = i[f] ?? '';
  for (const [form, stored] of Object.entries(MONEY_FIELDS) as [MoneyField, (typeof MONEY_FIELDS)[MoneyField]][]) {
    const fen = i[stored];
    values[form] = fen === null ? '' : fenToYuanString(fen);
  }
  return values;
}

type ParsedDraft = z.output<typeof InteractionDraft>;

export type InteractionCheck = { ok: true; draft: ParsedDraft } | { ok: false; issues: ValidationIssue[]; badMoney: MoneyField[] };

/** Builds and checks the draft; money that is not an exact amount in 元 is reported by field. */
export function checkInteractionForm(organisationId: string, v: InteractionFormValues): InteractionCheck {
  const badMoney: MoneyField[] = [];
  const money: Partial<Record<(typeof MONEY_FIELDS)[MoneyField], number | null>> = {};
  for (const [form, stored] of Object.entries(MONEY_FIELDS) as [MoneyField, (typeof MONEY_FIELDS)[MoneyField]][]) {
    const text = v[form];
    const fen = blank(text) ? null : tryYuanToFen(text ?? '');
    if ((fen === null && !blank(text)) || (fen !== null && fen < 0)) badMoney.push(form);
    else money[stored] = fen;
  }
  const counts: Record<string, unknown> = {};
  for (const f of COUNT_FIELDS) {
    const text = (v[f] ?? '').trim();
    counts[f] = text === '' ? null : /^\d+$/.test(text) ? Number(text) : text;
  }
  const parsed = InteractionDraft.safeParse({
    organisationId,
    kind: v.kind,
    // An empty date goes as '' so the schema reports 'date.invalid' on the field.
    date: v.date ?? '',
    staffId: v.staffId ?? null,
    demandMajorLevel: v.demandMajorLevel ?? null,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, v[f]])),
    ...counts,
    ...money,
    followUpDate: blank(v.followUpDate) ? null : v.followUpDate,
    followUpDoneAt: blank(v.followUpDoneAt) ? null : v.followUpDoneAt,
  });
  if (!parsed.success || badMoney.length > 0) {
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message, code: i.code }));
    return { ok: false, issues, badMoney };
  }
  return { ok: true, draft: parsed.data };
}

/** Only the fields that differ from the stored record, so the audit log shows real changes. */
export function changedInteractionFields(draft: ParsedDraft, original: Interaction): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (key === 'organisationId') continue;
    if (JSON.stringify(value) !== JSON.stringify(original[key as keyof Interaction])) patch[key] = value;
  }
  return patch;
}
