import { addDays } from '@shared/format/dates';
import type { AGREEMENT_TYPES } from '@shared/domain/enums';
import { createRandom } from './random';
import { COURSE_NAMES } from './sampleCatalog';
import { sampleIsbn } from './sampleIdentity';
import { SAMPLE_COLLEGE, type SamplePartner, type SampleReference } from './samplePartners';
import type { SampleTargets } from './sampleTargets';

type AgreementType = (typeof AGREEMENT_TYPES)[number];

const TITLES: Record<string, string> = {
  framework: '校企合作框架协议书',
  internship_base: '校外实习基地协议书',
  order_class: '订单培养协议',
  modern_apprenticeship: '现代学徒制合作协议',
  industry_college: '产业学院共建协议',
  training_base: '实训基地共建协议',
  technical_service: '技术服务合同',
  donation: '设备捐赠协议',
};

/**
 * Agreements in every status, dated relative to today so the sample always shows some
 * expiring within the lead times and some already past their end date.
 */
export async function seedAgreements(t: SampleTargets, ref: SampleReference, partners: SamplePartner[], today: string) {
  const random = createRandom(42);
  const enterprises = partners.filter((p) => p.kind === 'enterprise');
  const association = partners.find((p) => p.kind === 'industry_association');
  const types = Object.keys(TITLES) as AgreementType[];
  let count = 0;
  let renewed = 0;
  for (let i = 0; i < 40; i++) {
    const partner = enterprises[i % enterprises.length];
    if (!partner) break;
    const type = types[i % types.length] ?? 'framework';
    const major = ref.majors[i % ref.majors.length];
    // Spread end dates from two years ago to three years ahead; a few within 30–170 days.
    const endOffset = i % 8 === 0 ? random.int(30, 170) : random.int(-700, 1100);
    const endDate = addDays(today, endOffset);
    const termStart = addDays(endDate, -365 * random.int(2, 3));
    // An agreement in the sample never starts in the future: that would read as a mistake.
    const startDate = termStart > today ? addDays(today, -random.int(30, 300)) : termStart;
    const threeParties = i % 10 === 4 && association !== undefined;
    const created = await t.createAgreement({
      agreementNo: `XQHZ-${startDate.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      title: `${partner.name}${TITLES[type] ?? '合作协议'}`,
      type,
      orgUnitId: major?.unitId ?? null,
      majorIds: major ? [major.id] : [],
      signDate: addDays(startDate, -random.int(3, 30)),
      startDate,
      endDate,
      amountFen: type === 'technical_service' || type === 'donation' ? random.int(5, 300) * 1_000_000 : null,
      copiesTotal: threeParties ? 6 : 4,
      copiesEach: 2,
      parties: [
        { role: '甲', partyType: 'school', displayName: SAMPLE_COLLEGE.fullName, legalRepresentative: SAMPLE_COLLEGE.legalRepresentative },
        { role: '乙', partyType: 'enterprise', organisationId: partner.id },
        ...(threeParties ? [{ role: '丙' as const, partyType: 'other' as const, organisationId: association.id }] : []),
      ],
      obligations:
        type === 'internship_base'
          ? [{ partyRole: '乙', text: '每年接收实习学生', quantity: random.int(10, 40), unit: '人', recurrence: 'yearly' }]
          : [],
    });
    count++;
    const phase = i % 10;
    if (phase === 0) continue; // draft
    if (phase === 1) {
      await t.transitionAgreement({ id: created.id, to: 'signing' });
      continue;
    }
    await t.transitionAgreement({ id: created.id, to: 'active' });
    if (phase === 2) await t.transitionAgreement({ id: created.id, to: 'terminated', reason: '企业经营方向调整' });
    if ((phase === 3 || phase === 5) && endOffset < 400) {
      const next = await t.renewAgreement({ agreementId: created.id, newEndDate: addDays(endDate, 365 * 3) });
      count++;
      renewed++;
      if (phase === 3) await t.transitionAgreement({ id: next.id, to: 'active' });
    }
  }
  return { agreements: count, renewals: renewed };
}

export async function seedInteractions(t: SampleTargets, ref: SampleReference, partners: SamplePartner[], today: string) {
  const random = createRandom(99);
  const kinds = ['visit', 'trade_fair', 'call', 'meeting'] as const;
  let count = 0;
  for (let i = 0; i < 80; i++) {
    const partner = partners[i % partners.length];
    const staff = ref.staff[i % ref.staff.length];
    if (!partner) break;
    const date = addDays(today, -random.int(1, 400));
    const kind = kinds[i % kinds.length] ?? 'visit';
    await t.createInteraction({
      organisationId: partner.id,
      kind,
      date,
      staffId: staff?.id ?? null,
      staffTitle: '专业带头人',
      hostName: partner.contactNames[0] ?? null,
      eventName: kind === 'trade_fair' ? '校企合作洽谈会' : null,
      summary: kind === 'visit' ? '走访企业，了解岗位需求与实习安排' : '沟通合作进展与下一步计划',
      outcomeForm: kind === 'visit' ? '达成实习合作意向' : null,
      positionsOffered: kind === 'visit' ? random.int(2, 30) : null,
      internCount: kind === 'visit' ? random.int(2, 20) : null,
      nextAction: '发送合作方案',
      followUpDate: i % 4 === 0 ? addDays(today, random.int(-20, 30)) : null,
    });
    count++;
  }
  return { interactions: count };
}

export async function seedCoursesAndFunding(t: SampleTargets, ref: SampleReference, partners: SamplePartner[], today: string) {
  const random = createRandom(7);
  const enterprises = partners.filter((p) => p.kind === 'enterprise');
  let courses = 0;
  for (let i = 0; i < COURSE_NAMES.length + 5; i++) {
    const partner = enterprises[(i * 3) % enterprises.length];
    if (!partner) break;
    const isTextbook = i >= COURSE_NAMES.length;
    const name = isTextbook ? `${COURSE_NAMES[i - COURSE_NAMES.length] ?? '实训'}（校企合作教材）` : (COURSE_NAMES[i] ?? '');
    const start = addDays(today, -random.int(100, 900));
    await t.createCourse({
      kind: isTextbook ? 'textbook' : 'course',
      code: isTextbook ? null : `KC${String(1001 + i)}`,
      name,
      summary: '校企双方共同制定课程标准、开发教学资源并实施教学',
      organisationId: partner.id,
      majorId: ref.majors[i % ref.majors.length]?.id ?? null,
      startDate: start,
      endDate: addDays(start, 365),
      schoolLeadStaffId: ref.staff[i % ref.staff.length]?.id ?? null,
      enterpriseLead: partner.contactNames[0] ?? null,
      isbn: isTextbook ? sampleIsbn(random) : null,
      publishedDate: isTextbook ? addDays(start, 300) : null,
    });
    courses++;
  }
  const sourceDefs = [
    { kind: 'fiscal_special', name: '省级产教融合专项资金' },
    { kind: 'enterprise_investment', name: '合作企业投入' },
    { kind: 'school_self_raised', name: '学校自筹经费' },
    { kind: 'social_donation', name: '社会捐赠' },
  ] as const;
  const sources: string[] = [];
  for (const s of sourceDefs) sources.push((await t.createFundingSource(s)).id);
  let txns = 0;
  for (let i = 0; i < 30; i++) {
    const sourceId = sources[i % sources.length];
    if (!sourceId) break;
    await t.createFundingTxn({
      sourceId,
      direction: i % 3 === 2 ? 'out' : 'in',
      amountFen: random.int(1, 80) * 1_000_000,
      date: addDays(today, -random.int(1, 700)),
      voucherNo: `PZ${String(20240001 + i)}`,
      summary: i % 3 === 2 ? '实训基地设备采购' : '专项经费到账',
    });
    txns++;
  }
  const kinds = ['donated_equipment', 'quasi_donated_equipment', 'technical_service_income', 'employee_training'] as const;
  let contributions = 0;
  for (let i = 0; i < 24; i++) {
    const partner = enterprises[(i * 5) % enterprises.length];
    const kind = kinds[i % kinds.length] ?? 'donated_equipment';
    if (!partner) break;
    await t.createContribution({
      organisationId: partner.id,
      kind,
      items: kind === 'employee_training' ? '企业员工技能培训' : kind === 'technical_service_income' ? '工艺改进技术服务' : '数控实训设备',
      valueFen: kind === 'employee_training' ? null : random.int(2, 150) * 1_000_000,
      traineePersonDays: kind === 'employee_training' ? random.int(20, 600) : null,
      date: addDays(today, -random.int(1, 700)),
      target: kind === 'employee_training' ? null : '智能制造实训中心',
      majorId: i % 6 === 5 ? null : (ref.majors[i % ref.majors.length]?.id ?? null),
    });
    contributions++;
  }
  return { courses, fundingSources: sources.length, fundingTxns: txns, contributions };
}
