import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Major, OrgUnit, Staff } from '../../../src/shared/domain/reference';
import { DomainError } from '../../../src/main/errors';
import { createReferenceService, type ReferenceService } from '../../../src/main/reference/referenceService';
import { isUniqueViolation } from '../../../src/main/reference/uniqueViolation';
import { auditCount, createTestDb, rowCount, steppingClock, type TestDb } from '../../helpers/testDb';

const MISSING_ID = '01890000-0000-7000-8000-000000000000';

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

let db: TestDb;
let reference: ReferenceService;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  reference = createReferenceService(db.ctx);
});
afterEach(() => db.close());

describe('org units', () => {
  it('creates a two-level tree, lists by name, and audits each row', async () => {
    const college = await reference.orgUnits.create({ name: '信息工程学院', kind: 'college', code: 'XX' });
    const dept = await reference.orgUnits.create({ name: '软件教研室', kind: 'department', parentId: college.id });
    expect(OrgUnit.parse(dept)).toEqual(dept);
    expect(dept).toMatchObject({ parentId: college.id, code: null, head: null, deletedAt: null });
    const listed = z.array(OrgUnit).parse(await reference.orgUnits.list());
    expect(listed.map((u) => u.id)).toEqual([college.id, dept.id]);
    expect(auditCount(db, 'org_unit', college.id)).toBe(1);
    expect(auditCount(db, 'org_unit', dept.id)).toBe(1);
  });

  it('refuses a third level, a missing parent and a unit that is its own parent', async () => {
    const college = await reference.orgUnits.create({ name: '信息工程学院', kind: 'college' });
    const dept = await reference.orgUnits.create({ name: '软件教研室', kind: 'department', parentId: college.id });
    const tooDeep = await errorOf(reference.orgUnits.create({ name: '小组', kind: 'department', parentId: dept.id }));
    expect(tooDeep.code).toBe('VALIDATION');
    expect(tooDeep.issues).toEqual([{ path: ['parentId'], message: 'orgUnit.tooDeep' }]);
    const missing = await errorOf(reference.orgUnits.create({ name: 'x', kind: 'college', parentId: MISSING_ID }));
    expect(missing.code).toBe('NOT_FOUND');
    const self = await errorOf(reference.orgUnits.update({ id: college.id, patch: { parentId: college.id } }));
    expect(self.issues).toEqual([{ path: ['parentId'], message: 'orgUnit.parentSelf' }]);
    const other = await reference.orgUnits.create({ name: '机电学院', kind: 'college' });
    // college has a child, so it cannot move under another unit.
    const parentWithChildren = await errorOf(
      reference.orgUnits.update({ id: college.id, patch: { parentId: other.id } }),
    );
    expect(parentWithChildren.issues).toEqual([{ path: ['parentId'], message: 'orgUnit.tooDeep' }]);
    expect(rowCount(db, 'org_unit')).toBe(3);
  });

  it('updates by merging the patch, one audit row', async () => {
    const unit = await reference.orgUnits.create({ name: '信息学院', kind: 'college', phone: '0755-26731234' });
    const updated = await reference.orgUnits.update({ id: unit.id, patch: { name: '信息工程学院', head: '王院长' } });
    expect(updated).toMatchObject({ name: '信息工程学院', head: '王院长', phone: '0755-26731234', kind: 'college' });
    expect(auditCount(db, 'org_unit', unit.id)).toBe(2);
    expect((await errorOf(reference.orgUnits.update({ id: MISSING_ID, patch: { name: 'x' } }))).code).toBe('NOT_FOUND');
  });

  it('hides trashed units unless includeDeleted', async () => {
    const a = await reference.orgUnits.create({ name: 'A', kind: 'college' });
    const b = await reference.orgUnits.create({ name: 'B', kind: 'college' });
    db.app.sqlite.prepare('update org_unit set deleted_at = ? where id = ?').run('2026-03-02T00:00:00.000Z', a.id);
    expect((await reference.orgUnits.list()).map((u) => u.id)).toEqual([b.id]);
    expect((await reference.orgUnits.list({ includeDeleted: true })).map((u) => u.id)).toEqual([a.id, b.id]);
    expect((await errorOf(reference.orgUnits.update({ id: a.id, patch: { name: 'x' } }))).code).toBe('NOT_FOUND');
  });
});

describe('majors', () => {
  it('creates, lists by code and level, and updates', async () => {
    const unit = await reference.orgUnits.create({ name: '信息工程学院', kind: 'college' });
    const m1 = await reference.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit.id });
    const m2 = await reference.majors.create({ code: '310201', name: '软件工程技术', level: 'vocational_bachelor' });
    const m3 = await reference.majors.create({ code: '510201', name: '计算机应用', level: 'secondary' });
    expect(Major.parse(m1)).toEqual(m1);
    const listed = z.array(Major).parse(await reference.majors.list({}));
    expect(listed.map((m) => m.id)).toEqual([m2.id, m1.id, m3.id]);
    const updated = await reference.majors.update({ id: m2.id, patch: { name: '软件工程' } });
    expect(updated).toMatchObject({ code: '310201', name: '软件工程', level: 'vocational_bachelor' });
    expect(auditCount(db, 'major', m2.id)).toBe(2);
  });

  it('reports a duplicate (code, level) among live majors as CONFLICT, also on update', async () => {
    const m1 = await reference.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' });
    const dup = await errorOf(reference.majors.create({ code: '510201', name: '重复', level: 'higher_vocational' }));
    expect(dup.code).toBe('CONFLICT');
    expect(dup.details).toEqual({ field: 'code', existingId: m1.id });
    const m2 = await reference.majors.create({ code: '510202', name: '计算机网络技术', level: 'higher_vocational' });
    const moved = await errorOf(reference.majors.update({ id: m2.id, patch: { code: '510201' } }));
    expect(moved.code).toBe('CONFLICT');
    expect((await reference.majors.update({ id: m1.id, patch: { code: '510201' } })).code).toBe('510201');
    expect(rowCount(db, 'major')).toBe(2);
  });

  it('recognises SQLite\'s own UNIQUE failure by table and column (the fallback behind the pre-check)', () => {
    const insert = db.app.sqlite.prepare(
      `insert into major (id, code, name, level, created_at, updated_at) values (?, '510201', 'x', 'secondary', '', '')`,
    );
    insert.run('a');
    let caught: unknown;
    try {
      insert.run('b');
    } catch (error) {
      caught = error;
    }
    expect(isUniqueViolation(caught, 'major.code')).toBe(true);
    expect(isUniqueViolation(caught, 'organisation.uscc')).toBe(false);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed: major.code'), 'major.code')).toBe(false);
  });

  it('validates the code format and the org unit reference', async () => {
    const format = await errorOf(reference.majors.create({ code: '51A', name: 'x', level: 'secondary' }));
    expect(format.code).toBe('VALIDATION');
    expect(format.issues?.map((i) => i.message)).toEqual(['majorCode.format']);
    const unit = await errorOf(
      reference.majors.create({ code: '510201', name: 'x', level: 'secondary', orgUnitId: MISSING_ID }),
    );
    expect(unit.code).toBe('NOT_FOUND');
    expect(unit.issues).toEqual([{ path: ['orgUnitId'], message: 'reference.notFound' }]);
    expect(rowCount(db, 'major')).toBe(0);
    expect(auditCount(db, 'major')).toBe(0);
  });
});

describe('staff', () => {
  it('creates, lists, updates and checks the org unit', async () => {
    const unit = await reference.orgUnits.create({ name: '校企合作办公室', kind: 'department' });
    const li = await reference.staff.create({ name: '李老师', staffNo: 'T001', orgUnitId: unit.id, email: 'li@college.edu.cn' });
    const chen = await reference.staff.create({ name: '陈老师' });
    expect(Staff.parse(li)).toEqual(li);
    expect((await reference.staff.list()).map((s) => s.id)).toEqual([li.id, chen.id]);
    const updated = await reference.staff.update({ id: chen.id, patch: { title: '副教授', orgUnitId: unit.id } });
    expect(updated).toMatchObject({ name: '陈老师', title: '副教授', orgUnitId: unit.id });
    const missing = await errorOf(reference.staff.update({ id: chen.id, patch: { orgUnitId: MISSING_ID } }));
    expect(missing.code).toBe('NOT_FOUND');
    expect((await reference.staff.list()).find((s) => s.id === chen.id)?.orgUnitId).toBe(unit.id);
    expect(auditCount(db, 'staff', chen.id)).toBe(2);
    const empty = await errorOf(reference.staff.create({ name: '' }));
    expect(empty.code).toBe('VALIDATION');
  });
});
