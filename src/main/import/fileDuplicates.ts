import type { ImportDuplicate } from '@shared/domain/importing';
import { valueKey } from '@shared/domain/rules/valueKey';
import type { AnalysedRow } from './analyze';
import type { DuplicateKey, EntityDef } from './entities/entityDef';
import type { Kept } from './rowValues';
import type { RowInput } from './warnings';

// Rows of one file that are the same record (issue 10): same USCC, or same normalised name
// (the key the duplicate warning uses). Every row with its identity is compared, also rows
// with errors elsewhere, so a roster with 8 repeats says so. By default a repeat is merged
// into the earlier row: its values fill the earlier row's blanks, differing values are
// listed as conflicts and kept in the notes, and the record is written once.

function keysOf(def: EntityDef<never>, r: AnalysedRow): DuplicateKey[] {
  if (r.prepared !== null) return def.duplicateKeys(r.prepared as never);
  return def.keysOfValues?.(r.input.values) ?? [];
}

/** Marks each row that repeats an earlier row of the file; returns them in row order. */
export function findFileDuplicates(rows: AnalysedRow[], def: EntityDef<never>): ImportDuplicate[] {
  const seen = new Map<string, { row: number; uscc: string | null }>();
  const out: ImportDuplicate[] = [];
  for (const r of rows) {
    const keys = keysOf(def, r);
    const uscc = keys.find((k) => k.reason === 'uscc')?.key ?? null;
    for (const k of keys) {
      const earlier = seen.get(`${k.reason}:${k.key}`);
      // Two rows with the same name but different USCCs are two organisations.
      if (earlier && !(k.reason === 'name' && uscc && earlier.uscc && uscc !== earlier.uscc)) {
        r.duplicate = { row: r.row, reason: k.reason, sameAsRow: earlier.row, existingId: null, existingLabel: null, conflicts: [] };
        out.push(r.duplicate);
        break;
      }
    }
    for (const k of keys) if (!seen.has(`${k.reason}:${k.key}`)) seen.set(`${k.reason}:${k.key}`, { row: r.row, uscc });
  }
  return out;
}

/**
 * The earlier row's input with a repeat's values in its blanks. Both inputs are settled
 * (`PreparedRow.settled`): a field holds a value only when it can be stored, and `kept`
 * lists the texts that could not. For each field:
 * - the earlier row has a usable value: the repeat's differing text, usable or not, is a
 *   conflict (the earlier value is kept) and goes to a notes line naming the repeat's row;
 * - the earlier row's text could not be stored and the repeat's value can: the repeat fills
 *   the field, the earlier text stays in the notes (no longer emptying the field) and the
 *   pair is listed as a conflict;
 * - neither can be stored: both texts are kept in the notes, the field stays empty.
 */
export function mergeInputs(
  into: RowInput,
  repeat: RowInput,
  repeatRow: number,
  label: (field: string) => string,
  notesLine: (row: number, items: string) => string,
  skip: ReadonlySet<string>,
): { input: RowInput; conflicts: ImportDuplicate['conflicts'] } {
  const values = { ...into.values };
  const display = { ...into.display };
  const typed = { ...into.typed };
  let kept = [...into.kept];
  const conflicts: ImportDuplicate['conflicts'] = [];
  const noteItems: string[] = [];
  const filled = new Set<string>();
  const emptying = (list: readonly Kept[], field: string) => list.filter((k) => k.field === field && !k.noteOnly);
  const fields = new Set([...Object.keys(repeat.values), ...repeat.kept.map((k) => k.field)]);
  for (const field of fields) {
    if (skip.has(field)) continue;
    const theirs = repeat.values[field] ?? null;
    const theirTexts = theirs != null ? [repeat.display[field] ?? theirs] : emptying(repeat.kept, field).map((k) => k.text);
    if (theirTexts.length === 0) continue;
    const mine = values[field] ?? null;
    if (mine != null) {
      // The earlier row's usable value stays; whatever else the repeat says is a conflict.
      const kept1 = display[field] ?? mine;
      for (const other of theirTexts) {
        const same = theirs != null ? valueKey(mine) === valueKey(theirs) : valueKey(other) === valueKey(kept1) || valueKey(other) === valueKey(typed[field] ?? kept1);
        if (same) continue;
        conflicts.push({ field, kept: kept1, other });
        noteItems.push(`${label(field)}「${other}」`);
      }
    } else if (theirs != null) {
      // The repeat fills the field; texts of the earlier row(s) that could not be stored stay in the notes.
      values[field] = theirs;
      display[field] = repeat.display[field] ?? theirs;
      typed[field] = repeat.typed[field] ?? theirs;
      filled.add(field);
      for (const k of emptying(kept, field)) conflicts.push({ field, kept: display[field] ?? theirs, other: k.text });
      kept = kept.map((k) => (k.field === field && !k.noteOnly ? { ...k, noteOnly: true } : k));
    }
    // Neither row has a usable value: the repeat's texts join the earlier row's below.
  }
  // The repeat's kept texts of fields that stay empty are kept as well (not lost); those of
  // fields that hold a value are the conflicts above.
  const repeatKept = repeat.kept
    .filter((k) => k.noteOnly === true || (values[k.field] ?? null) == null)
    .filter((k) => !kept.some((m) => m.field === k.field && m.text === k.text));
  const extraNotes = [...into.extraNotes, ...repeat.extraNotes, ...(noteItems.length > 0 ? [notesLine(repeatRow, noteItems.join('；'))] : [])];
  // A repeat's notice (a restored phone) stays with its value: only when the repeat's value is taken.
  const notices = [...into.notices, ...repeat.notices.filter((n) => n.field === null || filled.has(n.field))];
  return { input: { values, display, typed, kept: [...kept, ...repeatKept], extraNotes, notices }, conflicts };
}
