import type { ValidationIssue } from '@shared/ipc/result';
import { DomainError } from '../errors';
import { rowExists } from '../funding/linkedRowRepository';
import { newId } from '../ids';
import type { Executor } from '../services/context';
import { deleteAgreementMajors, existingMajorIds, insertAgreementMajors } from './agreementMajorRepository';
import { deleteObligations, insertObligations, type ObligationFields } from './obligationRepository';
import { deleteParties, insertParty, type PartyFields } from './partyRepository';

// Writes an agreement's majors, parties and obligations, checking what they point at.
// Callers run these inside their transaction, so a failure part-way leaves nothing behind.

function invalid(message: string, issues: ValidationIssue[], details?: Record<string, unknown>): DomainError {
  return new DomainError('VALIDATION', message, { issues, ...(details ? { details } : {}) });
}

export async function writeMajors(
  trx: Executor,
  agreementId: string,
  majorIds: readonly string[],
  pathPrefix: readonly string[] = [],
): Promise<void> {
  const unique = [...new Set(majorIds)];
  const existing = await existingMajorIds(trx, unique);
  const issues = majorIds.flatMap((id, i) =>
    existing.has(id) ? [] : [{ path: [...pathPrefix, 'majorIds', i], message: 'reference.notFound' }],
  );
  if (issues.length > 0) throw invalid('majors not found', issues);
  await insertAgreementMajors(trx, agreementId, unique);
}

export interface ChildWriteOptions {
  /** Where the lists sit in the caller's input: [] for a draft, ['patch'] for an update. */
  pathPrefix?: readonly string[];
  /** Partners already on the agreement: they may stay even if trashed since. */
  keptOrganisations?: ReadonlySet<string>;
}

/**
 * Inserts parties one by one, checking each partner as it goes: a trashed or missing partner
 * stops the write at that party, and the caller's transaction undoes the ones before it.
 */
export async function writeParties(
  trx: Executor,
  agreementId: string,
  parties: readonly PartyFields[],
  options: ChildWriteOptions = {},
): Promise<void> {
  const pathPrefix = options.pathPrefix ?? [];
  for (const [i, party] of parties.entries()) {
    const orgId = party.organisationId;
    const kept = orgId !== null && options.keptOrganisations?.has(orgId) === true;
    if (orgId !== null && !kept && !(await rowExists(trx, 'organisation', orgId, { live: true }))) {
      throw invalid(
        'party organisation missing or in the trash',
        [{ path: [...pathPrefix, 'parties', i, 'organisationId'], message: 'party.organisationMissing' }],
        { organisationId: orgId },
      );
    }
    await insertParty(trx, agreementId, { ...party, id: newId() });
  }
}

export async function writeObligations(
  trx: Executor,
  agreementId: string,
  obligations: readonly ObligationFields[],
): Promise<void> {
  await insertObligations(
    trx,
    agreementId,
    obligations.map((o) => ({ ...o, id: newId() })),
  );
}

/** Replaces whichever of the three lists the update carries; the others stay as they are. */
export async function replaceChildren(
  trx: Executor,
  agreementId: string,
  lists: { majorIds?: readonly string[]; parties?: readonly PartyFields[]; obligations?: readonly ObligationFields[] },
  options: ChildWriteOptions = {},
): Promise<void> {
  if (lists.majorIds !== undefined) {
    await deleteAgreementMajors(trx, agreementId);
    await writeMajors(trx, agreementId, lists.majorIds, options.pathPrefix);
  }
  if (lists.parties !== undefined) {
    await deleteParties(trx, agreementId);
    await writeParties(trx, agreementId, lists.parties, options);
  }
  if (lists.obligations !== undefined) {
    await deleteObligations(trx, agreementId);
    await writeObligations(trx, agreementId, lists.obligations);
  }
}
