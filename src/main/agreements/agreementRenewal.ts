import type { z } from 'zod';
import { type Agreement, AgreementRenewal } from '@shared/domain/agreement';
import { allowedTransitions, canRenew } from '@shared/domain/rules/agreementLifecycle';
import { addDays } from '@shared/format/dates';
import { copyAgreementClauses } from '../documents/documentClauseRepository';
import { mergeValuesJsonOf, writeMergeValuesJson } from '../documents/data/documentFieldQueries';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { nowIso, type ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { writeMajors, writeObligations, writeParties } from './agreementChildren';
import { majorIdsOf } from './agreementMajorRepository';
import { type AgreementRecord, findAgreement, insertAgreement, setAgreementStatus } from './agreementRepository';
import { agreementViewContext } from './agreementViewContext';
import { mustLoad, runAgreementWrite } from './agreementWrite';
import { obligationsOf } from './obligationRepository';
import { partiesOf } from './partyRepository';

type RenewalInput = z.output<typeof AgreementRenewal>;

/** The successor's term: it starts the day after the old one ends unless told otherwise. */
function renewalTerm(old: AgreementRecord, input: RenewalInput): { startDate: string; endDate: string } {
  const startDate = input.newStartDate ?? (old.endDate === null ? null : addDays(old.endDate, 1));
  if (startDate === null) throw fieldError('newStartDate', 'renewal.startRequired');
  if (input.newEndDate < startDate) throw fieldError('newEndDate', 'endDate.beforeStart');
  return { startDate, endDate: input.newEndDate };
}

/**
 * Renews an agreement in force: in one transaction the old one goes to 'renewing' and a draft
 * successor is written, pre-filled from it (same partners, roles, majors and obligations, with
 * signatures, seals and completion cleared). Activating the successor later marks the old one
 * 'renewed' (agreementService.transition).
 */
export async function renewAgreement(ctx: ServiceContext, input: z.input<typeof AgreementRenewal>): Promise<Agreement> {
  const parsed = parseInput(AgreementRenewal, input);
  const view = await agreementViewContext(ctx);
  const stamp = nowIso(ctx);
  const id = newId();
  return runAgreementWrite(
    ctx,
    async (trx) => {
      const old = await findAgreement(trx, parsed.agreementId);
      if (!old) throw notFound('agreement', parsed.agreementId);
      if (!canRenew(old.status)) {
        throw new DomainError('INVALID_TRANSITION', `a ${old.status} agreement cannot be renewed`, {
          details: { from: old.status, to: 'renewing', allowed: [...allowedTransitions(old.status)] },
        });
      }
      const term = renewalTerm(old, parsed);
      await setAgreementStatus(trx, old.id, { status: 'renewing' }, stamp);
      await insertAgreement(trx, {
        id,
        agreementNo: parsed.agreementNo,
        title: old.title,
        type: old.type,
        orgUnitId: old.orgUnitId,
        signDate: null,
        ...term,
        autoRenew: old.autoRenew,
        noticeDays: old.noticeDays,
        amountFen: old.amountFen,
        copiesTotal: old.copiesTotal,
        copiesEach: old.copiesEach,
        notes: null,
        status: 'draft',
        renewalOfId: old.id,
        createdAt: stamp,
      });
      await writeMajors(trx, id, (await majorIdsOf(trx, [old.id])).get(old.id) ?? []);
      const parties = (await partiesOf(trx, [old.id])).get(old.id) ?? [];
      await writeParties(
        trx,
        id,
        parties.map((p) => ({ ...p, signedDate: null, sealed: false })),
      );
      // The document's fill-in values (培养人数, chosen contacts …) and the agreement's own clause
      // wording carry over, so the renewed agreement's document needs no retyping.
      await writeMergeValuesJson(trx, id, (await mergeValuesJsonOf(trx, old.id)) ?? '{}', stamp);
      await copyAgreementClauses(trx, old.id, id, stamp);
      const obligations = await obligationsOf(trx, old.id);
      await writeObligations(
        trx,
        id,
        obligations.map((o) => ({ ...o, doneAt: null })),
      );
      return mustLoad(trx, id, view);
    },
    () => ({ agreementNo: parsed.agreementNo, path: ['agreementNo'] }),
  );
}
