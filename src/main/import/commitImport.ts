import { sql, type Transaction } from 'kysely';
import type { DuplicateAction, ImportEntity, ImportResult, ImportRowError, ImportRowWarning } from '@shared/domain/importing';
import type { DB } from '../db/schema';
import { DomainError, toDomainError } from '../errors';
import { newId } from '../ids';
import type { JobHandle } from '../jobs/jobRegistry';
import { nowIso, type ServiceContext } from '../services/context';
import type { AnalysedRow, MergedWrite } from './analyze';
import { insertImportBatch } from './batchRepository';
import { serviceIssues } from './entities/draftIssues';
import type { EntityDef } from './entities/entityDef';
import { createImportWriters } from './importWriters';

const STORAGE_FAILURES: ReadonlySet<string> = new Set(['DISK_FULL', 'IO_ERROR', 'DB_BUSY', 'CORRUPT']);

export interface CommitPlan {
  entity: ImportEntity;
  def: EntityDef<never>;
  fileName: string;
  fileSha256: string;
  rows: AnalysedRow[];
  errors: ImportRowError[];
  headerOf: Map<string, string>;
  mode: 'all-or-nothing' | 'valid-only';
  defaultAction: DuplicateAction;
  rowActions: Map<number, DuplicateAction>;
  /** Rows repeating an earlier row of the file without a decision of their own. */
  fileDuplicates: 'merge' | 'skip';
  usccUnverified: 'import' | 'skip';
  usccUnverifiedRows: Map<number, 'import' | 'skip'>;
  dryRun: boolean;
  backupFile: string | null;
}

/** Thrown inside the transaction to roll it back while keeping the result. */
class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super('rollback');
  }
}

/**
 * Writes the analysed rows in ONE transaction through the entity services (their own
 * checks run again against the current data). All-or-nothing: the first row a service
 * refuses rolls everything back. Valid-only: each row has a savepoint, a refused row is
 * undone alone and reported. One import_batch row records the import as a whole.
 */
/** How each row is written: repeats merged into an earlier row, unverified USCCs, duplicates. */
async function planRows(plan: CommitPlan) {
  const invalidRows = new Set(plan.errors.map((e) => e.row));
  const byRow = new Map(plan.rows.map((r) => [r.row, r]));
  // A repeat without its own decision follows fileDuplicates; merging is only possible
  // into an earlier row that took it at analysis (both rows valid).
  const mergedRows = new Set<number>();
  for (const r of plan.rows) {
    const earlier = r.duplicate?.sameAsRow ? byRow.get(r.duplicate.sameAsRow) : undefined;
    if (!earlier?.merged?.rows.includes(r.row)) continue;
    if (!plan.rowActions.has(r.row) && plan.fileDuplicates === 'merge') mergedRows.add(r.row);
  }
  // A repeat with a decision of its own (跳过, or written on its own) is not part of the
  // merged record: when some repeats of a row merge and others do not, the merge is made
  // again from those that do (before the transaction: it prepares the rows again).
  const writes = new Map<number, MergedWrite>();
  for (const r of plan.rows) {
    if (!r.merged) continue;
    const rows = r.merged.rows.filter((n) => mergedRows.has(n));
    if (rows.length === 0) continue;
    if (rows.length === r.merged.rows.length) {
      writes.set(r.row, r.merged);
      continue;
    }
    const again = await r.merged.remerge(rows);
    // A repeat that no longer merges follows the decision for duplicates, like one that never did.
    for (const n of rows) if (!again?.rows.includes(n)) mergedRows.delete(n);
    if (again) writes.set(r.row, again);
  }
  const toWrite = (r: AnalysedRow): { prepared: unknown; warnings: ImportRowWarning[]; usccUnverified: boolean; merged: number[] } => {
    const m = writes.get(r.row);
    if (m) return { prepared: m.prepared, warnings: m.warnings, usccUnverified: m.usccUnverified, merged: m.rows };
    return { prepared: r.prepared, warnings: r.warnings, usccUnverified: r.usccUnverified, merged: [] };
  };
  const usccAction = (row: number): 'import' | 'skip' => plan.usccUnverifiedRows.get(row) ?? plan.usccUnverified;
  return { invalidRows, mergedRows, toWrite, usccAction };
}

/**
 * Writes the analysed rows in ONE transaction through the entity services (their own
 * checks run again against the current data). All-or-nothing: the first row a service
 * refuses rolls everything back. Valid-only: each row has a savepoint, a refused row is
 * undone alone and reported. One import_batch row records the import as a whole.
 */
export async function commitImport(ctx: ServiceContext, plan: CommitPlan, job: JobHandle): Promise<ImportResult> {
  const errors: ImportRowError[] = [...plan.errors];
  const { invalidRows, mergedRows, toWrite, usccAction } = await planRows(plan);
  const duplicates = plan.rows.filter((r) => r.duplicate).length;
  const base = { created: 0, updated: 0, skipped: 0, merged: 0, duplicates, batchId: null, warnings: [] };
  if (plan.mode === 'all-or-nothing' && errors.length > 0) {
    return { committed: false, ...base, skipped: plan.rows.length, errors };
  }
  const fieldOf = (path: readonly PropertyKey[]): string | null => (path.length > 0 ? String(path[0]) : null);
  const toRowErrors = (row: number, error: unknown): ImportRowError[] =>
    serviceIssues(toDomainError(error), fieldOf).map((i) => ({
      row,
      column: i.field ? (plan.headerOf.get(i.field) ?? null) : null,
      field: i.field,
      code: i.code,
      key: i.key,
      params: i.params,
    }));

  try {
    return await ctx.db.transaction().execute(async (trx: Transaction<DB>) => {
      const w = createImportWriters(ctx, trx);
      const idOfRow = new Map<number, string>();
      const warnings: ImportRowWarning[] = [];
      let created = 0;
      let updated = 0;
      let skipped = 0;
      let merged = 0;
      const total = plan.rows.length;
      for (const [i, r] of plan.rows.entries()) {
        job.progress('importing', i, total);
        job.throwIfCancelled();
        if (r.prepared === null || invalidRows.has(r.row)) {
          skipped++;
          continue;
        }
        if (mergedRows.has(r.row)) {
          // Written with the earlier row; counted once that row is written.
          continue;
        }
        const fileRepeat = r.duplicate?.sameAsRow != null;
        // A repeat that could not be merged (conflicts with no notes, an invalid first row)
        // follows the decision for all duplicates, unless repeats are to be skipped.
        const action = r.duplicate ? (plan.rowActions.get(r.row) ?? (fileRepeat && plan.fileDuplicates === 'skip' ? 'skip' : plan.defaultAction)) : 'create';
        const target = r.duplicate ? (r.duplicate.existingId ?? (r.duplicate.sameAsRow ? idOfRow.get(r.duplicate.sameAsRow) : undefined)) : undefined;
        const write = toWrite(r);
        if (action === 'skip' || (action === 'update' && !target) || (write.usccUnverified && usccAction(r.row) === 'skip')) {
          skipped += 1 + write.merged.length;
          continue;
        }
        const prepared = (write.usccUnverified && plan.def.withUsccOverride ? plan.def.withUsccOverride(write.prepared as never) : write.prepared) as never;
        if (plan.mode === 'valid-only') await sql`savepoint import_row`.execute(trx);
        try {
          if (action === 'update' && target) {
            await plan.def.update(w, prepared, target);
            idOfRow.set(r.row, target);
            updated++;
          } else {
            idOfRow.set(r.row, await plan.def.create(w, prepared));
            created++;
          }
          for (const n of write.merged) idOfRow.set(n, idOfRow.get(r.row) as string);
          merged += write.merged.length;
          warnings.push(...write.warnings);
          if (plan.mode === 'valid-only') await sql`release import_row`.execute(trx);
        } catch (error) {
          const code = toDomainError(error).code;
          // Cancel, a full disk, a busy or damaged database stop the whole import with that error:
          // they are not a row's fault (and SQLite may already have rolled everything back).
          if (code === 'CANCELLED' || STORAGE_FAILURES.has(code)) throw error;
          if (plan.mode === 'all-or-nothing') {
            throw new Rollback({ committed: false, ...base, skipped: total, errors: [...errors, ...toRowErrors(r.row, error)] });
          }
          await sql`rollback to import_row`.execute(trx);
          await sql`release import_row`.execute(trx);
          errors.push(...toRowErrors(r.row, error));
          skipped += 1 + write.merged.length;
        }
      }
      job.progress('importing', total, total);
      const batchId = newId();
      await insertImportBatch(trx, {
        id: batchId,
        entity: plan.entity,
        fileName: plan.fileName,
        fileSha256: plan.fileSha256,
        mode: plan.mode,
        created,
        updated,
        // Merged repeats were written as part of their earlier row: not skipped, not created.
        skipped,
        errors: new Set(errors.map((e) => e.row)).size,
        backupFile: plan.backupFile,
        createdAt: nowIso(ctx),
      });
      const result: ImportResult = { committed: true, created, updated, skipped, merged, duplicates, errors, warnings, batchId };
      if (plan.dryRun) throw new Rollback({ ...result, committed: false, batchId: null });
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    if (error instanceof DomainError) throw error;
    throw toDomainError(error);
  }
}
