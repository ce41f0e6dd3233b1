import {
  type Major,
  MajorDraft,
  MajorPatch,
  type OrgUnit,
  OrgUnitDraft,
  OrgUnitPatch,
  ReferenceListQuery,
  type Staff,
  StaffDraft,
  StaffPatch,
} from '@shared/domain/reference';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import {
  countLiveDirections,
  findLiveDirectionByName,
  findLiveMajorByCode,
  findMajor,
  insertMajor,
  listMajors,
  updateMajor,
} from './majorRepository';
import { mergePatch } from './mergePatch';
import { countLiveChildUnits, findOrgUnit, insertOrgUnit, listOrgUnits, updateOrgUnit } from './orgUnitRepository';
import { createReferenceTrash } from './referenceTrash';
import { findStaff, insertStaff, listStaff, updateStaff } from './staffRepository';
import { isUniqueViolation } from './uniqueViolation';

type ListQuery = z.input<typeof ReferenceListQuery>;

/** NOT_FOUND naming the input field, so the form can mark it. */
export function missingReference(entity: string, field: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${entity} ${id} not found`, {
    issues: [{ path: [field], message: 'reference.notFound' }],
    details: { entity, id, field },
  });
}

/** Other capabilities (partners' owner unit, …) point at live org units only. */
export async function assertLiveOrgUnit(db: Executor, id: string | null, field: string): Promise<void> {
  if (id === null) return;
  const unit = await findOrgUnit(db, id);
  if (!unit || unit.deletedAt !== null) throw missingReference('orgUnit', field, id);
}

// The college has two levels (二级学院 → department): a parent must be top-level, and a
// unit that has children cannot itself become a child.
async function assertParentAllowed(db: Executor, unitId: string, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  if (parentId === unitId) throw fieldError('parentId', 'orgUnit.parentSelf');
  const parent = await findOrgUnit(db, parentId);
  if (!parent || parent.deletedAt !== null) throw missingReference('orgUnit', 'parentId', parentId);
  if (parent.parentId !== null) throw fieldError('parentId', 'orgUnit.tooDeep');
  if ((await countLiveChildUnits(db, unitId)) > 0) throw fieldError('parentId', 'orgUnit.tooDeep');
}

// (code, level) is unique among 专业; a 专业方向 usually shares its 专业's code, and its name is
// unique among the 专业's directions instead.
async function assertMajorCodeFree(db: Executor, major: Major): Promise<void> {
  if (major.parentMajorId !== null) {
    const sameName = await findLiveDirectionByName(db, major.parentMajorId, major.name);
    if (sameName && sameName.id !== major.id) throw directionConflict(sameName.id);
    return;
  }
  const existing = await findLiveMajorByCode(db, major.code, major.level);
  if (existing && existing.id !== major.id) throw majorConflict(existing.id);
}

function directionConflict(existingId: string | undefined): DomainError {
  return new DomainError('CONFLICT', 'the major already has a direction with this name', {
    issues: [{ path: ['name'], message: 'major.directionDuplicate' }],
    details: { field: 'name', existingId },
  });
}

// 专业方向 are one level deep (as 二级学院 → department): the 所属专业 must be a live 专业 of the
// same level, and a 专业 that has directions cannot itself become one.
async function assertDirectionAllowed(db: Executor, major: Major): Promise<void> {
  const parentId = major.parentMajorId;
  if (parentId === null) return;
  if (parentId === major.id) throw fieldError('parentMajorId', 'major.directionSelf');
  const parent = await findMajor(db, parentId);
  if (!parent || parent.deletedAt !== null) throw missingReference('major', 'parentMajorId', parentId);
  if (parent.parentMajorId !== null) throw fieldError('parentMajorId', 'major.directionTooDeep');
  if (parent.level !== major.level) throw fieldError('parentMajorId', 'major.directionLevel');
  if ((await countLiveDirections(db, major.id)) > 0) throw fieldError('parentMajorId', 'major.hasDirections');
}

function majorConflict(existingId: string | undefined): DomainError {
  return new DomainError('CONFLICT', 'a live major already has this code and level', {
    issues: [{ path: ['code'], message: 'major.duplicate' }],
    details: { field: 'code', existingId },
  });
}

async function liveOrThrow<T extends { deletedAt: string | null }>(
  find: Promise<T | undefined>,
  entity: string,
  id: string,
): Promise<T> {
  const row = await find;
  if (!row || row.deletedAt !== null) {
    throw new DomainError('NOT_FOUND', `${entity} ${id} not found`, { details: { entity, id } });
  }
  return row;
}

export function createReferenceService(ctx: ServiceContext) {
  const orgUnits = {
    async list(query?: ListQuery): Promise<OrgUnit[]> {
      return listOrgUnits(ctx.db, parseInput(ReferenceListQuery, query));
    },
    async create(draft: z.input<typeof OrgUnitDraft>): Promise<OrgUnit> {
      const fields = parseInput(OrgUnitDraft, draft);
      const stamp = nowIso(ctx);
      const unit: OrgUnit = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return ctx.db.transaction().execute(async (trx) => {
        await assertParentAllowed(trx, unit.id, unit.parentId);
        await insertOrgUnit(trx, unit);
        return unit;
      });
    },
    async update(input: z.input<typeof OrgUnitPatch>): Promise<OrgUnit> {
      const { id, patch } = parseInput(OrgUnitPatch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await liveOrThrow(findOrgUnit(trx, id), 'orgUnit', id);
        const next = { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
        await assertParentAllowed(trx, id, next.parentId);
        await updateOrgUnit(trx, next);
        return next;
      });
    },
  };

  const majors = {
    async list(query?: ListQuery): Promise<Major[]> {
      return listMajors(ctx.db, parseInput(ReferenceListQuery, query));
    },
    async create(draft: z.input<typeof MajorDraft>): Promise<Major> {
      const fields = parseInput(MajorDraft, draft);
      const stamp = nowIso(ctx);
      const major: Major = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return writeMajor(async () => major, insertMajor);
    },
    async update(input: z.input<typeof MajorPatch>): Promise<Major> {
      const { id, patch } = parseInput(MajorPatch, input);
      const build = async (trx: Executor): Promise<Major> => {
        const current = await liveOrThrow(findMajor(trx, id), 'major', id);
        return { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
      };
      return writeMajor(build, updateMajor);
    },
  };

  async function writeMajor(
    build: (db: Executor) => Promise<Major>,
    write: (db: Executor, major: Major) => Promise<void>,
  ): Promise<Major> {
    try {
      return await ctx.db.transaction().execute(async (trx) => {
        const major = await build(trx);
        await assertLiveOrgUnit(trx, major.orgUnitId, 'orgUnitId');
        await assertDirectionAllowed(trx, major);
        await assertMajorCodeFree(trx, major);
        await write(trx, major);
        return major;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'major.code')) throw majorConflict(undefined);
      if (isUniqueViolation(error, 'major.parent_major_id')) throw directionConflict(undefined);
      throw error;
    }
  }

  const staff = {
    async list(query?: ListQuery): Promise<Staff[]> {
      return listStaff(ctx.db, parseInput(ReferenceListQuery, query));
    },
    async create(draft: z.input<typeof StaffDraft>): Promise<Staff> {
      const fields = parseInput(StaffDraft, draft);
      const stamp = nowIso(ctx);
      const person: Staff = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return ctx.db.transaction().execute(async (trx) => {
        await assertLiveOrgUnit(trx, person.orgUnitId, 'orgUnitId');
        await insertStaff(trx, person);
        return person;
      });
    },
    async update(input: z.input<typeof StaffPatch>): Promise<Staff> {
      const { id, patch } = parseInput(StaffPatch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await liveOrThrow(findStaff(trx, id), 'staff', id);
        const next = { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
        await assertLiveOrgUnit(trx, next.orgUnitId, 'orgUnitId');
        await updateStaff(trx, next);
        return next;
      });
    },
  };

  // Delete and restore live in referenceTrash.ts (usage checks across the schema).
  const trash = createReferenceTrash(ctx);
  return {
    orgUnits: { ...orgUnits, ...trash.orgUnits },
    majors: { ...majors, ...trash.majors },
    staff: { ...staff, ...trash.staff },
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
