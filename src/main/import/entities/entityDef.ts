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
  prepare(values: Record<string, string | null>, ctx: PrepareContext): Promise<{ prepared: P | null; issues: FieldIssue[] }>;
  duplicateKeys(prepared: P): DuplicateKey[];
  findExisting(db: Executor, prepared: P): Promise<ExistingRecord | null>;
  create(w: ImportWriters, prepared: P): Promise<string>;
  update(w: ImportWriters, prepared: P, existingId: string): Promise<void>;
}
