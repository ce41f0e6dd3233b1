import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r10AgreementLedger } from '../../../src/main/reports/definitions/r10AgreementLedger';
import { r11ExpiryWarnings } from '../../../src/main/reports/definitions/r11ExpiryWarnings';
import { r12PartnerDirectory } from '../../../src/main/reports/definitions/r12PartnerDirectory';
import type { ReportFilters } from '@shared/domain/report';
import { pick, registerCore, runReport, school } from './registerTestContext';

// The unit, major and partner filters of R10, R11 and R12 (issue 4), on a fixture where each
// filter changes the result. Today is 2026-11-28. By hand:
//   信息工程学院 (U1) with its department 软件系 (U1d, major 软件技术 M1); 机电学院 (U2, major 机电一体化 M2).
//   F-001: unit U1d, major M1, partner 华创;  F-002: unit U2, major M2, partner 长风;  F-003: unit U2, no major, 华创.
//   All end 2026-12-08 (10 days left: R11's 30-day stage). Obligations: F-001 due 12-10, F-002 due 12-05.
//   Overdue follow-ups: 华创 (due 11-20), 长风 (11-21), 海纳 (11-22; no agreement, looked after by U1).
//   领航 has no agreement, only an internship base for M1.
// Partner-level lists (R12, R11 follow-ups) keep a partner with an agreement R10 would list under
// the same filters, a programme linked to a major in scope, or (unit alone) its owner unit:
//   M1 → 华创 (F-001), 领航 (base);  U1 → 华创 (F-001 via U1d), 海纳 (owner), 领航 (M1 is U1d's);
//   U2 → 华创 (F-003), 长风 (F-002);  U2 + M1 → nobody.

const HC = '深圳市华创软件技术有限公司';
const CF = '武汉长风汽车零部件有限公司';
const HN = '杭州海纳信息技术有限公司';
const LH = '成都领航智能制造有限公司';

let core: Core;
const ids = { u1: '', u1d: '', u2: '', m1: '', m2: '', hc: '', cf: '' };

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  ids.u1 = (await s.reference.orgUnits.create({ name: '信息工程学院', kind: 'college' })).id;
  ids.u1d = (await s.reference.orgUnits.create({ name: '软件系', kind: 'department', parentId: ids.u1 })).id;
  ids.u2 = (await s.reference.orgUnits.create({ name: '机电工程学院', kind: 'college' })).id;
  ids.m1 = (await s.reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational', orgUnitId: ids.u1d })).id;
  ids.m2 = (await s.reference.majors.create({ code: '460301', name: '机电一体化技术', level: 'higher_vocational', orgUnitId: ids.u2 })).id;
  ids.hc = (await s.partners.create({ kind: 'enterprise', fullName: HC })).id;
  ids.cf = (await s.partners.create({ kind: 'enterprise', fullName: CF })).id;
  const hn = await s.partners.create({ kind: 'enterprise', fullName: HN, ownerOrgUnitId: ids.u1 });
  const lh = await s.partners.create({ kind: 'enterprise', fullName: LH });
  await s.programmes.internshipBases.create({ name: '领航实习基地', kind: 'external', organisationId: lh.id, majorIds: [ids.m1] });
  const agreement = async (agreementNo: string, orgUnitId: string, partnerId: string, majorIds: string[], due?: string) => {
    const a = await s.agreements.create({
      agreementNo,
      title: `${agreementNo} 协议`,
      type: 'framework',
      orgUnitId,
      majorIds,
      startDate: '2024-12-09',
      endDate: '2026-12-08',
      parties: [school, { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partnerId }],
      ...(due ? { obligations: [{ partyRole: '乙' as const, text: `${agreementNo} 接收实习学生`, dueDate: due }] } : {}),
    });
    await s.agreements.transition({ id: a.id, to: 'active' });
  };
  await agreement('F-001', ids.u1d, ids.hc, [ids.m1], '2026-12-10');
  await agreement('F-002', ids.u2, ids.cf, [ids.m2], '2026-12-05');
  await agreement('F-003', ids.u2, ids.hc, []);
  for (const [organisationId, followUpDate] of [[ids.hc, '2026-11-20'], [ids.cf, '2026-11-21'], [hn.id, '2026-11-22']] as const) {
    await s.interactions.create({ organisationId, kind: 'visit', date: '2026-11-01', followUpDate });
  }
}, 60_000);
afterAll(() => core.close());

const THIS_YEAR = { kind: 'academic', startYear: 2026 } as const;

async function r11(filters: ReportFilters) {
  const sections = await runReport(core, r11ExpiryWarnings, THIS_YEAR, filters);
  return {
    agreements: pick(sections[0], ['no']).flat(),
    followUps: pick(sections[5], ['partner']).flat(),
    obligations: pick(sections[6], ['no']).flat(),
  };
}

async function r12(filters: ReportFilters) {
  return pick((await runReport(core, r12PartnerDirectory, THIS_YEAR, filters))[0], ['name']).flat();
}

describe('R10 合作协议台账 by partner', () => {
  it('lists only the agreements the partner is a party to', async () => {
    const ledger = async (filters: ReportFilters) => pick((await runReport(core, r10AgreementLedger, THIS_YEAR, filters))[0], ['no']).flat();
    expect(await ledger({})).toEqual(['F-001', 'F-002', 'F-003']);
    expect(await ledger({ organisationId: ids.hc })).toEqual(['F-001', 'F-003']);
    expect(await ledger({ organisationId: ids.cf })).toEqual(['F-002']);
    expect(await ledger({ organisationId: ids.cf, orgUnitId: ids.u1 })).toEqual([]);
  });
});

describe('R11 协议到期预警 by unit, major and partner', () => {
  it('without filters lists everything due', async () => {
    expect(await r11({})).toEqual({ agreements: ['F-001', 'F-002', 'F-003'], followUps: [HC, CF, HN], obligations: ['F-002', 'F-001'] });
  });

  it('by major: the agreements linked to it, their obligations and the partners working with it', async () => {
    expect(await r11({ majorId: ids.m1 })).toEqual({ agreements: ['F-001'], followUps: [HC], obligations: ['F-001'] });
    expect(await r11({ majorId: ids.m2 })).toEqual({ agreements: ['F-002'], followUps: [CF], obligations: ['F-002'] });
  });

  it('by unit, including its departments', async () => {
    expect(await r11({ orgUnitId: ids.u1 })).toEqual({ agreements: ['F-001'], followUps: [HC, HN], obligations: ['F-001'] });
    expect(await r11({ orgUnitId: ids.u2 })).toEqual({ agreements: ['F-002', 'F-003'], followUps: [HC, CF], obligations: ['F-002'] });
    expect(await r11({ orgUnitId: ids.u2, majorId: ids.m2 })).toEqual({ agreements: ['F-002'], followUps: [CF], obligations: ['F-002'] });
  });

  it('by partner: its agreements, obligations and follow-ups', async () => {
    expect(await r11({ organisationId: ids.hc })).toEqual({ agreements: ['F-001', 'F-003'], followUps: [HC], obligations: ['F-001'] });
    expect(await r11({ organisationId: ids.cf })).toEqual({ agreements: ['F-002'], followUps: [CF], obligations: ['F-002'] });
  });
});

describe('R12 合作企业名录 by unit and major', () => {
  it('without filters lists every partner', async () => {
    expect(await r12({})).toEqual([LH, HN, CF, HC]); // by name (code point order)
  });

  it('by major: partners with an agreement or a programme for it', async () => {
    expect(await r12({ majorId: ids.m1 })).toEqual([LH, HC]);
    expect(await r12({ majorId: ids.m2 })).toEqual([CF]);
  });

  it('by unit: agreements of the unit or its departments, programmes of its majors, partners it looks after', async () => {
    expect(await r12({ orgUnitId: ids.u1 })).toEqual([LH, HN, HC]);
    expect(await r12({ orgUnitId: ids.u2 })).toEqual([CF, HC]);
    expect(await r12({ orgUnitId: ids.u2, majorId: ids.m1 })).toEqual([]);
  });
});
