import { Id } from '@shared/domain/common';
import { type FundingSource, FundingSourceDraft, FundingSourcePatch, FundingSourceQuery } from '@shared/domain/funding';
import type { z } from 'zod';
import { restoreRow, softDelete } from '../db/queryHelpers';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { isUniqueViolation } from '../reference/uniqueViolation';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import {
  findFundingSource,
  insertFundingSource,
  listFundingSources,
  updateFundingSource,
} from './fundingSourceRepository';
import { countLiveTxnsOfSource } from './fundingTxnRepository';

function nameConflict(): DomainError {
  return new DomainError('CONFLICT', 'a live funding source already has this name', {
    issues: [{ path: ['name'], message: 'fundingSource.nameTaken' }],
    details: { field: 'name' },
  });
}

async function liveSource(db: Executor, id: string): Promise<FundingSource> {
  const source = await findFundingSource(db, id);
  if (!source || source.deletedAt !== null) throw notFound('fundingSource', id);
  return source;
}

export function createFundingSourceService(ctx: ServiceContext) {
  /** Runs a write and turns the live-name unique index into a CONFLICT naming the field. */
  async function write<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error, 'funding_source.name')) throw nameConflict();
      throw error;
    }
  }

  return {
    async list(query?: z.input<typeof FundingSourceQuery>): Promise<FundingSource[]> {
      return listFundingSources(ctx.db, parseInput(FundingSourceQuery, query));
    },

    async get(id: string): Promise<FundingSource> {
      return liveSource(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof FundingSourceDraft>): Promise<FundingSource> {
      const fields = parseInput(FundingSourceDraft, draft);
      const stamp = nowIso(ctx);
      const source: FundingSource = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return write(async (trx) => {
        await insertFundingSource(trx, source);
        return source;
      });
    },

    async update(input: z.input<typeof FundingSourcePatch>): Promise<FundingSource> {
      const { id, patch } = parseInput(FundingSourcePatch, input);
      return write(async (trx) => {
        const current = await liveSource(trx, id);
        const next: FundingSource = { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
        await updateFundingSource(trx, next);
        return next;
      });
    },

    /** A source still carrying live transactions stays: trashing it would orphan R14 rows. */
    async delete(id: string): Promise<{ ok: true }> {
      const sourceId = parseInput(Id, id);
      return ctx.db.transaction().execute(async (trx) => {
        await liveSource(trx, sourceId);
        const transactions = await countLiveTxnsOfSource(trx, sourceId);
        if (transactions > 0) {
          throw new DomainError('CONFLICT', `funding source ${sourceId} still has ${transactions} live transaction(s)`, {
            details: { transactions },
          });
        }
        await softDelete(trx, 'funding_source', sourceId, nowIso(ctx));
        return { ok: true as const };
      });
    },

    async restore(id: string): Promise<FundingSource> {
      const sourceId = parseInput(Id, id);
      return write(async (trx) => {
        if (!(await restoreRow(trx, 'funding_source', sourceId, nowIso(ctx)))) throw notFound('fundingSource', sourceId);
        return liveSource(trx, sourceId);
      });
    },
  };
}

export type FundingSourceService = ReturnType<typeof createFundingSourceService>;
