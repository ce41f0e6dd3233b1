import { afterEach, describe, expect, it } from 'vitest';
import { followUpState, InteractionEntryPage } from '@shared/domain/capture';
import type { InteractionDraft } from '@shared/domain/interaction';
import { DomainError } from '../../../src/main/errors';
import { createInteractionService } from '../../../src/main/interactions/interactionService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// Today for the core is 2026-11-28 (Beijing).
const NOW = '2026-11-28T02:00:00.000Z';
const LATER = '2026-11-30T02:00:00.000Z';

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
  const staff = await createReferenceService(t.ctx).staff.create({ name: '王老师' });
  const orgA = await partners.create({ kind: 'enterprise', fullName: '深圳市甲科技有限公司' });
  const orgB = await partners.create({ kind: 'enterprise', fullName: '广州市乙软件有限公司' });
  const service = createInteractionService(t.ctx);
  const names = new Map<string, string>();
  const make = async (name: string, o: Partial<InteractionDraft>): Promise<string> => {
    const created = await service.create({ organisationId: orgA.id, kind: 'visit', date: '2026-11-01', ...o });
    names.set(created.id, name);
    return created.id;
  };
  const actions = (id: string): string[] =>
    t.app.sqlite.prepare(`select action from audit_log where table_name = 'interaction' and row_id = ? order by id`).pluck().all(id) as string[];
  return { t, clock, service, partners, staff, orgA, orgB, make, names, actions };
}

describe('followUpState', () => {
  it.each([
    [null, null, 'none'],
    ['2026-11-01', '2026-11-02', 'done'],
    ['2026-11-27', null, 'overdue'],
    ['2026-11-28', null, 'due'],
    ['2026-12-05', null, 'due'],
    ['2026-12-06', null, 'planned'],
  ] as const)('follow-up %s done %s on 2026-11-28 is %s', (followUpDate, followUpDoneAt, state) => {
    expect(followUpState({ followUpDate, followUpDoneAt }, '2026-11-28')).toBe(state);
  });
});

describe('interaction timeline and follow-ups due', () => {
  it('lists one partner newest first with staff names and follow-up states, leaving out the trash', async () => {
    const s = await setup();
    await s.make('old', { date: '2026-09-15', followUpDate: '2026-10-01' });
    await s.make('new', { date: '2026-11-20', staffId: s.staff.id, followUpDate: '2026-12-01' });
    await s.make('mid', { date: '2026-10-10', followUpDate: '2026-10-20', followUpDoneAt: '2026-10-19' });
    await s.make('other partner', { organisationId: s.orgB.id, date: '2026-11-25' });
    await s.service.delete(await s.make('trashed', { date: '2026-11-27' }));
    const page = InteractionEntryPage.parse(await s.service.timeline({ organisationId: s.orgA.id }));
    expect(page.today).toBe('2026-11-28');
    expect(page.total).toBe(3);
    expect(page.items.map((i) => [s.names.get(i.id), i.partnerName, i.staffName, i.followUpState])).toEqual([
      ['new', '深圳市甲科技有限公司', '王老师', 'due'],
      ['mid', '深圳市甲科技有限公司', null, 'done'],
      ['old', '深圳市甲科技有限公司', null, 'overdue'],
    ]);
    const second = await s.service.timeline({ organisationId: s.orgA.id, page: 2, pageSize: 2 });
    expect([second.items.map((i) => s.names.get(i.id)), second.total]).toEqual([['old'], 3]);
  });

  it('lists open follow-ups due within the window across live partners, most overdue first', async () => {
    const s = await setup();
    await s.make('a overdue', { followUpDate: '2026-11-20' });
    await s.make('b today', { organisationId: s.orgB.id, followUpDate: '2026-11-28' });
    await s.make('a in a week', { followUpDate: '2026-12-05' });
    await s.make('a in eight days', { followUpDate: '2026-12-06' });
    await s.make('a done', { followUpDate: '2026-11-21', followUpDoneAt: '2026-11-22' });
    await s.make('a none', { followUpDate: null });
    await s.service.delete(await s.make('a trashed', { followUpDate: '2026-11-10' }));
    const listed = async (query?: Parameters<typeof s.service.followUpsDue>[0]) => {
      const page = InteractionEntryPage.parse(await s.service.followUpsDue(query));
      return [page.items.map((i) => [s.names.get(i.id), i.followUpState]), page.total];
    };
    expect(await listed()).toEqual([[['a overdue', 'overdue'], ['b today', 'due'], ['a in a week', 'due']], 3]);
    expect(await listed({ withinDays: 0 })).toEqual([[['a overdue', 'overdue'], ['b today', 'due']], 2]);
    expect(await listed({ withinDays: 30, page: 2, pageSize: 3 })).toEqual([[['a in eight days', 'planned']], 4]);
    // A trashed partner's follow-ups drop out with it.
    await s.partners.delete(s.orgB.id);
    expect(await listed({ withinDays: 0 })).toEqual([[['a overdue', 'overdue']], 1]);
  });

  it('marks a follow-up done on the core date and reopens it, audited, idempotent', async () => {
    const s = await setup();
    const id = await s.make('x', { followUpDate: '2026-11-29' });
    s.clock.now = new Date(LATER);
    const done = await s.service.setFollowUpDone({ id, done: true });
    expect([done.followUpDoneAt, done.updatedAt]).toEqual(['2026-11-30', LATER]);
    // Marking again keeps the first date and writes nothing.
    expect((await s.service.setFollowUpDone({ id, done: true })).followUpDoneAt).toBe('2026-11-30');
    expect(s.actions(id)).toEqual(['insert', 'update']);
    expect((await s.service.followUpsDue({ withinDays: 30 })).total).toBe(0);
    const reopened = await s.service.setFollowUpDone({ id, done: false });
    expect(reopened.followUpDoneAt).toBeNull();
    expect(s.actions(id)).toEqual(['insert', 'update', 'update']);
    expect((await s.service.followUpsDue({ withinDays: 30 })).items.map((i) => i.id)).toEqual([id]);
  });

  it('answers NOT_FOUND for a trashed interaction and VALIDATION for bad input', async () => {
    const s = await setup();
    const id = await s.make('x', { followUpDate: '2026-11-29' });
    await s.service.delete(id);
    await expect(s.service.setFollowUpDone({ id, done: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.service.followUpsDue({ withinDays: -1 })).rejects.toBeInstanceOf(DomainError);
    await expect(s.service.timeline({ organisationId: 'x' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(s.actions(id)).toEqual(['insert', 'trash']);
  });
});
