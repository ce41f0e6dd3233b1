import type { ImportEntity } from '@shared/domain/importing';
import type { EntityDef, FieldDef, FieldIssue, PrepareContext } from './entities/entityDef';
import type { Kept } from './rowValues';
import { warningCodeOf } from './rowValues';
import { translate } from './translate';

// Issue 10: an optional value that cannot be stored does not refuse its row. The field is
// emptied, the text goes to the record's notes, and prepare runs again, until only issues
// that really refuse the row remain (required or identifying fields, the row as a whole,
// or a field whose emptying is itself refused: a partner that was not found).

export interface RowInput {
  values: Record<string, string | null>;
  kept: Kept[];
  /** Lines appended to the notes as they are (unmapped columns, merge conflicts). */
  extraNotes: string[];
  /** Normalised values as the preview shows them (merge conflicts quote these). */
  display: Record<string, string | null>;
  /** The texts as typed, quoted in notes and warnings instead of a normalised value. */
  typed: Record<string, string | null>;
  /** Warnings whose value is stored all the same (a restored phone). */
  notices: FieldIssue[];
}

export interface PreparedRow {
  prepared: unknown;
  errors: FieldIssue[];
  kept: Kept[];
  /** The values prepare got last (emptied fields, composed notes). */
  input: Record<string, string | null>;
  /**
   * The row as it settled: every field prepare could not store emptied and listed in `kept`
   * (the notes field as typed). Merging repeats compares these, so a value that reads but
   * does not validate (an email without @) is not taken for a usable one.
   */
  settled: RowInput;
  /** NOTES_OVERFLOW: lines the importer added to the notes that did not fit (listed, not lost). */
  overflow: FieldIssue[];
}

/** The field that receives kept texts: declared, else 'notes' when the entity has one. */
export function notesFieldOf(def: EntityDef<never>): string | null {
  return def.notesField ?? (def.fields.some((f) => f.field === 'notes') ? 'notes' : null);
}

/**
 * Fields whose problem refuses the row: required ones and those that identify the record.
 * An entity without a notes field has nowhere to keep a text, so there every problem
 * refuses its row (no value is ever dropped silently).
 */
export function rejectingFields(def: EntityDef<never>): Set<string> {
  if (!notesFieldOf(def)) return new Set(def.fields.map((f) => f.field));
  const set = new Set<string>(def.identityFields ?? []);
  for (const f of def.fields) if (f.required) set.add(f.field);
  const notes = notesFieldOf(def);
  // The notes themselves have nowhere else to go.
  if (notes) set.add(notes);
  return set;
}

/** The Chinese label of a field: notes are data, so they read the same whatever the UI language. */
export function zhFieldLabel(entity: ImportEntity, field: string): string {
  for (const key of [`import.wizard.fields.${entity}.${field}`, `importReview.fields.${entity}.${field}`]) {
    const label = translate('zh-CN', key);
    if (label !== key) return label;
  }
  return field;
}

/** The lines the importer adds to the notes: 「导入时未能识别：企业性质「xxx」；邮箱「yyy」」 + extra lines. */
export function addedNotesLines(entity: ImportEntity, kept: readonly Kept[], extra: readonly string[]): string[] {
  const lines: string[] = [];
  const items = kept.filter((k) => k.text !== '').map((k) => `${zhFieldLabel(entity, k.field)}「${k.text}」`);
  if (items.length > 0) lines.push(translate('zh-CN', 'importReview.notes.unrecognised', { items: items.join('；') }));
  lines.push(...extra);
  return lines;
}

/** 原备注 + 「导入时未能识别：企业性质「xxx」；邮箱「yyy」」 + extra lines, one per line. */
export function composeNotes(entity: ImportEntity, original: string | null, kept: readonly Kept[], extra: readonly string[]): string | null {
  return joinNotes(original, addedNotesLines(entity, kept, extra));
}

function joinNotes(original: string | null, added: readonly string[]): string | null {
  const lines = [...(original ? [original] : []), ...added];
  return lines.length > 0 ? lines.join('\n') : null;
}

/** The row with the fields of `kept` (those it empties) emptied: what the row stores. */
function settledInput(row: RowInput, kept: readonly Kept[]): RowInput {
  const values = { ...row.values };
  for (const k of kept) if (!k.noteOnly) values[k.field] = null;
  return { ...row, values, kept: [...kept] };
}

export async function prepareWithWarnings(def: EntityDef<never>, ctx: PrepareContext, row: RowInput, rejecting: ReadonlySet<string>): Promise<PreparedRow> {
  const fields = new Map<string, FieldDef>(def.fields.map((f) => [f.field, f]));
  const notesField = notesFieldOf(def);
  const kept = [...row.kept];
  // Each round empties at least one more field, so this ends within fields.length rounds.
  for (let round = 0; round <= def.fields.length; round++) {
    const values = { ...row.values };
    for (const k of kept) if (!k.noteOnly) values[k.field] = null;
    const original = notesField ? (row.values[notesField] ?? null) : null;
    const added = notesField ? addedNotesLines(def.entity, kept, row.extraNotes) : [];
    if (notesField) values[notesField] = joinNotes(original, added);
    let result = await def.prepare(values, ctx);
    let overflow: FieldIssue[] = [];
    const notesRefused = (issues: readonly FieldIssue[]) => notesField !== null && issues.some((i) => i.field === notesField);
    if (notesField && added.length > 0 && notesRefused(result.issues)) {
      // Text the importer added never refuses a row (the notes' length limit): the person's
      // own notes are kept, then as many added lines as fit; the rest is listed as a
      // warning with its text. When the person's own notes alone are refused, that stays.
      for (let fit = added.length - 1; fit >= 0; fit--) {
        const trialValues = { ...values, [notesField]: joinNotes(original, added.slice(0, fit)) };
        const trial = await def.prepare(trialValues, ctx);
        if (notesRefused(trial.issues)) continue;
        values[notesField] = trialValues[notesField] ?? null;
        result = trial;
        const rest = added.slice(fit).join('\n');
        overflow = [{ field: notesField, code: 'NOTES_OVERFLOW', key: 'importReview.warnings.notesOverflow', params: { value: rest } }];
        break;
      }
    }
    const demote = result.issues.filter((i) => i.field !== null && !rejecting.has(i.field) && values[i.field] != null);
    if (demote.length === 0) {
      // An issue on a field this loop emptied means the emptying itself is refused (a
      // required reference): report the original problem, not "required".
      const errors = result.issues.map((i) => {
        const original = i.field !== null ? kept.find((k) => k.field === i.field && !k.noteOnly) : undefined;
        return original ? { field: original.field, code: original.code === 'VALUE_UNMAPPED' ? 'VALIDATION' : original.code, key: original.key, params: original.params } : i;
      });
      const refusedFields = new Set(errors.map((e) => e.field));
      return {
        prepared: errors.length === 0 ? result.prepared : null,
        errors,
        kept: kept.filter((k) => !refusedFields.has(k.field)),
        input: values,
        settled: settledInput(row, kept),
        overflow: errors.length === 0 ? overflow : [],
      };
    }
    for (const i of demote) {
      if (i.field === null || kept.some((k) => k.field === i.field && !k.noteOnly)) continue;
      const text = values[i.field] ?? '';
      const code = i.code === 'VALIDATION' || i.code === 'NOT_FOUND' ? warningCodeOf(fields.get(i.field)) : i.code;
      const typed = row.typed[i.field] ?? text;
      kept.push({ field: i.field, text: typed, code, key: i.key, params: { ...i.params, value: typed } });
    }
  }
  throw new Error('prepareWithWarnings did not settle');
}
