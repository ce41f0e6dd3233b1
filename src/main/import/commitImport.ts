import { sql, type Transaction } from 'kysely';
import type { DuplicateAction, ImportEntity, ImportResult, ImportRowError } from '@shared/domain/importing';
import type { DB } from '../db/schema';
import { DomainError, toDomainError } from '../errors';
import { newId } from '../ids';
import type { JobHandle } from '../jobs/jobRegistry';
import { nowIso, type ServiceContext } from '../services/context';
import type { AnalysedRow } from './analyze';
import { insertImportBatch } from './batchRepository';
import { serviceIssues } from './entities/draftIssues';
import type { EntityDef } from './entities/entityDef';
import { createImportWriters } from './importWriters';

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
export async function commitImport(ctx: ServiceContext, plan: CommitPlan, job: JobHandle): Promise<ImportResult> {
  const errors: ImportRowError[] = [...plan.errors];
  const invalidRows = new Set(errors.map((e) => e.row));
  const duplicates = plan.rows.filter((r) => r.duplicate).length;
  const base = { created: 0, updated: 0, skipped: 0, duplicates, batchId: null };
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
      let created = 0;
      let updated = 0;
      let skipped = 0;
      const total = plan.rows.length;
      for (const [i, r] of plan.rows.entries()) {
        job.progress('importing', i, total);
        job.throwIfCancelled();
        if (r.prepared === null || invalidRows.has(r.row)) {
          skipped++;
          continue;
        }
        const action = r.duplicate ? (plan.rowActions.get(r.row) ?? plan.defaultAction) : 'create';
        const target = r.duplicate ? (r.duplicate.existingId ?? (r.duplicate.sameAsRow ? idOfRow.get(r.duplicate.sameAsRow) : undefined)) : undefined;
        if (action === 'skip' || (action === 'update' && !target)) {
          skipped++;
          continue;
        }
        if (plan.mode === 'valid-only') await sql`savepoint import_row`.execute(trx);
        try {
          if (action === 'update' && target) {
            await plan.def.update(w, r.prepared as never, target);
            idOfRow.set(r.row, target);
            updated++;
          } else {
            idOfRow.set(r.row, await plan.def.create(w, r.prepared as never));
            created++;
          }
          if (plan.mode === 'valid-only') await sql`release import_row`.execute(trx);
        } catch (error) {
          if (toDomainError(error).code === 'CANCELLED' || plan.mode === 'all-or-nothing') {
            if (plan.mode === 'all-or-nothing' && toDomainError(error).code !== 'CANCELLED') {
              throw new Rollback({ committed: false, created: 0, updated: 0, skipped: total, duplicates, errors: [...errors, ...toRowErrors(r.row, error)], batchId: null });
            }
            throw error;
          }
          await sql`rollback to import_row`.execute(trx);
          await sql`release import_row`.execute(trx);
          errors.push(...toRowErrors(r.row, error));
          skipped++;
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
        skipped,
        errors: new Set(errors.map((e) => e.row)).size,
        backupFile: plan.backupFile,
        createdAt: nowIso(ctx),
      });
      const result: ImportResult = { committed: true, created, updated, skipped, duplicates, errors, batchId };
      if (plan.dryRun) throw new Rollback({ ...result, committed: false, batchId: null });
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    if (error instanceof DomainError) throw error;
    throw toDomainError(error);
  }
}
