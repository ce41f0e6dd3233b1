import { afterEach, describe, expect, it } from 'vitest';
import { Interaction, type InteractionDraft, InteractionPage } from '@shared/domain/interaction';
import { DomainError } from '../../../src/main/errors';
import { createInteractionService } from '../../../src/main/interactions/interactionService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const NOW = '2026-11-28T02:00:00.000Z';
const LATER = '2026-11-29T03:00:00.000Z';
const MISSING = '01900000-0000-7000-8000-0000000000ff';

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function setup() {
  const clock = { now: new Date(NOW) };
  const t = await createTestDb({ now: () => clock.now });
  current = t;
  const partners = createPartnerService(t.ctx);
  const staff = await createReferenceService(t.ctx).staff.create({ name: '王老师', title: '专业带头人' });
  const orgA = await partners.create({ kind: 'enterprise', fullName: '深圳市甲科技有限公司', status: 'active' });
  const orgB = await partners.create({ kind: 'enterprise', fullName: '广州市乙软件有限公司', status: 'prospect' });
  const sqlite = t.app.sqlite;
  const count = (): number => Number(sqlite.prepare('select count(*) from interaction').pluck().get());
  const audits = (): number =>
    Number(sqlite.prepare(`select count(*) from audit_log where table_name = 'interaction'`).pluck().get());
  const actions = (id: string): string[] =>
    sqlite
      .prepare(`select action from audit_log where table_name = 'interaction' and row_id = ? order by id`)
      .pluck()
      .all(id) as string[];
  const draft = (overrides: Partial<InteractionDraft> = {}): InteractionDraft => ({
    organisationId: orgA.id,
    kind: 'visit',
    date: '2026-11-20',
    staffId: staff.id,
    staffTitle: '专业带头人',
    hostName: '李经理',
    hostTitle: '人力资源部经理',
    summary: '走访企业，了解岗位需求',
    outcomeForm: '达成实习合作意向',
    demandMajorCode: '460104',
    demandMajorName: '机械制造及自动化',
    demandMajorLevel: 'higher_vocational',
    positionsOffered: 12,
    averageSalaryFen: 650_000,
    internCount: 8,
    nextAction: '发送合作方案',
    followUpDate: '2026-12-05',
    ...overrides,
  });
  return { t, clock, service: createInteractionService(t.ctx), partners, staff, orgA, orgB, count, audits, actions, draft };
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

describe('interactionService', () => {
  it('creates an interaction with the 访企拓岗 fields and reads it back', async () => {
    const s = await setup();
    const created = Interaction.parse(await s.service.create(s.draft({ hostTitle: '  ' })));
    expect(created).toMatchObject({
      organisationId: s.orgA.id, kind: 'visit', date: '2026-11-20', staffId: s.staff.id, hostTitle: null,
      positionsOffered: 12, averageSalaryFen: 650_000, internCount: 8, internPayFen: null, followUpDate: '2026-12-05',
      followUpDoneAt: null, createdAt: NOW, updatedAt: NOW, deletedAt: null,
    });
    expect(await s.service.get(created.id)).toEqual(created);
    expect(s.actions(created.id)).toEqual(['insert']);
  });

  it.each([
    ['a missing partner', { organisationId: MISSING }, ['organisationId']],
    ['an unknown staff member', { staffId: MISSING }, ['staffId']],
  ] as const)('rejects %s with VALIDATION and writes nothing', async (_label, overrides, path) => {
    const s = await setup();
    const error = await failure(s.service.create(s.draft(overrides)));
    expect([error.code, error.issues]).toEqual(['VALIDATION', [{ path: [...path], message: 'reference.notFound' }]]);
    expect([s.count(), s.audits()]).toEqual([0, 0]);
  });

  it('refuses a trashed partner and malformed input without writing', async () => {
    const s = await setup();
    await s.partners.delete(s.orgB.id);
    expect((await failure(s.service.create(s.draft({ organisationId: s.orgB.id })))).code).toBe('VALIDATION');
    const bad = await failure(s.service.create(s.draft({ date: '2026-02-30' })));
    expect([bad.code, bad.issues?.map((i) => i.path)]).toEqual(['VALIDATION', [['date']]]);
    expect([s.count(), s.audits()]).toEqual([0, 0]);
  });

  it('merges a patch, keeps the partner, and writes one audit row', async () => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    s.clock.now = new Date(LATER);
    const updated = Interaction.parse(
      await s.service.update({ id: created.id, patch: { followUpDoneAt: '2026-11-29', summary: '已发送合作方案' } }),
    );
    expect(updated).toEqual({ ...created, followUpDoneAt: '2026-11-29', summary: '已发送合作方案', updatedAt: LATER });
    expect(await s.service.get(created.id)).toEqual(updated);
    expect(s.actions(created.id)).toEqual(['insert', 'update']);
  });

  it('checks a changed staff link and leaves the row as it was on failure', async () => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    const error = await failure(s.service.update({ id: created.id, patch: { staffId: MISSING } }));
    expect([error.code, error.issues]).toEqual(['VALIDATION', [{ path: ['patch', 'staffId'], message: 'reference.notFound' }]]);
    expect(await s.service.get(created.id)).toEqual(created);
    expect(s.actions(created.id)).toEqual(['insert']);
  });

  it('trashes and restores, with NOT_FOUND for rows in the wrong state', async () => {
    const s = await setup();
    const created = await s.service.create(s.draft());
    expect((await failure(s.service.restore(created.id))).code).toBe('NOT_FOUND');
    expect(await s.service.delete(created.id)).toEqual({ ok: true });
    expect((await failure(s.service.get(created.id))).code).toBe('NOT_FOUND');
    expect((await failure(s.service.update({ id: created.id, patch: { summary: 'x' } }))).code).toBe('NOT_FOUND');
    expect((await failure(s.service.delete(created.id))).code).toBe('NOT_FOUND');
    expect(Interaction.parse(await s.service.restore(created.id))).toEqual(created);
    expect(s.actions(created.id)).toEqual(['insert', 'trash', 'restore']);
  });

  it('lists newest first by default and filters by partner, kind, open follow-ups and trash', async () => {
    const s = await setup();
    const make = async (name: string, o: Partial<InteractionDraft>): Promise<[string, string]> => [
      (await s.service.create(s.draft(o))).id,
      name,
    ];
    const names = new Map([
      await make('v1', { date: '2026-10-01', followUpDate: '2026-11-01' }),
      await make('v2', { date: '2026-11-15', followUpDate: '2026-11-30' }),
      await make('c1', { date: '2026-11-20', kind: 'call', followUpDate: '2026-11-25', followUpDoneAt: '2026-11-26' }),
      await make('m1', { date: '2026-09-10', kind: 'meeting', organisationId: s.orgB.id, followUpDate: null }),
      await make('t1', { date: '2026-08-01', kind: 'trade_fair', organisationId: s.orgB.id, followUpDate: '2026-12-31' }),
      await make('x1', { date: '2026-11-01', kind: 'other' }),
    ]);
    const trashedId = [...names].find(([, n]) => n === 'x1')?.[0] ?? '';
    await s.service.delete(trashedId);
    const listed = async (query: Parameters<typeof s.service.list>[0]): Promise<[string[], number]> => {
      const page = InteractionPage.parse(await s.service.list(query));
      return [page.items.map((i) => names.get(i.id) ?? i.id), page.total];
    };
    expect(await listed({})).toEqual([['c1', 'v2', 'v1', 'm1', 't1'], 5]);
    expect(await listed({ sortDir: 'asc' })).toEqual([['t1', 'm1', 'v1', 'v2', 'c1'], 5]);
    expect(await listed({ organisationId: s.orgB.id })).toEqual([['m1', 't1'], 2]);
    expect(await listed({ kind: 'call' })).toEqual([['c1'], 1]);
    expect(await listed({ followUpDueBy: '2026-11-30', sortBy: 'followUpDate', sortDir: 'asc' })).toEqual([['v1', 'v2'], 2]);
    expect(await listed({ followUpDueBy: '2026-11-29' })).toEqual([['v1'], 1]);
    expect(await listed({ page: 2, pageSize: 2 })).toEqual([['v1', 'm1'], 5]);
    expect(await listed({ trashed: true })).toEqual([['x1'], 1]);
  });
});
