import { afterEach, describe, expect, it } from 'vitest';
import { Agreement } from '@shared/domain/agreement';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { DomainError } from '../../../src/main/errors';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// The 'terminated' transition records the day the agreement ended (migration 0014):
// the date given, else today on the core's clock (Asia/Shanghai), never a day after today.

const NOW = '2026-11-27T17:30:00.000Z'; // 2026-11-28 01:30 in Asia/Shanghai
const TODAY = '2026-11-28';

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function setup() {
  const t = await createTestDb({ now: () => new Date(NOW) });
  current = t;
  const org = await createPartnerService(t.ctx).create({ kind: 'enterprise', fullName: '广州市乙软件有限公司', status: 'active' });
  const service = createAgreementService(t.ctx);
  const active = async () => {
    const a = await service.create({
      title: '实习基地协议书', type: 'internship_base', startDate: '2025-01-01', endDate: '2027-12-31',
      parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId: org.id }],
    });
    return service.transition({ id: a.id, to: 'active' });
  };
  const stored = (id: string) => t.app.sqlite.prepare('select status, terminated_on from agreement where id = ?').get(id);
  return { t, service, active, stored };
}

async function validationIssues(p: Promise<unknown>): Promise<unknown> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('VALIDATION');
  return (error as DomainError).issues;
}

describe('terminating an agreement', () => {
  it('stores the given date, returns it and audits it with the status change', async () => {
    const s = await setup();
    const a = await s.active();
    expect(a.terminatedOn).toBeNull();
    const ended = await s.service.transition({ id: a.id, to: 'terminated', reason: '企业搬迁', terminatedOn: '2026-10-15' });
    expect(Agreement.parse(ended)).toMatchObject({ status: 'terminated', terminatedOn: '2026-10-15', terminatedReason: '企业搬迁' });
    expect(s.stored(a.id)).toEqual({ status: 'terminated', terminated_on: '2026-10-15' });
    const audit = s.t.app.sqlite
      .prepare(`select after_json from audit_log where table_name = 'agreement' and row_id = ? order by id desc limit 1`)
      .pluck()
      .get(a.id) as string;
    expect(JSON.parse(audit)).toMatchObject({ status: 'terminated', terminated_on: '2026-10-15' });
    expect((await s.service.list({})).items.find((i) => i.id === a.id)?.terminatedOn).toBe('2026-10-15');
  });

  it('defaults to today in Asia/Shanghai on the core\'s clock', async () => {
    const s = await setup();
    const a = await s.active();
    const ended = await s.service.transition({ id: a.id, to: 'terminated', reason: '合作终止' });
    // 17:30 UTC on the 27th is already the 28th in China.
    expect(ended.terminatedOn).toBe(TODAY);
  });

  it('accepts today, refuses a later day, and refuses a date on any other transition', async () => {
    const s = await setup();
    const a = await s.active();
    expect(await validationIssues(s.service.transition({ id: a.id, to: 'terminated', terminatedOn: '2026-11-29' }))).toEqual([
      { path: ['terminatedOn'], message: 'terminatedOn.future' },
    ]);
    expect(s.stored(a.id)).toEqual({ status: 'active', terminated_on: null });

    const draft = await s.service.create({
      title: '框架协议', type: 'framework',
      parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'other', displayName: '某协会' }],
    });
    const issues = (await validationIssues(s.service.transition({ id: draft.id, to: 'active', terminatedOn: '2026-11-01' }))) as { path: unknown[]; message: string }[];
    expect(issues.map((i) => [i.path, i.message])).toEqual([[['terminatedOn'], 'terminatedOn.notTerminating']]);
    expect(s.stored(draft.id)).toEqual({ status: 'draft', terminated_on: null });

    expect((await s.service.transition({ id: a.id, to: 'terminated', terminatedOn: TODAY })).terminatedOn).toBe(TODAY);
  });
});
