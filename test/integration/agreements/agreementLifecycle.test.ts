import { afterEach, describe, expect, it } from 'vitest';
import { Agreement, type AgreementDraft } from '@shared/domain/agreement';
import { AGREEMENT_STATUSES } from '@shared/domain/enums';
import { addDays } from '@shared/format/dates';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { DomainError } from '../../../src/main/errors';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const NOW = '2026-11-28T02:00:00.000Z';
const TODAY = '2026-11-28'; // 10:00 in Asia/Shanghai
type Status = (typeof AGREEMENT_STATUSES)[number];

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function setup() {
  const t = await createTestDb({ now: () => new Date(NOW) });
  current = t;
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const unit = await ref.orgUnits.create({ name: '信息工程学院', kind: 'college' });
  const major = await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' });
  const org = await partners.create({ kind: 'enterprise', fullName: '广州市乙软件有限公司', status: 'active' });
  const service = createAgreementService(t.ctx);
  const sqlite = t.app.sqlite;
  let n = 0;
  const draft = (overrides: Partial<AgreementDraft> = {}): AgreementDraft => ({
    agreementNo: `XQHZ-2026-${String(++n).padStart(3, '0')}`,
    title: '实习基地协议书',
    type: 'internship_base',
    orgUnitId: unit.id,
    majorIds: [major.id],
    signDate: '2024-12-20',
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    autoRenew: true,
    noticeDays: 60,
    amountFen: 1_200_000,
    copiesTotal: 4,
    copiesEach: 2,
    notes: '首轮合作',
    parties: [
      { role: '甲', partyType: 'school', displayName: '某某职业技术学院', signedDate: '2024-12-20', sealed: true },
      { role: '乙', partyType: 'enterprise', organisationId: org.id, signatory: '王总', signedDate: '2024-12-21', sealed: true, address: '广州市天河区' },
    ],
    obligations: [
      { partyRole: '乙', text: '每年接收实习学生', quantity: 30, unit: '人', recurrence: 'yearly', doneAt: '2025-07-01' },
      { partyRole: '甲', text: '派驻指导教师', dueDate: '2025-03-01', doneAt: '2025-03-01' },
    ],
    ...overrides,
  });
  const active = async (overrides: Partial<AgreementDraft> = {}): Promise<Agreement> => {
    const a = await service.create(draft(overrides));
    return service.transition({ id: a.id, to: 'active' });
  };
  const statusOf = (id: string): string => String(sqlite.prepare('select status from agreement where id = ?').pluck().get(id));
  const count = (table: string): number => Number(sqlite.prepare(`select count(*) from ${table}`).pluck().get());
  return { t, service, unit, major, org, draft, active, statusOf, count, settings: createSettingsService(t.ctx), partners };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function failure(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** Brings a fresh agreement to `status` the way a user would. */
async function agreementIn(s: Setup, status: Status): Promise<string> {
  if (status === 'renewing' || status === 'renewed') {
    const old = await s.active();
    const next = await s.service.renew({ agreementId: old.id, newEndDate: '2029-12-31' });
    if (status === 'renewed') await s.service.transition({ id: next.id, to: 'active' });
    return old.id;
  }
  const a = await s.service.create(s.draft());
  if (status === 'signing' || status === 'active' || status === 'terminated') {
    await s.service.transition({ id: a.id, to: status });
  }
  return a.id;
}

// The user-requested transitions, written out rather than read from the rule, so a change
// to the rule has to be made on purpose in both places.
const ALLOWED: Record<Status, Status[]> = {
  draft: ['signing', 'active', 'terminated'],
  signing: ['draft', 'active', 'terminated'],
  active: ['terminated'],
  renewing: ['terminated'],
  renewed: [],
  terminated: [],
};

describe('agreementService.transition', () => {
  it('allows exactly the listed transitions and names the allowed ones when refusing', async () => {
    const s = await setup();
    const outcomes: string[] = [];
    for (const from of AGREEMENT_STATUSES) {
      for (const to of AGREEMENT_STATUSES) {
        const id = await agreementIn(s, from);
        expect(s.statusOf(id)).toBe(from);
        try {
          const result = await s.service.transition({ id, to });
          expect(result.status).toBe(to);
          outcomes.push(`${from}>${to}:ok`);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          expect(error.code).toBe('INVALID_TRANSITION');
          expect(error.details).toEqual({ from, to, allowed: ALLOWED[from] });
          expect(s.statusOf(id)).toBe(from);
          outcomes.push(`${from}>${to}:denied`);
        }
      }
    }
    const expected = AGREEMENT_STATUSES.flatMap((from) =>
      AGREEMENT_STATUSES.map((to) => `${from}>${to}:${ALLOWED[from].includes(to) ? 'ok' : 'denied'}`),
    );
    expect(outcomes).toEqual(expected);
  });

  it('stores the termination reason and audits the status change', async () => {
    const s = await setup();
    const a = await s.active();
    const ended = await s.service.transition({ id: a.id, to: 'terminated', reason: '企业经营方向调整' });
    expect(ended.terminatedReason).toBe('企业经营方向调整');
    const row = s.t.app.sqlite.prepare('select status, terminated_reason from agreement where id = ?').get(a.id);
    expect(row).toEqual({ status: 'terminated', terminated_reason: '企业经营方向调整' });
    const actions = s.t.app.sqlite
      .prepare(`select action from audit_log where table_name = 'agreement' and row_id = ? order by id`)
      .pluck()
      .all(a.id);
    expect(actions).toEqual(['insert', 'update', 'update']);
  });
});

describe('agreementService.renew', () => {
  it('pre-fills the successor from the old agreement and links the chain both ways', async () => {
    const s = await setup();
    const old = await s.active();
    const next = Agreement.parse(await s.service.renew({ agreementId: old.id, newEndDate: '2029-12-31', agreementNo: 'XQHZ-2027-001' }));

    expect(next).toMatchObject({
      agreementNo: 'XQHZ-2027-001', title: '实习基地协议书', type: 'internship_base', orgUnitId: s.unit.id,
      majorIds: [s.major.id], signDate: null, startDate: '2027-01-01', endDate: '2029-12-31', autoRenew: true,
      noticeDays: 60, amountFen: 1_200_000, copiesTotal: 4, copiesEach: 2, notes: null, status: 'draft',
      effectiveStatus: 'draft', renewalOfId: old.id, renewedById: null,
    });
    const partyFields = (a: Agreement) =>
      a.parties.map(({ role, partyType, organisationId, displayName, signatory, address, signedDate, sealed, name }) => ({
        role, partyType, organisationId, displayName, signatory, address, signedDate, sealed, name,
      }));
    expect(partyFields(next)).toEqual([
      { role: '甲', partyType: 'school', organisationId: null, displayName: '某某职业技术学院', signatory: null, address: null, signedDate: null, sealed: false, name: '某某职业技术学院' },
      { role: '乙', partyType: 'enterprise', organisationId: s.org.id, displayName: null, signatory: '王总', address: '广州市天河区', signedDate: null, sealed: false, name: '广州市乙软件有限公司' },
    ]);
    expect(next.parties.map((p) => p.id)).not.toContain(old.parties[0]?.id);
    expect(next.obligations.map(({ id: _id, ...o }) => o)).toEqual([
      { partyRole: '乙', text: '每年接收实习学生', quantity: 30, unit: '人', dueDate: null, recurrence: 'yearly', doneAt: null },
      { partyRole: '甲', text: '派驻指导教师', quantity: null, unit: null, dueDate: '2025-03-01', recurrence: 'none', doneAt: null },
    ]);

    const oldNow = await s.service.get(old.id);
    expect([oldNow.status, oldNow.renewedById, oldNow.effectiveStatus]).toEqual(['renewing', next.id, 'renewing']);
    // The old agreement keeps its own signatures and completed obligations.
    expect(oldNow.parties.map((p) => p.sealed)).toEqual([true, true]);
    expect(oldNow.obligations.map((o) => o.doneAt)).toEqual(['2025-07-01', '2025-03-01']);

    const activated = await s.service.transition({ id: next.id, to: 'active' });
    expect(activated.renewalOfId).toBe(old.id);
    const done = await s.service.get(old.id);
    expect([done.status, done.renewedById]).toEqual(['renewed', next.id]);
    // Terminating the successor after it took effect leaves the old one renewed.
    await s.service.transition({ id: next.id, to: 'terminated' });
    expect(s.statusOf(old.id)).toBe('renewed');
  });

  it('puts the old agreement back to active when its renewal is terminated before taking effect', async () => {
    const s = await setup();
    const old = await s.active();
    const next = await s.service.renew({ agreementId: old.id, newEndDate: '2029-12-31' });
    await s.service.transition({ id: next.id, to: 'signing' });
    await s.service.transition({ id: next.id, to: 'terminated', reason: '条款未谈拢' });
    const back = await s.service.get(old.id);
    expect([back.status, back.renewedById]).toEqual(['active', null]);
    const second = await s.service.renew({ agreementId: old.id, newEndDate: '2028-12-31' });
    expect((await s.service.get(old.id)).renewedById).toBe(second.id);
  });

  it('releases the old agreement when the draft renewal is deleted, and takes it back on restore', async () => {
    const s = await setup();
    const old = await s.active();
    const next = await s.service.renew({ agreementId: old.id, newEndDate: '2029-12-31' });
    await s.service.delete(next.id);
    expect(s.statusOf(old.id)).toBe('active');
    await s.service.restore(next.id);
    expect(s.statusOf(old.id)).toBe('renewing');

    // Once another renewal holds the old agreement, the first cannot come back.
    await s.service.delete(next.id);
    const other = await s.service.renew({ agreementId: old.id, newEndDate: '2030-12-31' });
    const error = await failure(s.service.restore(next.id));
    expect([error.code, error.details]).toEqual([
      'INVALID_TRANSITION', { predecessorId: old.id, predecessorStatus: 'renewing' },
    ]);
    expect((await s.service.get(old.id)).renewedById).toBe(other.id);
  });

  it('renews only agreements in force', async () => {
    const s = await setup();
    const draft = await s.service.create(s.draft());
    const error = await failure(s.service.renew({ agreementId: draft.id, newEndDate: '2029-12-31' }));
    expect([error.code, error.details]).toEqual(['INVALID_TRANSITION', { from: 'draft', to: 'renewing', allowed: ['signing', 'active', 'terminated'] }]);
    const old = await s.active();
    await s.service.renew({ agreementId: old.id, newEndDate: '2029-12-31' });
    expect((await failure(s.service.renew({ agreementId: old.id, newEndDate: '2030-12-31' }))).code).toBe('INVALID_TRANSITION');
    expect((await failure(s.service.renew({ agreementId: '01900000-0000-7000-8000-0000000000ff', newEndDate: '2030-12-31' }))).code).toBe('NOT_FOUND');
  });

  it('needs a start date when the old agreement has no end, and an end not before the start', async () => {
    const s = await setup();
    const open = await s.active({ endDate: null });
    const auditRows = s.count('audit_log');
    const noStart = await failure(s.service.renew({ agreementId: open.id, newEndDate: '2029-12-31' }));
    expect([noStart.code, noStart.issues]).toEqual(['VALIDATION', [{ path: ['newStartDate'], message: 'renewal.startRequired' }]]);
    expect([s.count('agreement'), s.count('audit_log'), s.statusOf(open.id)]).toEqual([1, auditRows, 'active']);

    const old = await s.active();
    const auditRows2 = s.count('audit_log');
    const backwards = await failure(s.service.renew({ agreementId: old.id, newEndDate: '2026-12-31' }));
    expect([backwards.code, backwards.issues]).toEqual(['VALIDATION', [{ path: ['newEndDate'], message: 'endDate.beforeStart' }]]);
    expect([s.count('agreement'), s.count('audit_log'), s.statusOf(old.id)]).toEqual([2, auditRows2, 'active']);

    const explicit = await s.service.renew({ agreementId: open.id, newStartDate: '2027-03-01', newEndDate: '2030-02-28' });
    expect([explicit.startDate, explicit.endDate]).toEqual(['2027-03-01', '2030-02-28']);
  });

  it('rolls the whole renewal back when the new number is taken', async () => {
    const s = await setup();
    const old = await s.active();
    const other = await s.service.create(s.draft());
    const before = [s.count('agreement'), s.count('agreement_party'), s.count('obligation'), s.count('audit_log')];
    const error = await failure(s.service.renew({ agreementId: old.id, newEndDate: '2029-12-31', agreementNo: other.agreementNo ?? '' }));
    expect([error.code, error.details?.['existingId']]).toEqual(['CONFLICT', other.id]);
    expect(s.statusOf(old.id)).toBe('active');
    expect([s.count('agreement'), s.count('agreement_party'), s.count('obligation'), s.count('audit_log')]).toEqual(before);
  });
});

describe('effectiveStatus', () => {
  it('derives expiring / expired / active from the end date and the longest lead time', async () => {
    const s = await setup();
    const in60 = await s.active({ endDate: addDays(TODAY, 60) });
    const past = await s.active({ endDate: addDays(TODAY, -1) });
    const in400 = await s.active({ endDate: addDays(TODAY, 400) });
    const endsToday = await s.active({ endDate: TODAY });
    const draftIn60 = await s.service.create(s.draft({ endDate: addDays(TODAY, 60) }));
    const effective = async (): Promise<string[]> =>
      Promise.all([in60, past, in400, endsToday, draftIn60].map(async (a) => (await s.service.get(a.id)).effectiveStatus));
    expect(await effective()).toEqual(['expiring', 'expired', 'active', 'expiring', 'draft']);

    await s.settings.update({ reminderLeadDays: [30] });
    expect(await effective()).toEqual(['active', 'expired', 'active', 'expiring', 'draft']);
  });
});
