import type { AgreementStatus } from './agreementRepository';
import type { Executor } from '../services/context';

export interface ChainRow {
  id: string;
  agreementNo: string | null;
  title: string;
  status: AgreementStatus;
  startDate: string | null;
  endDate: string | null;
  renewalOfId: string | null;
  deletedAt: string | null;
}

// A chain is short (one version per term); the bound only guards against a corrupt cycle.
const MAX_VERSIONS = 200;

async function chainRow(db: Executor, id: string): Promise<ChainRow | undefined> {
  const r = await db
    .selectFrom('agreement')
    .select(['id', 'agreement_no', 'title', 'status', 'start_date', 'end_date', 'renewal_of_id', 'deleted_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        agreementNo: r.agreement_no,
        title: r.title,
        status: r.status,
        startDate: r.start_date,
        endDate: r.end_date,
        renewalOfId: r.renewal_of_id,
        deletedAt: r.deleted_at,
      }
    : undefined;
}

/**
 * The successor shown after `id`: a live one that is not a terminated attempt if there is
 * one (the same choice as successorIdsOf), else the newest live attempt.
 */
async function successorOf(db: Executor, id: string): Promise<string | undefined> {
  const rows = await db
    .selectFrom('agreement')
    .select(['id', 'status'])
    .where('renewal_of_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return (rows.find((r) => r.status !== 'terminated') ?? rows[0])?.id;
}

/**
 * Every version of the agreement, oldest first: walks renewal_of_id back to the first
 * version and successors forward to the newest. Undefined if `id` does not exist.
 */
export async function renewalChainOf(db: Executor, id: string): Promise<{ versions: ChainRow[]; current: number } | undefined> {
  const start = await chainRow(db, id);
  if (!start) return undefined;
  const seen = new Set([start.id]);
  const before: ChainRow[] = [];
  for (let r = start; r.renewalOfId !== null && seen.size < MAX_VERSIONS; ) {
    const previous = await chainRow(db, r.renewalOfId);
    if (!previous || seen.has(previous.id)) break;
    seen.add(previous.id);
    before.unshift(previous);
    r = previous;
  }
  const after: ChainRow[] = [];
  for (let nextId = await successorOf(db, start.id); nextId !== undefined && !seen.has(nextId) && seen.size < MAX_VERSIONS; ) {
    const next = await chainRow(db, nextId);
    if (!next) break;
    seen.add(next.id);
    after.push(next);
    nextId = await successorOf(db, next.id);
  }
  return { versions: [...before, start, ...after], current: before.length };
}
