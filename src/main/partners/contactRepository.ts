import { type Insertable, type Selectable, sql } from 'kysely';
import type { Contact, ContactQuery } from '@shared/domain/contact';
import type { Page } from '@shared/domain/common';
import type { z } from 'zod';
import type { ContactTable } from '../db/tables/partners';
import { likeContains, paginate, restoreRow, softDelete } from '../db/queryHelpers';
import { pinyinQueryKey } from '../search/pinyinKeys';
import type { Executor } from '../services/context';

type Row = Selectable<ContactTable>;
type ParsedQuery = z.output<typeof ContactQuery>;

function fromRow(row: Row): Contact {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    title: row.title,
    department: row.department,
    mobile: row.mobile,
    phone: row.phone,
    email: row.email,
    wechat: row.wechat,
    isPrimary: row.is_primary === 1,
    isPartTimeTeacher: row.is_part_time_teacher === 1,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(contact: Contact): Insertable<ContactTable> {
  return {
    id: contact.id,
    organisation_id: contact.organisationId,
    name: contact.name,
    title: contact.title,
    department: contact.department,
    mobile: contact.mobile,
    phone: contact.phone,
    email: contact.email,
    wechat: contact.wechat,
    is_primary: contact.isPrimary ? 1 : 0,
    is_part_time_teacher: contact.isPartTimeTeacher ? 1 : 0,
    notes: contact.notes,
    created_at: contact.createdAt,
    updated_at: contact.updatedAt,
    deleted_at: contact.deletedAt,
  };
}

const SORT_COLUMNS = { name: 'name', createdAt: 'created_at' } as const;

export async function listContacts(db: Executor, query: ParsedQuery): Promise<Page<Contact>> {
  let qb = db
    .selectFrom('contact')
    .selectAll()
    .where('deleted_at', query.trashed ? 'is not' : 'is', null);
  if (query.organisationId) qb = qb.where('organisation_id', '=', query.organisationId);
  if (query.q) {
    const pattern = likeContains(query.q);
    const key = pinyinQueryKey(query.q);
    qb = qb.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('name')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('mobile')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('phone')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('email')} like ${pattern} escape '\\'`,
        // The name's pinyin and initials (migration 0018): "zm" and "zhangm" find 张明. One
        // probe of search_doc's (kind, entity_id) key per candidate row.
        ...(key === null
          ? []
          : [
              sql<boolean>`exists (select 1 from search_doc d where d.kind = 'contact' and d.entity_id = ${eb.ref('contact.id')}
                and (d.initials like ${likeContains(key)} escape '\\' or d.pinyin like ${likeContains(key)} escape '\\'))`,
            ]),
      ]),
    );
  }
  qb = qb.orderBy(SORT_COLUMNS[query.sortBy], query.sortDir).orderBy('id', query.sortDir);
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(fromRow), total };
}

/** The row whether live or trashed. */
export async function findContact(db: Executor, id: string): Promise<Contact | undefined> {
  const row = await db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The organisation's live primary contact other than `exceptId`, if any. */
export async function findOtherPrimaryContact(
  db: Executor,
  organisationId: string,
  exceptId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('contact')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '<>', exceptId)
    .where('is_primary', '=', 1)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** Clears the primary flag on the organisation's other live contacts; returns how many changed. */
export async function clearOtherPrimaryContacts(
  db: Executor,
  organisationId: string,
  exceptId: string,
  nowIso: string,
): Promise<number> {
  const result = await db
    .updateTable('contact')
    .set({ is_primary: 0, updated_at: nowIso })
    .where('organisation_id', '=', organisationId)
    .where('id', '<>', exceptId)
    .where('is_primary', '=', 1)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertContact(db: Executor, contact: Contact): Promise<void> {
  await db.insertInto('contact').values(toRow(contact)).execute();
}

export async function updateContact(db: Executor, contact: Contact): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(contact);
  await db.updateTable('contact').set(changes).where('id', '=', id).execute();
}

export function trashContact(db: Executor, id: string, nowIso: string): Promise<boolean> {
  return softDelete(db, 'contact', id, nowIso);
}

export function restoreContact(db: Executor, id: string, nowIso: string): Promise<boolean> {
  return restoreRow(db, 'contact', id, nowIso);
}
