import type { LinkedFunding, LinkedProgramme } from '@shared/domain/attachment';
import type { Executor } from '../services/context';

// Records that point at an agreement through their agreement_id: programmes and funding.
// Read straight from the tables (the programme services are separate) and live rows only.

export async function programmesOfAgreement(db: Executor, agreementId: string): Promise<LinkedProgramme[]> {
  const [bases, orderClasses, apprenticeships, colleges] = await Promise.all([
    db.selectFrom('internship_base').select(['id', 'name']).where('agreement_id', '=', agreementId).where('deleted_at', 'is', null).orderBy('name').execute(),
    db.selectFrom('order_class').select(['id', 'name']).where('agreement_id', '=', agreementId).where('deleted_at', 'is', null).orderBy('name').execute(),
    // An apprenticeship has no name of its own: it is named by its partner and cohort.
    db
      .selectFrom('apprenticeship as p')
      .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
      .select(['p.id', 'o.full_name', 'p.cohort_year'])
      .where('p.agreement_id', '=', agreementId)
      .where('p.deleted_at', 'is', null)
      .orderBy('o.full_name')
      .execute(),
    db.selectFrom('industry_college').select(['id', 'name']).where('agreement_id', '=', agreementId).where('deleted_at', 'is', null).orderBy('name').execute(),
  ]);
  return [
    ...bases.map((r) => ({ type: 'internship_base' as const, id: r.id, name: r.name })),
    ...orderClasses.map((r) => ({ type: 'order_class' as const, id: r.id, name: r.name })),
    ...apprenticeships.map((r) => ({
      type: 'apprenticeship' as const,
      id: r.id,
      name: r.cohort_year === null ? r.full_name : `${r.full_name} ${r.cohort_year}`,
    })),
    ...colleges.map((r) => ({ type: 'industry_college' as const, id: r.id, name: r.name })),
  ];
}

/** Funding transactions and partner contributions under the agreement, newest first. */
export async function fundingOfAgreement(db: Executor, agreementId: string): Promise<LinkedFunding[]> {
  const [txns, contributions] = await Promise.all([
    db
      .selectFrom('funding_txn')
      .select(['id', 'date', 'amount_fen', 'direction', 'summary'])
      .where('agreement_id', '=', agreementId)
      .where('deleted_at', 'is', null)
      .execute(),
    db
      .selectFrom('contribution')
      .select(['id', 'date', 'value_fen', 'kind', 'items'])
      .where('agreement_id', '=', agreementId)
      .where('deleted_at', 'is', null)
      .execute(),
  ]);
  const all: LinkedFunding[] = [
    ...txns.map((r) => ({
      type: 'funding_txn' as const,
      id: r.id,
      date: r.date,
      amountFen: r.amount_fen,
      direction: r.direction,
      summary: r.summary,
    })),
    ...contributions.map((r) => ({
      type: 'contribution' as const,
      id: r.id,
      date: r.date,
      amountFen: r.value_fen,
      kind: r.kind,
      summary: r.items,
    })),
  ];
  return all.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : b.date.localeCompare(a.date)));
}
