import type { z } from 'zod';
import { Id, type Page } from '@shared/domain/common';
import {
  type Agreement,
  AgreementDraft,
  agreementIssues,
  type AgreementListItem,
  AgreementPatch,
  AgreementQuery,
  type AgreementRenewal,
  AgreementTransition,
} from '@shared/domain/agreement';
import { allowedTransitions, canEdit, canTransition } from '@shared/domain/rules/agreementLifecycle';
import type { ValidationIssue } from '@shared/ipc/result';
import { restoreRow, softDelete } from '../db/queryHelpers';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { assertLiveOrgUnit } from '../reference/referenceService';
import { nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import {
  replaceChildren,
  writeMajors,
  writeObligations,
  writeParties,
} from './agreementChildren';
import { agreementListFilter } from './agreementListFilter';
import { renewAgreement } from './agreementRenewal';
import {
  type AgreementFields,
  findAgreement,
  insertAgreement,
  listAgreements,
  setAgreementStatus,
  updateAgreementFields,
} from './agreementRepository';
import { listItemsOf, loadAgreement } from './agreementView';
import { agreementViewContext } from './agreementViewContext';
import { isPendingRenewal, movePredecessor, mustLoad, runAgreementWrite } from './agreementWrite';
import { obligationsOf } from './obligationRepository';
import { partiesOf } from './partyRepository';

/** The agreement's own columns out of a parsed draft or a stored record. */
export function fieldsOf(a: AgreementFields): AgreementFields {
  return {
    agreementNo: a.agreementNo,
    title: a.title,
    type: a.type,
    orgUnitId: a.orgUnitId,
    signDate: a.signDate,
    startDate: a.startDate,
    endDate: a.endDate,
    autoRenew: a.autoRenew,
    noticeDays: a.noticeDays,
    amountFen: a.amountFen,
    copiesTotal: a.copiesTotal,
    copiesEach: a.copiesEach,
    notes: a.notes,
  };
}

function invalid(issues: ValidationIssue[]): DomainError {
  return new DomainError('VALIDATION', 'invalid input', { issues });
}

const withPrefix = (prefix: string, issues: { path: (string | number)[]; message: string }[]): ValidationIssue[] =>
  issues.map((i) => ({ path: [prefix, ...i.path], message: i.message }));

export function createAgreementService(ctx: ServiceContext) {
  return {
    async list(query?: z.input<typeof AgreementQuery>): Promise<Page<AgreementListItem>> {
      const q = parseInput(AgreementQuery, query ?? {});
      const view = await agreementViewContext(ctx);
      const filter = agreementListFilter(q, view.today, view.leadDays);
      const { rows, total } = await listAgreements(ctx.db, filter, q, q);
      return { items: await listItemsOf(ctx.db, rows, view), total };
    },

    async get(id: string): Promise<Agreement> {
      const agreementId = parseInput(Id, id);
      const agreement = await loadAgreement(ctx.db, agreementId, await agreementViewContext(ctx));
      if (!agreement) throw notFound('agreement', agreementId);
      return agreement;
    },

    async create(draft: AgreementDraft): Promise<Agreement> {
      const d = parseInput(AgreementDraft, draft);
      const view = await agreementViewContext(ctx);
      const id = newId();
      const stamp = nowIso(ctx);
      return runAgreementWrite(
        ctx,
        async (trx) => {
          await assertLiveOrgUnit(trx, d.orgUnitId, 'orgUnitId');
          await insertAgreement(trx, { ...fieldsOf(d), id, status: 'draft', renewalOfId: null, createdAt: stamp });
          await writeMajors(trx, id, d.majorIds);
          await writeParties(trx, id, d.parties);
          await writeObligations(trx, id, d.obligations);
          return mustLoad(trx, id, view);
        },
        () => ({ agreementNo: d.agreementNo, path: ['agreementNo'] }),
      );
    },

    /** Merges the patch; lists in the patch (majors, parties, obligations) replace the stored ones. */
    async update(input: AgreementPatch): Promise<Agreement> {
      const { id, patch } = parseInput(AgreementPatch, input);
      const { majorIds, parties, obligations, ...fieldPatch } = patch;
      const view = await agreementViewContext(ctx);
      return runAgreementWrite(
        ctx,
        async (trx) => {
          const current = await findAgreement(trx, id);
          if (!current) throw notFound('agreement', id);
          if (!canEdit(current.status)) {
            throw new DomainError('INVALID_TRANSITION', `a ${current.status} agreement cannot be edited`, {
              details: { status: current.status },
            });
          }
          const merged = mergePatch(fieldsOf(current), fieldPatch);
          const currentParties = (await partiesOf(trx, [id])).get(id) ?? [];
          const nextParties = parties ?? currentParties;
          const nextObligations = obligations ?? (parties ? await obligationsOf(trx, id) : []);
          const issues = withPrefix('patch', agreementIssues({ ...merged, parties: nextParties, obligations: nextObligations }));
          if (issues.length > 0) throw invalid(issues);
          if (merged.orgUnitId !== current.orgUnitId) await assertLiveOrgUnit(trx, merged.orgUnitId, 'orgUnitId');

          await updateAgreementFields(trx, id, merged, nowIso(ctx));
          // A partner trashed since the agreement was saved may stay on it; only new links must be live.
          const keptOrganisations = new Set(currentParties.flatMap((p) => p.organisationId ?? []));
          await replaceChildren(
            trx,
            id,
            { majorIds, parties, obligations },
            { pathPrefix: ['patch'], keptOrganisations },
          );
          return mustLoad(trx, id, view);
        },
        () => ({ agreementNo: fieldPatch.agreementNo, path: ['patch', 'agreementNo'] }),
      );
    },

    /** To the trash. A renewal still in draft or signing releases its predecessor back to 'active'. */
    async delete(id: string): Promise<{ ok: true }> {
      const agreementId = parseInput(Id, id);
      const stamp = nowIso(ctx);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await findAgreement(trx, agreementId);
        if (!current) throw notFound('agreement', agreementId);
        await softDelete(trx, 'agreement', agreementId, stamp);
        if (current.renewalOfId !== null && isPendingRenewal(current)) {
          await movePredecessor(trx, current.renewalOfId, 'renewing', 'active', stamp);
        }
        return { ok: true as const };
      });
    },

    /** Out of the trash. A pending renewal takes its predecessor back to 'renewing', if it is still free. */
    async restore(id: string): Promise<Agreement> {
      const agreementId = parseInput(Id, id);
      const stamp = nowIso(ctx);
      const view = await agreementViewContext(ctx);
      let agreementNo: string | null = null;
      return runAgreementWrite(
        ctx,
        async (trx) => {
          const current = await findAgreement(trx, agreementId, 'trashed');
          if (!current) throw notFound('agreement', agreementId);
          agreementNo = current.agreementNo;
          if (current.renewalOfId !== null && isPendingRenewal(current)) {
            const predecessor = await findAgreement(trx, current.renewalOfId, 'any');
            if (predecessor?.status !== 'active') {
              throw new DomainError('INVALID_TRANSITION', 'the agreement this one renews is no longer active', {
                details: { predecessorId: current.renewalOfId, predecessorStatus: predecessor?.status ?? null },
              });
            }
            await setAgreementStatus(trx, predecessor.id, { status: 'renewing' }, stamp);
          }
          await restoreRow(trx, 'agreement', agreementId, stamp);
          return mustLoad(trx, agreementId, view);
        },
        () => ({ agreementNo, path: ['agreementNo'] }),
      );
    },

    /**
     * A user-requested status change (see canTransition). Activating a renewal completes its
     * predecessor ('renewed'); terminating one that never became active releases it ('active').
     * Terminating records the day it ended (given, else today): reports count it until then.
     */
    async transition(input: z.input<typeof AgreementTransition>): Promise<Agreement> {
      const { id, to, reason, terminatedOn } = parseInput(AgreementTransition, input);
      const stamp = nowIso(ctx);
      const view = await agreementViewContext(ctx);
      // A termination ahead of time would drop the agreement from today's status while the
      // reports still count it: only a day up to today is accepted.
      if (terminatedOn !== undefined && terminatedOn > view.today) {
        throw invalid([{ path: ['terminatedOn'], message: 'terminatedOn.future' }]);
      }
      return ctx.db.transaction().execute(async (trx) => {
        const current = await findAgreement(trx, id);
        if (!current) throw notFound('agreement', id);
        if (!canTransition(current.status, to)) {
          throw new DomainError('INVALID_TRANSITION', `cannot go from ${current.status} to ${to}`, {
            details: { from: current.status, to, allowed: [...allowedTransitions(current.status)] },
          });
        }
        const change =
          to === 'terminated' ? { status: to, terminatedReason: reason, terminatedOn: terminatedOn ?? view.today } : { status: to };
        await setAgreementStatus(trx, id, change, stamp);
        if (current.renewalOfId !== null) {
          if (to === 'active') await movePredecessor(trx, current.renewalOfId, 'renewing', 'renewed', stamp);
          if (to === 'terminated' && isPendingRenewal(current)) {
            await movePredecessor(trx, current.renewalOfId, 'renewing', 'active', stamp);
          }
        }
        return mustLoad(trx, id, view);
      });
    },

    async renew(input: z.input<typeof AgreementRenewal>): Promise<Agreement> {
      return renewAgreement(ctx, input);
    },
  };
}

export type AgreementService = ReturnType<typeof createAgreementService>;
