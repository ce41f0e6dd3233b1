import { Id, type Page } from '@shared/domain/common';
import { type FundingTxn, FundingTxnDraft, FundingTxnPatch, FundingTxnQuery } from '@shared/domain/funding';
import type { z } from 'zod';
import { restoreRow, softDelete } from '../db/queryHelpers';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { findFundingSource } from './fundingSourceRepository';
import { findFundingTxn, insertFundingTxn, listFundingTxns, updateFundingTxn } from './fundingTxnRepository';
import { parseMergedDraft } from './mergedDraft';
import { assertReferences, idIfChanged, type ProgrammeCheck, type ReferenceCheck } from './referenceGuard';

interface TxnRefs {
  sourceId: string | null;
  agreementId: string | null;
}

// Money can only be booked against a live source and a live agreement.
function referenceChecks(ids: TxnRefs): ReferenceCheck[] {
  return [
    { field: 'sourceId', id: ids.sourceId, table: 'funding_source', live: true },
    { field: 'agreementId', id: ids.agreementId, table: 'agreement', live: true },
  ];
}

function programmeCheck(txn: Pick<FundingTxn, 'programmeType' | 'programmeId'>): ProgrammeCheck {
  return { field: 'programmeId', type: txn.programmeType, id: txn.programmeId };
}

function draftOf(txn: FundingTxn): z.input<typeof FundingTxnDraft> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = txn;
  return fields;
}

async function liveTxn(db: Executor, id: string): Promise<FundingTxn> {
  const txn = await findFundingTxn(db, id);
  if (!txn || txn.deletedAt !== null) throw notFound('fundingTxn', id);
  return txn;
}

export function createFundingTxnService(ctx: ServiceContext) {
  return {
    async list(query?: z.input<typeof FundingTxnQuery>): Promise<Page<FundingTxn>> {
      return listFundingTxns(ctx.db, parseInput(FundingTxnQuery, query ?? {}));
    },

    async get(id: string): Promise<FundingTxn> {
      return liveTxn(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof FundingTxnDraft>): Promise<FundingTxn> {
      const fields = parseInput(FundingTxnDraft, draft);
      const stamp = nowIso(ctx);
      const txn: FundingTxn = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return ctx.db.transaction().execute(async (trx) => {
        await assertReferences(trx, referenceChecks(txn), { programme: programmeCheck(txn) });
        await insertFundingTxn(trx, txn);
        return txn;
      });
    },

    async update(input: z.input<typeof FundingTxnPatch>): Promise<FundingTxn> {
      const { id, patch } = parseInput(FundingTxnPatch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await liveTxn(trx, id);
        const merged = mergePatch(current, patch);
        const next: FundingTxn = { ...merged, ...parseMergedDraft(FundingTxnDraft, draftOf(merged)), updatedAt: nowIso(ctx) };
        const programmeChanged =
          current.programmeType !== next.programmeType || current.programmeId !== next.programmeId;
        await assertReferences(
          trx,
          referenceChecks({
            sourceId: idIfChanged(current, next, 'sourceId'),
            agreementId: idIfChanged(current, next, 'agreementId'),
          }),
          { pathPrefix: ['patch'], ...(programmeChanged ? { programme: programmeCheck(next) } : {}) },
        );
        await updateFundingTxn(trx, next);
        return next;
      });
    },

    async delete(id: string): Promise<{ ok: true }> {
      const txnId = parseInput(Id, id);
      if (!(await softDelete(ctx.db, 'funding_txn', txnId, nowIso(ctx)))) throw notFound('fundingTxn', txnId);
      return { ok: true };
    },

    /** Refused while the source is in the trash: a trashed source must not carry live money. */
    async restore(id: string): Promise<FundingTxn> {
      const txnId = parseInput(Id, id);
      return ctx.db.transaction().execute(async (trx) => {
        const txn = await findFundingTxn(trx, txnId);
        if (!txn || txn.deletedAt === null) throw notFound('fundingTxn', txnId);
        const source = await findFundingSource(trx, txn.sourceId);
        if (!source || source.deletedAt !== null) {
          throw new DomainError('CONFLICT', `funding source ${txn.sourceId} is in the trash; restore it first`, {
            details: { field: 'sourceId', sourceId: txn.sourceId },
          });
        }
        await restoreRow(trx, 'funding_txn', txnId, nowIso(ctx));
        return liveTxn(trx, txnId);
      });
    },
  };
}

export type FundingTxnService = ReturnType<typeof createFundingTxnService>;
