import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { createFundingSourceService } from '../../../src/main/funding/fundingSourceService';
import { createFundingTxnService } from '../../../src/main/funding/fundingTxnService';
import { createFundingHandlers } from '../../../src/main/funding/handlers';
import type { Handlers } from '../../../src/main/ipc/types';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { seedOrganisation, tickingClock } from './fixtures';

let t: TestDb;
let handlers: ReturnType<typeof createFundingHandlers>;

beforeEach(async () => {
  t = await createTestDb({ now: tickingClock() });
  handlers = createFundingHandlers({
    sources: createFundingSourceService(t.ctx),
    txns: createFundingTxnService(t.ctx),
    contributions: createContributionService(t.ctx),
  });
});
afterEach(() => t.close());

/** Calls a handler the way the IPC wrapper does: input parsed by the contract, output checked against it. */
async function call<C extends keyof typeof handlers & Channel>(channel: C, input: unknown) {
  const parsed = contract[channel].input.parse(input) as Parameters<Handlers[C]>[0];
  const handler = handlers[channel] as (input: Parameters<Handlers[C]>[0], ctx: { channel: Channel }) => Promise<unknown>;
  const output = await handler(parsed, { channel });
  return contract[channel].output.parse(output) as Awaited<ReturnType<Handlers[C]>>;
}

describe('funding handlers', () => {
  it('serve every funding channel within the contract', async () => {
    const source = await call('fundingSources:create', { kind: 'fiscal_special', name: '中央财政专项' });
    expect(await call('fundingSources:update', { id: source.id, patch: { notes: '2025 年度' } })).toMatchObject({
      notes: '2025 年度',
    });
    expect((await call('fundingSources:list', undefined)).map((s) => s.id)).toEqual([source.id]);

    const txn = await call('fundingTxns:create', { sourceId: source.id, direction: 'in', amountFen: 100, date: '2025-05-01' });
    expect(await call('fundingTxns:get', { id: txn.id })).toEqual(txn);
    expect((await call('fundingTxns:update', { id: txn.id, patch: { amountFen: 250 } })).amountFen).toBe(250);
    expect((await call('fundingTxns:list', {})).items.map((x) => x.id)).toEqual([txn.id]);
    expect(await call('fundingTxns:delete', { id: txn.id })).toEqual({ ok: true });
    expect((await call('fundingTxns:restore', { id: txn.id })).deletedAt).toBeNull();
    await call('fundingTxns:delete', { id: txn.id });

    expect(await call('fundingSources:delete', { id: source.id })).toEqual({ ok: true });
    expect((await call('fundingSources:restore', { id: source.id })).deletedAt).toBeNull();

    const orgId = seedOrganisation(t.app.sqlite);
    const contribution = await call('contributions:create', {
      organisationId: orgId,
      kind: 'employee_training',
      date: '2025-06-01',
      traineePersonDays: 40,
    });
    expect((await call('contributions:update', { id: contribution.id, patch: { traineePersonDays: 45 } })).traineePersonDays).toBe(45);
    expect((await call('contributions:list', {})).total).toBe(1);
    expect(await call('contributions:delete', { id: contribution.id })).toEqual({ ok: true });
    expect((await call('contributions:restore', { id: contribution.id })).id).toBe(contribution.id);
  });
});
