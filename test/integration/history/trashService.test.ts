import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrashPage } from '../../../src/shared/domain/system';
import { createTrashService, type TrashService } from '../../../src/main/history/trashService';
import { createContactService } from '../../../src/main/partners/contactService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

const TS = '2026-03-01T08:00:00.000Z';
const id = (n: number): string => `01890000-0000-7000-8000-${String(n).padStart(12, '0')}`;

let db: TestDb;
let trash: TrashService;
let partnerId: string;
let contactId: string;

/** Trashes `table` row `rowId` at `deletedAt`, as softDelete does. */
function trashAt(table: string, rowId: string, deletedAt: string): void {
  db.app.sqlite.prepare(`update ${table} set deleted_at = ?, updated_at = ? where id = ?`).run(deletedAt, deletedAt, rowId);
}

beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  trash = createTrashService(db.ctx);
  partnerId = (await createPartnerService(db.ctx).create({ kind: 'enterprise', fullName: '华为技术有限公司' })).id;
  contactId = (await createContactService(db.ctx).create({ organisationId: partnerId, name: '张三' })).id;
  const s = db.app.sqlite;
  s.prepare(`insert into agreement (id, title, type, created_at, updated_at) values (?, '校企合作框架协议', 'framework', ?, ?)`).run(id(1), TS, TS);
  s.prepare(`insert into interaction (id, organisation_id, kind, date, created_at, updated_at) values (?, ?, 'visit', '2026-02-10', ?, ?)`).run(id(2), partnerId, TS, TS);
  s.prepare(`insert into joint_course (id, kind, name, organisation_id, created_at, updated_at) values (?, 'course', '鸿蒙应用开发', ?, ?, ?)`).run(id(3), partnerId, TS, TS);
  s.prepare(`insert into funding_source (id, kind, name, created_at, updated_at) values (?, 'fiscal_special', '省级专项', ?, ?)`).run(id(4), TS, TS);
  s.prepare(`insert into funding_txn (id, source_id, direction, amount_fen, date, voucher_no, summary, created_at, updated_at) values (?, ?, 'in', 100, '2026-02-11', '记-0012', '设备款', ?, ?)`).run(id(5), id(4), TS, TS);
  s.prepare(`insert into funding_txn (id, source_id, direction, amount_fen, date, created_at, updated_at) values (?, ?, 'out', 100, '2026-02-12', ?, ?)`).run(id(6), id(4), TS, TS);
  s.prepare(`insert into contribution (id, organisation_id, kind, value_fen, date, created_at, updated_at) values (?, ?, 'funds', 5000, '2026-02-13', ?, ?)`).run(id(7), partnerId, TS, TS);
  s.prepare(`insert into agreement (id, title, type, created_at, updated_at) values (?, '仍然有效的协议', 'framework', ?, ?)`).run(id(8), TS, TS);

  trashAt('organisation', partnerId, '2026-03-02T00:00:01.000Z');
  trashAt('contact', contactId, '2026-03-02T00:00:02.000Z');
  trashAt('agreement', id(1), '2026-03-02T00:00:03.000Z');
  trashAt('interaction', id(2), '2026-03-02T00:00:04.000Z');
  trashAt('joint_course', id(3), '2026-03-02T00:00:05.000Z');
  trashAt('funding_source', id(4), '2026-03-02T00:00:06.000Z');
  trashAt('funding_txn', id(5), '2026-03-02T00:00:07.000Z');
  trashAt('funding_txn', id(6), '2026-03-02T00:00:07.000Z');
  trashAt('contribution', id(7), '2026-03-02T00:00:08.000Z');
});
afterEach(() => db.close());

describe('trashService.list', () => {
  it('lists the trash of every entity table, newest deletion first, with readable titles', async () => {
    const page = TrashPage.parse(await trash.list({}));
    expect(page.total).toBe(9);
    expect(page.items).toEqual([
      { entityType: 'contribution', id: id(7), title: 'funds 2026-02-13', deletedAt: '2026-03-02T00:00:08.000Z' },
      { entityType: 'fundingTxn', id: id(6), title: '2026-02-12', deletedAt: '2026-03-02T00:00:07.000Z' },
      { entityType: 'fundingTxn', id: id(5), title: '记-0012 设备款', deletedAt: '2026-03-02T00:00:07.000Z' },
      { entityType: 'fundingSource', id: id(4), title: '省级专项', deletedAt: '2026-03-02T00:00:06.000Z' },
      { entityType: 'course', id: id(3), title: '鸿蒙应用开发', deletedAt: '2026-03-02T00:00:05.000Z' },
      { entityType: 'interaction', id: id(2), title: 'visit 2026-02-10', deletedAt: '2026-03-02T00:00:04.000Z' },
      { entityType: 'agreement', id: id(1), title: '校企合作框架协议', deletedAt: '2026-03-02T00:00:03.000Z' },
      { entityType: 'contact', id: contactId, title: '张三', deletedAt: '2026-03-02T00:00:02.000Z' },
      { entityType: 'partner', id: partnerId, title: '华为技术有限公司', deletedAt: '2026-03-02T00:00:01.000Z' },
    ]);
  });

  it('filters by entity type and pages over the union', async () => {
    const txns = await trash.list({ entityType: 'fundingTxn' });
    expect(txns.items.map((i) => i.id)).toEqual([id(6), id(5)]);
    expect(txns.total).toBe(2);
    const partners = await trash.list({ entityType: 'partner' });
    expect(partners.items.map((i) => i.id)).toEqual([partnerId]);
    const second = await trash.list({ page: 2, pageSize: 4 });
    expect(second.items.map((i) => i.id)).toEqual([id(3), id(2), id(1), contactId]);
    expect(second.total).toBe(9);
    expect(await trash.list({ page: 3, pageSize: 4 })).toMatchObject({ total: 9, items: [{ id: partnerId }] });
  });

  it('drops a row from the trash once restored, and rejects an unknown entity type', async () => {
    await createPartnerService(db.ctx).restore(partnerId);
    expect((await trash.list({ entityType: 'partner' })).total).toBe(0);
    await expect(trash.list({ entityType: 'widget' as 'partner' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
