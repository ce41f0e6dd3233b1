import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PartnerPage, type PartnerDraft } from '../../../src/shared/domain/partner';
import type { PartnerQuery } from '../../../src/shared/domain/partner';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, steppingClock, type TestDb, validUscc } from '../../helpers/testDb';

let db: TestDb;
let partners: PartnerService;
/** P1…P7 in creation (= updatedAt = id) order; P7 is in the trash. */
let P: Record<'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7', string>;

const FIXTURE: [keyof typeof P, PartnerDraft][] = [
  ['P1', { kind: 'enterprise', fullName: '深圳华为技术有限公司', status: 'active', industrySection: 'C', regionName: '广东省深圳市', uscc: validUscc(1), aliases: ['Huawei'] }],
  ['P2', { kind: 'enterprise', fullName: '广州汽车集团', status: 'active', industrySection: 'C', regionName: '广东省广州市', aliases: ['GAC'] }],
  ['P3', { kind: 'industry_association', fullName: '中国汽车工程学会', status: 'prospect', industrySection: 'M', regionName: '北京市', uscc: validUscc(424242) }],
  ['P4', { kind: 'enterprise', fullName: 'Tesla (Shanghai) Co., Ltd.', status: 'negotiating', industrySection: 'C', regionName: '上海市', aliases: ['特斯拉'] }],
  ['P5', { kind: 'government', fullName: '深圳市职业技能鉴定中心', status: 'active', industrySection: 'S', regionName: '广东省深圳市' }],
  ['P6', { kind: 'other', fullName: '100%_Test 有限公司', status: 'paused' }],
  ['P7', { kind: 'enterprise', fullName: '东莞某制造公司', status: 'active', industrySection: 'C', regionName: '广东省东莞市' }],
];

beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  partners = createPartnerService(db.ctx);
  const ids: Partial<typeof P> = {};
  for (const [key, draft] of FIXTURE) ids[key] = (await partners.create(draft)).id;
  P = ids as typeof P;
  await partners.delete(P.P7);
});
afterEach(() => db.close());

async function idsOf(query: PartnerQuery): Promise<string[]> {
  const page = PartnerPage.parse(await partners.list(query));
  return page.items.map((p) => p.id);
}

describe('partnerService.list', () => {
  it('defaults to live partners, most recently updated first', async () => {
    const page = await partners.list({});
    expect(page.items.map((p) => p.id)).toEqual([P.P6, P.P5, P.P4, P.P3, P.P2, P.P1]);
    expect(page.total).toBe(6);
  });

  it('searches name, aliases (case-insensitive for Latin) and USCC', async () => {
    expect(await idsOf({ q: 'huawei' })).toEqual([P.P1]);
    expect(await idsOf({ q: 'TESLA' })).toEqual([P.P4]);
    expect(await idsOf({ q: '特斯拉' })).toEqual([P.P4]);
    expect(await idsOf({ q: '汽车' })).toEqual([P.P3, P.P2]);
    expect(await idsOf({ q: '424242' })).toEqual([P.P3]);
    expect(await idsOf({ q: '东莞' })).toEqual([]);
  });

  it('matches LIKE wildcards literally', async () => {
    expect(await idsOf({ q: '%' })).toEqual([P.P6]);
    expect(await idsOf({ q: '%_T' })).toEqual([P.P6]);
    expect(await idsOf({ q: '_' })).toEqual([P.P6]);
  });

  it('filters by kind, status, industry section and region prefix, alone and together', async () => {
    expect(await idsOf({ kind: 'enterprise' })).toEqual([P.P4, P.P2, P.P1]);
    expect(await idsOf({ status: 'active' })).toEqual([P.P5, P.P2, P.P1]);
    expect(await idsOf({ industrySection: 'C' })).toEqual([P.P4, P.P2, P.P1]);
    expect(await idsOf({ region: '广东省' })).toEqual([P.P5, P.P2, P.P1]);
    expect(await idsOf({ region: '广东省深圳' })).toEqual([P.P5, P.P1]);
    expect(await idsOf({ region: '深圳' })).toEqual([]);
    expect(await idsOf({ kind: 'enterprise', status: 'active', region: '广东省' })).toEqual([P.P2, P.P1]);
    expect(await idsOf({ trashed: true, region: '广东省' })).toEqual([P.P7]);
  });

  it('sorts by each key in both directions with the id as tiebreak', async () => {
    expect(await idsOf({ sortBy: 'fullName', sortDir: 'asc' })).toEqual([P.P6, P.P4, P.P3, P.P2, P.P1, P.P5]);
    expect(await idsOf({ sortBy: 'createdAt', sortDir: 'asc' })).toEqual([P.P1, P.P2, P.P3, P.P4, P.P5, P.P6]);
    expect(await idsOf({ sortBy: 'status', sortDir: 'asc' })).toEqual([P.P1, P.P2, P.P5, P.P4, P.P6, P.P3]);
    expect(await idsOf({ sortBy: 'kind', sortDir: 'desc' })).toEqual([P.P6, P.P3, P.P5, P.P4, P.P2, P.P1]);
  });

  it('pages with the total of all matches', async () => {
    const second = await partners.list({ page: 2, pageSize: 2 });
    expect(second.items.map((p) => p.id)).toEqual([P.P4, P.P3]);
    expect(second.total).toBe(6);
    const beyond = await partners.list({ page: 4, pageSize: 2 });
    expect(beyond).toEqual({ items: [], total: 6 });
  });

  it('rejects an invalid query (page 0) as VALIDATION', async () => {
    await expect(partners.list({ page: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('partnerService.list tiebreak', () => {
  it('orders rows with the same timestamp by id, in the sort direction', async () => {
    const frozen = await createTestDb({ now: () => new Date('2026-03-01T08:00:00.000Z') });
    try {
      const service = createPartnerService(frozen.ctx);
      const ids = [];
      for (const name of ['b', 'a', 'c']) ids.push((await service.create({ kind: 'other', fullName: name })).id);
      const sorted = [...ids].sort();
      expect((await service.list({})).items.map((p) => p.id)).toEqual([...sorted].reverse());
      expect((await service.list({ sortDir: 'asc' })).items.map((p) => p.id)).toEqual(sorted);
    } finally {
      frozen.close();
    }
  });
});
