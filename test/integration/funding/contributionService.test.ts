import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Contribution, ContributionPage } from '@shared/domain/funding';
import { DomainError } from '../../../src/main/errors';
import { type ContributionService, createContributionService } from '../../../src/main/funding/contributionService';
import { newId } from '../../../src/main/ids';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import {
  auditActions,
  breakAuditFor,
  caught,
  countRows,
  seedAgreement,
  seedOrganisation,
  tickingClock,
  trash,
} from './fixtures';

let t: TestDb;
let contributions: ContributionService;
let orgId: string;

beforeEach(async () => {
  t = await createTestDb({ now: tickingClock() });
  contributions = createContributionService(t.ctx);
  orgId = seedOrganisation(t.app.sqlite);
});
afterEach(() => t.close());

const draft = (extra: Record<string, unknown> = {}) => ({
  organisationId: orgId,
  kind: 'donated_equipment' as const,
  valueFen: 58_000_000,
  date: '2025-04-01',
  ...extra,
});

function domainError(error: unknown, code: string): DomainError {
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

describe('contributionService.create', () => {
  it('stores a donation with its agreement and audits it', async () => {
    const agreementId = seedAgreement(t.app.sqlite);
    const created = await contributions.create(draft({ agreementId, items: '工业机器人 2 台', target: '智能制造实训室' }));
    expect(Contribution.parse(created)).toEqual(created);
    expect(created).toMatchObject({ valueFen: 58000000, agreementId, traineePersonDays: null, deletedAt: null });
    expect(await contributions.get(created.id)).toEqual(created);
    expect(auditActions(t.app.sqlite, 'contribution', created.id)).toEqual(['insert']);
  });

  it.each(['donated_equipment', 'quasi_donated_equipment', 'funds', 'technical_service_income'] as const)(
    'requires valueFen for %s',
    async (kind) => {
      const error = domainError(await caught(() => contributions.create(draft({ kind, valueFen: null }))), 'VALIDATION');
      expect(error.issues).toEqual([{ path: ['valueFen'], message: 'contribution.valueRequired' }]);
      expect(countRows(t.app.sqlite, 'contribution')).toBe(0);
    },
  );

  it('requires trainee person-days for employee_training, but no value', async () => {
    const error = domainError(
      await caught(() => contributions.create(draft({ kind: 'employee_training', valueFen: null }))),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['traineePersonDays'], message: 'contribution.personDaysRequired' }]);
    const ok = await contributions.create(draft({ kind: 'employee_training', valueFen: null, traineePersonDays: 120 }));
    expect(ok).toMatchObject({ kind: 'employee_training', valueFen: null, traineePersonDays: 120 });
  });

  it('lets premises and other go without a figure', async () => {
    const premises = await contributions.create(draft({ kind: 'premises', valueFen: null }));
    const other = await contributions.create(draft({ kind: 'other', valueFen: undefined }));
    expect([premises.valueFen, other.valueFen]).toEqual([null, null]);
  });

  it('needs a live partner and a live agreement', async () => {
    const agreementId = seedAgreement(t.app.sqlite);
    trash(t.app.sqlite, 'agreement', agreementId);
    trash(t.app.sqlite, 'organisation', orgId);
    const error = domainError(await caught(() => contributions.create(draft({ agreementId }))), 'VALIDATION');
    expect(error.issues).toEqual([
      { path: ['organisationId'], message: 'reference.notFound' },
      { path: ['agreementId'], message: 'reference.notFound' },
    ]);
    domainError(await caught(() => contributions.create(draft({ organisationId: newId() }))), 'VALIDATION');
    expect(countRows(t.app.sqlite, 'contribution')).toBe(0);
  });

  it('rejects a fractional or negative value', async () => {
    domainError(await caught(() => contributions.create(draft({ valueFen: 10.5 }))), 'VALIDATION');
    domainError(await caught(() => contributions.create(draft({ valueFen: -1 }))), 'VALIDATION');
    expect(countRows(t.app.sqlite, 'contribution')).toBe(0);
  });

  it('rolls back when the audit write fails', async () => {
    breakAuditFor(t.app.sqlite, 'contribution');
    await expect(contributions.create(draft())).rejects.toThrow(/injected/);
    expect(countRows(t.app.sqlite, 'contribution')).toBe(0);
  });
});

describe('contributionService.update / delete / restore', () => {
  it('merges the patch and re-checks the kind rule on the merged record', async () => {
    const created = await contributions.create(draft({ items: '设备' }));
    const updated = await contributions.update({ id: created.id, patch: { valueFen: 100 } });
    expect(Contribution.parse(updated)).toEqual(updated);
    expect(updated).toMatchObject({ valueFen: 100, items: '设备', kind: 'donated_equipment' });

    const error = domainError(
      await caught(() => contributions.update({ id: created.id, patch: { kind: 'employee_training' } })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['patch', 'traineePersonDays'], message: 'contribution.personDaysRequired' }]);
    const cleared = domainError(
      await caught(() => contributions.update({ id: created.id, patch: { valueFen: null } })),
      'VALIDATION',
    );
    expect(cleared.issues).toEqual([{ path: ['patch', 'valueFen'], message: 'contribution.valueRequired' }]);
    expect(await contributions.get(created.id)).toEqual(updated);
    expect(auditActions(t.app.sqlite, 'contribution', created.id)).toEqual(['insert', 'update']);
  });

  it('checks a changed partner', async () => {
    const created = await contributions.create(draft());
    const error = domainError(
      await caught(() => contributions.update({ id: created.id, patch: { organisationId: newId() } })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['patch', 'organisationId'], message: 'reference.notFound' }]);
  });

  it('soft-deletes and restores', async () => {
    const created = await contributions.create(draft());
    expect(await contributions.delete(created.id)).toEqual({ ok: true });
    domainError(await caught(() => contributions.get(created.id)), 'NOT_FOUND');
    domainError(await caught(() => contributions.delete(created.id)), 'NOT_FOUND');
    const restored = await contributions.restore(created.id);
    expect(restored.deletedAt).toBeNull();
    domainError(await caught(() => contributions.restore(created.id)), 'NOT_FOUND');
    expect(auditActions(t.app.sqlite, 'contribution', created.id)).toEqual(['insert', 'trash', 'restore']);
  });
});

describe('contributionService.list', () => {
  it('filters by partner and kind, sorts by date or value, pages', async () => {
    const otherOrg = seedOrganisation(t.app.sqlite, '另一家公司');
    const a = await contributions.create(draft({ date: '2025-01-10', valueFen: 500 }));
    const b = await contributions.create(draft({ date: '2025-03-10', valueFen: 100, kind: 'funds' }));
    const c = await contributions.create(draft({ date: '2025-02-10', valueFen: 300, organisationId: otherOrg }));
    const gone = await contributions.create(draft({ date: '2025-02-11' }));
    await contributions.delete(gone.id);
    const ids = (page: { items: { id: string }[] }) => page.items.map((x) => x.id);

    const page = await contributions.list();
    expect(ContributionPage.parse(page)).toEqual(page);
    expect(ids(page)).toEqual([b.id, c.id, a.id]);
    expect(page.total).toBe(3);
    expect(ids(await contributions.list({ sortBy: 'valueFen', sortDir: 'asc' }))).toEqual([b.id, c.id, a.id]);
    expect(ids(await contributions.list({ sortBy: 'date', sortDir: 'asc', pageSize: 2, page: 2 }))).toEqual([b.id]);
    expect(ids(await contributions.list({ organisationId: otherOrg }))).toEqual([c.id]);
    expect(ids(await contributions.list({ kind: 'funds' }))).toEqual([b.id]);
    expect(ids(await contributions.list({ trashed: true }))).toEqual([gone.id]);
  });
});
