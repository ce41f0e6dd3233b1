import { afterEach, describe, expect, it } from 'vitest';
import { createAgreementRelationsService } from '../../../src/main/agreements/agreementRelationsService';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { DomainError } from '../../../src/main/errors';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { createFundingSourceService } from '../../../src/main/funding/fundingSourceService';
import { createFundingTxnService } from '../../../src/main/funding/fundingTxnService';
import { newId } from '../../../src/main/ids';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function setup() {
  // 2026-11-28 10:00 in Shanghai; the clock steps so rows written in order sort in order.
  const t = await createTestDb({ now: steppingClock('2026-11-28T02:00:00.000Z') });
  current = t;
  const partner = await createPartnerService(t.ctx).create({ kind: 'enterprise', fullName: '深圳市示例科技有限公司' });
  const agreements = createAgreementService(t.ctx);
  const relations = createAgreementRelationsService(t.ctx);
  const parties = [
    { role: '甲' as const, partyType: 'school' as const, displayName: '示例职业技术学院' },
    { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partner.id },
  ];
  const activeAgreement = async (startDate: string, endDate: string, agreementNo: string) => {
    const a = await agreements.create({ title: '实习基地协议', type: 'internship_base', parties, startDate, endDate, agreementNo });
    await agreements.transition({ id: a.id, to: 'active' });
    return a;
  };
  return { t, partner, agreements, relations, parties, activeAgreement };
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('agreements:links', () => {
  it('lists live programmes and funding that point at the agreement, and nothing of other agreements', async () => {
    const s = await setup();
    const a = await s.activeAgreement('2025-01-01', '2027-12-31', 'A-1');
    const other = await s.activeAgreement('2025-01-01', '2027-12-31', 'A-2');
    const sqlite = s.t.app.sqlite;
    const stamp = '2026-11-28T02:00:00.000Z';
    const insertBase = sqlite.prepare(
      `insert into internship_base (id, name, kind, organisation_id, agreement_id, created_at, updated_at, deleted_at) values (?, ?, 'external', ?, ?, ?, ?, ?)`,
    );
    const baseId = newId();
    insertBase.run(baseId, '示例科技实习基地', s.partner.id, a.id, stamp, stamp, null);
    insertBase.run(newId(), '已删除的基地', s.partner.id, a.id, stamp, stamp, stamp);
    insertBase.run(newId(), '别的协议的基地', s.partner.id, other.id, stamp, stamp, null);
    const orderId = newId();
    sqlite
      .prepare(`insert into order_class (id, name, organisation_id, agreement_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`)
      .run(orderId, '示例科技订单班', s.partner.id, a.id, stamp, stamp);
    const apprenticeshipId = newId();
    sqlite
      .prepare(`insert into apprenticeship (id, organisation_id, agreement_id, cohort_year, created_at, updated_at) values (?, ?, ?, 2025, ?, ?)`)
      .run(apprenticeshipId, s.partner.id, a.id, stamp, stamp);
    const collegeId = newId();
    sqlite
      .prepare(`insert into industry_college (id, name, agreement_id, created_at, updated_at) values (?, ?, ?, ?, ?)`)
      .run(collegeId, '智能制造产业学院', a.id, stamp, stamp);

    const source = await createFundingSourceService(s.t.ctx).create({ kind: 'enterprise_investment', name: '企业投入' });
    const txns = createFundingTxnService(s.t.ctx);
    const txn = await txns.create({ sourceId: source.id, direction: 'in', amountFen: 1_000_000, date: '2026-03-01', agreementId: a.id, summary: '实训设备款' });
    await txns.create({ sourceId: source.id, direction: 'in', amountFen: 5, date: '2026-03-02', agreementId: other.id });
    const contribution = await createContributionService(s.t.ctx).create({
      organisationId: s.partner.id,
      agreementId: a.id,
      kind: 'donated_equipment',
      items: '数控机床 2 台',
      valueFen: 300_000,
      date: '2026-05-01',
    });

    expect(await s.relations.links({ id: a.id })).toEqual({
      programmes: [
        { type: 'internship_base', id: baseId, name: '示例科技实习基地' },
        { type: 'order_class', id: orderId, name: '示例科技订单班' },
        { type: 'apprenticeship', id: apprenticeshipId, name: '深圳市示例科技有限公司 2025' },
        { type: 'industry_college', id: collegeId, name: '智能制造产业学院' },
      ],
      funding: [
        { type: 'contribution', id: contribution.id, date: '2026-05-01', amountFen: 300_000, kind: 'donated_equipment', summary: '数控机床 2 台' },
        { type: 'funding_txn', id: txn.id, date: '2026-03-01', amountFen: 1_000_000, direction: 'in', summary: '实训设备款' },
      ],
    });
  });

  it('answers an agreement without links with empty lists, and an unknown id with NOT_FOUND', async () => {
    const s = await setup();
    const a = await s.activeAgreement('2025-01-01', '2027-12-31', 'A-1');
    expect(await s.relations.links({ id: a.id })).toEqual({ programmes: [], funding: [] });
    expect((await rejection(s.relations.links({ id: newId() }))).code).toBe('NOT_FOUND');
  });
});

describe('agreements:chain', () => {
  it('walks renewal_of_id back and forward from any version', async () => {
    const s = await setup();
    const first = await s.activeAgreement('2021-01-01', '2023-12-31', 'V-1');
    const second = await s.agreements.renew({ agreementId: first.id, newEndDate: '2026-12-31', agreementNo: 'V-2' });
    await s.agreements.transition({ id: second.id, to: 'active' });
    const third = await s.agreements.renew({ agreementId: second.id, newEndDate: '2029-12-31', agreementNo: 'V-3' });

    const expected = [
      { id: first.id, agreementNo: 'V-1', status: 'renewed', effectiveStatus: 'renewed', startDate: '2021-01-01', endDate: '2023-12-31' },
      // 2026-12-31 is 33 days after 2026-11-28, but a renewing agreement is not "expiring".
      { id: second.id, agreementNo: 'V-2', status: 'renewing', effectiveStatus: 'renewing', startDate: '2024-01-01', endDate: '2026-12-31' },
      { id: third.id, agreementNo: 'V-3', status: 'draft', effectiveStatus: 'draft', startDate: '2027-01-01', endDate: '2029-12-31' },
    ].map((v) => ({ ...v, title: '实习基地协议', inTrash: false }));

    expect(await s.relations.chain({ id: first.id })).toEqual({ versions: expected, current: 0 });
    expect(await s.relations.chain({ id: second.id })).toEqual({ versions: expected, current: 1 });
    expect(await s.relations.chain({ id: third.id })).toEqual({ versions: expected, current: 2 });
  });

  it('is the agreement alone when it was never renewed; a trashed renewal drops out of the next versions', async () => {
    const s = await setup();
    const only = await s.activeAgreement('2025-01-01', '2028-01-15', 'S-1');
    const alone = await s.relations.chain({ id: only.id });
    expect(alone.current).toBe(0);
    expect(alone.versions.map((v) => [v.id, v.effectiveStatus])).toEqual([[only.id, 'active']]);

    const renewal = await s.agreements.renew({ agreementId: only.id, newEndDate: '2030-01-15' });
    expect((await s.relations.chain({ id: only.id })).versions.map((v) => v.id)).toEqual([only.id, renewal.id]);
    await s.agreements.delete(renewal.id);
    expect((await s.relations.chain({ id: only.id })).versions.map((v) => v.id)).toEqual([only.id]);
    // Seen from the trashed renewal, its predecessor is still there, and it says it is in the trash.
    const fromTrash = await s.relations.chain({ id: renewal.id });
    expect(fromTrash.versions.map((v) => [v.id, v.inTrash])).toEqual([
      [only.id, false],
      [renewal.id, true],
    ]);
    expect(fromTrash.current).toBe(1);
  });

  it('derives expiring from the end date and answers an unknown id with NOT_FOUND', async () => {
    const s = await setup();
    const soon = await s.activeAgreement('2024-01-01', '2027-01-27', 'E-1');
    expect((await s.relations.chain({ id: soon.id })).versions[0]?.effectiveStatus).toBe('expiring');
    expect((await rejection(s.relations.chain({ id: newId() }))).code).toBe('NOT_FOUND');
  });
});
