import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/ipc/contract';
import { createAuditService } from '../../../src/main/history/auditService';
import { createHistoryHandlers } from '../../../src/main/history/handlers';
import { createTrashService } from '../../../src/main/history/trashService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb({ now: () => new Date('2026-03-01T08:00:00.000Z') });
});
afterEach(() => db.close());

describe('history handlers', () => {
  it('serve trash:list and audit:history with contract-valid outputs', async () => {
    const partners = createPartnerService(db.ctx);
    const p = await partners.create({ kind: 'enterprise', fullName: '华为' });
    await partners.delete(p.id);
    const h = createHistoryHandlers({ trash: createTrashService(db.ctx), audit: createAuditService(db.ctx) });
    const c = contract;
    const trash = c['trash:list'].output.parse(await h['trash:list'](c['trash:list'].input.parse({}), { channel: 'trash:list' }));
    expect(trash).toEqual({
      items: [{ entityType: 'partner', id: p.id, title: '华为', deletedAt: '2026-03-01T08:00:00.000Z' }],
      total: 1,
    });
    const history = c['audit:history'].output.parse(
      await h['audit:history']({ tableName: 'organisation', rowId: p.id }, { channel: 'audit:history' }),
    );
    expect(history.map((e) => e.action)).toEqual(['trash', 'insert']);
  });
});
