import { Id, type Page } from '@shared/domain/common';
import type { ValidationIssue } from '@shared/ipc/result';
import { DomainError, notFound } from '../errors';
import { parseMergedDraft } from '../funding/mergedDraft';
import { assertReferences, type ReferenceCheck } from '../funding/referenceGuard';
import { newId } from '../ids';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import type { BaseProgrammeQuery, LinkedIds, ProgrammeKind, ProgrammeRecord, StampedFields } from './programmeKind';
import {
  displayOf,
  findProgrammeRow,
  insertProgrammeRow,
  linkedIds,
  listProgrammeRows,
  replaceLinks,
  setProgrammeTrashed,
  updateProgrammeRow,
} from './programmeRepository';

const sameCheck = (a: ReferenceCheck, b: ReferenceCheck): boolean => a.field === b.field && a.id === b.id;

/**
 * The six use cases of one programme kind (list, get, create, update, trash, restore),
 * written once. References are checked inside the write transaction; an update only
 * re-checks ids it changed, so a record whose partner was trashed since stays editable.
 */
export function createProgrammeService<F extends object, Q extends BaseProgrammeQuery, R extends { id: string }>(
  ctx: ServiceContext,
  kind: ProgrammeKind<F, Q, R>,
) {
  async function toRecord(db: Executor, row: R): Promise<ProgrammeRecord<F>> {
    const links: LinkedIds = {};
    for (const { link } of kind.links) links[link.table] = await linkedIds(db, link, row.id);
    const record = kind.fromRow(row, links);
    return { ...record, display: await displayOf(db, kind.displayIds(record)) };
  }

  async function find(db: Executor, id: string, wantTrashed: boolean): Promise<ProgrammeRecord<F>> {
    const row = await findProgrammeRow<R>(db, kind.table.table, id);
    const record = row ? await toRecord(db, row) : undefined;
    if (!record || (record.deletedAt !== null) !== wantTrashed) throw notFound(kind.name, id);
    return record;
  }

  async function check(db: Executor, fields: F, checks: ReferenceCheck[], before?: F): Promise<void> {
    const prefix = before === undefined ? [] : ['patch'];
    await assertReferences(db, checks, { pathPrefix: prefix });
    const issues: ValidationIssue[] = kind.verify ? await kind.verify(db, fields, before) : [];
    if (issues.length > 0) {
      const prefixed = issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
      throw new DomainError('VALIDATION', `${kind.name} breaks a rule`, { issues: prefixed });
    }
  }

  async function write(db: Executor, record: StampedFields<F>, insert: boolean): Promise<void> {
    const row = kind.toRow(record);
    if (insert) await insertProgrammeRow(db, kind.table.table, row);
    else await updateProgrammeRow(db, kind.table.table, row);
    for (const { link, ids } of kind.links) await replaceLinks(db, link, record.id, ids(record));
  }

  function fieldsOf(record: ProgrammeRecord<F>): Omit<ProgrammeRecord<F>, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'display'> {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, display: _display, ...fields } = record;
    return fields;
  }

  return {
    async list(query?: unknown): Promise<Page<ProgrammeRecord<F>>> {
      const q = parseInput(kind.schemas.query, query ?? {});
      return ctx.db.transaction().execute(async (trx) => {
        const page = await listProgrammeRows<R>(trx, kind.table, {
          trashed: q.trashed,
          page: q.page,
          pageSize: q.pageSize,
          sortColumn: kind.sortColumns[q.sortBy] ?? 'created_at',
          sortDir: q.sortDir,
          organisationId: q.organisationId,
          majorId: q.majorId,
          year: q.year,
          q: q.q,
          equals: kind.equals(q),
        });
        const items: ProgrammeRecord<F>[] = [];
        for (const row of page.items) items.push(await toRecord(trx, row));
        return { items, total: page.total };
      });
    },

    async get(id: string): Promise<ProgrammeRecord<F>> {
      return find(ctx.db, parseInput(Id, id), false);
    },

    async create(draft: unknown): Promise<ProgrammeRecord<F>> {
      const fields = parseInput(kind.schemas.draft, draft);
      const stamp = nowIso(ctx);
      const record: StampedFields<F> = { ...fields, id: newId(), createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return ctx.db.transaction().execute(async (trx) => {
        await check(trx, fields, kind.references(fields));
        await write(trx, record, true);
        return find(trx, record.id, false);
      });
    },

    async update(input: unknown): Promise<ProgrammeRecord<F>> {
      const { id, patch } = parseInput(kind.schemas.patch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await find(trx, id, false);
        const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const fields = parseMergedDraft(kind.schemas.draft, { ...fieldsOf(current), ...sent });
        const before = kind.references(current);
        const changed = kind.references(fields).filter((c) => !before.some((b) => sameCheck(b, c)));
        await check(trx, fields, changed, current);
        const { createdAt, deletedAt } = current;
        await write(trx, { ...fields, id, createdAt, deletedAt, updatedAt: nowIso(ctx) }, false);
        return find(trx, id, false);
      });
    },

    async delete(id: string): Promise<{ ok: true }> {
      const rowId = parseInput(Id, id);
      if (!(await setProgrammeTrashed(ctx.db, kind.table.table, rowId, true, nowIso(ctx)))) throw notFound(kind.name, rowId);
      return { ok: true };
    },

    async restore(id: string): Promise<ProgrammeRecord<F>> {
      const rowId = parseInput(Id, id);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await setProgrammeTrashed(trx, kind.table.table, rowId, false, nowIso(ctx)))) throw notFound(kind.name, rowId);
        return find(trx, rowId, false);
      });
    },
  };
}
