import type { Transaction } from 'kysely';
import type { Agreement } from '@shared/domain/agreement';
import type { DB } from '../db/schema';
import { DomainError, notFound } from '../errors';
import { isUniqueViolation } from '../reference/uniqueViolation';
import type { Executor, ServiceContext } from '../services/context';
import {
  type AgreementStatus,
  findAgreement,
  findLiveAgreementIdByNo,
  setAgreementStatus,
} from './agreementRepository';
import { loadAgreement, type ViewContext } from './agreementView';

// Pieces every agreement write shares: the transaction with its CONFLICT translation, the
// read-back of the result, and the predecessor bookkeeping of renewals.

export interface NumberInUse {
  agreementNo: string | null | undefined;
  /** Where the number sits in the caller's input, so the form can mark the field. */
  path: (string | number)[];
}

/**
 * Runs `work` in one transaction. The partial unique index on agreement_no is the real guard
 * (two writers cannot both pass a pre-check); its violation becomes a CONFLICT naming the
 * field and the agreement that holds the number.
 */
export async function runAgreementWrite<T>(
  ctx: ServiceContext,
  work: (trx: Transaction<DB>) => Promise<T>,
  numberInUse: () => NumberInUse,
): Promise<T> {
  try {
    return await ctx.db.transaction().execute(work);
  } catch (error) {
    if (!isUniqueViolation(error, 'agreement.agreement_no')) throw error;
    const { agreementNo, path } = numberInUse();
    const existingId = agreementNo ? await findLiveAgreementIdByNo(ctx.db, agreementNo) : undefined;
    throw new DomainError('CONFLICT', 'another live agreement already has this number', {
      issues: [{ path, message: 'agreementNo.duplicate' }],
      details: { field: 'agreementNo', agreementNo, existingId },
      cause: error,
    });
  }
}

export async function mustLoad(trx: Executor, id: string, view: ViewContext): Promise<Agreement> {
  const agreement = await loadAgreement(trx, id, view);
  if (!agreement) throw notFound('agreement', id);
  return agreement;
}

/** A renewal still on its way (draft or signing): its predecessor waits in 'renewing'. */
export function isPendingRenewal(a: { renewalOfId: string | null; status: AgreementStatus }): boolean {
  return a.renewalOfId !== null && (a.status === 'draft' || a.status === 'signing');
}

/**
 * Moves the predecessor from `from` to `to`, and only from there: one that was meanwhile
 * terminated, say, keeps its status.
 */
export async function movePredecessor(
  trx: Executor,
  predecessorId: string,
  from: AgreementStatus,
  to: AgreementStatus,
  stamp: string,
): Promise<void> {
  const predecessor = await findAgreement(trx, predecessorId, 'any');
  if (predecessor?.status === from) await setAgreementStatus(trx, predecessorId, { status: to }, stamp);
}
