import { academicYearOf } from '@shared/domain/rules/academicYear';
import { addDays } from '@shared/format/dates';
import { createRandom } from './random';
import { sampleUscc } from './sampleIdentity';
import type { SamplePartner, SampleReference } from './samplePartners';
import type { SampleTargets } from './sampleTargets';

// Programmes, placement figures and this year's activity, dated relative to today like the
// rest of the sample, so every report (R1–R14) has rows for the current 学年 and 自然年.

/** The current 学年 (default 1 September start) and a helper for dates inside it up to today. */
export function sampleYear(today: string) {
  const year = academicYearOf(today);
  const start = `${year}-09-01`;
  /** `daysAgo` before today, but never before the 学年 began. */
  const inYear = (daysAgo: number): string => {
    const d = addDays(today, -daysAgo);
    return d < start ? start : d;
  };
  return { year, start, inYear };
}

const enterprisesOf = (partners: SamplePartner[]) => partners.filter((p) => p.kind === 'enterprise');

/**
 * [base-equipment] An on-campus base's equipment for R6 (domain §2.3), in 分: last 学年's
 * total plus this 学年's additions make this 学年's total. Fixed figures, not drawn from
 * the generator, so the rest of the sample stays as it was.
 */
export function sampleBaseEquipment(i: number, y: number, year: number) {
  const lastTotal = (1_520_000 + i * 10_000) * 100;
  const added = (340_000 + i * 1_000) * 100;
  return y < year
    ? { equipmentTotalFen: lastTotal, equipmentNewFen: 280_000 * 100, equipmentCount: 80 + i, largeEquipmentCount: 5 }
    : { equipmentTotalFen: lastTotal + added, equipmentNewFen: added, equipmentCount: 92 + i, largeEquipmentCount: 6 };
}

export async function seedProgrammes(t: SampleTargets, ref: SampleReference, partners: SamplePartner[], today: string) {
  const random = createRandom(314);
  const { year } = sampleYear(today);
  const enterprises = enterprisesOf(partners);
  const counts = { internshipBases: 0, baseYearStats: 0, orderClasses: 0, apprenticeships: 0, partTimeTeachers: 0, cert1x: 0, placementStats: 0 };

  for (let i = 0; i < 8; i++) {
    const partner = enterprises[i * 2];
    const major = ref.majors[i % ref.majors.length];
    if (!partner || !major) break;
    const kind = i % 4 === 3 ? 'internal_joint' : 'external';
    // City and brand (深圳华创): whole words, never a cut one (新能源 → 新能). A base built with
    // the partner on campus is no 校外 base.
    const short = partner.name.slice(0, 4);
    const baseWord = kind === 'external' ? '校外实习基地' : '校企共建实训基地';
    const base = await t.createInternshipBase({
      name: `${short}${baseWord}`,
      kind,
      organisationId: partner.id,
      establishedDate: `${year - 3 + (i % 3)}-09-01`,
      plaqueName: `示例职业技术学院${baseWord}（${short}）`,
      capacity: random.int(20, 80),
      hasHousing: i % 2 === 0,
      paysAllowance: i % 3 !== 2,
      fundPerStudentFen: i % 3 === 0 ? random.int(5, 20) * 10_000 : null,
      majorIds: [major.id],
    });
    counts.internshipBases++;
    for (const y of [year - 1, year]) {
      await t.upsertBaseYearStat({
        baseId: base.id,
        academicYear: y,
        projectCount: random.int(1, 4),
        projectNames: '岗位认知实习、跟岗实习、顶岗实习',
        studentVisits: random.int(30, 200),
        usageDays: random.int(30, 200),
        halfYearInterns: random.int(5, 40),
        supervisorsSent: random.int(2, 10),
        graduatesEmployed: y === year ? null : random.int(2, 20),
        ...(kind === 'internal_joint' ? sampleBaseEquipment(i, y, year) : {}),
      });
      counts.baseYearStats++;
    }
  }

  // [base-full-table] The college's own on-campus base (no partner, migration 0016), with the whole
  // 校内实践基地 row for R6. Fixed figures, no draws, so the rest of the sample stays as it was.
  const ownMajors = ref.majors.slice(0, 2).map((m) => m.id);
  const own = await t.createInternshipBase({
    name: '智能制造公共实训中心', kind: 'internal', establishedDate: `${year - 5}-09-01`, approvalDate: `${year - 5}-06-15`,
    supportingDepartment: '教务处', capacity: 120, majorIds: ownMajors,
  });
  counts.internshipBases++;
  for (const y of [year - 1, year]) {
    const current = y === year;
    await t.upsertBaseYearStat({
      baseId: own.id, academicYear: y, projectCount: 6, projectNames: '数控加工、工业机器人编程、PLC控制、智能产线运维、三维建模、质量检测',
      usageDays: 180, buildingAreaM2: 2400, equipmentTotalFen: current ? 345_000_000 : 320_000_000, equipmentNewFen: current ? 25_000_000 : 20_000_000,
      selfDevelopedEquipmentFen: 1_200_000, equipmentCount: current ? 210 : 196, largeEquipmentCount: 14, internalPersonHours: current ? 42_000 : 39_600,
      socialPersonHours: current ? 3_600 : 2_880, consumablesFen: 18_500_000, maintenanceFen: 6_400_000, fullTimeManagers: 3, partTimeManagers: 6,
    });
    counts.baseYearStats++;
  }

  const orderKinds = ['industry', 'major_group', 'comprehensive'] as const;
  for (let i = 0; i < 4; i++) {
    const partner = enterprises[i * 3 + 1];
    const major = ref.majors[(i * 2) % ref.majors.length];
    if (!partner || !major) break;
    const enrolled = random.int(20, 45);
    await t.createOrderClass({
      // Brand and business without city and company suffix: 华创新能源科技订单班.
      name: `${partner.name.slice(2).replace(/(集团)?(股份)?有限(责任)?公司$/, '')}订单班`,
      organisationId: partner.id,
      majorId: major.id,
      kind: orderKinds[i % orderKinds.length],
      cohortYear: year - (i % 2),
      startDate: `${year - (i % 2)}-09-01`,
      endDate: `${year - (i % 2) + 3}-06-30`,
      planned: enrolled + 5,
      enrolled,
      employmentCommitmentPct: 80,
      employed: i % 2 === 1 ? random.int(5, enrolled) : null,
    });
    counts.orderClasses++;
  }

  for (let i = 0; i < 2; i++) {
    const partner = enterprises[i * 5 + 2];
    const major = ref.majors[i + 1];
    if (!partner || !major) break;
    await t.createApprenticeship({ organisationId: partner.id, majorId: major.id, level: i === 0 ? 'provincial' : 'school', cohortYear: year, apprentices: random.int(15, 30), mentors: random.int(4, 10) });
    counts.apprenticeships++;
  }

  for (let i = 0; i < 6; i++) {
    const partner = enterprises[i * 4];
    if (!partner) break;
    const contact = await t.createContact({ organisationId: partner.id, name: `兼职教师${String.fromCharCode(0x7532 + i)}`, title: '高级工程师', isPartTimeTeacher: true });
    await t.createPartTimeTeacher({
      contactId: contact.id,
      organisationId: partner.id,
      academicYear: year,
      courses: '企业项目实战',
      hours: random.int(16, 64),
      payFen: random.int(20, 80) * 10_000,
      qualification: '高级工程师',
      // The last one is left without a 专业: R17 lists it (计入未分专业，不上报 ODS).
      majorId: i < 5 ? (ref.majors[i % ref.majors.length]?.id ?? null) : null,
    });
    counts.partTimeTeachers++;
  }

  const evaluator = partners.find((p) => p.kind === 'training_evaluation_org');
  const robotics = ref.majors.find((m) => m.name === '工业机器人技术');
  const examined = random.int(30, 60);
  await t.createCert1x({
    name: '工业机器人操作与运维',
    level: '中级',
    organisationId: evaluator?.id ?? null,
    academicYear: year,
    trained: examined + 5,
    examined,
    passed: examined - random.int(0, 10),
    majorIds: robotics ? [robotics.id] : [],
  });
  counts.cert1x++;

  // Placement figures for the current and the previous 学年 (R1/R2).
  for (let i = 0; i < 12; i++) {
    const partner = enterprises[i];
    const major = ref.majors[i % ref.majors.length];
    if (!partner || !major) break;
    for (const y of [year - 1, year]) {
      await t.createPlacementStat({
        organisationId: partner.id,
        majorId: major.id,
        academicYear: y,
        orderTrainees: i % 3 === 0 ? random.int(10, 40) : null,
        interns: random.int(3, 30),
        graduatesEmployed: y === year && i % 2 === 1 ? null : random.int(1, 15),
      });
      counts.placementStats++;
    }
  }
  return counts;
}

/** Contributions, funding across two calendar years and 访企拓岗 visits in the current 学年. */
export async function seedCurrentActivity(t: SampleTargets, ref: SampleReference, partners: SamplePartner[], today: string) {
  const random = createRandom(2718);
  const { inYear } = sampleYear(today);
  const enterprises = enterprisesOf(partners);
  let contributions = 0;
  const kinds = ['donated_equipment', 'quasi_donated_equipment', 'technical_service_income', 'employee_training'] as const;
  for (let i = 0; i < 8; i++) {
    const partner = enterprises[i + 1];
    const kind = kinds[i % kinds.length] ?? 'donated_equipment';
    if (!partner) break;
    const training = kind === 'employee_training';
    await t.createContribution({
      organisationId: partner.id,
      kind,
      items: training ? '新员工岗前培训' : kind === 'technical_service_income' ? '生产线自动化改造技术服务' : '工业机器人实训工作站',
      valueFen: training ? null : random.int(3, 90) * 1_000_000,
      traineePersonDays: training ? random.int(40, 300) : null,
      date: inYear(random.int(0, 80)),
      target: training ? null : '智能制造实训中心',
      majorId: i < 7 ? (ref.majors[(i + 1) % ref.majors.length]?.id ?? null) : null,
    });
    contributions++;
  }

  const thisYear = Number(today.slice(0, 4));
  const janDate = `${thisYear}-01-15` <= today ? `${thisYear}-01-15` : today;
  const fundingDefs = [
    { name: '现代学徒制试点专项', kind: 'fiscal_special' as const },
    { name: '订单班企业奖学金', kind: 'enterprise_investment' as const },
  ];
  let fundingTxns = 0;
  for (const [i, def] of fundingDefs.entries()) {
    const source = await t.createFundingSource(def);
    const rows = [
      { direction: 'in' as const, date: `${thisYear - 1}-03-15`, amountFen: (i + 2) * 5_000_000, summary: '经费到账' },
      { direction: 'out' as const, date: `${thisYear - 1}-09-20`, amountFen: (i + 1) * 1_200_000, summary: '实训耗材与指导费' },
      { direction: 'in' as const, date: janDate, amountFen: (i + 3) * 4_000_000, summary: '年度经费到账' },
      { direction: 'out' as const, date: today, amountFen: (i + 1) * 800_000, summary: '学生实习保险与补贴' },
    ];
    for (const [j, row] of rows.entries()) {
      await t.createFundingTxn({ sourceId: source.id, ...row, voucherNo: `PZ${thisYear}${String(i * 10 + j + 1).padStart(3, '0')}` });
      fundingTxns++;
    }
  }

  let visits = 0;
  for (let i = 0; i < 6; i++) {
    const partner = enterprises[i * 2 + 1];
    const major = ref.majors[i % ref.majors.length];
    const staff = ref.staff[i % ref.staff.length];
    if (!partner || !major) break;
    await t.createInteraction({
      organisationId: partner.id,
      kind: 'visit',
      date: inYear(random.int(0, 60)),
      staffId: staff?.id ?? null,
      staffTitle: '二级学院院长',
      hostName: partner.contactNames[0] ?? null,
      hostTitle: '人力资源总监',
      summary: '书记校长访企拓岗：了解用人需求，洽谈实习就业合作',
      outcomeForm: '签订就业协议',
      demandMajorName: major.name,
      demandMajorLevel: 'higher_vocational',
      positionsOffered: random.int(5, 40),
      averageSalaryFen: random.int(45, 80) * 10_000,
      internMajors: major.name,
      internCount: random.int(5, 20),
      internPayFen: random.int(25, 40) * 10_000,
      employMajors: major.name,
      employCount: random.int(3, 15),
      startingSalaryFen: random.int(40, 60) * 10_000,
      otherIntents: '共建订单班',
    });
    visits++;
  }
  return { contributions, fundingSources: fundingDefs.length, fundingTxns, visits };
}

/** Problems R17 should find in the sample: a duplicate-looking pair and a partner without USCC. */
export async function seedQualityIssues(t: SampleTargets, ref: SampleReference, partners: SamplePartner[], today: string) {
  const first = enterprisesOf(partners)[0];
  if (!first) return { partners: 0 };
  const { year } = sampleYear(today);
  const stem = first.name.replace(/(集团)?(股份)?有限(责任)?公司$/, '');
  // Same name key as the first enterprise: entered twice, once with 集团 in the name.
  await t.createPartner({
    kind: 'enterprise',
    fullName: `${stem}（集团）有限公司`,
    uscc: sampleUscc(createRandom(4242), '91', '440300'),
    status: 'negotiating',
    source: 'trade_fair',
  });
  const noUscc = await t.createPartner({ kind: 'enterprise', fullName: '深圳市晨光酒店管理有限公司', regionCode: '440300', regionName: '广东省深圳市', status: 'active', source: 'visit' });
  const major = ref.majors.find((m) => m.name === '酒店管理与数字化运营') ?? ref.majors[0];
  if (major) await t.createPlacementStat({ organisationId: noUscc.id, majorId: major.id, academicYear: year, interns: 12, graduatesEmployed: 4 });
  return { partners: 2 };
}
