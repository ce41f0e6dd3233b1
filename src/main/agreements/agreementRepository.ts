import { sql, type Selectable } from 'kysely';
import type { AGREEMENT_STATUSES, AGREEMENT_TYPES } from '@shared/domain/enums';
import type { AgreementTable } from '../db/tables/agreements';
import { likeContains, paginate } from '../db/queryHelpers';
import type { Executor } from '../services/context';

type Row = Selectable<AgreementTable>;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The agreement's own columns, camelCase: what a draft or a patch can set. */
export interface AgreementFields {
  agreementNo: string | null;
  title: string;
  type: (typeof AGREEMENT_TYPES)[number];
  orgUnitId: string | null;
  signDate: string | null;
  startDate: string | null;
  endDate: string | null;
  autoRenew: boolean;
  noticeDays: number | null;
  amountFen: number | null;
  copiesTotal: number | null;
  copiesEach: number | null;
  notes: string | null;
}

export interface AgreementRecord extends AgreementFields {
  id: string;
  status: AgreementStatus;
  renewalOfId: string | null;
  terminatedReason: string | null;
  /** The day a terminated agreement ended (reports count it until then); null otherwise. */
  terminatedOn: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

function fromRow(r: Row): AgreementRecord {
  return {
    id: r.id,
    agreementNo: r.agreement_no,
    title: r.title,
    type: r.type,
    orgUnitId: r.org_unit_id,
    signDate: r.sign_date,
    startDate: r.start_date,
    endDate: r.end_date,
    autoRenew: r.auto_renew === 1,
    noticeDays: r.notice_days,
    amountFen: r.amount_fen,
    copiesTotal: r.copies_total,
    copiesEach: r.copies_each,
    notes: r.notes,
    status: r.status,
    renewalOfId: r.renewal_of_id,
    terminatedReason: r.terminated_reason,
    terminatedOn: r.terminated_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** The columns AgreementFields covers; status, renewal link and documents have their own writers. */
type FieldsRow = Omit<
  Row,
  | 'id'
  | 'status'
  | 'renewal_of_id'
  | 'template_id'
  | 'merge_values_json'
  | 'signed_scan_attachment_id'
  | 'terminated_reason'
  | 'terminated_on'
  | 'created_at'
  | 'updated_at'
  | 'deleted_at'
>;

function toRow(f: AgreementFields): FieldsRow {
  return {
    agreement_no: f.agreementNo,
    title: f.title,
    type: f.type,
    org_unit_id: f.orgUnitId,
    sign_date: f.signDate,
    start_date: f.startDate,
    end_date: f.endDate,
    auto_renew: f.autoRenew ? 1 : 0,
    notice_days: f.noticeDays,
    amount_fen: f.amountFen,
    copies_total: f.copiesTotal,
    copies_each: f.copiesEach,
    notes: f.notes,
  };
}

export async function insertAgreement(
  db: Executor,
  a: AgreementFields & { id: string; status: AgreementStatus; renewalOfId: string | null; createdAt: string },
): Promise<void> {
  await db
    .insertInto('agreement')
    .values({
      ...toRow(a),
      id: a.id,
      status: a.status,
      renewal_of_id: a.renewalOfId,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      deleted_at: null,
    })
    .execute();
}

/** Writes every field: the service has already merged a patch onto the current row. */
export async function updateAgreementFields(
  db: Executor,
  id: string,
  fields: AgreementFields,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('agreement')
    .set({ ...toRow(fields), updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

export async function setAgreementStatus(
  db: Executor,
  id: string,
  change: { status: AgreementStatus; terminatedReason?: string | null; terminatedOn?: string | null },
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('agreement')
    .set({
      status: change.status,
      ...(change.terminatedReason === undefined ? {} : { terminated_reason: change.terminatedReason }),
      ...(change.terminatedOn === undefined ? {} : { terminated_on: change.terminatedOn }),
      updated_at: updatedAt,
    })
    .where('id', '=', id)
    .execute();
}

/** `which`: 'live' rows only, 'trashed' rows only, or 'any'. */
export async function findAgreement(
  db: Executor,
  id: string,
  which: 'live' | 'trashed' | 'any' = 'live',
): Promise<AgreementRecord | undefined> {
  let qb = db.selectFrom('agreement').selectAll().where('id', '=', id);
  if (which === 'live') qb = qb.where('deleted_at', 'is', null);
  if (which === 'trashed') qb = qb.where('deleted_at', 'is not', null);
  const row = await qb.executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findLiveAgreementIdByNo(db: Executor, agreementNo: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('agreement')
    .select('id')
    .where('agreement_no', '=', agreementNo)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/**
 * For each id, the live successor that renews it (ignoring terminated attempts, which
 * no longer renew anything); the newest one wins if there were several.
 */
export async function successorIdsOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('agreement')
    .select(['id', 'renewal_of_id'])
    .where('renewal_of_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .where('status', '<>', 'terminated')
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  for (const r of rows) if (r.renewal_of_id !== null) out.set(r.renewal_of_id, r.id);
  return out;
}

export interface AgreementListFilter {
  q?: string;
  organisationId?: string;
  type?: AgreementFields['type'];
  orgUnitId?: string;
  majorId?: string;
  statuses?: readonly AgreementStatus[];
  /** Inclusive bounds on end_date; an agreement without an end date never matches a bound. */
  endDateFrom?: string;
  endDateTo?: string;
  trashed: boolean;
}

const SORT_COLUMNS = {
  endDate: 'end_date',
  startDate: 'start_date',
  title: 'title',
  updatedAt: 'updated_at',
  agreementNo: 'agreement_no',
} as const;
export type AgreementSortKey = keyof typeof SORT_COLUMNS;

export async function listAgreements(
  db: Executor,
  filter: AgreementListFilter,
  order: { sortBy: AgreementSortKey; sortDir: 'asc' | 'desc' },
  paging: { page: number; pageSize: number },
): Promise<{ rows: AgreementRecord[]; total: number }> {
  let qb = db
    .selectFrom('agreement as a')
    .selectAll('a')
    .where('a.deleted_at', filter.trashed ? 'is not' : 'is', null);

  if (filter.q) {
    const pattern = likeContains(filter.q);
    qb = qb.where(
      (eb) => sql<boolean>`(${eb.ref('a.title')} like ${pattern} escape '\\'
        or ${eb.ref('a.agreement_no')} like ${pattern} escape '\\'
        or exists (select 1 from agreement_party p left join organisation o on o.id = p.organisation_id
          where p.agreement_id = a.id
            and (p.display_name like ${pattern} escape '\\' or o.full_name like ${pattern} escape '\\')))`,
    );
  }
  if (filter.organisationId !== undefined) {
    const orgId = filter.organisationId;
    qb = qb.where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement_party as p')
          .select(sql`1`.as('one'))
          .whereRef('p.agreement_id', '=', 'a.id')
          .where('p.organisation_id', '=', orgId),
      ),
    );
  }
  if (filter.majorId !== undefined) {
    const majorId = filter.majorId;
    qb = qb.where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement_major as m')
          .select(sql`1`.as('one'))
          .whereRef('m.agreement_id', '=', 'a.id')
          .where('m.major_id', '=', majorId),
      ),
    );
  }
  if (filter.type !== undefined) qb = qb.where('a.type', '=', filter.type);
  if (filter.orgUnitId !== undefined) qb = qb.where('a.org_unit_id', '=', filter.orgUnitId);
  if (filter.statuses !== undefined) {
    // An empty set matches nothing (IN () is not valid SQL).
    qb = filter.statuses.length === 0 ? qb.where(sql<boolean>`0`) : qb.where('a.status', 'in', filter.statuses);
  }
  if (filter.endDateFrom !== undefined) qb = qb.where('a.end_date', '>=', filter.endDateFrom);
  if (filter.endDateTo !== undefined) qb = qb.where('a.end_date', '<=', filter.endDateTo);

  const sorted = qb
    .orderBy(`a.${SORT_COLUMNS[order.sortBy]}`, order.sortDir)
    .orderBy('a.id', order.sortDir);
  const { rows, total } = await paginate(sorted, paging.page, paging.pageSize);
  return { rows: rows.map(fromRow), total };
}
