import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { checkDatabase } from '../../../src/main/db/checkDatabase';
import { checkUscc } from '@shared/domain/rules/uscc';
import { makeTempDir } from '../../helpers/tempDir';

const fixedClock = () => new Date('2026-11-28T02:00:00Z');

describe('sample data', () => {
  it('loads about 60 partners with valid USCCs, contacts, agreements in every status, courses and funding', async () => {
    const core = await createCore({ dataDir: makeTempDir(), clock: fixedClock, actor: 'seed-test' });
    try {
      const counts = await core.services.seed.sample({ mode: 'sample' });
      // 60 partners plus two planted for the data-quality report (R17): one without USCC.
      expect(counts.partners).toBe(62);
      const { sqlite } = core.database;
      const usccs = sqlite.prepare('select uscc from organisation where uscc is not null').pluck().all() as string[];
      expect(usccs).toHaveLength(61);
      expect(usccs.every((u) => checkUscc(u).valid && !(checkUscc(u) as { innerCheckWarning: boolean }).innerCheckWarning)).toBe(true);
      expect(new Set(usccs).size).toBe(61);
      const statuses = sqlite.prepare('select distinct status from agreement order by status').pluck().all();
      expect(statuses).toEqual(['active', 'draft', 'renewed', 'renewing', 'signing', 'terminated']);
      const page = await core.services.agreements.list({ status: 'expiring', pageSize: 200 });
      expect(page.total).toBeGreaterThan(0);
      const expired = await core.services.agreements.list({ status: 'expired', pageSize: 200 });
      expect(expired.total).toBeGreaterThan(0);
      const contacts = sqlite.prepare('select count(*) from contact').pluck().get() as number;
      expect(contacts).toBeGreaterThanOrEqual(60);
      for (const table of ['interaction', 'joint_course', 'funding_source', 'funding_txn', 'contribution', 'org_unit', 'major', 'staff']) {
        expect(sqlite.prepare(`select count(*) from ${table}`).pluck().get(), table).toBeGreaterThan(0);
      }
      expect(checkDatabase(sqlite).ok).toBe(true);
    } finally {
      core.close();
    }
  }, 60_000);
});

describe('seed --scale', () => {
  async function scaled(seed: number) {
    const core = await createCore({ dataDir: makeTempDir(), clock: fixedClock });
    try {
      const counts = await core.services.seed.scale({ partners: 500, seed });
      const { sqlite } = core.database;
      const names = sqlite.prepare('select id, full_name, uscc from organisation order by id').all();
      expect(checkDatabase(sqlite).ok).toBe(true);
      return { counts, names };
    } finally {
      core.close();
    }
  }

  it('writes N partners with proportional related rows, reproducibly', async () => {
    const a = await scaled(1);
    const b = await scaled(1);
    const c = await scaled(2);
    expect(a.counts.organisation).toBe(500);
    expect(a.counts.contact).toBe(1000);
    expect(a.counts.agreement_party).toBe(2 * (a.counts.agreement ?? 0));
    expect(a.counts.interaction).toBe(500);
    expect(a.counts.joint_course).toBe(50);
    expect(a.counts.contribution).toBe(100);
    expect(b).toEqual(a);
    expect(c.names).not.toEqual(a.names);
  }, 60_000);
});
