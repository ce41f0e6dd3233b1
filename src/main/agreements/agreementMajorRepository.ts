import type { Executor } from '../services/context';

// agreement_major: the majors (专业) an agreement serves. Rows carry no data of their own,
// so a change replaces the set.

export async function insertAgreementMajors(
  db: Executor,
  agreementId: string,
  majorIds: readonly string[],
): Promise<void> {
  if (majorIds.length === 0) return;
  await db
    .insertInto('agreement_major')
    .values(majorIds.map((majorId) => ({ agreement_id: agreementId, major_id: majorId })))
    .execute();
}

export async function deleteAgreementMajors(db: Executor, agreementId: string): Promise<void> {
  await db.deleteFrom('agreement_major').where('agreement_id', '=', agreementId).execute();
}

export async function majorIdsOf(db: Executor, agreementIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(agreementIds.map((id) => [id, []]));
  if (agreementIds.length === 0) return out;
  const rows = await db
    .selectFrom('agreement_major')
    .select(['agreement_id', 'major_id'])
    .where('agreement_id', 'in', agreementIds)
    .orderBy('agreement_id')
    .orderBy('major_id')
    .execute();
  for (const r of rows) out.get(r.agreement_id)?.push(r.major_id);
  return out;
}

/** Which of `ids` exist as majors, trashed or not. */
export async function existingMajorIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('major').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
