import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgreementDraft, AgreementPage, type AgreementQuery } from '@shared/domain/agreement';
import { addDays } from '@shared/format/dates';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import type { DB } from '../../../src/main/db/schema';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const NOW = '2026-11-28T02:00:00.000Z';
const TODAY = '2026-11-28';

// One fixed data set, read by every test:
//   A framework        U1 M1     甲 school + 乙 orgA                active,   ends today+60  → expiring
//   B internship_base  U2 M2     甲 school + 乙 orgB                active,   ends today-1   → expired
//   C order_class      U1 M1 M2  甲 school + 乙 orgA + 丙 student 张三 active, ends today+400 → active
//   D framework        —  —      甲 school + 乙 orgB                draft,    ends today+10
//   E technical_service U2 —     甲 school + 乙 orgC                renewing, ends today+20
//   F (renewal of E)   U2 —      甲 school + 乙 orgC                draft,    ends today+1000
//   G donation         —  —      甲 school + 乙 orgC                trashed
let t: TestDb;
let service: ReturnType<typeof createAgreementService>;
const ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', string> = { A: '', B: '', C: '', D: '', E: '', F: '', G: '' };
const refs = { U1: '', U2: '', M1: '', M2: '', orgA: '', orgB: '', orgC: '' };

beforeAll(async () => {
  t = await createTestDb({ now: () => new Date(NOW) });
  service = createAgreementService(t.ctx);
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  refs.U1 = (await ref.orgUnits.create({ name: '智能制造学院', kind: 'college' })).id;
  refs.U2 = (await ref.orgUnits.create({ name: '信息工程学院', kind: 'college' })).id;
  refs.M1 = (await ref.majors.create({ code: '460104', name: '机械制造及自动化', level: 'higher_vocational' })).id;
  refs.M2 = (await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' })).id;
  refs.orgA = (await partners.create({ kind: 'enterprise', fullName: '深圳市甲科技有限公司', status: 'active' })).id;
  refs.orgB = (await partners.create({ kind: 'enterprise', fullName: '广州乙_软件有限公司', status: 'active' })).id;
  refs.orgC = (await partners.create({ kind: 'enterprise', fullName: '东莞丙精密制造有限公司', status: 'active' })).id;

  const make = async (
    no: string | null,
    title: string,
    type: AgreementDraft['type'],
    extra: Partial<AgreementDraft> & { org: string },
  ): Promise<string> => {
    const { org, ...rest } = extra;
    const created = await service.create({
      agreementNo: no,
      title,
      type,
      parties: [
        { role: '甲', partyType: 'school' },
        { role: '乙', partyType: 'enterprise', organisationId: org },
      ],
      ...rest,
    });
    return created.id;
  };
  const activate = (id: string) => service.transition({ id, to: 'active' });

  ids.A = await make('XQHZ-001', '框架合作协议', 'framework', { org: refs.orgA, orgUnitId: refs.U1, majorIds: [refs.M1], endDate: addDays(TODAY, 60) });
  ids.B = await make('XQHZ-002', '实习基地协议书', 'internship_base', { org: refs.orgB, orgUnitId: refs.U2, majorIds: [refs.M2], endDate: addDays(TODAY, -1) });
  ids.C = await make('XQHZ-003', '订单培养协议', 'order_class', {
    org: refs.orgA,
    orgUnitId: refs.U1,
    majorIds: [refs.M1, refs.M2],
    endDate: addDays(TODAY, 400),
    parties: [
      { role: '甲', partyType: 'school' },
      { role: '乙', partyType: 'enterprise', organisationId: refs.orgA },
      { role: '丙', partyType: 'student', displayName: '张三' },
    ],
  });
  ids.D = await make(null, '框架意向书', 'framework', { org: refs.orgB, endDate: addDays(TODAY, 10) });
  ids.E = await make('XQHZ-005', '技术服务合同', 'technical_service', { org: refs.orgC, orgUnitId: refs.U2, endDate: addDays(TODAY, 20) });
  ids.G = await make('XQHZ-007', '设备捐赠协议', 'donation', { org: refs.orgC });
  for (const id of [ids.A, ids.B, ids.C, ids.E]) await activate(id);
  ids.F = (await service.renew({ agreementId: ids.E, newEndDate: addDays(TODAY, 1000), agreementNo: 'XQHZ-006' })).id;
  await service.delete(ids.G);
});
afterAll(() => t.close());

const byEndAsc = { sortBy: 'endDate', sortDir: 'asc', pageSize: 50 } as const;
type Key = keyof typeof ids;

const nameOf = (id: string): string => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

async function listed(query: AgreementQuery): Promise<string[]> {
  const page = AgreementPage.parse(await service.list(query));
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => nameOf(i.id));
}

describe('agreementService.list', () => {
  it('lists live agreements sorted and paged, with a stable total', async () => {
    // Default: newest change first; with one fixed clock every updatedAt ties, so the id (creation order) decides.
    expect(await listed({})).toEqual(['F', 'E', 'D', 'C', 'B', 'A']);
    expect(await listed(byEndAsc)).toEqual(['B', 'D', 'E', 'A', 'C', 'F']);
    expect(await listed({ ...byEndAsc, sortDir: 'desc' })).toEqual(['F', 'C', 'A', 'E', 'D', 'B']);
    // Code-point order of the titles (实 < 技 < 框 < 订); E and F share a title and fall back to id.
    expect(await listed({ sortBy: 'title', sortDir: 'asc' })).toEqual(['B', 'E', 'F', 'A', 'D', 'C']);
    // A null number sorts first ascending, as SQLite orders NULL lowest.
    expect(await listed({ sortBy: 'agreementNo', sortDir: 'asc' })).toEqual(['D', 'A', 'B', 'C', 'E', 'F']);
    const page2 = await service.list({ ...byEndAsc, page: 2, pageSize: 2 });
    expect([page2.items.map((i) => nameOf(i.id)), page2.total]).toEqual([['E', 'A'], 6]);
    const page4 = await service.list({ ...byEndAsc, page: 4, pageSize: 2 });
    expect([page4.items, page4.total]).toEqual([[], 6]);
  });

  it('returns list items with party names, majors, the renewal chain and the effective status', async () => {
    const page = await service.list(byEndAsc);
    const item = (k: Key) => page.items.find((i) => i.id === ids[k]);
    expect(item('C')?.parties.map((p) => [p.role, p.name])).toEqual([['甲', '本校'], ['乙', '深圳市甲科技有限公司'], ['丙', '张三']]);
    expect(item('C')?.majorIds).toEqual([refs.M1, refs.M2].sort());
    expect((['B', 'D', 'E', 'A', 'C', 'F'] as Key[]).map((k) => item(k)?.effectiveStatus)).toEqual([
      'expired', 'draft', 'renewing', 'expiring', 'active', 'draft',
    ]);
    expect([item('E')?.renewedById, item('F')?.renewalOfId]).toEqual([ids.F, ids.E]);
    expect(item('A')).not.toHaveProperty('obligations');
  });

  it('searches titles, numbers and party names, with LIKE wildcards taken literally', async () => {
    expect(await listed({ ...byEndAsc, q: '框架' })).toEqual(['D', 'A']);
    expect(await listed({ ...byEndAsc, q: 'xqhz-002' })).toEqual(['B']);
    expect(await listed({ ...byEndAsc, q: '甲科技' })).toEqual(['A', 'C']);
    expect(await listed({ ...byEndAsc, q: '张三' })).toEqual(['C']);
    expect(await listed({ ...byEndAsc, q: '乙_软件' })).toEqual(['B', 'D']);
    expect(await listed({ ...byEndAsc, q: '乙%软件' })).toEqual([]);
  });

  it('filters by partner, type, unit and major', async () => {
    expect(await listed({ ...byEndAsc, organisationId: refs.orgA })).toEqual(['A', 'C']);
    expect(await listed({ ...byEndAsc, organisationId: refs.orgC })).toEqual(['E', 'F']);
    expect(await listed({ ...byEndAsc, type: 'framework' })).toEqual(['D', 'A']);
    expect(await listed({ ...byEndAsc, orgUnitId: refs.U1 })).toEqual(['A', 'C']);
    expect(await listed({ ...byEndAsc, majorId: refs.M2 })).toEqual(['B', 'C']);
    expect(await listed({ ...byEndAsc, majorId: refs.M2, organisationId: refs.orgA })).toEqual(['C']);
  });

  it('filters stored statuses directly and derives expiring / expired from the end date', async () => {
    expect(await listed({ ...byEndAsc, status: 'active' })).toEqual(['B', 'A', 'C']);
    expect(await listed({ ...byEndAsc, status: 'draft' })).toEqual(['D', 'F']);
    expect(await listed({ ...byEndAsc, status: 'renewing' })).toEqual(['E']);
    expect(await listed({ ...byEndAsc, status: 'expiring' })).toEqual(['A']);
    expect(await listed({ ...byEndAsc, status: 'expired' })).toEqual(['B']);
    expect(await listed({ ...byEndAsc, status: 'terminated' })).toEqual([]);
  });

  it('lists agreements in force (active or renewing) ending within N days', async () => {
    expect(await listed({ ...byEndAsc, expiringWithinDays: 30 })).toEqual(['E']);
    expect(await listed({ ...byEndAsc, expiringWithinDays: 60 })).toEqual(['E', 'A']);
    expect(await listed({ ...byEndAsc, expiringWithinDays: 0 })).toEqual([]);
    expect(await listed({ ...byEndAsc, expiringWithinDays: 90, status: 'expiring' })).toEqual(['A']);
    expect(await listed({ ...byEndAsc, expiringWithinDays: 30, status: 'expiring' })).toEqual([]);
    expect(await listed({ ...byEndAsc, expiringWithinDays: 30, status: 'draft' })).toEqual([]);
  });

  it('lists the trash instead of live rows when asked', async () => {
    expect(await listed({ ...byEndAsc, trashed: true })).toEqual(['G']);
    expect(await listed({ ...byEndAsc, trashed: true, q: '捐赠' })).toEqual(['G']);
  });

  it('loads the related rows of a page in a fixed number of queries, however long the page', async () => {
    let queries = 0;
    const logged = new Kysely<DB>({ dialect: new SqliteDialect({ database: t.app.sqlite }), log: () => void queries++ });
    const counting = createAgreementService({ ...t.ctx, db: logged });
    const queriesFor = async (pageSize: number): Promise<number> => {
      queries = 0;
      const page = await counting.list({ ...byEndAsc, pageSize });
      expect(page.items).toHaveLength(pageSize);
      return queries;
    };
    expect(await queriesFor(6)).toBe(await queriesFor(1));
  });

  it('rejects a malformed query', async () => {
    await expect(service.list({ pageSize: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
