import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { DomainError } from '../../../src/main/errors';
import { registerCore } from '../reports/registerTestContext';

// A part-time teacher's 专业 (migration 0015): one record per teacher, 学年 and 专业.

let core: Core;
let org: string;
let contact: string;
let m1: string;
let m2: string;

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  org = (await s.partners.create({ kind: 'enterprise', fullName: '比亚迪汽车工业有限公司' })).id;
  contact = (await s.contacts.create({ organisationId: org, name: '张工', isPartTimeTeacher: true })).id;
  m1 = (await s.reference.majors.create({ code: '460704', name: '汽车检测与维修技术', level: 'higher_vocational' })).id;
  m2 = (await s.reference.majors.create({ code: '460702', name: '新能源汽车技术', level: 'higher_vocational' })).id;
}, 30_000);
afterAll(() => core.close());

describe('part-time teacher major', () => {
  it('keeps one record per major with its own hours, shows the major name, and filters by major', async () => {
    const t = core.services.programmes.partTimeTeachers;
    const a = await t.create({ contactId: contact, organisationId: org, academicYear: 2025, hours: 20, majorId: m1 });
    const b = await t.create({ contactId: contact, organisationId: org, academicYear: 2025, hours: 12, majorId: m2 });
    expect(a.majorId).toBe(m1);
    expect(a.display.majorNames).toEqual(['汽车检测与维修技术']);
    expect((await t.list({ majorId: m2 })).items.map((r) => r.id)).toEqual([b.id]);
    const cleared = await t.update({ id: a.id, patch: { majorId: null } });
    expect(cleared.majorId).toBeNull();
    expect(cleared.display.majorNames).toEqual([]);
  });

  it('refuses a major that does not exist', async () => {
    const error = await core.services.programmes.partTimeTeachers
      .create({ contactId: contact, organisationId: org, academicYear: 2025, majorId: '01900000-0000-7000-8000-00000000dead' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues).toEqual([{ path: ['majorId'], message: 'reference.notFound' }]);
  });
});
