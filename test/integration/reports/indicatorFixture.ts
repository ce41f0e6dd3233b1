import { newId } from '../../../src/main/ids';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createCourseService } from '../../../src/main/courses/courseService';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { createInteractionService } from '../../../src/main/interactions/interactionService';
import { createContactService } from '../../../src/main/partners/contactService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createProgrammeServices } from '../../../src/main/programmes/programmeServices';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import type { AgreementDraft } from '../../../src/shared/domain/agreement';
import { createTestDb, steppingClock, validUscc, type TestDb } from '../../helpers/testDb';

// The indicator reports' dataset (R1–R8), written through the real services. The 学年
// under test is 2025 (2025-09-01 .. 2026-08-31); 2024 is "last year" for R7.
//   U1 信息工程学院: M1 510201 计算机应用技术, M2 510203 软件技术
//   U2 汽车工程学院: M3 460702 汽车检测与维修技术
//   P1 深圳华星科技有限公司     the busy partner (M1, M2, records without a major)
//   P2 广州恒达汽车服务有限公司 every record sits on a 学年 boundary (08-31 / 09-01)
//   P3 东莞宏远电子有限公司     data only in 2024-2025
//   P4 佛山明德机械有限公司     nothing but a draft agreement: never in a report
// Trashed rows (a course, an order class, contributions, a part-time teacher, a
// placement figure, an agreement, a visit) must never count. Expected figures are worked
// out by hand in the tests, not here.

export interface IndicatorFixture {
  t: TestDb;
  units: { u1: string; u2: string };
  majors: { m1: string; m2: string; m3: string };
  partners: { p1: string; p2: string; p3: string; p4: string };
  staff: { s1: string };
  agreements: Record<'a0' | 'a1' | 'a2' | 'a3' | 'a5', string>;
  orderClasses: Record<'oc1' | 'oc2' | 'oc4' | 'oc5', string>;
  courses: Record<'c1' | 'c2' | 'c6' | 't1', string>;
  contributions: Record<'k1' | 'k2' | 'k3' | 'k4' | 'k5' | 'k7' | 'k8' | 'k10' | 'k11', string>;
  teachers: Record<'pt1' | 'pt2' | 'pt3', string>;
  placements: Record<'m1p1' | 'm2p1' | 'm3p2', string>;
  bases: { external: string; externalNoStats: string; internal: string };
  visits: { v1: string; v4: string };
}

export async function createIndicatorFixture(): Promise<IndicatorFixture> {
  const t = await createTestDb({ now: steppingClock('2026-09-10T02:00:00.000Z'), actor: 'tester' });
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const contacts = createContactService(t.ctx);
  const agreementService = createAgreementService(t.ctx);
  const courses = createCourseService(t.ctx);
  const contributions = createContributionService(t.ctx);
  const interactions = createInteractionService(t.ctx);
  const p = createProgrammeServices(t.ctx);

  const u1 = (await ref.orgUnits.create({ name: '信息工程学院', kind: 'college' })).id;
  const u2 = (await ref.orgUnits.create({ name: '汽车工程学院', kind: 'college' })).id;
  const major = async (code: string, name: string, orgUnitId: string) =>
    (await ref.majors.create({ code, name, level: 'higher_vocational', orgUnitId })).id;
  const m1 = await major('510201', '计算机应用技术', u1);
  const m2 = await major('510203', '软件技术', u1);
  const m3 = await major('460702', '汽车检测与维修技术', u2);
  const s1 = (await ref.staff.create({ name: '张伟', staffNo: 'T0012', orgUnitId: u1, title: '副院长' })).id;

  const partner = async (fullName: string, n: number) =>
    (
      await partners.create({
        kind: 'enterprise', fullName, uscc: validUscc(n), status: 'active', industrySection: 'I', industryDivision: '65',
        size: 'medium', nature: 'private', regionName: '广东省深圳市',
      })
    ).id;
  const p1 = await partner('深圳华星科技有限公司', 1);
  const p2 = await partner('广州恒达汽车服务有限公司', 2);
  const p3 = await partner('东莞宏远电子有限公司', 3);
  const p4 = await partner('佛山明德机械有限公司', 4);

  const agreement = async (
    organisationId: string,
    draft: Pick<AgreementDraft, 'title' | 'type' | 'majorIds' | 'startDate' | 'endDate'>,
    status: 'active' | 'draft' = 'active',
  ) => {
    const created = await agreementService.create({
      ...draft,
      parties: [
        { role: '甲', partyType: 'school' },
        { role: '乙', partyType: 'enterprise', organisationId },
      ],
    });
    if (status === 'active') await agreementService.transition({ id: created.id, to: 'active' });
    return created.id;
  };
  const a0 = await agreement(p1, { title: '华星首期合作协议', type: 'framework', majorIds: [m1], startDate: '2021-06-10', endDate: '2023-06-09' });
  const a1 = await agreement(p1, { title: '华星框架合作协议', type: 'framework', majorIds: [m1, m2], startDate: '2023-03-15', endDate: '2028-03-14' });
  const a2 = await agreement(p2, { title: '恒达实习基地协议', type: 'internship_base', majorIds: [m3], startDate: '2025-09-01', endDate: '2027-08-31' });
  const a3 = await agreement(p3, { title: '宏远订单培养协议', type: 'order_class', majorIds: [m2], startDate: '2022-09-01', endDate: '2025-08-31' });
  const a5 = await agreement(p1, { title: '华星设备捐赠协议', type: 'donation', majorIds: [m1], startDate: '2025-10-01', endDate: null });
  await agreement(p4, { title: '明德合作意向', type: 'framework', majorIds: [m1], startDate: '2025-10-01', endDate: null }, 'draft');
  const trashedAgreement = await agreement(p1, { title: '华星旧协议（误录）', type: 'framework', majorIds: [m1], startDate: '2019-01-01', endDate: null });
  await agreementService.delete(trashedAgreement);

  // 订单班
  const oc = async (d: { name: string; organisationId: string; majorId: string; cohortYear: number; startDate?: string; endDate?: string; enrolled: number }) =>
    (await p.orderClasses.create(d)).id;
  const oc1 = await oc({ name: '华星云计算订单班', organisationId: p1, majorId: m1, cohortYear: 2025, startDate: '2025-09-01', endDate: '2028-06-30', enrolled: 40 });
  const oc2 = await oc({ name: '华星运维订单班', organisationId: p1, majorId: m1, cohortYear: 2023, startDate: '2023-09-01', endDate: '2026-06-30', enrolled: 35 });
  await p.orderClasses.delete(await oc({ name: '华星误录订单班', organisationId: p1, majorId: m1, cohortYear: 2025, enrolled: 99 }));
  const oc4 = await oc({ name: '华星软件订单班', organisationId: p1, majorId: m2, cohortYear: 2025, startDate: '2025-09-01', enrolled: 18 });
  const oc5 = await oc({ name: '恒达检测订单班', organisationId: p2, majorId: m3, cohortYear: 2025, startDate: '2025-09-01', endDate: '2026-08-31', enrolled: 30 });
  await oc({ name: '恒达新能源订单班', organisationId: p2, majorId: m3, cohortYear: 2026, startDate: '2026-09-01', enrolled: 25 });
  await oc({ name: '恒达维修订单班', organisationId: p2, majorId: m3, cohortYear: 2023, startDate: '2023-09-01', endDate: '2025-08-31', enrolled: 22 });
  await oc({ name: '宏远电子订单班', organisationId: p3, majorId: m2, cohortYear: 2022, startDate: '2022-09-01', endDate: '2025-06-30', enrolled: 25 });

  // 共同开发课程 / 教材
  const course = async (d: Parameters<typeof courses.create>[0]) => (await courses.create(d)).id;
  const c1 = await course({ kind: 'course', code: 'KC2024001', name: '云计算运维实务', summary: '面向云平台运维岗位', organisationId: p1, majorId: m1, startDate: '2024-09-01', endDate: '2026-07-31', schoolLeadStaffId: s1, enterpriseLead: '刘工' });
  const c2 = await course({ kind: 'course', code: 'KC2023007', name: 'Linux 系统管理', organisationId: p1, majorId: m1 });
  await courses.delete(await course({ kind: 'course', name: '误录课程', organisationId: p1, majorId: m1 }));
  const t1 = await course({ kind: 'textbook', name: '网络设备配置教程', organisationId: p1, majorId: m1, publishedDate: '2026-03-01' });
  await course({ kind: 'textbook', name: '软件测试实务', organisationId: p1, majorId: m2, startDate: '2024-03-01', endDate: '2025-06-30' });
  await course({ kind: 'course', code: 'KC2026001', name: '新能源汽车检测', organisationId: p2, majorId: m3, startDate: '2026-09-01' });
  await course({ kind: 'course', code: 'KC2024010', name: '汽车电控维修', organisationId: p2, majorId: m3, startDate: '2024-09-01', endDate: '2025-08-31' });
  const c6 = await course({ kind: 'course', code: 'KC2026000', name: '智能网联汽车测试', organisationId: p2, majorId: m3, startDate: '2026-08-31', enterpriseLead: '陈经理' });

  // 企业投入 (fen precision on purpose)
  const give = async (d: Parameters<typeof contributions.create>[0]) => (await contributions.create(d)).id;
  const k1 = await give({ organisationId: p1, agreementId: a5, kind: 'donated_equipment', items: '服务器 10 台', valueFen: 12_345_678, date: '2025-11-20' });
  const k2 = await give({ organisationId: p1, agreementId: a5, kind: 'donated_equipment', items: '交换机', valueFen: 100_001, date: '2026-01-05' });
  const k3 = await give({ organisationId: p1, agreementId: a5, kind: 'quasi_donated_equipment', items: '软件授权', valueFen: 5_000_000, date: '2026-04-01' });
  const k4 = await give({ organisationId: p1, agreementId: a5, kind: 'technical_service_income', valueFen: 8_888_888, date: '2026-05-10' });
  const k5 = await give({ organisationId: p1, agreementId: a5, kind: 'employee_training', traineePersonDays: 120, date: '2026-06-15' });
  await contributions.delete(await give({ organisationId: p1, agreementId: a5, kind: 'donated_equipment', valueFen: 999_999, date: '2026-01-01' }));
  const k7 = await give({ organisationId: p1, kind: 'donated_equipment', items: '实训台', valueFen: 2_000_000, date: '2025-12-01', target: '华星云计算实训室' });
  const k8 = await give({ organisationId: p1, agreementId: a1, kind: 'technical_service_income', valueFen: 300_000, date: '2026-02-02' });
  await give({ organisationId: p1, agreementId: a5, kind: 'funds', valueFen: 1_000_000, date: '2026-03-03' });
  await give({ organisationId: p2, agreementId: a2, kind: 'quasi_donated_equipment', valueFen: 700_000, date: '2025-08-31' });
  const k10 = await give({ organisationId: p2, agreementId: a2, kind: 'quasi_donated_equipment', items: '检测仪', valueFen: 1_234_567, date: '2025-09-01' });
  const k11 = await give({ organisationId: p2, agreementId: a2, kind: 'employee_training', traineePersonDays: 45, date: '2026-08-31' });
  await give({ organisationId: p2, agreementId: a2, kind: 'employee_training', traineePersonDays: 80, date: '2026-09-01' });

  // 企业兼职教师 (no major in the schema)
  const contact = async (organisationId: string, name: string) =>
    (await contacts.create({ organisationId, name, isPartTimeTeacher: true })).id;
  const teacher = async (organisationId: string, name: string, academicYear: number, hours: number | null) =>
    (await p.partTimeTeachers.create({ contactId: await contact(organisationId, name), organisationId, academicYear, hours, courses: '云计算' })).id;
  const pt1 = await teacher(p1, '王工', 2025, 32);
  const pt2 = await teacher(p1, '赵工', 2025, 48);
  const pt3 = await teacher(p1, '孙工', 2025, null);
  await teacher(p1, '周工', 2024, 40);
  await p.partTimeTeachers.delete(await teacher(p1, '吴工', 2025, 64));

  // placement_stat: no service when this was written, so a plain insert (the table is the contract).
  const stamp = '2026-09-10T02:00:00.000Z';
  const placement = async (organisationId: string, majorId: string, academicYear: number, f: { order?: number | null; interns?: number | null; employed?: number | null }, trashed = false) => {
    const id = newId();
    await t.app.db
      .insertInto('placement_stat')
      .values({
        id, organisation_id: organisationId, major_id: majorId, academic_year: academicYear,
        order_trainees: f.order ?? null, interns: f.interns ?? null, graduates_employed: f.employed ?? null,
        created_at: stamp, updated_at: stamp, deleted_at: trashed ? stamp : null,
      })
      .execute();
    return id;
  };
  const m1p1 = await placement(p1, m1, 2025, { interns: 12, employed: 8 });
  await placement(p1, m1, 2025, { interns: 99, employed: 99 }, true);
  await placement(p1, m1, 2024, { order: 30, interns: 10, employed: 5 });
  const m2p1 = await placement(p1, m2, 2025, { order: 20, employed: 0 });
  const m3p2 = await placement(p2, m3, 2025, { interns: 15 });
  await placement(p3, m2, 2024, { interns: 6 });

  // 实习基地
  const external = (
    await p.internshipBases.create({
      name: '恒达汽车校外实习基地', kind: 'external', organisationId: p2, agreementId: a2, hasHousing: true, paysAllowance: false,
      fundPerStudentFen: 50_000, majorIds: [m3], establishedDate: '2025-09-01',
    })
  ).id;
  await p.baseYearStats.upsert({
    baseId: external, academicYear: 2025, projectCount: 3, projectNames: '整车检测、钣金喷涂、新能源维修', studentVisits: 120,
    usageDays: 200, halfYearInterns: 15, supervisorsSent: 6, graduatesEmployed: 9,
  });
  await p.baseYearStats.upsert({ baseId: external, academicYear: 2024, projectCount: 1, studentVisits: 30 });
  const externalNoStats = (
    await p.internshipBases.create({ name: '华星软件实习基地', kind: 'external', organisationId: p1, majorIds: [m1, m2] })
  ).id;
  const internal = (
    await p.internshipBases.create({ name: '华星云计算实训室', kind: 'internal_joint', organisationId: p1, agreementId: a5, capacity: 40, majorIds: [m1] })
  ).id;

  // 学徒, 产业学院, 1+X (R7, R8)
  await p.apprenticeships.create({ organisationId: p1, majorId: m1, level: 'provincial', cohortYear: 2025, apprentices: 20, mentors: 5 });
  await p.apprenticeships.create({ organisationId: p2, majorId: m3, level: 'school', cohortYear: 2022, apprentices: 15 });
  await p.industryColleges.create({ name: '华星信息产业学院', establishedDate: '2024-05-20', partnerIds: [p1], majorIds: [m1, m2] });
  await p.industryColleges.create({ name: '恒达汽车产业学院', establishedDate: '2026-08-31', partnerIds: [p2] });
  await p.cert1x.create({ name: 'Web 前端开发', academicYear: 2025, trained: 50, examined: 45, passed: 40, majorIds: [m2] });
  await p.cert1x.create({ name: '云计算平台运维', academicYear: 2024, trained: 30, examined: 30, passed: 27 });

  // 访企拓岗
  const v1 = (
    await interactions.create({
      organisationId: p1, kind: 'visit', date: '2025-10-12', staffId: s1, staffTitle: '副院长', hostName: '李总', hostTitle: '人力资源总监',
      outcomeForm: '签订合作协议', demandMajorCode: '510201', demandMajorName: '计算机应用技术', demandMajorLevel: 'higher_vocational',
      positionsOffered: 25, averageSalaryFen: 650_050, internMajors: '计算机应用技术', internCount: 10, internPayFen: 300_000,
      employMajors: '软件技术', employCount: 8, startingSalaryFen: 600_000, otherIntents: '共建实训室',
    })
  ).id;
  await interactions.create({ organisationId: p2, kind: 'call', date: '2025-11-01' });
  await interactions.create({ organisationId: p2, kind: 'visit', date: '2025-08-31' });
  const v4 = (await interactions.create({ organisationId: p3, kind: 'visit', date: '2026-08-31', hostName: '黄经理' })).id;
  await interactions.delete((await interactions.create({ organisationId: p1, kind: 'visit', date: '2026-01-01' })).id);

  return {
    t,
    units: { u1, u2 },
    majors: { m1, m2, m3 },
    partners: { p1, p2, p3, p4 },
    staff: { s1 },
    agreements: { a0, a1, a2, a3, a5 },
    orderClasses: { oc1, oc2, oc4, oc5 },
    courses: { c1, c2, c6, t1 },
    contributions: { k1, k2, k3, k4, k5, k7, k8, k10, k11 },
    teachers: { pt1, pt2, pt3 },
    placements: { m1p1, m2p1, m3p2 },
    bases: { external, externalNoStats, internal },
    visits: { v1, v4 },
  };
}
