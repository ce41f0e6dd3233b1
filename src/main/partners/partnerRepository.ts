import { type Insertable, type Selectable, sql } from 'kysely';
import type { Partner, PartnerQuery } from '@shared/domain/partner';
import type { Page } from '@shared/domain/common';
import type { z } from 'zod';
import type { OrganisationTable } from '../db/tables/partners';
import { likeContains, paginate, restoreRow, softDelete } from '../db/queryHelpers';
import type { Executor } from '../services/context';
import { type NameKeyColumn, withNameKey } from '../search/nameKeyColumn';

type Row = Selectable<OrganisationTable>;
type ParsedQuery = z.output<typeof PartnerQuery>;

/** JSON list columns hold string arrays (CHECKed as arrays); anything else reads as empty. */
function parseStringArray(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function fromRow(row: Row): Partner {
  return {
    id: row.id,
    kind: row.kind,
    fullName: row.full_name,
    uscc: row.uscc,
    usccCheckOverridden: row.uscc_check_overridden === 1,
    aliases: parseStringArray(row.aliases_json),
    industrySection: row.industry_section,
    industryDivision: row.industry_division,
    industryCode: row.industry_code,
    size: row.size,
    nature: row.nature,
    regionCode: row.region_code,
    regionName: row.region_name,
    address: row.address,
    website: row.website,
    legalRepresentative: row.legal_representative,
    employeeCount: row.employee_count,
    cjrhLevel: row.cjrh_level,
    status: row.status,
    source: row.source,
    ownerOrgUnitId: row.owner_org_unit_id,
    tags: parseStringArray(row.tags_json),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(partner: Partner): Insertable<OrganisationTable> & NameKeyColumn {
  // name_key follows full_name on every insert and update (duplicate check, migration 0006).
  return withNameKey({
    id: partner.id,
    kind: partner.kind,
    full_name: partner.fullName,
    uscc: partner.uscc,
    uscc_check_overridden: partner.usccCheckOverridden ? 1 : 0,
    aliases_json: JSON.stringify(partner.aliases),
    industry_section: partner.industrySection,
    industry_division: partner.industryDivision,
    industry_code: partner.industryCode,
    size: partner.size,
    nature: partner.nature,
    region_code: partner.regionCode,
    region_name: partner.regionName,
    address: partner.address,
    website: partner.website,
    legal_representative: partner.legalRepresentative,
    employee_count: partner.employeeCount,
    cjrh_level: partner.cjrhLevel,
    status: partner.status,
    source: partner.source,
    owner_org_unit_id: partner.ownerOrgUnitId,
    tags_json: JSON.stringify(partner.tags),
    notes: partner.notes,
    created_at: partner.createdAt,
    updated_at: partner.updatedAt,
    deleted_at: partner.deletedAt,
  });
}

const SORT_COLUMNS = {
  fullName: 'full_name',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  status: 'status',
  kind: 'kind',
} as const;

// Sorts below every character a region name can continue with, so
// [prefix, prefix + MAX) is exactly "starts with prefix" and can use the index
// (LIKE 'x%' cannot: it is case-insensitive and the column is BINARY).
const MAX_CHAR = '\u{10FFFF}';

export async function listPartners(db: Executor, query: ParsedQuery): Promise<Page<Partner>> {
  let qb = db
    .selectFrom('organisation')
    .selectAll()
    .where('deleted_at', query.trashed ? 'is not' : 'is', null);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.industrySection) qb = qb.where('industry_section', '=', query.industrySection);
  if (query.region) {
    qb = qb.where('region_name', '>=', query.region).where('region_name', '<', query.region + MAX_CHAR);
  }
  if (query.q) {
    const pattern = likeContains(query.q);
    // LIKE is case-insensitive for ASCII, which is what Latin names and USCCs need.
    qb = qb.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('full_name')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('aliases_json')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('uscc')} like ${pattern} escape '\\'`,
      ]),
    );
  }
  const column = SORT_COLUMNS[query.sortBy];
  qb = qb.orderBy(column, query.sortDir).orderBy('id', query.sortDir);
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(fromRow), total };
}

/** The row whether live or trashed; the service decides what the trash means. */
export async function findPartner(db: Executor, id: string): Promise<Partner | undefined> {
  const row = await db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Any row with this USCC, trashed ones included (the unique index covers them too). */
export async function findPartnerByUscc(
  db: Executor,
  uscc: string,
): Promise<{ id: string; fullName: string; deletedAt: string | null } | undefined> {
  return db
    .selectFrom('organisation')
    .select(['id', 'full_name as fullName', 'deleted_at as deletedAt'])
    .where('uscc', '=', uscc)
    .executeTakeFirst();
}

export async function insertPartner(db: Executor, partner: Partner): Promise<void> {
  await db.insertInto('organisation').values(toRow(partner)).execute();
}

export async function updatePartner(db: Executor, partner: Partner): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(partner);
  await db.updateTable('organisation').set(changes).where('id', '=', id).execute();
}

export function trashPartner(db: Executor, id: string, nowIso: string): Promise<boolean> {
  return softDelete(db, 'organisation', id, nowIso);
}

export function restorePartner(db: Executor, id: string, nowIso: string): Promise<boolean> {
  return restoreRow(db, 'organisation', id, nowIso);
}
