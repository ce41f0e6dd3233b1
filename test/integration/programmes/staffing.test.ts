import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../src/main/ids';
import { auditActions, caught, countRows, seedContact, trash } from '../funding/fixtures';
import { expectDomainError, idsOf, programmeEnv, type ProgrammeTestEnv } from './helpers';

let env: ProgrammeTestEnv;
beforeEach(async () => {
  env = await programmeEnv();
});
afterEach(() => env.t.close());

describe('part-time teachers', () => {
  it('stores hours and pay in fen and filters by 学年 and partner', async () => {
    const a = await env.p.partTimeTeachers.create({
      contactId: env.contactId,
      organisationId: env.partnerId,
      academicYear: 2025,
      courses: '网络设备配置',
      hours: 64,
      payFen: 1_280_000,
      qualification: '高级工程师',
    });
    const otherContact = seedContact(env.t.app.sqlite, env.otherPartnerId);
    const b = await env.p.partTimeTeachers.create({ contactId: otherContact, organisationId: env.otherPartnerId, academicYear: 2024 });
    expect(a).toMatchObject({ hours: 64, payFen: 1_280_000, display: { partnerNames: ['华为技术有限公司'], majorNames: [] } });
    expect(idsOf(await env.p.partTimeTeachers.list({ year: 2025 }))).toEqual([a.id]);
    expect(idsOf(await env.p.partTimeTeachers.list({ organisationId: env.otherPartnerId }))).toEqual([b.id]);
    expect(idsOf(await env.p.partTimeTeachers.list({ q: '设备' }))).toEqual([a.id]);
  });

  it('refuses a contact of another partner or a trashed contact', async () => {
    const other = expectDomainError(
      await caught(() =>
        env.p.partTimeTeachers.create({ contactId: env.contactId, organisationId: env.otherPartnerId, academicYear: 2025 }),
      ),
      'VALIDATION',
    );
    expect(other.issues).toEqual([{ path: ['contactId'], message: 'programmes.contactOfOtherPartner' }]);
    trash(env.t.app.sqlite, 'contact', env.contactId);
    const trashed = expectDomainError(
      await caught(() => env.p.partTimeTeachers.create({ contactId: env.contactId, organisationId: env.partnerId, academicYear: 2025 })),
      'VALIDATION',
    );
    expect(trashed.issues).toEqual([{ path: ['contactId'], message: 'reference.notFound' }]);
    expect(countRows(env.t.app.sqlite, 'part_time_teacher')).toBe(0);
  });

  it('keeps a record editable after its contact went to the trash, but re-checks a changed partner', async () => {
    const created = await env.p.partTimeTeachers.create({ contactId: env.contactId, organisationId: env.partnerId, academicYear: 2025 });
    trash(env.t.app.sqlite, 'contact', env.contactId);
    expect((await env.p.partTimeTeachers.update({ id: created.id, patch: { hours: 48 } })).hours).toBe(48);
    const moved = expectDomainError(
      await caught(() => env.p.partTimeTeachers.update({ id: created.id, patch: { organisationId: env.otherPartnerId } })),
      'VALIDATION',
    );
    expect(moved.issues).toEqual([{ path: ['patch', 'contactId'], message: 'reference.notFound' }]);
  });
});

describe('teachers’ practice in enterprises', () => {
  it('checks the days against the dates and the staff member, and audits updates', async () => {
    const tooMany = expectDomainError(
      await caught(() =>
        env.p.teacherPractices.create({
          staffId: env.staffId,
          organisationId: env.partnerId,
          academicYear: 2025,
          startDate: '2026-07-01',
          endDate: '2026-07-10',
          days: 11,
        }),
      ),
      'VALIDATION',
    );
    expect(tooMany.issues).toEqual([expect.objectContaining({ path: ['days'], message: 'programmes.daysOverPeriod' })]);
    const unknownStaff = expectDomainError(
      await caught(() => env.p.teacherPractices.create({ staffId: newId(), organisationId: env.partnerId, academicYear: 2025 })),
      'VALIDATION',
    );
    expect(unknownStaff.issues).toEqual([{ path: ['staffId'], message: 'reference.notFound' }]);
    const created = await env.p.teacherPractices.create({
      staffId: env.staffId,
      organisationId: env.partnerId,
      academicYear: 2025,
      startDate: '2026-07-01',
      endDate: '2026-07-10',
      days: 10,
    });
    const updated = await env.p.teacherPractices.update({ id: created.id, patch: { content: '参与产线调试' } });
    expect(updated).toMatchObject({ days: 10, content: '参与产线调试' });
    expect(auditActions(env.t.app.sqlite, 'teacher_practice', created.id)).toEqual(['insert', 'update']);
    expect(idsOf(await env.p.teacherPractices.list({ year: 2025, q: '产线' }))).toEqual([created.id]);
  });
});

describe('1+X certificates', () => {
  it('keeps passed within examined, links majors, and filters by major and 学年', async () => {
    const bad = expectDomainError(
      await caught(() => env.p.cert1x.create({ name: 'Web 前端开发', academicYear: 2025, examined: 10, passed: 11 })),
      'VALIDATION',
    );
    expect(bad.issues).toEqual([expect.objectContaining({ path: ['passed'], message: 'programmes.passedOverExamined' })]);
    const a = await env.p.cert1x.create({
      name: 'Web 前端开发',
      level: '中级',
      organisationId: env.partnerId,
      academicYear: 2025,
      trained: 40,
      examined: 38,
      passed: 30,
      majorIds: [env.majorId],
    });
    const b = await env.p.cert1x.create({ name: '云计算平台运维', academicYear: 2024 });
    expect(b.display).toEqual({ partnerNames: [], majorNames: [], agreementTitle: null });
    expect(idsOf(await env.p.cert1x.list({ majorId: env.majorId }))).toEqual([a.id]);
    expect(idsOf(await env.p.cert1x.list({ year: 2024 }))).toEqual([b.id]);
    expect(idsOf(await env.p.cert1x.list({ sortBy: 'academicYear' }))).toEqual([b.id, a.id]);
    const patched = expectDomainError(await caught(() => env.p.cert1x.update({ id: a.id, patch: { examined: 20 } })), 'VALIDATION');
    expect(patched.issues).toEqual([expect.objectContaining({ path: ['patch', 'passed'] })]);
    expect(auditActions(env.t.app.sqlite, 'cert_1x_major', `${a.id}:${env.majorId}`)).toEqual(['insert']);
  });
});
