import { sql } from 'kysely';
import { normalizeForMatching } from '@shared/domain/rules/normalizeText';
import type { Executor } from '../services/context';

// Read-only lookups the importers need to resolve what a spreadsheet names by text
// (a partner by USCC or name, a funding source, an agreement number, a base), and the
// duplicate lookups of entities without a service-level finder.

export async function liveContactNamed(db: Executor, organisationId: string, name: string): Promise<boolean> {
  const r = await sql<{ id: string }>`select id from contact where organisation_id = ${organisationId}
    and name = ${name} and deleted_at is null limit 1`.execute(db);
  return r.rows.length > 0;
}

export type PartnerRef = { kind: 'found'; id: string } | { kind: 'missing' } | { kind: 'ambiguous' };

/** A live partner by USCC, else by normalised name (ambiguous when several share it). */
export async function findPartnerRef(db: Executor, uscc: string | null, name: string | null): Promise<PartnerRef> {
  if (uscc) {
    const r = await sql<{ id: string }>`select id from organisation where uscc = ${uscc} and deleted_at is null`.execute(db);
    if (r.rows[0]) return { kind: 'found', id: r.rows[0].id };
  }
  if (!name) return { kind: 'missing' };
  const r = await sql<{ id: string }>`select id from organisation where name_key = ${normalizeForMatching(name)}
    and deleted_at is null limit 2`.execute(db);
  if (r.rows.length > 1) return { kind: 'ambiguous' };
  return r.rows[0] ? { kind: 'found', id: r.rows[0].id } : { kind: 'missing' };
}

async function firstRow(db: Executor, query: ReturnType<typeof sql<{ id: string; label: string }>>): Promise<{ id: string; label: string } | null> {
  const r = await query.execute(db);
  return r.rows[0] ?? null;
}

export const liveAgreementByNo = (db: Executor, no: string) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, title as label from agreement where agreement_no = ${no} and deleted_at is null`);

export const liveFundingSourceByName = (db: Executor, name: string) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, name as label from funding_source where name = ${name} and deleted_at is null`);

export const liveBaseByName = (db: Executor, name: string) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, name as label from internship_base where name = ${name} and deleted_at is null`);

export const liveCourseByCode = (db: Executor, code: string) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, name as label from joint_course where code = ${code} and deleted_at is null`);

export const liveCourseByName = (db: Executor, name: string, organisationId: string) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, name as label from joint_course where name = ${name}
    and organisation_id = ${organisationId} and deleted_at is null`);

export const liveTxnByVoucher = (db: Executor, voucherNo: string) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, voucher_no as label from funding_txn where voucher_no = ${voucherNo} and deleted_at is null`);

export const baseYearStatOf = (db: Executor, baseId: string, year: number) =>
  firstRow(db, sql<{ id: string; label: string }>`select id, cast(academic_year as text) as label from base_year_stat
    where base_id = ${baseId} and academic_year = ${year}`);
