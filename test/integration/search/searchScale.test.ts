import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { partnerPrefixQuery, searchTerms, searchTypeQuery } from '../../../src/main/search/searchRepository';
import { createSearchService, type SearchService } from '../../../src/main/search/searchService';
import { seedScale } from '../../../src/main/seed/seedScale';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// `seed --scale` data (the bulk insert path, so the triggers index it) at 20k partners: a
// 100k run takes minutes here, so the plan checks below are what guard the 100k case: both
// paths start from the FTS index and reach each entity by primary key, whatever the size.
const PARTNERS = 20_000;
// Generous for slow CI machines; on a laptop a search takes a few ms to tens of ms.
const BUDGET_MS = 500;

let db: TestDb;
let search: SearchService;
let huaweiId: string;

beforeAll(async () => {
  db = await createTestDb();
  const counts = seedScale(db.app.sqlite, { partners: PARTNERS, seed: 1, today: '2026-11-28', partnerCount: 0 });
  expect(counts.organisation).toBe(PARTNERS);
  huaweiId = (await createPartnerService(db.ctx).create({ kind: 'enterprise', fullName: '华为技术有限公司' })).id;
  db.app.sqlite.exec('ANALYZE');
  search = createSearchService(db.ctx);
}, 120_000);
afterAll(() => db.close());

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

describe(`search over ${PARTNERS} seeded partners`, () => {
  it('indexed every live seeded row through the triggers, with name keys', () => {
    const docs = db.app.sqlite.prepare("select count(*) from search_doc where kind = 'partner'").pluck().get();
    const indexed = db.app.sqlite.prepare('select count(*) from search_index').pluck().get();
    const all = db.app.sqlite
      .prepare('select (select count(*) from organisation) + (select count(*) from contact) + (select count(*) from agreement) + (select count(*) from joint_course)')
      .pluck()
      .get();
    expect(docs).toBe(PARTNERS + 1);
    expect(indexed).toBe(all);
    expect(db.app.sqlite.prepare('select count(*) from organisation where name_key is null').pluck().get()).toBe(0);
  });

  it.each(['hw', 'huawei', '华为技术'])('finds 华为 first for %s within the budget', async (q) => {
    const { value, ms } = await timed(() => search.global({ q, limit: 8 }));
    expect(value.groups[0]?.items[0]?.id).toBe(huaweiId);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it.each(['有限公司', '公司', '9144', 'zz'])('answers a broad query (%s) within the budget, capped per group', async (q) => {
    const { value, ms } = await timed(() => search.global({ q, limit: 8 }));
    expect(value.groups.every((g) => g.items.length <= 8)).toBe(true);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('plans the MATCH path through the FTS index and the joins by primary key', () => {
    const compiled = searchTypeQuery('partner', searchTerms('huawei'), 8).compile(db.ctx.db);
    const plan = db.app.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[];
    const details = plan.map((r) => r.detail);
    expect(details[0]).toMatch(/^SCAN s VIRTUAL TABLE INDEX \d+:M/);
    expect(details).toContain('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
    expect(details.some((d) => d.startsWith('SEARCH e USING INDEX sqlite_autoindex_organisation_1 (id=?)'))).toBe(true);
  });

  it('plans the partner prefix hits through B-tree indexes only', () => {
    const compiled = partnerPrefixQuery('hw', 8).compile(db.ctx.db);
    const plan = db.app.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[];
    const details = plan.map((r) => r.detail).join('\n');
    expect(details).toContain('USING INDEX organisation_live_by_name (deleted_at=? AND full_name>? AND full_name<?)');
    expect(details).toContain('USING INDEX organisation_uscc (uscc>? AND uscc<?)');
    expect(details).toContain('USING INDEX search_doc_by_initials (initials>? AND initials<?)');
    expect(details).toContain('USING INDEX search_doc_by_pinyin (pinyin>? AND pinyin<?)');
    expect(details).not.toMatch(/SCAN (e|d)\b/);
  });
});
