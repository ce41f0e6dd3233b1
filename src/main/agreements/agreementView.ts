import type { Agreement, AgreementListItem, Party } from '@shared/domain/agreement';
import { effectiveStatus } from '@shared/domain/rules/agreementLifecycle';
import type { Executor } from '../services/context';
import { majorIdsOf } from './agreementMajorRepository';
import { type AgreementRecord, findAgreement, successorIdsOf } from './agreementRepository';
import { obligationsOf } from './obligationRepository';
import { partiesOf, type PartyRecord } from './partyRepository';

// Builds the API shapes (Agreement, AgreementListItem) from the stored rows: party names,
// majors, the renewal chain and the status the user sees today.

/** What the views need beyond the rows: today's date and two settings. */
export interface ViewContext {
  today: string;
  leadDays: readonly number[];
  /** The college profile's full name, for a school party entered without a name. */
  collegeName: string | null;
}

/** A school party with neither a partner link nor a name stands for the college itself. */
export const SCHOOL_FALLBACK_NAME = '本校';

export function partyName(p: PartyRecord, collegeName: string | null): string {
  if (p.organisationId !== null && p.organisationName !== null) return p.organisationName;
  if (p.displayName !== null) return p.displayName;
  return p.partyType === 'school' ? (collegeName ?? SCHOOL_FALLBACK_NAME) : '';
}

function toParty(p: PartyRecord, collegeName: string | null): Party {
  return {
    id: p.id,
    role: p.role,
    partyType: p.partyType,
    organisationId: p.organisationId,
    displayName: p.displayName,
    uscc: p.uscc,
    legalRepresentative: p.legalRepresentative,
    address: p.address,
    signatory: p.signatory,
    signedDate: p.signedDate,
    sealed: p.sealed,
    name: partyName(p, collegeName),
  };
}

function toListItem(
  r: AgreementRecord,
  related: { parties: PartyRecord[]; majorIds: string[]; renewedById: string | null },
  view: ViewContext,
): AgreementListItem {
  return {
    id: r.id,
    agreementNo: r.agreementNo,
    title: r.title,
    type: r.type,
    orgUnitId: r.orgUnitId,
    majorIds: related.majorIds,
    signDate: r.signDate,
    startDate: r.startDate,
    endDate: r.endDate,
    autoRenew: r.autoRenew,
    noticeDays: r.noticeDays,
    amountFen: r.amountFen,
    copiesTotal: r.copiesTotal,
    copiesEach: r.copiesEach,
    status: r.status,
    effectiveStatus: effectiveStatus(r.status, r.endDate, view.today, view.leadDays),
    renewalOfId: r.renewalOfId,
    renewedById: related.renewedById,
    terminatedReason: r.terminatedReason,
    terminatedOn: r.terminatedOn,
    parties: related.parties.map((p) => toParty(p, view.collegeName)),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
  };
}

/** A page of list items; parties, majors and successors come in one query each, not one per row. */
export async function listItemsOf(
  db: Executor,
  records: readonly AgreementRecord[],
  view: ViewContext,
): Promise<AgreementListItem[]> {
  const ids = records.map((r) => r.id);
  const parties = await partiesOf(db, ids);
  const majors = await majorIdsOf(db, ids);
  const successors = await successorIdsOf(db, ids);
  return records.map((r) =>
    toListItem(
      r,
      { parties: parties.get(r.id) ?? [], majorIds: majors.get(r.id) ?? [], renewedById: successors.get(r.id) ?? null },
      view,
    ),
  );
}

/** The full agreement, or undefined when there is no such row in the requested state. */
export async function loadAgreement(
  db: Executor,
  id: string,
  view: ViewContext,
  which: 'live' | 'any' = 'live',
): Promise<Agreement | undefined> {
  const record = await findAgreement(db, id, which);
  if (!record) return undefined;
  const [item] = await listItemsOf(db, [record], view);
  if (!item) return undefined;
  const obligations = await obligationsOf(db, id);
  return { ...item, notes: record.notes, obligations };
}
