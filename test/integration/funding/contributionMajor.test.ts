import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { type ContributionService, createContributionService } from '../../../src/main/funding/contributionService';
import { newId } from '../../../src/main/ids';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { caught, seedMajor, seedOrganisation, tickingClock } from './fixtures';

// A contribution's own 专业 (migration 0015): stored, audited, checked, filterable.

let t: TestDb;
let contributions: ContributionService;
let orgId: string;
let majorId: string;

beforeEach(async () => {
  t = await createTestDb({ now: tickingClock() });
  contributions = createContributionService(t.ctx);
  orgId = seedOrganisation(t.app.sqlite);
  majorId = seedMajor(t.app.sqlite);
});
afterEach(() => t.close());

const draft = (extra: Record<string, unknown> = {}) => ({
  organisationId: orgId,
  kind: 'donated_equipment' as const,
  valueFen: 1_000_000,
  date: '2025-10-01',
  ...extra,
});

describe('contribution major', () => {
  it('stores the major, is optional, and lists by it', async () => {
    const withMajor = await contributions.create(draft({ majorId }));
    const without = await contributions.create(draft());
    expect(withMajor.majorId).toBe(majorId);
    expect(without.majorId).toBeNull();
    expect((await contributions.get(withMajor.id)).majorId).toBe(majorId);
    expect((await contributions.list({ majorId })).items.map((c) => c.id)).toEqual([withMajor.id]);
    const audit = t.app.sqlite
      .prepare(`select after_json from audit_log where table_name = 'contribution' and row_id = ? order by id desc limit 1`)
      .pluck()
      .get(withMajor.id) as string;
    expect(JSON.parse(audit)).toMatchObject({ major_id: majorId });
  });

  it('refuses a major that does not exist or is in the trash, on create and when a patch changes it', async () => {
    const missing = await caught(() => contributions.create(draft({ majorId: newId() })));
    expect(missing).toBeInstanceOf(DomainError);
    expect((missing as DomainError).issues).toEqual([{ path: ['majorId'], message: 'reference.notFound' }]);
    const saved = await contributions.create(draft());
    t.app.sqlite.prepare(`update major set deleted_at = '2025-01-02T00:00:00.000Z' where id = ?`).run(majorId);
    const trashed = await caught(() => contributions.update({ id: saved.id, patch: { majorId } }));
    expect((trashed as DomainError).issues).toEqual([{ path: ['patch', 'majorId'], message: 'reference.notFound' }]);
    // Clearing it is always allowed: the figure then lands in 未分专业.
    expect((await contributions.update({ id: saved.id, patch: { majorId: null } })).majorId).toBeNull();
  });
});
