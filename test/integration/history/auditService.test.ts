import { sql } from 'kysely';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../src/shared/domain/system';
import { createAuditService, diffSnapshots, fieldNameOf } from '../../../src/main/history/auditService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock(), actor: '王老师' });
});
afterEach(() => db.close());

describe('auditService.history', () => {
  it('lists a row history newest first with field-level changes per action', async () => {
    const partners = createPartnerService(db.ctx);
    const audit = createAuditService(db.ctx);
    const p = await partners.create({ kind: 'enterprise', fullName: '华为', tags: ['ICT'] });
    await partners.update({ id: p.id, patch: { fullName: '华为技术有限公司', tags: ['ICT', '500强'] } });
    await partners.delete(p.id);
    await partners.restore(p.id);

    const history = z.array(AuditEntry).parse(await audit.history('organisation', p.id));
    expect(history.map((e) => e.action)).toEqual(['restore', 'trash', 'update', 'insert']);
    expect(history.every((e) => e.actor === '王老师')).toBe(true);
    const [restore, trash, update, insert] = history;
    expect(insert?.changes).toEqual([
      { field: 'id', before: null, after: p.id },
      { field: 'kind', before: null, after: 'enterprise' },
      { field: 'fullName', before: null, after: '华为' },
      { field: 'usccCheckOverridden', before: null, after: 0 },
      { field: 'aliases', before: null, after: [] },
      { field: 'status', before: null, after: 'prospect' },
      { field: 'tags', before: null, after: ['ICT'] },
    ]);
    expect(update?.changes).toEqual([
      { field: 'fullName', before: '华为', after: '华为技术有限公司' },
      { field: 'tags', before: ['ICT'], after: ['ICT', '500强'] },
    ]);
    // The stepping clock: create 08:00:00 (+ audit 01), update 02 (+ 03), delete 04.
    const deletedAt = '2026-03-01T08:00:04.000Z';
    expect(trash?.changes).toEqual([{ field: 'deletedAt', before: null, after: deletedAt }]);
    expect(restore?.changes).toEqual([{ field: 'deletedAt', before: deletedAt, after: null }]);
    expect(history.map((e) => e.id)).toEqual([...history.map((e) => e.id)].sort((a, b) => b - a));
  });

  it('shows a setting history by its key and an empty list for an unknown row', async () => {
    await createSettingsService(db.ctx).update({ language: 'zh-CN' });
    const audit = createAuditService(db.ctx);
    const history = await audit.history('app_setting', 'language');
    expect(history).toHaveLength(1);
    expect(history[0]?.changes).toEqual([
      { field: 'key', before: null, after: 'language' },
      { field: 'value', before: null, after: '"zh-CN"' },
    ]);
    expect(await audit.history('organisation', 'nope')).toEqual([]);
    await expect(audit.history('', 'x')).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lists every removed field for a hard delete', () => {
    expect(diffSnapshots({ id: 'a', name: 'x', notes: null, updated_at: 't' }, null)).toEqual([
      { field: 'id', before: 'a', after: null },
      { field: 'name', before: 'x', after: null },
    ]);
    expect(fieldNameOf('legal_representative')).toBe('legalRepresentative');
    expect(fieldNameOf('aliases_json')).toBe('aliases');
  });
});

describe('audit_log', () => {
  it('rejects UPDATE and DELETE, also through kysely, and keeps the rows', async () => {
    await createPartnerService(db.ctx).create({ kind: 'enterprise', fullName: '华为' });
    await expect(sql`update audit_log set actor = 'mallory'`.execute(db.ctx.db)).rejects.toThrow(/append-only/);
    await expect(db.ctx.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const actors = await db.ctx.db.selectFrom('audit_log').select('actor').execute();
    expect(actors).toEqual([{ actor: '王老师' }]);
  });
});
