import type { z } from 'zod';
import type { ProgrammeDisplay } from '@shared/domain/programmeSchemas';
import type { ValidationIssue } from '@shared/ipc/result';
import type { ReferenceCheck } from '../funding/referenceGuard';
import type { Executor } from '../services/context';
import type { LinkTable, SqlValue, TableSpec } from './programmeRepository';

// What the generic programme service needs to know about one kind: its schemas, its
// table, its Row mappers and which rows it points at. One value per kind lives in
// programmeKinds*.ts; the service and repository are written once against this shape.

export interface ProgrammeStamps {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type StampedFields<F> = F & ProgrammeStamps;
export type ProgrammeRecord<F> = StampedFields<F> & { display: ProgrammeDisplay };

/** The list query every kind accepts (programmeSchemas builds it). */
export interface BaseProgrammeQuery {
  page: number;
  pageSize: number;
  sortBy: string;
  sortDir: 'asc' | 'desc';
  trashed: boolean;
  organisationId?: string | undefined;
  majorId?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
}

/** Link-table ids of a row, by link table name. */
export type LinkedIds = Partial<Record<LinkTable['table'], string[]>>;

export interface ProgrammeKind<F extends object, Q extends BaseProgrammeQuery, R extends { id: string }> {
  /** Entity name in NOT_FOUND details and messages. */
  name: string;
  table: TableSpec;
  schemas: {
    draft: z.ZodType<F, unknown>;
    patch: z.ZodType<{ id: string; patch: Partial<F> }, unknown>;
    query: z.ZodType<Q, unknown>;
  };
  /** Sort key of the query → column. */
  sortColumns: Readonly<Record<string, string>>;
  /** The kind's own equality filters (status, kind, level) present in the query. */
  equals(query: Q): { column: string; value: SqlValue }[];
  links: readonly { link: LinkTable; ids: (fields: F) => readonly string[] }[];
  fromRow(row: R, links: LinkedIds): StampedFields<F>;
  toRow(record: StampedFields<F>): Record<string, SqlValue>;
  /** Every id the record points at; only new or changed ones are re-checked on update. */
  references(fields: F): ReferenceCheck[];
  /**
   * Rules that need the database beyond existence (a contact of the same partner).
   * `before` is the stored record on update, so a rule can skip what did not change.
   */
  verify?(db: Executor, fields: F, before: F | undefined): Promise<ValidationIssue[]>;
  displayIds(fields: F): { partnerIds: readonly string[]; majorIds: readonly string[]; agreementId: string | null };
}

/** Present only when defined: a compact way to build the `equals` list. */
export function equalsWhenSet(pairs: readonly [string, SqlValue | undefined][]): { column: string; value: SqlValue }[] {
  return pairs.flatMap(([column, value]) => (value === undefined ? [] : [{ column, value }]));
}

export const live = (field: string, id: string | null, table: ReferenceCheck['table']): ReferenceCheck => ({
  field,
  id,
  table,
  live: true,
});
/** History may point at a major or staff member since retired: existing is enough. */
export const existing = (field: string, id: string | null, table: ReferenceCheck['table']): ReferenceCheck => ({
  field,
  id,
  table,
  live: false,
});

/** Row timestamps → record stamps. */
export const stamps = (row: { id: string; created_at: string; updated_at: string; deleted_at: string | null }) => ({
  id: row.id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});
export const stampColumns = (r: { id: string; createdAt: string; updatedAt: string; deletedAt: string | null }) => ({
  id: r.id,
  created_at: r.createdAt,
  updated_at: r.updatedAt,
  deleted_at: r.deletedAt,
});
