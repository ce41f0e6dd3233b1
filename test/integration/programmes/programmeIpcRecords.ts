import type { Services } from '../../../src/main/services';

// One live and one trashed record of every programme kind, for the IPC contract fixture
// (test/ipc/ipcFixture.ts) and its channel inputs.

export interface LiveAndTrashed {
  live: string;
  trashed: string;
}

export interface ProgrammeIpcIds {
  internshipBases: LiveAndTrashed;
  orderClasses: LiveAndTrashed;
  apprenticeships: LiveAndTrashed;
  industryColleges: LiveAndTrashed;
  coBuiltMajors: LiveAndTrashed;
  partTimeTeachers: LiveAndTrashed;
  teacherPractices: LiveAndTrashed;
  cert1x: LiveAndTrashed;
  baseYearStatId: string;
}

/** Own partner, contact, major and staff, so other channels' deletes of the shared ones stay unaffected. */
async function seedRefs(s: Services) {
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '深圳市腾讯计算机系统有限公司' });
  const contact = await s.contacts.create({ organisationId: partner.id, name: '陈工', isPartTimeTeacher: true });
  const major = await s.reference.majors.create({ code: '510202', name: '计算机网络技术', level: 'higher_vocational' });
  const staff = await s.reference.staff.create({ name: '刘老师', staffNo: 'T101' });
  return { partnerId: partner.id, contactId: contact.id, majorId: major.id, staffId: staff.id };
}

async function pair(
  make: (n: number) => Promise<{ id: string }>,
  trash: (id: string) => Promise<unknown>,
): Promise<LiveAndTrashed> {
  const live = await make(1);
  const trashed = await make(2);
  await trash(trashed.id);
  return { live: live.id, trashed: trashed.id };
}

export async function seedProgrammeIpcRecords(s: Services): Promise<ProgrammeIpcIds> {
  const r = await seedRefs(s);
  const p = s.programmes;
  const internshipBases = await pair(
    (n) => p.internshipBases.create({ name: `实习基地${n}`, kind: 'external', organisationId: r.partnerId, majorIds: [r.majorId] }),
    (id) => p.internshipBases.delete(id),
  );
  const stat = await p.baseYearStats.upsert({ baseId: internshipBases.live, academicYear: 2025, studentVisits: 120 });
  return {
    internshipBases,
    orderClasses: await pair(
      (n) => p.orderClasses.create({ name: `华为订单班${n}`, organisationId: r.partnerId, cohortYear: 2025 }),
      (id) => p.orderClasses.delete(id),
    ),
    apprenticeships: await pair(
      (n) => p.apprenticeships.create({ organisationId: r.partnerId, cohortYear: 2024 + n, apprentices: 30 }),
      (id) => p.apprenticeships.delete(id),
    ),
    industryColleges: await pair(
      (n) => p.industryColleges.create({ name: `鲲鹏产业学院${n}`, partnerIds: [r.partnerId] }),
      (id) => p.industryColleges.delete(id),
    ),
    coBuiltMajors: await pair(
      (n) => p.coBuiltMajors.create({ majorId: r.majorId, partnerIds: [r.partnerId], startYear: 2023 + n }),
      (id) => p.coBuiltMajors.delete(id),
    ),
    partTimeTeachers: await pair(
      (n) => p.partTimeTeachers.create({ contactId: r.contactId, organisationId: r.partnerId, academicYear: 2023 + n, hours: 64 }),
      (id) => p.partTimeTeachers.delete(id),
    ),
    teacherPractices: await pair(
      (n) => p.teacherPractices.create({ staffId: r.staffId, organisationId: r.partnerId, academicYear: 2023 + n, days: 20 }),
      (id) => p.teacherPractices.delete(id),
    ),
    cert1x: await pair(
      (n) => p.cert1x.create({ name: `云计算开发与运维${n}`, academicYear: 2025, organisationId: r.partnerId }),
      (id) => p.cert1x.delete(id),
    ),
    baseYearStatId: stat.id,
  };
}
