import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Course, CoursePage } from '@shared/domain/course';
import { Done } from '@shared/domain/common';
import { type CourseService, createCourseService } from '../../../src/main/courses/courseService';
import { createCourseHandlers } from '../../../src/main/courses/handlers';
import { DomainError } from '../../../src/main/errors';
import { newId } from '../../../src/main/ids';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import {
  auditActions,
  breakAuditFor,
  caught,
  countRows,
  seedMajor,
  seedOrganisation,
  seedStaff,
  tickingClock,
  trash,
} from '../funding/fixtures';

let t: TestDb;
let courses: CourseService;
let orgId: string;

beforeEach(async () => {
  t = await createTestDb({ now: tickingClock(), actor: 'tester' });
  courses = createCourseService(t.ctx);
  orgId = seedOrganisation(t.app.sqlite);
});
afterEach(() => t.close());

const base = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'course' as const,
  name: 'Python 程序设计',
  organisationId,
  ...extra,
});

function expectDomainError(error: unknown, code: string): DomainError {
  expect(error).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.code).toBe(code);
  return domainError;
}

describe('courseService.create', () => {
  it('stores a textbook with every field and audits it in the same write', async () => {
    const majorId = seedMajor(t.app.sqlite);
    const staffId = seedStaff(t.app.sqlite);
    const created = await courses.create({
      kind: 'textbook',
      code: ' JC-01 ',
      name: '工业机器人编程',
      summary: '校企合编教材',
      organisationId: orgId,
      majorId,
      startDate: '2024-09-01',
      endDate: '2025-06-30',
      schoolLeadStaffId: staffId,
      enterpriseLead: '王工',
      isbn: '978-7-111-54742-6',
      publishedDate: '2025-05-01',
    });

    expect(Course.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      kind: 'textbook',
      code: 'JC-01',
      majorId,
      schoolLeadStaffId: staffId,
      isbn: '978-7-111-54742-6',
      publishedDate: '2025-05-01',
      deletedAt: null,
    });
    expect(await courses.get(created.id)).toEqual(created);
    expect(auditActions(t.app.sqlite, 'joint_course', created.id)).toEqual(['insert']);
    const actor = t.app.sqlite.prepare(`select actor from audit_log where row_id = ?`).pluck().get(created.id);
    expect(actor).toBe('tester');
  });

  it('turns blanks into null and accepts a major that is in the trash (it still exists)', async () => {
    const majorId = seedMajor(t.app.sqlite);
    trash(t.app.sqlite, 'major', majorId);
    const created = await courses.create(base(orgId, { code: '  ', summary: '', majorId }));
    expect(created.code).toBeNull();
    expect(created.summary).toBeNull();
    expect(created.majorId).toBe(majorId);
  });

  it('rejects an invalid ISBN and end before start, writing nothing', async () => {
    const badIsbn = expectDomainError(await caught(() => courses.create(base(orgId, { isbn: '978-7-111-54742-7' }))), 'VALIDATION');
    expect(badIsbn.issues).toEqual([expect.objectContaining({ path: ['isbn'], message: 'isbn.invalid' })]);
    const badDates = expectDomainError(
      await caught(() => courses.create(base(orgId, { startDate: '2025-03-01', endDate: '2025-02-28' }))),
      'VALIDATION',
    );
    expect(badDates.issues).toEqual([expect.objectContaining({ path: ['endDate'], message: 'endDate.beforeStart' })]);
    expect(countRows(t.app.sqlite, 'joint_course')).toBe(0);
  });

  it('reports every dangling reference at once on its own path', async () => {
    trash(t.app.sqlite, 'organisation', orgId);
    const error = expectDomainError(
      await caught(() => courses.create(base(orgId, { majorId: newId(), schoolLeadStaffId: newId() }))),
      'VALIDATION',
    );
    expect(error.issues).toEqual([
      { path: ['organisationId'], message: 'reference.notFound' },
      { path: ['majorId'], message: 'reference.notFound' },
      { path: ['schoolLeadStaffId'], message: 'reference.notFound' },
    ]);
    expect(countRows(t.app.sqlite, 'joint_course')).toBe(0);
    expect(t.app.sqlite.prepare(`select count(*) from audit_log where table_name = 'joint_course'`).pluck().get()).toBe(0);
  });

  it('rolls the row back when the audit write fails inside the transaction', async () => {
    breakAuditFor(t.app.sqlite, 'joint_course');
    await expect(courses.create(base(orgId))).rejects.toThrow(/injected audit failure/);
    expect(countRows(t.app.sqlite, 'joint_course')).toBe(0);
  });

  it('refuses a second live course with the same code as a CONFLICT naming the field', async () => {
    await courses.create(base(orgId, { code: 'C-100' }));
    const error = expectDomainError(await caught(() => courses.create(base(orgId, { code: 'C-100', name: '另一门' }))), 'CONFLICT');
    expect(error.details).toEqual({ field: 'code' });
    // The same code on a textbook is a different record.
    const textbook = await courses.create(base(orgId, { code: 'C-100', kind: 'textbook' }));
    expect(textbook.code).toBe('C-100');
    expect(countRows(t.app.sqlite, 'joint_course')).toBe(2);
  });
});

describe('courseService.get / delete / restore', () => {
  it('NOT_FOUND for a missing or trashed course, and restore only from the trash', async () => {
    const created = await courses.create(base(orgId));
    expectDomainError(await caught(() => courses.get(newId())), 'NOT_FOUND');
    expectDomainError(await caught(() => courses.restore(created.id)), 'NOT_FOUND');

    expect(Done.parse(await courses.delete(created.id))).toEqual({ ok: true });
    expectDomainError(await caught(() => courses.get(created.id)), 'NOT_FOUND');
    expectDomainError(await caught(() => courses.delete(created.id)), 'NOT_FOUND');

    const restored = await courses.restore(created.id);
    expect(Course.parse(restored)).toEqual(restored);
    expect(restored.deletedAt).toBeNull();
    expect(auditActions(t.app.sqlite, 'joint_course', created.id)).toEqual(['insert', 'trash', 'restore']);
  });

  it('frees the code of a trashed course, and refuses to restore it over a new owner', async () => {
    const old = await courses.create(base(orgId, { code: 'C-7' }));
    await courses.delete(old.id);
    await courses.create(base(orgId, { code: 'C-7', name: '新课' }));
    const error = expectDomainError(await caught(() => courses.restore(old.id)), 'CONFLICT');
    expect(error.details).toEqual({ field: 'code' });
    expect((await courses.list({ trashed: true })).items.map((c) => c.id)).toEqual([old.id]);
  });
});

describe('courseService.update', () => {
  it('merges the patch and keeps the fields it does not name', async () => {
    const created = await courses.create(base(orgId, { code: 'K1', startDate: '2024-09-01' }));
    const updated = await courses.update({ id: created.id, patch: { name: '数据分析', summary: '新简介' } });
    expect(Course.parse(updated)).toEqual(updated);
    expect(updated).toMatchObject({ name: '数据分析', summary: '新简介', code: 'K1', startDate: '2024-09-01' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(await courses.get(created.id)).toEqual(updated);
    expect(auditActions(t.app.sqlite, 'joint_course', created.id)).toEqual(['insert', 'update']);
  });

  it('re-checks end ≥ start against the stored start date', async () => {
    const created = await courses.create(base(orgId, { startDate: '2024-09-01' }));
    const error = expectDomainError(
      await caught(() => courses.update({ id: created.id, patch: { endDate: '2024-08-31' } })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([expect.objectContaining({ path: ['patch', 'endDate'], message: 'endDate.beforeStart' })]);
    expect(await courses.get(created.id)).toEqual(created);
  });

  it('checks a changed reference but not an unchanged one whose row was trashed since', async () => {
    const created = await courses.create(base(orgId));
    const otherOrg = seedOrganisation(t.app.sqlite, '另一家公司');
    trash(t.app.sqlite, 'organisation', otherOrg);
    const error = expectDomainError(
      await caught(() => courses.update({ id: created.id, patch: { organisationId: otherOrg } })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['patch', 'organisationId'], message: 'reference.notFound' }]);

    trash(t.app.sqlite, 'organisation', orgId);
    const renamed = await courses.update({ id: created.id, patch: { name: '改名' } });
    expect(renamed.organisationId).toBe(orgId);
  });

  it('clears a nullable field with an explicit null', async () => {
    const staffId = seedStaff(t.app.sqlite);
    const created = await courses.create(base(orgId, { schoolLeadStaffId: staffId }));
    const updated = await courses.update({ id: created.id, patch: { schoolLeadStaffId: null } });
    expect(updated.schoolLeadStaffId).toBeNull();
  });

  it('NOT_FOUND for a trashed course', async () => {
    const created = await courses.create(base(orgId));
    await courses.delete(created.id);
    expectDomainError(await caught(() => courses.update({ id: created.id, patch: { name: 'x' } })), 'NOT_FOUND');
  });

  it('rolls back when the audit write fails', async () => {
    const created = await courses.create(base(orgId));
    breakAuditFor(t.app.sqlite, 'joint_course');
    await expect(courses.update({ id: created.id, patch: { name: '不应保存' } })).rejects.toThrow(/injected/);
    t.app.sqlite.exec('DROP TRIGGER temp.break_audit_joint_course');
    expect((await courses.get(created.id)).name).toBe('Python 程序设计');
  });
});

describe('courseService.list', () => {
  async function seedList() {
    const otherOrg = seedOrganisation(t.app.sqlite, '另一家公司');
    const a = await courses.create(base(orgId, { name: 'B 网络安全', code: 'NET-1', startDate: '2024-03-01' }));
    const b = await courses.create(base(orgId, { name: 'A 云计算', code: 'CLD_1', startDate: '2023-09-01' }));
    const c = await courses.create(base(otherOrg, { name: 'C 物联网教材', kind: 'textbook', code: 'IOT%1' }));
    const d = await courses.create(base(orgId, { name: 'D 已删除', code: 'DEL-1' }));
    await courses.delete(d.id);
    return { a, b, c, d, otherOrg };
  }

  it('sorts by name by default and pages with a stable total', async () => {
    const { a, b, c } = await seedList();
    const page = await courses.list();
    expect(CoursePage.parse(page)).toEqual(page);
    expect(page.items.map((x) => x.id)).toEqual([b.id, a.id, c.id]);
    expect(page.total).toBe(3);

    const second = await courses.list({ pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 3 });
    expect(second.items.map((x) => x.id)).toEqual([c.id]);
    expect((await courses.list({ sortDir: 'desc' })).items.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
  });

  it('sorts by start date and creation time', async () => {
    const { a, b, c } = await seedList();
    // SQLite puts NULL first in ascending order.
    expect((await courses.list({ sortBy: 'startDate' })).items.map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect((await courses.list({ sortBy: 'createdAt', sortDir: 'desc' })).items.map((x) => x.id)).toEqual([
      c.id,
      b.id,
      a.id,
    ]);
  });

  it('filters by partner, kind and text in name or code (wildcards literal)', async () => {
    const { a, b, c, d, otherOrg } = await seedList();
    expect((await courses.list({ organisationId: orgId })).items.map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await courses.list({ organisationId: otherOrg })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await courses.list({ kind: 'textbook' })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await courses.list({ q: '云计' })).items.map((x) => x.id)).toEqual([b.id]);
    expect((await courses.list({ q: 'net-' })).items.map((x) => x.id)).toEqual([a.id]);
    expect((await courses.list({ q: '%' })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await courses.list({ q: '_' })).items.map((x) => x.id)).toEqual([b.id]);
    expect((await courses.list({ trashed: true })).items.map((x) => x.id)).toEqual([d.id]);
  });

  it('rejects a malformed query', async () => {
    expectDomainError(await caught(() => courses.list({ pageSize: 500 })), 'VALIDATION');
  });
});

describe('course handlers', () => {
  it('route every channel to the service with the id unwrapped', async () => {
    const handlers = createCourseHandlers(courses);
    const ctx = { channel: 'courses:create' as const };
    const created = await handlers['courses:create'](
      { ...base(orgId), code: null, summary: null, majorId: null, startDate: null, endDate: null, schoolLeadStaffId: null, enterpriseLead: null, isbn: null, publishedDate: null },
      ctx,
    );
    expect(await handlers['courses:get']({ id: created.id }, ctx)).toEqual(created);
    const updated = await handlers['courses:update']({ id: created.id, patch: { name: '新名' } }, ctx);
    expect(updated.name).toBe('新名');
    const listed = await handlers['courses:list'](
      { page: 1, pageSize: 20, sortDir: 'asc', trashed: false, sortBy: 'name' },
      ctx,
    );
    expect(listed.items.map((x) => x.id)).toEqual([created.id]);
    expect(await handlers['courses:delete']({ id: created.id }, ctx)).toEqual({ ok: true });
    expect((await handlers['courses:restore']({ id: created.id }, ctx)).deletedAt).toBeNull();
  });
});
