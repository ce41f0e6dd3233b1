import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/ipc/contract';
import type { HandlerContext } from '../../../src/main/ipc/types';
import { createContactService } from '../../../src/main/partners/contactService';
import { createPartnerHandlers } from '../../../src/main/partners/handlers';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

let db: TestDb;
let h: ReturnType<typeof createPartnerHandlers>;
const ctx = (channel: HandlerContext['channel']): HandlerContext => ({ channel });

beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  h = createPartnerHandlers({ partners: createPartnerService(db.ctx), contacts: createContactService(db.ctx) });
});
afterEach(() => db.close());

describe('partner and contact handlers', () => {
  it('serve every channel with contract-valid outputs', async () => {
    const c = contract;
    const created = c['partners:create'].output.parse(
      await h['partners:create'](c['partners:create'].input.parse({ kind: 'enterprise', fullName: '华为' }), ctx('partners:create')),
    );
    const got = c['partners:get'].output.parse(await h['partners:get']({ id: created.id }, ctx('partners:get')));
    expect(got).toEqual(created);
    const updated = c['partners:update'].output.parse(
      await h['partners:update'](
        c['partners:update'].input.parse({ id: created.id, patch: { status: 'active' } }),
        ctx('partners:update'),
      ),
    );
    expect(updated.status).toBe('active');
    const page = c['partners:list'].output.parse(
      await h['partners:list'](c['partners:list'].input.parse({ status: 'active' }), ctx('partners:list')),
    );
    expect(page.items.map((p) => p.id)).toEqual([created.id]);

    const contact = c['contacts:create'].output.parse(
      await h['contacts:create'](
        c['contacts:create'].input.parse({ organisationId: created.id, name: '张三', isPrimary: true }),
        ctx('contacts:create'),
      ),
    );
    expect(c['contacts:get'].output.parse(await h['contacts:get']({ id: contact.id }, ctx('contacts:get')))).toEqual(contact);
    const renamed = c['contacts:update'].output.parse(
      await h['contacts:update'](c['contacts:update'].input.parse({ id: contact.id, patch: { name: '张三丰' } }), ctx('contacts:update')),
    );
    expect(renamed.name).toBe('张三丰');
    const contacts = c['contacts:list'].output.parse(
      await h['contacts:list'](c['contacts:list'].input.parse({ organisationId: created.id }), ctx('contacts:list')),
    );
    expect(contacts.items.map((x) => x.id)).toEqual([contact.id]);
    expect(c['contacts:delete'].output.parse(await h['contacts:delete']({ id: contact.id }, ctx('contacts:delete')))).toEqual({ ok: true });
    expect((await h['contacts:restore']({ id: contact.id }, ctx('contacts:restore'))).deletedAt).toBeNull();

    expect(await h['partners:delete']({ id: created.id }, ctx('partners:delete'))).toEqual({ ok: true });
    await expect(h['partners:get']({ id: created.id }, ctx('partners:get'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const restored = c['partners:restore'].output.parse(await h['partners:restore']({ id: created.id }, ctx('partners:restore')));
    expect(restored.deletedAt).toBeNull();
  });
});
