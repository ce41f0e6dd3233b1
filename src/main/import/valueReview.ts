import type { ImportUnknownValue, ValueMapping } from '@shared/domain/importing';
import { valueKey } from '@shared/domain/rules/valueKey';
import { choiceSource, isAllowedValue, resolveFieldValue, suggestFieldValue } from './choices';
import type { FieldDef } from './entities/entityDef';
import type { ReadRow } from './rowValues';

// The value step of the import (issue 10). Every choice or classification column's values
// are resolved in this order: the user's choice for that text, the saved mapping's, then the
// text as it stands (code, label, reviewed synonym). A text that is not understood as it
// stands is listed once per column with its count, first rows and a suggestion, so the
// user decides once for 40 rows; until then the field stays empty and the text goes to notes.

const MAX_ROWS_LISTED = 20;

export class ValueReview {
  private readonly unknown = new Map<string, ImportUnknownValue>();
  private readonly choiceFields: FieldDef[];

  constructor(
    fields: readonly FieldDef[],
    private readonly headerOf: ReadonlyMap<string, string>,
    private readonly user: ValueMapping,
    private readonly saved: ValueMapping,
  ) {
    this.choiceFields = fields.filter((f) => choiceSource(f) !== null && headerOf.has(f.field));
  }

  /** The value mapping in force: the user's choices over the saved mapping's. */
  effective(): ValueMapping {
    const out: ValueMapping = {};
    for (const [field, map] of Object.entries(this.saved)) out[field] = { ...map };
    for (const [field, map] of Object.entries(this.user)) out[field] = { ...out[field], ...map };
    return out;
  }

  /** A choice given for this text (null = "leave blank"), or undefined when none was given. */
  private decision(f: FieldDef, key: string): string | null | undefined {
    for (const source of [this.user, this.saved]) {
      const choice = source[f.field]?.[key];
      if (choice === null) return null;
      // A saved code that is no longer a choice (edited table) counts as no decision.
      if (choice !== undefined && isAllowedValue(f, choice)) return choice;
    }
    return undefined;
  }

  /** Replaces the row's choice texts by codes; what does not resolve is emptied (notes) or refuses the row. */
  apply(rowNo: number, read: ReadRow, rejecting: ReadonlySet<string>): void {
    for (const f of this.choiceFields) {
      const text = read.values[f.field];
      if (text == null) continue;
      const key = valueKey(text);
      const decided = this.decision(f, key);
      const exact = resolveFieldValue(f, text, read.values);
      if (exact === null) this.listUnknown(f, text, key, rowNo, decided);
      const code = decided !== undefined ? decided : exact;
      if (code !== null) {
        read.values[f.field] = code;
        continue;
      }
      read.values[f.field] = null;
      const typed = read.typed[f.field] ?? text;
      if (rejecting.has(f.field)) {
        read.rejects.push({ field: f.field, code: 'VALIDATION', key: 'import.errors.enumInvalid', params: { value: typed } });
      } else {
        const key2 = decided === null ? 'importReview.warnings.valueLeftBlank' : 'importReview.warnings.valueUnmapped';
        read.kept.push({ field: f.field, text: typed, code: 'VALUE_UNMAPPED', key: key2, params: { value: typed } });
      }
    }
  }

  private listUnknown(f: FieldDef, text: string, key: string, rowNo: number, decided: string | null | undefined): void {
    const id = `${f.field}\u0000${key}`;
    const hit = this.unknown.get(id);
    if (hit) {
      hit.count++;
      if (hit.rows.length < MAX_ROWS_LISTED) hit.rows.push(rowNo);
      return;
    }
    this.unknown.set(id, {
      field: f.field,
      column: this.headerOf.get(f.field) ?? f.field,
      text,
      key,
      count: 1,
      rows: [rowNo],
      suggestion: suggestFieldValue(f, text),
      chosen: decided ?? null,
      decided: decided !== undefined,
    });
  }

  /** Distinct texts not understood as they stand, most frequent first. */
  unknownValues(): ImportUnknownValue[] {
    return [...this.unknown.values()].sort((a, b) => b.count - a.count || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  }
}

/** A mapping whose keys may be raw text (CLI --values, hand-written files) keyed by valueKey. */
export function normalizeValueMapping(m: ValueMapping | undefined): ValueMapping {
  const out: ValueMapping = {};
  for (const [field, map] of Object.entries(m ?? {})) {
    out[field] = Object.fromEntries(Object.entries(map).map(([text, code]) => [valueKey(text), code]));
  }
  return out;
}
