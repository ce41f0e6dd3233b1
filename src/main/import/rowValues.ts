import { cellToString, cleanText, moneyUnitOfHeader, readCell } from './cellValue';
import type { MappedColumn } from './columnMapping';
import type { FieldDef, FieldIssue } from './entities/entityDef';
import type { RawCell } from './readers/rawTable';
import { restoreTypedPhone } from '@shared/domain/rules/phone';

/**
 * A value that could not be stored in its field (issue 10): the field stays empty, the
 * text goes to the record's notes and the import lists a warning with this code and key.
 */
export interface Kept {
  field: string;
  text: string;
  code: string;
  key: string;
  params: Record<string, string | number>;
  /**
   * The text stays in the notes but does not empty its field: a merged repeat filled the
   * field with a usable value after this row's text could not be stored (issue 10 merges).
   */
  noteOnly?: boolean;
}

/** One row's cells read into field values. */
export interface ReadRow {
  /** What the preview shows: the value as read (normalised), the cell's text where it could not be read: never a blank where the file had something. */
  display: Record<string, string | null>;
  /** The cell's text as typed (cleaned of invisibles only): what warnings and notes quote. */
  typed: Record<string, string | null>;
  /** What the entity gets (codes after value mapping are filled in later). */
  values: Record<string, string | null>;
  kept: Kept[];
  /** Warnings whose value is stored all the same (a phone whose lost leading 0 was restored). */
  notices: FieldIssue[];
  /** Cell problems of fields that identify the record or are required: the row is refused. */
  rejects: FieldIssue[];
}

const CODES: Record<string, string> = { codeAsNumber: 'CODE_AS_NUMBER', formulaWithoutResult: 'FORMULA_WITHOUT_RESULT' };

/** The warning code for a value of this kind that could not be stored. */
export function warningCodeOf(f: FieldDef | undefined): string {
  if (!f) return 'VALUE_INVALID';
  if (f.enumName || f.classification) return 'VALUE_UNMAPPED';
  if (f.kind === 'email') return 'EMAIL_INVALID';
  if (f.kind === 'phone') return 'PHONE_INVALID';
  return 'VALUE_INVALID';
}

export function readRowValues(
  cells: readonly RawCell[],
  columns: readonly MappedColumn[],
  opts: { fields: Map<string, FieldDef>; rejecting: ReadonlySet<string>; date1904: boolean; maxChars: number },
): ReadRow {
  const out: ReadRow = { display: {}, typed: {}, values: {}, kept: [], notices: [], rejects: [] };
  for (const c of columns) {
    const f = c.field ? opts.fields.get(c.field) : undefined;
    if (!f) continue;
    const cell = cells[c.index] ?? null;
    const text = cleanText(cellToString(cell, opts.date1904) ?? '');
    out.display[f.field] = text || null;
    out.typed[f.field] = text || null;
    if (f.kind === 'phone' && cell?.t === 'n') {
      readTypedPhone(out, f, String(cell.v));
      continue;
    }
    const read = readCell(cell, f.kind, { date1904: opts.date1904, maxChars: opts.maxChars, moneyUnit: moneyUnitOfHeader(c.header) });
    if (read.ok) {
      out.values[f.field] = read.value;
      out.display[f.field] = read.value;
      continue;
    }
    out.values[f.field] = null;
    const issue: FieldIssue = { field: f.field, code: CODES[read.problem] ?? 'VALIDATION', key: `import.errors.${read.problem}`, params: read.params ?? {} };
    if (opts.rejecting.has(f.field)) out.rejects.push(issue);
    else out.kept.push({ field: f.field, text, code: warningCodeOf(f), key: issue.key, params: { ...issue.params, value: text } });
  }
  return out;
}

/** A phone in a number cell: taken as is when complete, a lost leading 0 restored when unambiguous. */
function readTypedPhone(out: ReadRow, f: FieldDef, digits: string): void {
  const r = restoreTypedPhone(digits);
  if (r.kind === 'ok') {
    // A complete number is stored as typed; a restored one in its display form (0755-28780808).
    const value = r.restored ? r.value : digits;
    out.values[f.field] = value;
    out.display[f.field] = value;
    if (r.restored) out.notices.push({ field: f.field, code: 'PHONE_RESTORED', key: 'importReview.warnings.phoneRestored', params: { value: digits, restored: r.value } });
    return;
  }
  out.values[f.field] = null;
  const key = r.kind === 'ambiguous' ? 'importReview.warnings.phoneAmbiguous' : 'importReview.warnings.phoneInvalid';
  const params: Record<string, string> = r.kind === 'ambiguous' ? { value: digits, candidates: r.candidates.join(' / ') } : { value: digits };
  out.kept.push({ field: f.field, text: digits, code: 'PHONE_INVALID', key, params });
}
