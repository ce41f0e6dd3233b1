import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/ipc/contract';
import { createAuditService } from '../../../src/main/history/auditService';
import { createHistoryHandlers } from '../../../src/main/history/handlers';
import { createTrashService } from '../../../src/main/history/trashService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// audit:names: the names a history shows instead of ids, trashed records included, and
// nothing for tables it does not know (table names never reach SQL from input).

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb({ now: () => new Date('2026-03-01T08:00:00.000Z') });
});
afterEach(() => db.close());

describe('audit:names', () => {
  it('names partners (trashed too), units and majors; ignores unknown tables and ids', async () => {
    const partners = createPartnerService(db.ctx);
    const reference = createReferenceService(db.ctx);
    const huawei = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    const byd = await partners.create({ kind: 'enterprise', fullName: '比亚迪股份有限公司' });
    await partners.delete(byd.id);
    const unit = await reference.orgUnits.create({ name: '信息工程学院', kind: 'college' });
    const major = await reference.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit.id });
    const h = createHistoryHandlers({ trash: createTrashService(db.ctx), audit: createAuditService(db.ctx) });
    const input = contract['audit:names'].input.parse({
      refs: [
        { table: 'organisation', ids: [huawei.id, byd.id, 'no-such-id'] },
        { table: 'org_unit', ids: [unit.id] },
        { table: 'major', ids: [major.id] },
        { table: 'sqlite_schema', ids: ['x'] },
      ],
    });
    const names = contract['audit:names'].output.parse(await h['audit:names'](input, { channel: 'audit:names' }));
    expect(names).toEqual(
      expect.arrayContaining([
        { table: 'organisation', id: huawei.id, name: '华为技术有限公司' },
        { table: 'organisation', id: byd.id, name: '比亚迪股份有限公司' },
        { table: 'org_unit', id: unit.id, name: '信息工程学院' },
        { table: 'major', id: major.id, name: '510201 计算机应用技术' },
      ]),
    );
    expect(names).toHaveLength(4);
  });
});
