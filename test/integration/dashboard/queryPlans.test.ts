import { afterEach, describe, expect, it } from 'vitest';
import { reminderSource } from '../../../src/main/reminders/reminderSourceRepository';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// The dashboard and reminders must stay fast at 100k partners: these plans are what keeps
// them from reading every partner row (measured on `seed --scale 100000`: ~1 s per query
// before, tens of ms after).

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function planOf(query: string): Promise<string> {
  const t = await createTestDb();
  current = t;
  const rows = t.app.sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('query plans at scale', () => {
  it('counts partners by status and industry from covering indexes', async () => {
    expect(await planOf('select status, count(*) from organisation where +deleted_at is null group by status')).toBe(
      'SCAN organisation USING COVERING INDEX organisation_by_status',
    );
    expect(await planOf('select industry_section, count(*) from organisation where +deleted_at is null group by industry_section')).toBe(
      'SCAN organisation USING COVERING INDEX organisation_by_industry',
    );
  });

  it('drives the follow-up reminders from the open follow-ups index, not from the partners', async () => {
    const t = await createTestDb();
    current = t;
    const compiled = reminderSource('followup', { today: '2026-11-28', leadDays: [180, 90, 30] }).compile(t.ctx.db);
    const rows = t.app.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[];
    expect(rows.map((r) => r.detail)[0]).toMatch(/^SEARCH i USING INDEX interaction_open_follow_ups/);
  });
});
