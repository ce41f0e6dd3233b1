import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Contact, ContactPage } from '../../../src/shared/domain/contact';
import { DomainError } from '../../../src/main/errors';
import { createContactService, type ContactService } from '../../../src/main/partners/contactService';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { auditCount, createTestDb, rowCount, steppingClock, type TestDb } from '../../helpers/testDb';

const MISSING_ID = '01890000-0000-7000-8000-000000000000';

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

let db: TestDb;
let partners: PartnerService;
let contacts: ContactService;
let orgId: string;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  partners = createPartnerService(db.ctx);
  contacts = createContactService(db.ctx);
  orgId = (await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' })).id;
});
afterEach(() => db.close());

const primaryIds = (organisationId: string): unknown[] =>
  db.app.sqlite
    .prepare('select id from contact where organisation_id = ? and is_primary = 1 and deleted_at is null')
    .pluck()
    .all(organisationId);

describe('contactService', () => {
  it('creates, gets and audits a contact', async () => {
    const c = await contacts.create({
      organisationId: orgId,
      name: '张三',
      title: '人力资源经理',
      mobile: '13800138000',
      email: 'zhangsan@example.com',
      isPartTimeTeacher: true,
    });
    expect(Contact.parse(c)).toEqual(c);
    expect(c).toMatchObject({
      organisationId: orgId,
      name: '张三',
      mobile: '13800138000',
      isPrimary: false,
      isPartTimeTeacher: true,
      department: null,
      deletedAt: null,
    });
    expect(await contacts.get(c.id)).toEqual(c);
    expect(auditCount(db, 'contact', c.id)).toBe(1);
  });

  it('requires a live organisation (NOT_FOUND on organisationId) and saves nothing otherwise', async () => {
    const missing = await errorOf(contacts.create({ organisationId: MISSING_ID, name: '张三' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.issues).toEqual([{ path: ['organisationId'], message: 'reference.notFound' }]);
    await partners.delete(orgId);
    const trashed = await errorOf(contacts.create({ organisationId: orgId, name: '张三' }));
    expect(trashed.code).toBe('NOT_FOUND');
    expect(trashed.details).toMatchObject({ entity: 'partner', id: orgId, field: 'organisationId' });
    expect(rowCount(db, 'contact')).toBe(0);
    expect(auditCount(db, 'contact')).toBe(0);
  });

  it('rejects an invalid phone or email as VALIDATION and saves nothing', async () => {
    const error = await errorOf(
      contacts.create({ organisationId: orgId, name: '张三', mobile: '12345', email: 'not-an-email' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => [i.path, i.message])).toEqual([
      [['mobile'], 'phone.invalid'],
      [['email'], 'email.invalid'],
    ]);
    expect(rowCount(db, 'contact')).toBe(0);
  });

  it('keeps one primary contact: setting it on one clears the other, both audited', async () => {
    const a = await contacts.create({ organisationId: orgId, name: '甲', isPrimary: true });
    const b = await contacts.create({ organisationId: orgId, name: '乙', isPrimary: true });
    expect(primaryIds(orgId)).toEqual([b.id]);
    expect((await contacts.get(a.id)).isPrimary).toBe(false);
    expect(auditCount(db, 'contact', a.id)).toBe(2);

    const a2 = await contacts.update({ id: a.id, patch: { isPrimary: true } });
    expect(a2.isPrimary).toBe(true);
    expect(primaryIds(orgId)).toEqual([a.id]);
    expect(auditCount(db, 'contact', b.id)).toBe(2);

    const other = (await partners.create({ kind: 'enterprise', fullName: '比亚迪' })).id;
    const c = await contacts.create({ organisationId: other, name: '丙', isPrimary: true });
    expect(primaryIds(orgId)).toEqual([a.id]);
    expect(primaryIds(other)).toEqual([c.id]);
  });

  it('rolls back the cleared primary flag when the write after it fails', async () => {
    const a = await contacts.create({ organisationId: orgId, name: '甲', isPrimary: true });
    const audits = rowCount(db, 'audit_log');
    // Fails the insert that follows clearing the old primary, inside the same transaction.
    db.app.sqlite.exec(`CREATE TEMP TRIGGER fail_boom BEFORE INSERT ON contact WHEN NEW.name = 'boom'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    await expect(contacts.create({ organisationId: orgId, name: 'boom', isPrimary: true })).rejects.toThrow(/boom/);
    expect(primaryIds(orgId)).toEqual([a.id]);
    expect(await contacts.get(a.id)).toEqual(a);
    expect(rowCount(db, 'contact')).toBe(1);
    expect(rowCount(db, 'audit_log')).toBe(audits);
  });

  it('updates by merging the patch and refuses a trashed or missing contact', async () => {
    const c = await contacts.create({ organisationId: orgId, name: '张三', title: '经理' });
    const updated = await contacts.update({ id: c.id, patch: { department: '人力资源部', title: null } });
    expect(updated).toMatchObject({ name: '张三', department: '人力资源部', title: null, createdAt: c.createdAt });
    expect(await contacts.get(c.id)).toEqual(updated);
    await contacts.delete(c.id);
    expect((await errorOf(contacts.update({ id: c.id, patch: { name: 'x' } }))).code).toBe('NOT_FOUND');
    expect((await errorOf(contacts.update({ id: MISSING_ID, patch: { name: 'x' } }))).code).toBe('NOT_FOUND');
  });

  it('trashes and restores with audit actions; a restored primary yields to a newer one', async () => {
    const a = await contacts.create({ organisationId: orgId, name: '甲', isPrimary: true });
    expect(await contacts.delete(a.id)).toEqual({ ok: true });
    expect((await errorOf(contacts.get(a.id))).code).toBe('NOT_FOUND');
    expect((await errorOf(contacts.delete(a.id))).code).toBe('NOT_FOUND');
    const b = await contacts.create({ organisationId: orgId, name: '乙', isPrimary: true });
    const restored = await contacts.restore(a.id);
    expect(restored).toMatchObject({ id: a.id, deletedAt: null, isPrimary: false });
    expect(primaryIds(orgId)).toEqual([b.id]);
    expect((await errorOf(contacts.restore(a.id))).code).toBe('NOT_FOUND');
    const actions = db.app.sqlite
      .prepare(`select action from audit_log where table_name = 'contact' and row_id = ? order by id`)
      .pluck()
      .all(a.id);
    expect(actions).toEqual(['insert', 'trash', 'update', 'restore']);
  });

  it('lists by organisation, searches name/mobile/email, sorts and pages', async () => {
    const other = (await partners.create({ kind: 'enterprise', fullName: '比亚迪' })).id;
    const zhang = await contacts.create({ organisationId: orgId, name: 'Zhang 张三', mobile: '13800138000' });
    const li = await contacts.create({ organisationId: orgId, name: 'Li 李四', email: 'lisi@huawei.com' });
    const wang = await contacts.create({ organisationId: other, name: 'Wang 王五', email: 'wang@byd.com' });
    const gone = await contacts.create({ organisationId: orgId, name: 'Zhao 赵六' });
    await contacts.delete(gone.id);

    const ids = async (query: Parameters<ContactService['list']>[0]): Promise<string[]> =>
      ContactPage.parse(await contacts.list(query)).items.map((c) => c.id);
    expect(await ids({})).toEqual([li.id, wang.id, zhang.id]);
    expect(await ids({ organisationId: orgId })).toEqual([li.id, zhang.id]);
    expect(await ids({ q: '1380013' })).toEqual([zhang.id]);
    expect(await ids({ q: 'HUAWEI.COM' })).toEqual([li.id]);
    expect(await ids({ q: '王五' })).toEqual([wang.id]);
    expect(await ids({ sortBy: 'createdAt', sortDir: 'desc' })).toEqual([wang.id, li.id, zhang.id]);
    expect(await ids({ trashed: true })).toEqual([gone.id]);
    const page = await contacts.list({ page: 2, pageSize: 2 });
    expect(page.items.map((c) => c.id)).toEqual([zhang.id]);
    expect(page.total).toBe(3);
  });
});
