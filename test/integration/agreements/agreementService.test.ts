import { afterEach, describe, expect, it } from 'vitest';
import { Agreement, type AgreementDraft, type AgreementPatch } from '@shared/domain/agreement';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { DomainError } from '../../../src/main/errors';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const NOW = '2026-11-28T02:00:00.000Z';
const LATER = '2026-11-29T03:00:00.000Z';
const MISSING = '01900000-0000-7000-8000-0000000000ff';
type PatchFields = AgreementPatch['patch'];
const CHILD_TABLES = ['agreement', 'agreement_party', 'agreement_major', 'obligation'] as const;

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function setup() {
  const clock = { now: new Date(NOW) };
  const t = await createTestDb({ now: () => clock.now });
  current = t;
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const unit = await ref.orgUnits.create({ name: '智能制造学院', kind: 'college' });
  const m1 = await ref.majors.create({ code: '460104', name: '机械制造及自动化', level: 'higher_vocational', orgUnitId: unit.id });
  const m2 = await ref.majors.create({ code: '460301', name: '电气自动化技术', level: 'higher_vocational', orgUnitId: unit.id });
  const orgA = await partners.create({ kind: 'enterprise', fullName: '深圳市甲科技有限公司', status: 'active' });
  const orgB = await partners.create({ kind: 'industry_association', fullName: '广东省智能制造协会', status: 'active' });
  const sqlite = t.app.sqlite;
  const count = (table: string): number => Number(sqlite.prepare(`select count(*) from ${table}`).pluck().get());
  const audits = (table: string, rowId?: string): number =>
    Number(
      rowId === undefined
        ? sqlite.prepare('select count(*) from audit_log where table_name = ?').pluck().get(table)
        : sqlite.prepare('select count(*) from audit_log where table_name = ? and row_id = ?').pluck().get(table, rowId),
    );
  const actions = (table: string, rowId: string): string[] =>
    sqlite.prepare('select action from audit_log where table_name = ? and row_id = ? order by id').pluck().all(table, rowId) as string[];
  const snapshot = (): number[] => [...CHILD_TABLES.map(count), ...CHILD_TABLES.map((x) => audits(x))];
  const draft = (overrides: Partial<AgreementDraft> = {}): AgreementDraft => ({
    agreementNo: 'XQHZ-2026-001',
    title: '校企合作框架协议书',
    type: 'framework',
    orgUnitId: unit.id,
    majorIds: [m1.id, m2.id],
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    amountFen: 5_000_000,
    copiesTotal: 6,
    copiesEach: 2,
    noticeDays: 30,
    parties: [
      { role: '甲', partyType: 'school' },
      { role: '乙', partyType: 'enterprise', organisationId: orgA.id, signatory: '李经理' },
      { role: '丙', partyType: 'other', organisationId: orgB.id },
    ],
    obligations: [{ partyRole: '乙', text: '每年接收实习学生', quantity: 20, unit: '人', recurrence: 'yearly' }],
    ...overrides,
  });
  return {
    t, clock, service: createAgreementService(t.ctx), partners, ref, settings: createSettingsService(t.ctx),
    unit, m1, m2, orgA, orgB, count, audits, actions, snapshot, draft,
  };
}

async function failure(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('agreementService.create / get', () => {
  it('creates an agreement with three parties, its majors and obligations in one transaction', async () => {
    const s = await setup();
    const created = Agreement.parse(await s.service.create(s.draft()));

    expect(created.status).toBe('draft');
    expect(created.effectiveStatus).toBe('draft');
    expect(created.majorIds).toEqual([s.m1.id, s.m2.id].sort());
    expect(created.parties.map((p) => [p.role, p.partyType, p.organisationId, p.name])).toEqual([
      ['甲', 'school', null, '本校'],
      ['乙', 'enterprise', s.orgA.id, '深圳市甲科技有限公司'],
      ['丙', 'other', s.orgB.id, '广东省智能制造协会'],
    ]);
    expect(created.parties[1]).toMatchObject({ signatory: '李经理', sealed: false, signedDate: null });
    expect(created.obligations).toEqual([
      { id: created.obligations[0]?.id, partyRole: '乙', text: '每年接收实习学生', quantity: 20, unit: '人', dueDate: null, recurrence: 'yearly', doneAt: null },
    ]);
    expect(created).toMatchObject({
      agreementNo: 'XQHZ-2026-001', orgUnitId: s.unit.id, amountFen: 5_000_000, copiesTotal: 6, copiesEach: 2,
      noticeDays: 30, autoRenew: false, renewalOfId: null, renewedById: null, createdAt: NOW, updatedAt: NOW, deletedAt: null,
    });
    expect(await s.service.get(created.id)).toEqual(created);

    // One audit row per written row, all from this create.
    expect(s.actions('agreement', created.id)).toEqual(['insert']);
    expect(s.audits('agreement_party')).toBe(3);
    expect(s.audits('agreement_major')).toBe(2);
    expect(s.audits('agreement_major', `${created.id}:${s.m1.id}`)).toBe(1);
    expect(s.audits('obligation')).toBe(1);
  });

  it('names a school party after the college profile, and partners by their current name', async () => {
    const s = await setup();
    await s.settings.update({ college: { fullName: '深圳职业技术大学' } });
    const created = await s.service.create(s.draft());
    expect(created.parties.map((p) => p.name)).toEqual(['深圳职业技术大学', '深圳市甲科技有限公司', '广东省智能制造协会']);
    await s.partners.update({ id: s.orgA.id, patch: { fullName: '深圳市甲智能科技有限公司' } });
    expect((await s.service.get(created.id)).parties[1]?.name).toBe('深圳市甲智能科技有限公司');
  });

  it('writes nothing when the third party points at a missing partner (rollback after two parties)', async () => {
    const s = await setup();
    const before = s.snapshot();
    const draft = s.draft();
    const parties = [...(draft.parties ?? [])];
    parties[2] = { role: '丙', partyType: 'enterprise', organisationId: MISSING };
    const error = await failure(s.service.create({ ...draft, parties }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: ['parties', 2, 'organisationId'], message: 'party.organisationMissing' }]);
    expect(s.snapshot()).toEqual(before);
    expect(before).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('treats a trashed partner like a missing one', async () => {
    const s = await setup();
    await s.partners.delete(s.orgB.id);
    const error = await failure(s.service.create(s.draft()));
    expect(error.issues).toEqual([{ path: ['parties', 2, 'organisationId'], message: 'party.organisationMissing' }]);
    expect(s.snapshot()).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  const invalidDrafts: [string, Partial<AgreementDraft>, (string | number)[], string][] = [
    ['one party only', { parties: [{ role: '甲', partyType: 'school' }] }, ['parties'], 'parties.count'],
    ['roles out of order', { parties: [{ role: '乙', partyType: 'school' }, { role: '甲', partyType: 'school' }] }, ['parties'], 'parties.roles'],
    ['end before start', { startDate: '2027-01-01', endDate: '2026-12-31' }, ['endDate'], 'endDate.beforeStart'],
    ['too few copies', { copiesTotal: 4, copiesEach: 2 }, ['copiesEach'], 'copies.tooFew'],
    ['obligation of an absent party', { obligations: [{ partyRole: '丁', text: '提供场地' }] }, ['obligations', 0, 'partyRole'], 'obligation.partyRoleMissing'],
    ['unknown major', { majorIds: [MISSING] }, ['majorIds', 0], 'reference.notFound'],
  ];
  it.each(invalidDrafts)('rejects %s with VALIDATION and changes nothing', async (_label, overrides, path, message) => {
    const s = await setup();
    const error = await failure(s.service.create(s.draft(overrides)));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => [i.path, i.message])).toContainEqual([path, message]);
    expect(s.snapshot()).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('turns a duplicate live agreement number into a CONFLICT naming the field and the holder', async () => {
    const s = await setup();
    const first = await s.service.create(s.draft());
    const before = s.snapshot();
    const error = await failure(s.service.create(s.draft({ title: '另一份协议' })));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ field: 'agreementNo', agreementNo: 'XQHZ-2026-001', existingId: first.id });
    expect(error.issues).toEqual([{ path: ['agreementNo'], message: 'agreementNo.duplicate' }]);
    expect(s.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id and VALIDATION for a malformed one', async () => {
    const s = await setup();
    expect((await failure(s.service.get(MISSING))).code).toBe('NOT_FOUND');
    expect((await failure(s.service.get('not-an-id'))).code).toBe('VALIDATION');
  });
});

describe('agreementService.update', () => {
  it('merges scalar fields and leaves the lists alone when the patch has none', async () => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    s.clock.now = new Date(LATER);
    const updated = Agreement.parse(await s.service.update({ id: created.id, patch: { title: '校企合作框架协议书（修订）', amountFen: null } }));
    expect(updated).toEqual({ ...created, title: '校企合作框架协议书（修订）', amountFen: null, updatedAt: LATER });
    expect(s.actions('agreement', created.id)).toEqual(['insert', 'update']);
    expect(s.audits('agreement_party')).toBe(3);
  });

  it('replaces parties, majors and obligations given in the patch', async () => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    const updated = await s.service.update({
      id: created.id,
      patch: {
        majorIds: [s.m2.id],
        parties: [
          { role: '甲', partyType: 'school', displayName: '本校继续教育学院' },
          { role: '乙', partyType: 'enterprise', organisationId: s.orgB.id },
        ],
        obligations: [{ partyRole: '甲', text: '提供实训场地', dueDate: '2027-03-01' }],
        copiesTotal: 4,
      },
    });
    expect(updated.majorIds).toEqual([s.m2.id]);
    expect(updated.parties.map((p) => [p.role, p.name])).toEqual([['甲', '本校继续教育学院'], ['乙', '广东省智能制造协会']]);
    expect(updated.obligations.map((o) => [o.partyRole, o.text, o.dueDate, o.recurrence])).toEqual([['甲', '提供实训场地', '2027-03-01', 'none']]);
    expect(s.count('agreement_party')).toBe(2);
    // Three parties deleted and two inserted; two majors out, one in; one obligation out, one in.
    expect(s.audits('agreement_party')).toBe(3 + 3 + 2);
    expect(s.audits('agreement_major')).toBe(2 + 2 + 1);
    expect(s.audits('obligation')).toBe(1 + 1 + 1);
  });

  const invalidPatches: [string, PatchFields, (string | number)[], string][] = [
    ['an end date before the stored start', { endDate: '2025-12-31' }, ['patch', 'endDate'], 'endDate.beforeStart'],
    ['copies that no longer suffice', { copiesTotal: 5 }, ['patch', 'copiesEach'], 'copies.tooFew'],
    [
      'dropping the party an obligation belongs to',
      { parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'other', displayName: '张三' }], obligations: [{ partyRole: '丙', text: '提供设备' }] },
      ['patch', 'obligations', 0, 'partyRole'],
      'obligation.partyRoleMissing',
    ],
    ['a trashed-or-missing new partner', { parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId: MISSING }] }, ['patch', 'parties', 1, 'organisationId'], 'party.organisationMissing'],
  ];
  it.each(invalidPatches)('re-checks the merged result: rejects %s and changes nothing', async (_label, patch, path, message) => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    const before = s.snapshot();
    const error = await failure(s.service.update({ id: created.id, patch }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => [i.path, i.message])).toContainEqual([path, message]);
    expect(s.snapshot()).toEqual(before);
    expect(await s.service.get(created.id)).toEqual(created);
  });

  it('keeps a partner that was trashed after signing when the parties are resaved', async () => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    await s.partners.delete(s.orgA.id);
    const parties = created.parties.map(({ role, partyType, organisationId, displayName }) => ({ role, partyType, organisationId, displayName }));
    const updated = await s.service.update({ id: created.id, patch: { parties } });
    expect(updated.parties.map((p) => p.name)).toEqual(['本校', '深圳市甲科技有限公司', '广东省智能制造协会']);
  });

  it('refuses to edit a terminated agreement and answers NOT_FOUND for a trashed one', async () => {
    const s = await setup();
    const a = await s.service.create(s.draft());
    await s.service.transition({ id: a.id, to: 'terminated', reason: '合作终止' });
    const error = await failure(s.service.update({ id: a.id, patch: { title: '改名' } }));
    expect([error.code, error.details]).toEqual(['INVALID_TRANSITION', { status: 'terminated' }]);
    const b = await s.service.create(s.draft({ agreementNo: 'XQHZ-2026-002' }));
    await s.service.delete(b.id);
    expect((await failure(s.service.update({ id: b.id, patch: { title: '改名' } }))).code).toBe('NOT_FOUND');
  });

  it('reports a number taken by another agreement as CONFLICT at patch.agreementNo', async () => {
    const s = await setup();
    const first = await s.service.create(s.draft());
    const second = await s.service.create(s.draft({ agreementNo: 'XQHZ-2026-002' }));
    const error = await failure(s.service.update({ id: second.id, patch: { agreementNo: 'XQHZ-2026-001' } }));
    expect([error.code, error.issues, error.details?.['existingId']]).toEqual([
      'CONFLICT', [{ path: ['patch', 'agreementNo'], message: 'agreementNo.duplicate' }], first.id,
    ]);
    expect((await s.service.get(second.id)).agreementNo).toBe('XQHZ-2026-002');
  });
});

describe('agreementService.delete / restore', () => {
  it('moves an agreement to the trash and back, keeping its parties, with trash/restore audit rows', async () => {
    const s = await setup();
    const a = await s.service.create(s.draft());
    s.clock.now = new Date(LATER);
    expect(await s.service.delete(a.id)).toEqual({ ok: true });
    expect((await failure(s.service.get(a.id))).code).toBe('NOT_FOUND');
    expect((await failure(s.service.delete(a.id))).code).toBe('NOT_FOUND');
    expect(s.count('agreement_party')).toBe(3);
    expect(s.t.app.sqlite.prepare('select deleted_at from agreement where id = ?').pluck().get(a.id)).toBe(LATER);

    const restored = Agreement.parse(await s.service.restore(a.id));
    expect(restored).toEqual({ ...a, updatedAt: LATER });
    expect(s.actions('agreement', a.id)).toEqual(['insert', 'trash', 'restore']);
    expect((await failure(s.service.restore(a.id))).code).toBe('NOT_FOUND');
  });

  it('frees the number of a trashed agreement, and refuses to restore it while the number is taken', async () => {
    const s = await setup();
    const old = await s.service.create(s.draft());
    await s.service.delete(old.id);
    const reused = await s.service.create(s.draft({ title: '新协议' }));
    const error = await failure(s.service.restore(old.id));
    expect([error.code, error.details]).toEqual([
      'CONFLICT', { field: 'agreementNo', agreementNo: 'XQHZ-2026-001', existingId: reused.id },
    ]);
    expect((await failure(s.service.get(old.id))).code).toBe('NOT_FOUND');
  });
});
