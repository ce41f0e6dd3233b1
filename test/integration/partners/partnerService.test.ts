import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Partner, PartnerPage } from '../../../src/shared/domain/partner';
import { DomainError } from '../../../src/main/errors';
import { createContactService } from '../../../src/main/partners/contactService';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createAuditService } from '../../../src/main/history/auditService';
import { auditCount, createTestDb, rowCount, steppingClock, type TestDb } from '../../helpers/testDb';

const HUAWEI = '914403001922038216';
const HUAWEI_BAD_CHECK = '914403001922038217';
const PILOT = '91350100M0001TGQXM';
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
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  partners = createPartnerService(db.ctx);
});
afterEach(() => db.close());

const overriddenFlag = (id: string): unknown =>
  db.app.sqlite.prepare('select uscc_check_overridden from organisation where id = ?').pluck().get(id);

describe('partnerService.create and the USCC', () => {
  it('saves a partner with a valid USCC, unflagged, with one insert audit row', async () => {
    const created = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI });
    expect(Partner.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      fullName: '华为技术有限公司',
      uscc: HUAWEI,
      usccCheckOverridden: false,
      status: 'prospect',
      aliases: [],
      tags: [],
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
      deletedAt: null,
    });
    expect(overriddenFlag(created.id)).toBe(0);
    expect(await partners.get(created.id)).toEqual(created);
    const audit = db.app.sqlite
      .prepare('select action, actor, ts from audit_log where table_name = ? and row_id = ?')
      .all('organisation', created.id);
    expect(audit).toEqual([{ action: 'insert', actor: 'tester', ts: '2026-03-01T08:00:01.000Z' }]);
  });

  it('ignores usccOverride for a USCC that passes: the flag stays 0', async () => {
    const created = await partners.create({ kind: 'enterprise', fullName: '华为', uscc: HUAWEI, usccOverride: true });
    expect(created.usccCheckOverridden).toBe(false);
    expect(overriddenFlag(created.id)).toBe(0);
  });

  it('normalises full-width and spaced input before checking', async () => {
    const created = await partners.create({ kind: 'enterprise', fullName: '华为', uscc: ' ９１４４ ０３００１９２２０３８２１６ ' });
    expect(created.uscc).toBe(HUAWEI);
  });

  it('rejects a failing check character with USCC_CHECK_FAILED and saves nothing', async () => {
    const error = await errorOf(partners.create({ kind: 'enterprise', fullName: '华为', uscc: HUAWEI_BAD_CHECK }));
    expect(error.code).toBe('USCC_CHECK_FAILED');
    expect(error.issues).toEqual([{ path: ['uscc'], message: 'uscc.check' }]);
    expect(error.details).toEqual({ expectedCheckChar: '6' });
    expect(rowCount(db, 'organisation')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(0);
  });

  it('saves a failing check character with usccOverride, flagged, and the audit row shows the flag', async () => {
    const created = await partners.create({
      kind: 'enterprise',
      fullName: '华为',
      uscc: HUAWEI_BAD_CHECK,
      usccOverride: true,
    });
    expect(created.usccCheckOverridden).toBe(true);
    expect(overriddenFlag(created.id)).toBe(1);
    const after = db.app.sqlite
      .prepare(`select after_json from audit_log where table_name = 'organisation' and row_id = ?`)
      .pluck()
      .get(created.id) as string;
    expect(JSON.parse(after)).toMatchObject({ uscc: HUAWEI_BAD_CHECK, uscc_check_overridden: 1 });
  });

  it('needs the override for the early pilot code 91350100M0001TGQXM', async () => {
    const refused = await errorOf(partners.create({ kind: 'enterprise', fullName: '试点企业', uscc: PILOT }));
    expect(refused.code).toBe('USCC_CHECK_FAILED');
    expect(rowCount(db, 'organisation')).toBe(0);
    const saved = await partners.create({ kind: 'enterprise', fullName: '试点企业', uscc: PILOT, usccOverride: true });
    expect(saved).toMatchObject({ uscc: PILOT, usccCheckOverridden: true });
  });

  it('rejects a malformed USCC or an empty name as VALIDATION and saves nothing', async () => {
    const format = await errorOf(partners.create({ kind: 'enterprise', fullName: '华为', uscc: '91440300192203821' }));
    expect(format.code).toBe('VALIDATION');
    expect(format.issues?.map((i) => [i.path, i.message])).toEqual([[['uscc'], 'uscc.format']]);
    const name = await errorOf(partners.create({ kind: 'enterprise', fullName: '   ' }));
    expect(name.code).toBe('VALIDATION');
    expect(name.issues?.map((i) => i.path)).toEqual([['fullName']]);
    expect(rowCount(db, 'organisation')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(0);
  });

  it('reports a duplicate USCC as CONFLICT naming the existing partner', async () => {
    const first = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI });
    const error = await errorOf(partners.create({ kind: 'enterprise', fullName: '华为', uscc: HUAWEI }));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues).toEqual([{ path: ['uscc'], message: 'uscc.duplicate' }]);
    expect(error.details).toEqual({ field: 'uscc', existingId: first.id, existingName: '华为技术有限公司', inTrash: false });
    expect(rowCount(db, 'organisation')).toBe(1);
  });

  it('reports a duplicate of a trashed partner with inTrash true, so the UI can offer restore', async () => {
    const first = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: HUAWEI });
    await partners.delete(first.id);
    const error = await errorOf(partners.create({ kind: 'enterprise', fullName: '华为', uscc: HUAWEI }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ field: 'uscc', existingId: first.id, existingName: '华为技术有限公司', inTrash: true });
  });

  it('refuses an owner unit that does not exist, naming the field', async () => {
    const error = await errorOf(partners.create({ kind: 'enterprise', fullName: '华为', ownerOrgUnitId: MISSING_ID }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.issues).toEqual([{ path: ['ownerOrgUnitId'], message: 'reference.notFound' }]);
    expect(rowCount(db, 'organisation')).toBe(0);
  });
});

describe('partnerService.update', () => {
  it('merges the patch, writes one audit row, and history lists only the changed fields', async () => {
    const unit = await createReferenceService(db.ctx).orgUnits.create({ name: '信息工程学院', kind: 'college' });
    const created = await partners.create({ kind: 'enterprise', fullName: '华为', uscc: HUAWEI, regionName: '广东省深圳市' });
    const before = auditCount(db, 'organisation', created.id);
    const updated = await partners.update({
      id: created.id,
      patch: { status: 'active', aliases: ['Huawei'], ownerOrgUnitId: unit.id },
    });
    expect(Partner.parse(updated)).toEqual(updated);
    expect(updated).toMatchObject({
      fullName: '华为',
      uscc: HUAWEI,
      regionName: '广东省深圳市',
      status: 'active',
      aliases: ['Huawei'],
      ownerOrgUnitId: unit.id,
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(await partners.get(created.id)).toEqual(updated);
    expect(auditCount(db, 'organisation', created.id)).toBe(before + 1);
    const [latest] = await createAuditService(db.ctx).history('organisation', created.id);
    expect(latest?.action).toBe('update');
    expect(latest?.changes).toEqual([
      { field: 'aliases', before: [], after: ['Huawei'] },
      { field: 'status', before: 'prospect', after: 'active' },
      { field: 'ownerOrgUnitId', before: null, after: unit.id },
    ]);
  });

  it('clears a field with an explicit null', async () => {
    const created = await partners.create({ kind: 'enterprise', fullName: '华为', regionName: '广东省' });
    const updated = await partners.update({ id: created.id, patch: { regionName: null } });
    expect(updated.regionName).toBeNull();
  });

  it('re-checks a changed USCC and keeps an unchanged overridden one', async () => {
    const pilot = await partners.create({ kind: 'enterprise', fullName: '试点', uscc: PILOT, usccOverride: true });
    const renamed = await partners.update({ id: pilot.id, patch: { fullName: '试点企业', uscc: PILOT } });
    expect(renamed).toMatchObject({ fullName: '试点企业', uscc: PILOT, usccCheckOverridden: true });

    const refused = await errorOf(partners.update({ id: pilot.id, patch: { uscc: HUAWEI_BAD_CHECK } }));
    expect(refused.code).toBe('USCC_CHECK_FAILED');
    expect((await partners.get(pilot.id)).uscc).toBe(PILOT);

    const fixed = await partners.update({ id: pilot.id, patch: { uscc: HUAWEI } });
    expect(fixed).toMatchObject({ uscc: HUAWEI, usccCheckOverridden: false });
    expect(overriddenFlag(pilot.id)).toBe(0);
  });

  it('refuses to take another partner USCC (CONFLICT) and leaves both rows as they were', async () => {
    const a = await partners.create({ kind: 'enterprise', fullName: 'A', uscc: HUAWEI });
    const b = await partners.create({ kind: 'enterprise', fullName: 'B' });
    const audits = rowCount(db, 'audit_log');
    const error = await errorOf(partners.update({ id: b.id, patch: { uscc: HUAWEI } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ field: 'uscc', existingId: a.id, existingName: 'A', inTrash: false });
    expect((await partners.get(b.id)).uscc).toBeNull();
    expect(rowCount(db, 'audit_log')).toBe(audits);
  });

  it('answers NOT_FOUND for a missing or trashed partner', async () => {
    expect((await errorOf(partners.update({ id: MISSING_ID, patch: { fullName: 'x' } }))).code).toBe('NOT_FOUND');
    const p = await partners.create({ kind: 'enterprise', fullName: 'A' });
    await partners.delete(p.id);
    expect((await errorOf(partners.update({ id: p.id, patch: { fullName: 'x' } }))).code).toBe('NOT_FOUND');
  });
});

describe('partnerService trash and restore', () => {
  it('trashes and restores with audit actions trash/restore; get of a trashed partner is NOT_FOUND', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '华为' });
    expect(await partners.delete(p.id)).toEqual({ ok: true });
    expect((await errorOf(partners.get(p.id))).code).toBe('NOT_FOUND');
    expect((await errorOf(partners.delete(p.id))).code).toBe('NOT_FOUND');
    const restored = await partners.restore(p.id);
    expect(Partner.parse(restored)).toEqual(restored);
    expect(restored).toMatchObject({ id: p.id, fullName: '华为', deletedAt: null });
    expect((await errorOf(partners.restore(p.id))).code).toBe('NOT_FOUND');
    const actions = db.app.sqlite
      .prepare(`select action from audit_log where table_name = 'organisation' and row_id = ? order by id`)
      .pluck()
      .all(p.id);
    expect(actions).toEqual(['insert', 'trash', 'restore']);
  });

  it('does not cascade to contacts: they stay live and linked', async () => {
    const contacts = createContactService(db.ctx);
    const p = await partners.create({ kind: 'enterprise', fullName: '华为' });
    const c = await contacts.create({ organisationId: p.id, name: '张三' });
    await partners.delete(p.id);
    expect(await contacts.get(c.id)).toEqual(c);
    await partners.restore(p.id);
    const page = await contacts.list({ organisationId: p.id });
    expect(page.items.map((x) => x.id)).toEqual([c.id]);
  });

  it('lists the trash only when asked', async () => {
    const a = await partners.create({ kind: 'enterprise', fullName: 'A' });
    const b = await partners.create({ kind: 'enterprise', fullName: 'B' });
    await partners.delete(a.id);
    const live = PartnerPage.parse(await partners.list({}));
    expect(live.items.map((p) => p.id)).toEqual([b.id]);
    const trashed = await partners.list({ trashed: true });
    expect(trashed.items.map((p) => p.id)).toEqual([a.id]);
    expect(trashed.total).toBe(1);
  });
});
