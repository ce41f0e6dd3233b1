import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { internshipBaseSchemas } from '@shared/domain/programmes';
import { newId } from '../../../src/main/ids';
import { auditActions, breakAuditFor, caught, countRows, seedAgreement, trash } from '../funding/fixtures';
import { expectDomainError, idsOf, programmeEnv, type ProgrammeTestEnv } from './helpers';

let env: ProgrammeTestEnv;
beforeEach(async () => {
  env = await programmeEnv();
});
afterEach(() => env.t.close());

const base = (e: ProgrammeTestEnv, extra: Record<string, unknown> = {}) => ({
  name: '华为 ICT 校外实训基地',
  kind: 'external' as const,
  organisationId: e.partnerId,
  ...extra,
});

describe('internship bases', () => {
  it('stores every field, its majors and partner names, and audits the row and its links', async () => {
    const agreementId = seedAgreement(env.t.app.sqlite);
    const created = await env.p.internshipBases.create(
      base(env, {
        agreementId,
        address: ' 深圳市龙岗区坂田 ',
        establishedDate: '2024-09-01',
        plaqueName: '教学实习就业基地',
        capacity: 80,
        hasHousing: true,
        paysAllowance: true,
        fundPerStudentFen: 50_000,
        majorIds: [env.majorId, env.otherMajorId, env.majorId],
      }),
    );
    expect(internshipBaseSchemas.entity.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      address: '深圳市龙岗区坂田',
      hasHousing: true,
      paysAllowance: true,
      fundPerStudentFen: 50_000,
      status: 'active',
      majorIds: [env.majorId, env.otherMajorId],
      display: {
        partnerNames: ['华为技术有限公司'],
        majorNames: ['计算机应用技术', '计算机应用技术'],
        agreementTitle: '校企合作框架协议',
      },
    });
    expect(await env.p.internshipBases.get(created.id)).toEqual(created);
    expect(auditActions(env.t.app.sqlite, 'internship_base', created.id)).toEqual(['insert']);
    expect(auditActions(env.t.app.sqlite, 'internship_base_major', `${created.id}:${env.majorId}`)).toEqual(['insert']);
  });

  it('updates only the sent fields, replaces the majors, and re-checks only changed references', async () => {
    const created = await env.p.internshipBases.create(base(env, { capacity: 30, hasHousing: true, majorIds: [env.majorId] }));
    trash(env.t.app.sqlite, 'organisation', env.partnerId);
    const updated = await env.p.internshipBases.update({ id: created.id, patch: { capacity: 40, majorIds: [env.otherMajorId] } });
    expect(updated).toMatchObject({ capacity: 40, hasHousing: true, name: created.name, majorIds: [env.otherMajorId] });
    expect(auditActions(env.t.app.sqlite, 'internship_base_major', `${created.id}:${env.majorId}`)).toEqual(['insert', 'delete']);
    const moved = expectDomainError(
      await caught(() => env.p.internshipBases.update({ id: created.id, patch: { organisationId: newId() } })),
      'VALIDATION',
    );
    expect(moved.issues).toEqual([{ path: ['patch', 'organisationId'], message: 'reference.notFound' }]);
  });

  it('rejects a blank name, a negative fund and dangling references, writing nothing', async () => {
    const invalid = expectDomainError(
      await caught(() => env.p.internshipBases.create(base(env, { name: ' ', fundPerStudentFen: -1 }))),
      'VALIDATION',
    );
    expect(invalid.issues?.map((i) => i.path)).toEqual([['name'], ['fundPerStudentFen']]);
    trash(env.t.app.sqlite, 'organisation', env.partnerId);
    const dangling = expectDomainError(
      await caught(() => env.p.internshipBases.create(base(env, { agreementId: newId(), majorIds: [newId()] }))),
      'VALIDATION',
    );
    expect(dangling.issues).toEqual([
      { path: ['organisationId'], message: 'reference.notFound' },
      { path: ['agreementId'], message: 'reference.notFound' },
      { path: ['majorIds'], message: 'reference.notFound' },
    ]);
    expect(countRows(env.t.app.sqlite, 'internship_base')).toBe(0);
  });

  it('rolls back the row when an audit write fails', async () => {
    breakAuditFor(env.t.app.sqlite, 'internship_base_major');
    await expect(env.p.internshipBases.create(base(env, { majorIds: [env.majorId] }))).rejects.toThrow(/injected audit failure/);
    expect(countRows(env.t.app.sqlite, 'internship_base')).toBe(0);
  });

  it('trashes and restores, auditing both, and NOT_FOUND for the wrong state', async () => {
    const created = await env.p.internshipBases.create(base(env));
    expect(await env.p.internshipBases.delete(created.id)).toEqual({ ok: true });
    expectDomainError(await caught(() => env.p.internshipBases.get(created.id)), 'NOT_FOUND');
    expectDomainError(await caught(() => env.p.internshipBases.delete(created.id)), 'NOT_FOUND');
    expect(idsOf(await env.p.internshipBases.list({ trashed: true }))).toEqual([created.id]);
    const restored = await env.p.internshipBases.restore(created.id);
    expect(restored.deletedAt).toBeNull();
    expectDomainError(await caught(() => env.p.internshipBases.restore(created.id)), 'NOT_FOUND');
    expect(auditActions(env.t.app.sqlite, 'internship_base', created.id)).toEqual(['insert', 'trash', 'restore']);
  });

  it('filters by partner, major, status, 学年 with figures and text, and pages in name order', async () => {
    const a = await env.p.internshipBases.create(base(env, { name: 'A 基地', majorIds: [env.majorId] }));
    const b = await env.p.internshipBases.create(base(env, { name: 'B 基地', status: 'closed', plaqueName: '鲲鹏挂牌' }));
    const c = await env.p.internshipBases.create(base(env, { name: 'C 基地', organisationId: env.otherPartnerId }));
    await env.p.baseYearStats.upsert({ baseId: c.id, academicYear: 2025, studentVisits: 10 });
    expect(idsOf(await env.p.internshipBases.list({}))).toEqual([a.id, b.id, c.id]);
    expect(idsOf(await env.p.internshipBases.list({ organisationId: env.partnerId }))).toEqual([a.id, b.id]);
    expect(idsOf(await env.p.internshipBases.list({ majorId: env.majorId }))).toEqual([a.id]);
    expect(idsOf(await env.p.internshipBases.list({ status: 'closed' }))).toEqual([b.id]);
    expect(idsOf(await env.p.internshipBases.list({ year: 2025 }))).toEqual([c.id]);
    expect(idsOf(await env.p.internshipBases.list({ q: '鲲鹏' }))).toEqual([b.id]);
    expect(idsOf(await env.p.internshipBases.list({ q: '比亚迪' }))).toEqual([c.id]);
    expect(idsOf(await env.p.internshipBases.list({ q: '%' }))).toEqual([]);
    const page2 = await env.p.internshipBases.list({ page: 2, pageSize: 2, sortDir: 'desc' });
    expect({ ids: idsOf(page2), total: page2.total }).toEqual({ ids: [a.id], total: 3 });
  });
});

describe('base yearly statistics', () => {
  it('upserts one row per base and 学年, lists newest first, and deletes with an audit row', async () => {
    const created = await env.p.internshipBases.create(base(env));
    const first = await env.p.baseYearStats.upsert({ baseId: created.id, academicYear: 2024, studentVisits: 100, usageDays: 200 });
    const replaced = await env.p.baseYearStats.upsert({ baseId: created.id, academicYear: 2024, studentVisits: 120 });
    expect(replaced).toEqual({ ...first, studentVisits: 120, usageDays: null });
    const later = await env.p.baseYearStats.upsert({ baseId: created.id, academicYear: 2025, halfYearInterns: 12, projectNames: '网络运维' });
    expect((await env.p.baseYearStats.list({ baseId: created.id })).map((s) => [s.academicYear, s.studentVisits])).toEqual([
      [2025, null],
      [2024, 120],
    ]);
    expect(auditActions(env.t.app.sqlite, 'base_year_stat', first.id)).toEqual(['insert', 'update']);
    expect(await env.p.baseYearStats.delete(later.id)).toEqual({ ok: true });
    expect(auditActions(env.t.app.sqlite, 'base_year_stat', later.id)).toEqual(['insert', 'delete']);
    expectDomainError(await caught(() => env.p.baseYearStats.delete(later.id)), 'NOT_FOUND');
  });

  it('refuses figures for a trashed or unknown base and out-of-range days', async () => {
    const created = await env.p.internshipBases.create(base(env));
    await env.p.internshipBases.delete(created.id);
    const trashed = expectDomainError(
      await caught(() => env.p.baseYearStats.upsert({ baseId: created.id, academicYear: 2025 })),
      'VALIDATION',
    );
    expect(trashed.issues).toEqual([{ path: ['baseId'], message: 'reference.notFound' }]);
    const days = expectDomainError(
      await caught(() => env.p.baseYearStats.upsert({ baseId: created.id, academicYear: 2025, usageDays: 367 })),
      'VALIDATION',
    );
    expect(days.issues?.map((i) => i.path)).toEqual([['usageDays']]);
    expect(countRows(env.t.app.sqlite, 'base_year_stat')).toBe(0);
  });
});
