import type { ImportDuplicate } from '@shared/domain/importing';
import { valueKey } from '@shared/domain/rules/valueKey';
import type { AnalysedRow } from './analyze';
import type { DuplicateKey, EntityDef } from './entities/entityDef';
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
 * The earlier row's input with a repeat's values in its blanks; differing values become
 * conflicts (the earlier value is kept) and a notes line naming the repeat's row.
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
  const conflicts: ImportDuplicate['conflicts'] = [];
  for (const [field, value] of Object.entries(repeat.values)) {
    if (value == null || skip.has(field)) continue;
    const mine = values[field];
    if (mine == null) {
      values[field] = value;
      display[field] = repeat.display[field] ?? value;
      typed[field] = repeat.typed[field] ?? value;
    } else if (mine != null && valueKey(mine) !== valueKey(value)) {
      conflicts.push({ field, kept: into.display[field] ?? mine, other: repeat.display[field] ?? value });
    }
  }
  const items = conflicts.map((c) => `${label(c.field)}「${c.other}」`).join('；');
  const extraNotes = [...into.extraNotes, ...repeat.extraNotes, ...(items ? [notesLine(repeatRow, items)] : [])];
  // The repeat's notes column and its kept texts are not lost either.
  const repeatKept = repeat.kept.filter((k) => !into.kept.some((m) => m.field === k.field && m.text === k.text));
  return { input: { values, display, typed, kept: [...into.kept, ...repeatKept], extraNotes, notices: [...into.notices, ...repeat.notices] }, conflicts };
}
