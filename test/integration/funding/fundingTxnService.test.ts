import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FundingTxn, FundingTxnPage } from '@shared/domain/funding';
import { DomainError } from '../../../src/main/errors';
import { createFundingSourceService, type FundingSourceService } from '../../../src/main/funding/fundingSourceService';
import { createFundingTxnService, type FundingTxnService } from '../../../src/main/funding/fundingTxnService';
import { newId } from '../../../src/main/ids';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import {
  auditActions,
  breakAuditFor,
  caught,
  countRows,
  seedAgreement,
  seedInternshipBase,
  seedOrderClass,
  seedOrganisation,
  tickingClock,
  trash,
} from './fixtures';

let t: TestDb;
let sources: FundingSourceService;
let txns: FundingTxnService;
let sourceId: string;

beforeEach(async () => {
  t = await createTestDb({ now: tickingClock() });
  sources = createFundingSourceService(t.ctx);
  txns = createFundingTxnService(t.ctx);
  sourceId = (await sources.create({ kind: 'fiscal_special', name: '中央财政专项' })).id;
});
afterEach(() => t.close());

const draft = (extra: Record<string, unknown> = {}) => ({
  sourceId,
  direction: 'in' as const,
  amountFen: 1_234_567_89,
  date: '2025-03-01',
  ...extra,
});

function domainError(error: unknown, code: string): DomainError {
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

describe('fundingTxnService.create', () => {
  it('stores integer fen exactly, links agreement and programme, and audits', async () => {
    const orgId = seedOrganisation(t.app.sqlite);
    const agreementId = seedAgreement(t.app.sqlite);
    const classId = seedOrderClass(t.app.sqlite, orgId);
    const created = await txns.create(
      draft({ agreementId, programmeType: 'order_class', programmeId: classId, voucherNo: '记-2025-031', summary: '订单班经费' }),
    );
    expect(FundingTxn.parse(created)).toEqual(created);
    expect(created).toMatchObject({ amountFen: 123456789, agreementId, programmeType: 'order_class', programmeId: classId });
    const stored = t.app.sqlite.prepare('select amount_fen, typeof(amount_fen) as t from funding_txn').get();
    expect(stored).toEqual({ amount_fen: 123456789, t: 'integer' });
    expect(await txns.get(created.id)).toEqual(created);
    expect(auditActions(t.app.sqlite, 'funding_txn', created.id)).toEqual(['insert']);
  });

  it('rejects a zero, negative or fractional amount', async () => {
    for (const amountFen of [0, -5, 10.5]) {
      const error = domainError(await caught(() => txns.create(draft({ amountFen }))), 'VALIDATION');
      expect(error.issues?.[0]?.path).toEqual(['amountFen']);
    }
    expect(countRows(t.app.sqlite, 'funding_txn')).toBe(0);
  });

  it('requires programme type and id together', async () => {
    const error = domainError(await caught(() => txns.create(draft({ programmeType: 'cert_1x' }))), 'VALIDATION');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['programmeId'], message: 'programme.incomplete' })]);
  });

  it('looks the programme up in the table of its type', async () => {
    const orgId = seedOrganisation(t.app.sqlite);
    const baseId = seedInternshipBase(t.app.sqlite, orgId);
    // An internship base id is not an order class.
    const error = domainError(
      await caught(() => txns.create(draft({ programmeType: 'order_class', programmeId: baseId }))),
      'VALIDATION',
    );
    expect(error.issues).toEqual([{ path: ['programmeId'], message: 'reference.notFound' }]);
    const ok = await txns.create(draft({ programmeType: 'internship_base', programmeId: baseId }));
    expect(ok.programmeId).toBe(baseId);
  });

  it('needs a live source and a live agreement, reporting both', async () => {
    const agreementId = seedAgreement(t.app.sqlite);
    trash(t.app.sqlite, 'agreement', agreementId);
    await sources.delete(sourceId);
    const error = domainError(await caught(() => txns.create(draft({ agreementId }))), 'VALIDATION');
    expect(error.issues).toEqual([
      { path: ['sourceId'], message: 'reference.notFound' },
      { path: ['agreementId'], message: 'reference.notFound' },
    ]);
    expect(countRows(t.app.sqlite, 'funding_txn')).toBe(0);
  });

  it('rolls back when the audit write fails', async () => {
    breakAuditFor(t.app.sqlite, 'funding_txn');
    await expect(txns.create(draft())).rejects.toThrow(/injected/);
    expect(countRows(t.app.sqlite, 'funding_txn')).toBe(0);
  });
});

describe('fundingTxnService.update / delete / restore', () => {
  it('merges the patch and re-checks both-or-neither on the merged record', async () => {
    const orgId = seedOrganisation(t.app.sqlite);
    const classId = seedOrderClass(t.app.sqlite, orgId);
    const created = await txns.create(draft({ programmeType: 'order_class', programmeId: classId, voucherNo: 'V1' }));

    const updated = await txns.update({ id: created.id, patch: { amountFen: 500, direction: 'out' } });
    expect(FundingTxn.parse(updated)).toEqual(updated);
    expect(updated).toMatchObject({ amountFen: 500, direction: 'out', voucherNo: 'V1', programmeId: classId });

    const error = domainError(
      await caught(() => txns.update({ id: created.id, patch: { programmeType: null } })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([expect.objectContaining({ path: ['patch', 'programmeId'], message: 'programme.incomplete' })]);
    const cleared = await txns.update({ id: created.id, patch: { programmeType: null, programmeId: null } });
    expect(cleared).toMatchObject({ programmeType: null, programmeId: null });
    expect(auditActions(t.app.sqlite, 'funding_txn', created.id)).toEqual(['insert', 'update', 'update']);
  });

  it('checks a changed source and a changed programme', async () => {
    const created = await txns.create(draft());
    const trashedSource = await sources.create({ kind: 'other', name: '已废' });
    await sources.delete(trashedSource.id);
    const error = domainError(
      await caught(() =>
        txns.update({ id: created.id, patch: { sourceId: trashedSource.id, programmeType: 'cert_1x', programmeId: newId() } }),
      ),
      'VALIDATION',
    );
    expect(error.issues).toEqual([
      { path: ['patch', 'sourceId'], message: 'reference.notFound' },
      { path: ['patch', 'programmeId'], message: 'reference.notFound' },
    ]);
    expect(await txns.get(created.id)).toEqual(created);
  });

  it('deletes, restores, and refuses to restore onto a trashed source', async () => {
    const created = await txns.create(draft());
    expect(await txns.delete(created.id)).toEqual({ ok: true });
    domainError(await caught(() => txns.get(created.id)), 'NOT_FOUND');
    domainError(await caught(() => txns.update({ id: created.id, patch: { amountFen: 1 } })), 'NOT_FOUND');

    await sources.delete(sourceId);
    const error = domainError(await caught(() => txns.restore(created.id)), 'CONFLICT');
    expect(error.details).toEqual({ field: 'sourceId', sourceId });

    await sources.restore(sourceId);
    const restored = await txns.restore(created.id);
    expect(restored.deletedAt).toBeNull();
    domainError(await caught(() => txns.restore(created.id)), 'NOT_FOUND');
    expect(auditActions(t.app.sqlite, 'funding_txn', created.id)).toEqual(['insert', 'trash', 'restore']);
  });
});

describe('fundingTxnService.list', () => {
  async function seedList() {
    const agreementId = seedAgreement(t.app.sqlite);
    const otherSource = (await sources.create({ kind: 'enterprise_investment', name: '企业投入' })).id;
    const a = await txns.create(draft({ date: '2025-01-01', amountFen: 300 }));
    const b = await txns.create(draft({ date: '2025-01-31', amountFen: 100, direction: 'out', agreementId }));
    const c = await txns.create(draft({ date: '2025-02-01', amountFen: 200, sourceId: otherSource }));
    const d = await txns.create(draft({ date: '2024-12-31', amountFen: 400 }));
    const gone = await txns.create(draft({ date: '2025-01-15', amountFen: 999 }));
    await txns.delete(gone.id);
    return { a, b, c, d, gone, agreementId, otherSource };
  }
  const ids = (page: { items: { id: string }[] }) => page.items.map((x) => x.id);

  it('defaults to newest date first and pages', async () => {
    const { a, b, c, d } = await seedList();
    const page = await txns.list();
    expect(FundingTxnPage.parse(page)).toEqual(page);
    expect(ids(page)).toEqual([c.id, b.id, a.id, d.id]);
    expect(page.total).toBe(4);
    const second = await txns.list({ page: 2, pageSize: 3 });
    expect(second.total).toBe(4);
    expect(ids(second)).toEqual([d.id]);
  });

  it('sorts by amount either way', async () => {
    const { a, b, c, d } = await seedList();
    expect(ids(await txns.list({ sortBy: 'amountFen', sortDir: 'asc' }))).toEqual([b.id, c.id, a.id, d.id]);
    expect(ids(await txns.list({ sortBy: 'amountFen' }))).toEqual([d.id, a.id, c.id, b.id]);
  });

  it('filters by source, agreement, direction and an inclusive date range', async () => {
    const { a, b, c, gone, agreementId, otherSource } = await seedList();
    expect(ids(await txns.list({ sourceId: otherSource }))).toEqual([c.id]);
    expect(ids(await txns.list({ agreementId }))).toEqual([b.id]);
    expect(ids(await txns.list({ direction: 'out' }))).toEqual([b.id]);
    expect(ids(await txns.list({ from: '2025-01-01', to: '2025-01-31' }))).toEqual([b.id, a.id]);
    expect(ids(await txns.list({ from: '2025-02-01' }))).toEqual([c.id]);
    expect(ids(await txns.list({ trashed: true }))).toEqual([gone.id]);
  });

  it('rejects a malformed date filter', async () => {
    domainError(await caught(() => txns.list({ from: '2025-02-30' })), 'VALIDATION');
  });
});
