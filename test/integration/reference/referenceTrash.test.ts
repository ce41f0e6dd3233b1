import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { createServices, type Services } from '../../../src/main/services';
import { auditCount, createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

let t: TestDb;
let s: Services;

beforeEach(async () => {
  t = await createTestDb({ now: steppingClock() });
  s = createServices(t.ctx, { info: () => ({ version: 'test', dataDir: t.dir, dbFile: 'x', schemaVersion: 1 }) });
});
afterEach(() => t.close());

async function caught(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const parties = (partnerId: string) => [
  { role: '甲' as const, partyType: 'school' as const, displayName: '示例职业技术学院' },
  { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partnerId },
];

describe('college units, majors and staff: delete and restore', () => {
  it('trashes an unused unit, lists it in the trash, and restores it (both audited)', async () => {
    const unit = await s.reference.orgUnits.create({ name: '继续教育学院', kind: 'college' });
    expect(await s.reference.orgUnits.delete(unit.id)).toEqual({ ok: true });
    expect((await s.reference.orgUnits.list()).map((u) => u.id)).toEqual([]);
    const trash = await s.trash.list({ entityType: 'orgUnit' });
    expect(trash.items.map((i) => [i.entityType, i.id, i.title])).toEqual([['orgUnit', unit.id, '继续教育学院']]);
    const restored = await s.reference.orgUnits.restore(unit.id);
    expect(restored.deletedAt).toBeNull();
    const actions = (await s.audit.history('org_unit', unit.id)).map((e) => e.action);
    expect(actions).toEqual(['restore', 'trash', 'insert']);
    expect(auditCount(t, 'org_unit', unit.id)).toBe(3);
  });

  it('refuses to trash a unit still used by live majors, staff, agreements and partners, with counts', async () => {
    const unit = await s.reference.orgUnits.create({ name: '信息工程学院', kind: 'college' });
    await s.reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational', orgUnitId: unit.id });
    await s.reference.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit.id });
    await s.reference.staff.create({ name: '王老师', orgUnitId: unit.id });
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', ownerOrgUnitId: unit.id });
    await s.agreements.create({ title: '框架协议', type: 'framework', orgUnitId: unit.id, parties: parties(partner.id) });
    const error = await caught(s.reference.orgUnits.delete(unit.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.['counts']).toEqual({ major: 2, staff: 1, organisation: 1, agreement: 1 });
    expect((await s.reference.orgUnits.list()).map((u) => u.id)).toEqual([unit.id]);
  });

  it('lets trashed users no longer block the unit', async () => {
    const unit = await s.reference.orgUnits.create({ name: '信息工程学院', kind: 'college' });
    const person = await s.reference.staff.create({ name: '王老师', orgUnitId: unit.id });
    expect((await caught(s.reference.orgUnits.delete(unit.id))).details?.['counts']).toEqual({ staff: 1 });
    await s.reference.staff.delete(person.id);
    expect(await s.reference.orgUnits.delete(unit.id)).toEqual({ ok: true });
  });

  it('refuses to trash a major used by a live agreement or course; a trashed agreement does not count', async () => {
    const major = await s.reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational' });
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    const agreement = await s.agreements.create({ title: '订单班协议', type: 'order_class', majorIds: [major.id], parties: parties(partner.id) });
    expect((await caught(s.reference.majors.delete(major.id))).details?.['counts']).toEqual({ agreement_major: 1 });
    await s.agreements.delete(agreement.id);
    await s.courses.create({ kind: 'course', name: 'Java', organisationId: partner.id, majorId: major.id });
    expect((await caught(s.reference.majors.delete(major.id))).details?.['counts']).toEqual({ joint_course: 1 });
  });

  it('refuses to restore a major whose code and level a live major now holds', async () => {
    const old = await s.reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational' });
    await s.reference.majors.delete(old.id);
    await s.reference.majors.create({ code: '510203', name: '软件技术（新）', level: 'higher_vocational' });
    const error = await caught(s.reference.majors.restore(old.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues).toEqual([{ path: ['code'], message: 'major.duplicate' }]);
  });

  it('refuses to trash staff who lead a live course; NOT_FOUND for unknown or already trashed rows', async () => {
    const person = await s.reference.staff.create({ name: '王老师', staffNo: 'T001' });
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    await s.courses.create({ kind: 'course', name: 'Java', organisationId: partner.id, schoolLeadStaffId: person.id });
    expect((await caught(s.reference.staff.delete(person.id))).details?.['counts']).toEqual({ joint_course: 1 });
    const free = await s.reference.staff.create({ name: '李老师' });
    await s.reference.staff.delete(free.id);
    expect((await caught(s.reference.staff.delete(free.id))).code).toBe('NOT_FOUND');
    expect((await caught(s.reference.staff.restore(person.id))).code).toBe('NOT_FOUND');
    expect((await s.reference.staff.restore(free.id)).name).toBe('李老师');
  });
});
