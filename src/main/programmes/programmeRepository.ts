import { type RawBuilder, sql } from 'kysely';
import type { Page } from '@shared/domain/common';
import type { ProgrammeDisplay } from '@shared/domain/programmeSchemas';
import type { Executor } from '../services/context';

// One repository for the eight programme tables. They share their shape (id, soft
// delete, partner / major references, link tables), so list, find, insert, update and
// trash are written once over a table description; each kind keeps its own Row mappers
// (see programmeKinds*.ts). Table and column names come only from those descriptions,
// never from input.

export type ProgrammeTableName =
  | 'internship_base'
  | 'order_class'
  | 'apprenticeship'
  | 'industry_college'
  | 'co_built_major'
  | 'part_time_teacher'
  | 'teacher_practice'
  | 'cert_1x';

export type SqlValue = string | number | null;

/** A link table from a programme row to partners or majors. */
export interface LinkTable {
  table: 'internship_base_major' | 'industry_college_partner' | 'industry_college_major' | 'cert_1x_major' | 'co_built_major_partner';
  owner: string;
  target: string;
}

/** Where a kind keeps its partner (or major): a column of its own row or a link table. */
export type RefSource = { column: string } | { link: LinkTable };

export interface TableSpec {
  table: ProgrammeTableName;
  partner: RefSource | null;
  major: RefSource | null;
  /** Column holding the 学年 / cohort year, or 'stats' for a base with figures in that 学年. */
  year: string | 'stats' | null;
  /** Text columns `q` searches, besides the partner's name. */
  textColumns: readonly string[];
}

export interface ListFilters {
  trashed: boolean;
  page: number;
  pageSize: number;
  sortColumn: string;
  sortDir: 'asc' | 'desc';
  organisationId?: string | undefined;
  majorId?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
  /** Equality filters on the kind's own columns (status, kind, level). */
  equals: readonly { column: string; value: SqlValue }[];
}

const col = (column: string): RawBuilder<unknown> => sql.ref(`t.${column}`);

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Rows of `source` pointing at `id` (column equality or a link row). */
function refersTo(source: RefSource, id: string): RawBuilder<unknown> {
  if ('column' in source) return sql`${col(source.column)} = ${id}`;
  const { table, owner, target } = source.link;
  return sql`exists (select 1 from ${sql.table(table)} l where l.${sql.ref(owner)} = t.id and l.${sql.ref(target)} = ${id})`;
}

function partnerNameMatches(source: RefSource, pattern: string): RawBuilder<unknown> {
  const named = sql`select o.id from organisation o where o.full_name like ${pattern} escape '\\'`;
  if ('column' in source) return sql`${col(source.column)} in (${named})`;
  const { table, owner, target } = source.link;
  return sql`exists (select 1 from ${sql.table(table)} l where l.${sql.ref(owner)} = t.id and l.${sql.ref(target)} in (${named}))`;
}

function whereClause(spec: TableSpec, f: ListFilters): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [f.trashed ? sql`t.deleted_at is not null` : sql`t.deleted_at is null`];
  if (f.organisationId !== undefined && spec.partner) conditions.push(refersTo(spec.partner, f.organisationId));
  if (f.majorId !== undefined && spec.major) conditions.push(refersTo(spec.major, f.majorId));
  if (f.year !== undefined && spec.year === 'stats') {
    conditions.push(sql`exists (select 1 from base_year_stat s where s.base_id = t.id and s.academic_year = ${f.year})`);
  } else if (f.year !== undefined && spec.year !== null) {
    conditions.push(sql`${col(spec.year)} = ${f.year}`);
  }
  for (const { column, value } of f.equals) conditions.push(sql`${col(column)} = ${value}`);
  if (f.q) {
    const pattern = likePattern(f.q);
    const matches = spec.textColumns.map((c) => sql`${col(c)} like ${pattern} escape '\\'`);
    if (spec.partner) matches.push(partnerNameMatches(spec.partner, pattern));
    if (matches.length > 0) conditions.push(sql`(${sql.join(matches, sql` or `)})`);
  }
  return sql.join(conditions, sql` and `);
}

/** One page of rows, newest filters applied; id breaks sort ties so paging never repeats a row. */
export async function listProgrammeRows<R>(db: Executor, spec: TableSpec, f: ListFilters): Promise<Page<R>> {
  const where = whereClause(spec, f);
  const dir = sql.raw(f.sortDir === 'desc' ? 'desc' : 'asc');
  const counted = await sql<{ total: number }>`select count(*) as total from ${sql.table(spec.table)} t where ${where}`.execute(db);
  const rows = await sql<R>`select t.* from ${sql.table(spec.table)} t where ${where}
    order by ${col(f.sortColumn)} ${dir} nulls last, t.id ${dir} limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
  return { items: rows.rows, total: Number(counted.rows[0]?.total ?? 0) };
}

export async function findProgrammeRow<R>(db: Executor, table: ProgrammeTableName, id: string): Promise<R | undefined> {
  const result = await sql<R>`select * from ${sql.table(table)} where id = ${id}`.execute(db);
  return result.rows[0];
}

export async function insertProgrammeRow(db: Executor, table: ProgrammeTableName, row: Record<string, SqlValue>): Promise<void> {
  const columns = Object.keys(row);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(columns.map((c) => row[c] ?? null))})`.execute(db);
}

/** Writes every column but id and created_at (deleted_at only changes through trash/restore). */
export async function updateProgrammeRow(db: Executor, table: ProgrammeTableName, row: Record<string, SqlValue>): Promise<void> {
  const columns = Object.keys(row).filter((c) => c !== 'id' && c !== 'created_at' && c !== 'deleted_at');
  const assignments = columns.map((c) => sql`${sql.ref(c)} = ${row[c] ?? null}`);
  await sql`update ${sql.table(table)} set ${sql.join(assignments)} where id = ${row['id'] ?? null}`.execute(db);
}

/** Moves a row into (trash = true) or out of the trash; false when it was not in the other state. */
export async function setProgrammeTrashed(
  db: Executor,
  table: ProgrammeTableName,
  id: string,
  trash: boolean,
  nowIso: string,
): Promise<boolean> {
  const result = trash
    ? await sql`update ${sql.table(table)} set deleted_at = ${nowIso}, updated_at = ${nowIso}
        where id = ${id} and deleted_at is null`.execute(db)
    : await sql`update ${sql.table(table)} set deleted_at = null, updated_at = ${nowIso}
        where id = ${id} and deleted_at is not null`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function linkedIds(db: Executor, link: LinkTable, ownerId: string): Promise<string[]> {
  const result = await sql<{ target: string }>`select ${sql.ref(link.target)} as target from ${sql.table(link.table)}
    where ${sql.ref(link.owner)} = ${ownerId} order by rowid`.execute(db);
  return result.rows.map((r) => r.target);
}

/** Makes the link rows of `ownerId` exactly `ids`, touching only the rows that change (each is audited). */
export async function replaceLinks(db: Executor, link: LinkTable, ownerId: string, ids: readonly string[]): Promise<void> {
  const current = await linkedIds(db, link, ownerId);
  const wanted = new Set(ids);
  for (const id of current.filter((c) => !wanted.has(c))) {
    await sql`delete from ${sql.table(link.table)} where ${sql.ref(link.owner)} = ${ownerId}
      and ${sql.ref(link.target)} = ${id}`.execute(db);
  }
  for (const id of ids.filter((i) => !current.includes(i))) {
    await sql`insert into ${sql.table(link.table)} (${sql.ref(link.owner)}, ${sql.ref(link.target)})
      values (${ownerId}, ${id})`.execute(db);
  }
}

async function namesOf(db: Executor, table: 'organisation' | 'major', ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const nameColumn = table === 'organisation' ? 'full_name' : 'name';
  const result = await sql<{ id: string; name: string }>`select id, ${sql.ref(nameColumn)} as name from ${sql.table(table)}
    where id in (${sql.join([...ids])})`.execute(db);
  const byId = new Map(result.rows.map((r) => [r.id, r.name]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function agreementTitle(db: Executor, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const result = await sql<{ title: string }>`select title from agreement where id = ${id}`.execute(db);
  return result.rows[0]?.title ?? null;
}

/** Partner and major names (in the order the ids were given) and the agreement title for a row. */
export async function displayOf(
  db: Executor,
  ids: { partnerIds: readonly string[]; majorIds: readonly string[]; agreementId: string | null },
): Promise<ProgrammeDisplay> {
  return {
    partnerNames: await namesOf(db, 'organisation', ids.partnerIds),
    majorNames: await namesOf(db, 'major', ids.majorIds),
    agreementTitle: await agreementTitle(db, ids.agreementId),
  };
}

/** A contact's partner, or undefined when the contact does not exist or is in the trash. */
export async function liveContactOrganisation(db: Executor, contactId: string): Promise<string | undefined> {
  const result = await sql<{ organisation_id: string }>`select organisation_id from contact
    where id = ${contactId} and deleted_at is null`.execute(db);
  return result.rows[0]?.organisation_id;
}
