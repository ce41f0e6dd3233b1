import type { EnumName } from '@shared/i18n';
import type { ImportEntity } from '@shared/domain/importing';
import type { Executor } from '../../services/context';
import type { FieldKind } from '../cellValue';
import type { ImportWriters } from '../importWriters';

export interface FieldDef {
  field: string;
  kind: FieldKind;
  required?: boolean;
  /** Header texts that mean this field, Chinese and English (compared normalised). */
  synonyms: readonly string[];
  enumName?: EnumName;
  /** A classification whose values are codes of a national table (value mapping, issue 10). */
  classification?: 'industry' | 'region';
  /** The template's example row. */
  example: string;
}

/** A field-level problem found while preparing a row (translated via `key`). */
export interface FieldIssue {
  field: string | null;
  code: string;
  key: string;
  params: Record<string, string | number>;
}

export interface DuplicateKey {
  reason: 'uscc' | 'name' | 'code' | 'key';
  key: string;
}

export interface ExistingRecord {
  id: string;
  label: string;
  reason: DuplicateKey['reason'];
}

/** Lookups a row may need while it is prepared (partners by USCC or name, sources, bases…). */
export interface PrepareContext {
  db: Executor;
  schoolName: string | null;
}

/**
 * One importable entity: its fields, how a row of normalised values becomes a draft
 * (validated with the same zod schemas and rules as the forms), how duplicates are keyed
 * and found, and how it is written through the entity's own service.
 */
export interface EntityDef<P = unknown> {
  entity: ImportEntity;
  fields: readonly FieldDef[];
  /**
   * Where values that cannot be stored go (issue 10): the original text is appended to
   * this field so nothing typed is lost. Defaults to a field named 'notes' when there is one.
   */
  notesField?: string;
  /**
   * Fields besides the required ones whose problem rejects the row instead of becoming a
   * warning: they identify the record (a malformed USCC would create a second partner).
   */
  identityFields?: readonly string[];
  /**
   * Warnings about a prepared row that change nothing by themselves: USCC_UNVERIFIED (the
   * check character fails; imported with the override or skipped, as decided),
   * REGION_FROM_USCC (the region was taken from the USCC).
   */
  rowNotices?(prepared: P): FieldIssue[];
  /** The same row with its unverified USCC accepted (the service's audited override). */
  withUsccOverride?(prepared: P): P;
  /** Duplicate keys of a row that did not validate, from its values (in-file duplicates are found for every row). */
  keysOfValues?(values: Record<string, string | null>): DuplicateKey[];
  prepare(values: Record<string, string | null>, ctx: PrepareContext): Promise<{ prepared: P | null; issues: FieldIssue[] }>;
  duplicateKeys(prepared: P): DuplicateKey[];
  findExisting(db: Executor, prepared: P): Promise<ExistingRecord | null>;
  create(w: ImportWriters, prepared: P): Promise<string>;
  update(w: ImportWriters, prepared: P, existingId: string): Promise<void>;
}
