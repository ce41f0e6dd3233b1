import { RecordNamesQuery, type RecordNames } from '@shared/domain/recordNames';
import { type AuditEntry, AuditQuery } from '@shared/domain/system';
import type { z } from 'zod';
import type { ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { type AuditRow, listAuditRows } from './auditRepository';
import { recordNames } from './recordNamesRepository';

type Change = AuditEntry['changes'][number];
type Snapshot = Record<string, unknown>;

// Bookkeeping every write touches; listing it would bury the real change.
const SKIPPED_COLUMNS = new Set(['created_at', 'updated_at']);
const JSON_SUFFIX = '_json';

/** The API's name for a column: camelCase, and `aliases_json` is just `aliases`. */
export function fieldNameOf(column: string): string {
  const base = column.endsWith(JSON_SUFFIX) ? column.slice(0, -JSON_SUFFIX.length) : column;
  return base.replace(/_([a-z0-9])/g, (_match, c: string) => c.toUpperCase());
}

function parseSnapshot(text: string | null): Snapshot | null {
  if (text === null) return null;
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Snapshot) : null;
}

/** JSON list columns are stored as text; history shows them as the lists they are. */
function displayValue(column: string, value: unknown): unknown {
  if (!column.endsWith(JSON_SUFFIX) || typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * Field-level changes between two snapshots. An insert lists every field it set (non-null),
 * a delete every field it removed, anything else only the fields whose value differs.
 */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): Change[] {
  const columns = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: Change[] = [];
  for (const column of columns) {
    if (SKIPPED_COLUMNS.has(column)) continue;
    const old = before?.[column] ?? null;
    const next = after?.[column] ?? null;
    // Snapshot values are SQLite scalars (json_object of columns), so === is exact.
    if (old === next) continue;
    changes.push({ field: fieldNameOf(column), before: displayValue(column, old), after: displayValue(column, next) });
  }
  return changes;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    ts: row.ts,
    actor: row.actor,
    action: row.action,
    changes: diffSnapshots(parseSnapshot(row.before_json), parseSnapshot(row.after_json)),
  };
}

export function createAuditService(ctx: ServiceContext) {
  return {
    /** The history of one row, newest first, with the fields each write changed. */
    async history(tableName: string, rowId: string): Promise<AuditEntry[]> {
      const query: z.output<typeof AuditQuery> = parseInput(AuditQuery, { tableName, rowId });
      const rows = await listAuditRows(ctx.db, query.tableName, query.rowId);
      return rows.map(toEntry);
    },

    /** Names of the records a history points at (partner, major, unit …), so it never shows ids. */
    async names(input: RecordNamesQuery): Promise<RecordNames> {
      const query = parseInput(RecordNamesQuery, input);
      const found: RecordNames = [];
      for (const ref of query.refs) {
        for (const row of await recordNames(ctx.db, ref.table, ref.ids)) found.push({ table: ref.table, ...row });
      }
      return found;
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
