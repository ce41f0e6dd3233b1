import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { createServices, type Services } from '../../../src/main/services';
import { auditCount, createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

let t: TestDb;
let s: Services;

beforeEach(async () => {
  t = await createTestDb({ now: steppingClock() });
  s = createServices(t.ctx, { info: () => ({ version: 'test', dataDir: t.dir, dbFile: 'x', schemaVersion: 1 }) });
});
afterEach(() => t.close());

async function caught(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

function occurrences(haystack: Buffer, needle: string): number {
  const bytes = Buffer.from(needle, 'utf8');
  let count = 0;
  for (let at = haystack.indexOf(bytes); at !== -1; at = haystack.indexOf(bytes, at + 1)) count += 1;
  return count;
}

function fileBytes(name: string): Buffer {
  const file = path.join(t.dir, name);
  return fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
}

/** Occurrences of the marker inside audit_log's JSON (a trash row holds it twice: before and after). */
function auditOccurrences(marker: string): number {
  const rows = t.app.sqlite
    .prepare("select coalesce(before_json, '') || char(10) || coalesce(after_json, '') from audit_log")
    .pluck()
    .all() as string[];
  return rows.reduce((sum, text) => sum + occurrences(Buffer.from(text, 'utf8'), marker), 0);
}

describe('trash:purge', () => {
  it('leaves no copy of a purged contact in partnerdesk.db or its WAL outside the audit rows', async () => {
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    // Marker only in `notes`, a field the audit JSON also holds: every copy left must be an audit copy.
    const marker = 'PURGE-MARKER-7Q3Z9';
    const contact = await s.contacts.create({ organisationId: partner.id, name: '李经理', notes: marker });
    await s.contacts.delete(contact.id);
    expect(occurrences(Buffer.concat([fileBytes('partnerdesk.db'), fileBytes('partnerdesk.db-wal')]), marker)).toBeGreaterThan(
      auditOccurrences(marker),
    );

    expect(await s.trash.purge({ entityType: 'contact', id: contact.id })).toEqual({ ok: true });

    expect(t.app.sqlite.prepare('select count(*) from contact where id = ?').pluck().get(contact.id)).toBe(0);
    // insert (after), trash (before + after), purge (before): 4 copies in 3 audit rows.
    expect(auditCount(t, 'contact', contact.id)).toBe(3);
    expect(auditOccurrences(marker)).toBe(4);
    expect(fileBytes('partnerdesk.db-wal').length).toBe(0);
    expect(occurrences(fileBytes('partnerdesk.db'), marker)).toBe(4);
    expect(occurrences(fileBytes('partnerdesk.db-wal'), marker)).toBe(0);
    const actions = (await s.audit.history('contact', contact.id)).map((e) => e.action);
    expect(actions).toEqual(['delete', 'trash', 'insert']);
  });

  it('refuses a record that other rows still reference, live or trashed, and says which', async () => {
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    await s.contacts.create({ organisationId: partner.id, name: '李经理' });
    const trashed = await s.contacts.create({ organisationId: partner.id, name: '张主管' });
    await s.contacts.delete(trashed.id);
    await s.partners.delete(partner.id);
    const error = await caught(s.trash.purge({ entityType: 'partner', id: partner.id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({
      references: [{ table: 'contact', column: 'organisation_id', live: 1, trashed: 1 }],
      attachments: 0,
    });
    expect(t.app.sqlite.prepare('select count(*) from organisation where id = ?').pluck().get(partner.id)).toBe(1);
  });

  it('purges an agreement with its parties (its own parts) and refuses a live record', async () => {
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    const agreement = await s.agreements.create({
      title: '框架协议',
      type: 'framework',
      parties: [
        { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
        { role: '乙', partyType: 'enterprise', organisationId: partner.id },
      ],
    });
    expect((await caught(s.trash.purge({ entityType: 'agreement', id: agreement.id }))).code).toBe('NOT_FOUND');
    await s.agreements.delete(agreement.id);
    await s.trash.purge({ entityType: 'agreement', id: agreement.id });
    expect(t.app.sqlite.prepare('select count(*) from agreement_party where agreement_id = ?').pluck().get(agreement.id)).toBe(0);
    expect((await s.trash.list({ entityType: 'agreement' })).total).toBe(0);
    // Nothing references the partner any more, so once trashed it can go too.
    await s.partners.delete(partner.id);
    await s.trash.purge({ entityType: 'partner', id: partner.id });
    expect(t.app.sqlite.prepare('select count(*) from organisation').pluck().get()).toBe(0);
  });

  it('purges trashed master data that nothing references', async () => {
    const unit = await s.reference.orgUnits.create({ name: '已撤销学院', kind: 'college' });
    await s.reference.orgUnits.delete(unit.id);
    await s.trash.purge({ entityType: 'orgUnit', id: unit.id });
    expect(t.app.sqlite.prepare('select count(*) from org_unit').pluck().get()).toBe(0);
  });
});
