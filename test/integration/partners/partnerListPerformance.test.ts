import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerQuery } from '../../../src/shared/domain/partner';
import type { DB } from '../../../src/main/db/schema';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const ROWS = 100_000;
// Generous for slow CI machines; on a laptop each list call takes a few ms, the
// unindexable text search tens of ms.
const BUDGET_MS = 400;

let db: TestDb;
let captured: { sql: string; parameters: readonly unknown[] }[] = [];
let partners: ReturnType<typeof createPartnerService>;

beforeAll(async () => {
  db = await createTestDb();
  // One statement, audit triggers included, so the fixture is as the app would write it.
  db.app.sqlite.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS})
    INSERT INTO organisation (id, kind, full_name, status, industry_section, region_name, aliases_json,
                              created_at, updated_at, deleted_at)
    SELECT printf('01890000-0000-7000-8000-%012d', i),
           CASE i % 3 WHEN 0 THEN 'enterprise' WHEN 1 THEN 'government' ELSE 'other' END,
           printf('合作企业%06d有限公司', i),
           CASE i % 5 WHEN 0 THEN 'active' WHEN 1 THEN 'prospect' WHEN 2 THEN 'negotiating' WHEN 3 THEN 'paused' ELSE 'ended' END,
           char(65 + i % 20),
           CASE i % 4 WHEN 0 THEN '广东省深圳市' WHEN 1 THEN '广东省广州市' WHEN 2 THEN '江苏省南京市' ELSE '北京市' END,
           json_array(printf('alias%d', i)),
           strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', printf('+%d seconds', i)),
           strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', printf('+%d seconds', i)),
           CASE WHEN i % 50 = 0 THEN '2026-01-01T00:00:00.000Z' END
    FROM n;
  `);
  db.app.sqlite.exec('ANALYZE');
  // Same connection, with a query log, to inspect the plans of exactly what the service runs.
  const logged = new Kysely<DB>({
    dialect: new SqliteDialect({ database: db.app.sqlite }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  partners = createPartnerService({ ...db.ctx, db: logged });
}, 120_000);
afterAll(() => db.close());

function planOf(query: { sql: string; parameters: readonly unknown[] }): string {
  const rows = db.app.sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

async function timed(query: PartnerQuery): Promise<{ ms: number; total: number; plans: string[] }> {
  captured = [];
  const start = performance.now();
  const page = await partners.list(query);
  const ms = performance.now() - start;
  expect(page.items.length).toBeGreaterThan(0);
  return { ms, total: page.total, plans: captured.map(planOf) };
}

describe(`partnerService.list over ${ROWS} partners`, () => {
  it('pages the default order from the index, without sorting', async () => {
    const first = await timed({});
    expect(first.total).toBe(98_000);
    expect(first.ms).toBeLessThan(BUDGET_MS);
    expect(first.plans[1]).toMatch(/organisation_live_by_updated/);
    expect(first.plans[1]).not.toMatch(/TEMP B-TREE/);
    const deep = await timed({ page: 4_000, pageSize: 20 });
    expect(deep.ms).toBeLessThan(BUDGET_MS);
  });

  it('filters and sorts through indexes', async () => {
    const byStatus = await timed({ status: 'active' });
    expect(byStatus.total).toBe(18_000);
    expect(byStatus.ms).toBeLessThan(BUDGET_MS);
    expect(byStatus.plans[1]).toMatch(/organisation_by_status/);
    expect(byStatus.plans[1]).not.toMatch(/TEMP B-TREE/);

    const byName = await timed({ sortBy: 'fullName', sortDir: 'asc', pageSize: 50 });
    expect(byName.ms).toBeLessThan(BUDGET_MS);
    expect(byName.plans[1]).toMatch(/organisation_live_by_name/);

    const byRegion = await timed({ region: '广东省深圳' });
    expect(byRegion.total).toBe(24_000);
    expect(byRegion.ms).toBeLessThan(BUDGET_MS);

    const byIndustry = await timed({ industrySection: 'C', kind: 'enterprise' });
    expect(byIndustry.ms).toBeLessThan(BUDGET_MS);
  });

  it('answers a text search within budget', async () => {
    const search = await timed({ q: '企业004242' });
    expect(search.total).toBe(1);
    expect(search.ms).toBeLessThan(BUDGET_MS);
    const alias = await timed({ q: 'ALIAS9999' });
    expect(alias.total).toBe(11);
    expect(alias.ms).toBeLessThan(BUDGET_MS);
  });
});
