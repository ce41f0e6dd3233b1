import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Done } from '@shared/domain/common';
import { FundingSource } from '@shared/domain/funding';
import { DomainError } from '../../../src/main/errors';
import { createFundingSourceService, type FundingSourceService } from '../../../src/main/funding/fundingSourceService';
import { createFundingTxnService, type FundingTxnService } from '../../../src/main/funding/fundingTxnService';
import { newId } from '../../../src/main/ids';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { auditActions, breakAuditFor, caught, countRows, tickingClock } from './fixtures';

let t: TestDb;
let sources: FundingSourceService;
let txns: FundingTxnService;

beforeEach(async () => {
  t = await createTestDb({ now: tickingClock() });
  sources = createFundingSourceService(t.ctx);
  txns = createFundingTxnService(t.ctx);
});
afterEach(() => t.close());

function codeOf(error: unknown): string {
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

const txnDraft = (sourceId: string) => ({ sourceId, direction: 'in' as const, amountFen: 100_00, date: '2025-01-15' });

describe('fundingSourceService', () => {
  it('creates, audits and lists all live sources by kind (declared order) then name', async () => {
    const other = await sources.create({ kind: 'other', name: '其他来源' });
    const fiscalB = await sources.create({ kind: 'fiscal_special', name: '省级专项' });
    const fiscalA = await sources.create({ kind: 'fiscal_special', name: '中央专项', notes: '  ' });
    const enterprise = await sources.create({ kind: 'enterprise_investment', name: '企业投入' });

    expect(FundingSource.parse(fiscalA)).toEqual(fiscalA);
    expect(fiscalA.notes).toBeNull();
    expect(auditActions(t.app.sqlite, 'funding_source', fiscalA.id)).toEqual(['insert']);

    const listed = await sources.list();
    expect(z.array(FundingSource).parse(listed)).toEqual(listed);
    // '中' (U+4E2D) sorts before '省' (U+7701) by code point.
    expect(listed.map((s) => s.id)).toEqual([fiscalA.id, fiscalB.id, enterprise.id, other.id]);
  });

  it('rejects an empty name or unknown kind, writing nothing', async () => {
    expect(codeOf(await caught(() => sources.create({ kind: 'fiscal_special', name: '   ' })))).toBe('VALIDATION');
    expect(codeOf(await caught(() => sources.create({ kind: 'lottery' as 'other', name: 'x' })))).toBe('VALIDATION');
    expect(countRows(t.app.sqlite, 'funding_source')).toBe(0);
  });

  it('refuses a duplicate live name as a CONFLICT naming the field', async () => {
    await sources.create({ kind: 'fiscal_special', name: '中央专项' });
    const error = await caught(() => sources.create({ kind: 'other', name: '中央专项' }));
    expect(codeOf(error)).toBe('CONFLICT');
    expect((error as DomainError).details).toEqual({ field: 'name' });
  });

  it('updates by merging the patch, and NOT_FOUND for a missing source', async () => {
    const created = await sources.create({ kind: 'fiscal_special', name: '中央专项', notes: '2025' });
    const updated = await sources.update({ id: created.id, patch: { name: '中央财政专项' } });
    expect(updated).toMatchObject({ kind: 'fiscal_special', name: '中央财政专项', notes: '2025' });
    expect(await sources.get(created.id)).toEqual(updated);
    expect(auditActions(t.app.sqlite, 'funding_source', created.id)).toEqual(['insert', 'update']);
    expect(codeOf(await caught(() => sources.update({ id: newId(), patch: { name: 'x' } })))).toBe('NOT_FOUND');
  });

  it('cannot be deleted while it has live transactions; counts only live ones', async () => {
    const source = await sources.create({ kind: 'school_self_raised', name: '学校自筹' });
    const first = await txns.create(txnDraft(source.id));
    await txns.create(txnDraft(source.id));

    const error = await caught(() => sources.delete(source.id));
    expect(codeOf(error)).toBe('CONFLICT');
    expect((error as DomainError).details).toEqual({ transactions: 2 });

    await txns.delete(first.id);
    const again = await caught(() => sources.delete(source.id));
    expect((again as DomainError).details).toEqual({ transactions: 1 });
    expect((await sources.get(source.id)).deletedAt).toBeNull();
  });

  it('deletes to the trash, lists the trash, restores only trashed rows', async () => {
    const source = await sources.create({ kind: 'social_donation', name: '校友捐赠' });
    expect(Done.parse(await sources.delete(source.id))).toEqual({ ok: true });
    expect(await sources.list()).toEqual([]);
    expect((await sources.list({ trashed: true })).map((s) => s.id)).toEqual([source.id]);
    expect(codeOf(await caught(() => sources.get(source.id)))).toBe('NOT_FOUND');
    expect(codeOf(await caught(() => sources.delete(source.id)))).toBe('NOT_FOUND');

    const restored = await sources.restore(source.id);
    expect(FundingSource.parse(restored)).toEqual(restored);
    expect(restored.deletedAt).toBeNull();
    expect(codeOf(await caught(() => sources.restore(source.id)))).toBe('NOT_FOUND');
    expect(auditActions(t.app.sqlite, 'funding_source', source.id)).toEqual(['insert', 'trash', 'restore']);
  });

  it('rolls back a delete whose audit write fails', async () => {
    const source = await sources.create({ kind: 'other', name: '临时' });
    breakAuditFor(t.app.sqlite, 'funding_source');
    await expect(sources.delete(source.id)).rejects.toThrow(/injected/);
    t.app.sqlite.exec('DROP TRIGGER temp.break_audit_funding_source');
    expect((await sources.get(source.id)).deletedAt).toBeNull();
  });
});
