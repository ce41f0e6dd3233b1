import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMergeService, type MergeService } from '../../../src/main/merge/mergeService';
import { organisationRefs } from '../../../src/main/merge/mergeRepository';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createSearchService } from '../../../src/main/search/searchService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

const T = '2026-03-01T00:00:00.000Z';
const id = (n: number): string => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const MAJOR = id(900);
const STAFF = id(901);
const AGREEMENT = id(902);
const COLLEGE = id(903);
const COLLEGE2 = id(904);
const CO_BUILT_MAJOR = id(905);

let db: TestDb;
let merge: MergeService;
let partners: PartnerService;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  merge = createMergeService(db.ctx);
  partners = createPartnerService(db.ctx);
});
afterEach(() => db.close());

const sqlite = () => db.app.sqlite;
const orgOf = (table: string, column: string, where: string): unknown =>
  sqlite().prepare(`select ${column} from ${table} where ${where}`).pluck().get();

/** One row in every table that references organisation, all pointing at `org`; ids from `base`. */
function linkEverything(org: string, base: number): Record<string, string> {
  const ids = Object.fromEntries(
    ['contact', 'party', 'interaction', 'base', 'order', 'appr', 'ptt', 'practice', 'cert', 'stat', 'course', 'contrib'].map((k, i) => [
      k,
      id(base + i),
    ]),
  );
  sqlite().exec(`
    insert into contact (id, organisation_id, name, is_primary, created_at, updated_at) values ('${ids.contact}', '${org}', '联系人${base}', 1, '${T}', '${T}');
    insert into agreement_party (id, agreement_id, role, party_type, organisation_id) values ('${ids.party}', '${AGREEMENT}', '${base === 100 ? '乙' : '丙'}', 'enterprise', '${org}');
    insert into interaction (id, organisation_id, kind, date, created_at, updated_at) values ('${ids.interaction}', '${org}', 'visit', '2026-02-01', '${T}', '${T}');
    insert into internship_base (id, name, kind, organisation_id, created_at, updated_at) values ('${ids.base}', '基地${base}', 'external', '${org}', '${T}', '${T}');
    insert into order_class (id, name, organisation_id, created_at, updated_at) values ('${ids.order}', '订单班${base}', '${org}', '${T}', '${T}');
    insert into apprenticeship (id, organisation_id, created_at, updated_at) values ('${ids.appr}', '${org}', '${T}', '${T}');
    insert into industry_college_partner (college_id, organisation_id) values ('${COLLEGE}', '${org}');
    insert into co_built_major_partner (co_built_major_id, organisation_id) values ('${CO_BUILT_MAJOR}', '${org}');
    insert into part_time_teacher (id, contact_id, organisation_id, academic_year, created_at, updated_at) values ('${ids.ptt}', '${ids.contact}', '${org}', 2025, '${T}', '${T}');
    insert into teacher_practice (id, staff_id, organisation_id, academic_year, created_at, updated_at) values ('${ids.practice}', '${STAFF}', '${org}', 2025, '${T}', '${T}');
    insert into cert_1x (id, name, organisation_id, academic_year, created_at, updated_at) values ('${ids.cert}', '证书${base}', '${org}', 2025, '${T}', '${T}');
    insert into placement_stat (id, organisation_id, major_id, academic_year, created_at, updated_at) values ('${ids.stat}', '${org}', '${MAJOR}', ${base === 100 ? 2024 : 2025}, '${T}', '${T}');
    insert into joint_course (id, kind, name, organisation_id, created_at, updated_at) values ('${ids.course}', 'course', '课程${base}', '${org}', '${T}', '${T}');
    insert into contribution (id, organisation_id, kind, value_fen, date, created_at, updated_at) values ('${ids.contrib}', '${org}', 'funds', 100, '2026-01-01', '${T}', '${T}');
  `);
  return ids;
}

async function twoDuplicates() {
  sqlite().exec(`
    insert into major (id, code, name, level, created_at, updated_at) values ('${MAJOR}', '510203', '软件技术', 'higher_vocational', '${T}', '${T}');
    insert into staff (id, name, created_at, updated_at) values ('${STAFF}', '王老师', '${T}', '${T}');
    insert into agreement (id, title, type, created_at, updated_at) values ('${AGREEMENT}', '三方协议', 'framework', '${T}', '${T}');
    insert into industry_college (id, name, created_at, updated_at) values ('${COLLEGE}', '产业学院', '${T}', '${T}'), ('${COLLEGE2}', '第二产业学院', '${T}', '${T}');
    insert into co_built_major (id, major_id, created_at, updated_at) values ('${CO_BUILT_MAJOR}', '${MAJOR}', '${T}', '${T}');
  `);
  const survivor = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', aliases: ['华为'] });
  const merged = await partners.create({ kind: 'enterprise', fullName: '华为技术(深圳)有限公司', aliases: ['深圳华为'] });
  return { survivor, merged };
}

const EVERY_REFERENCING_TABLE = [
  'agreement_party', 'apprenticeship', 'cert_1x', 'co_built_major_partner', 'contact', 'contribution', 'industry_college_partner', 'interaction',
  'internship_base', 'joint_course', 'order_class', 'part_time_teacher', 'placement_stat', 'teacher_practice',
];

describe('partners:merge', () => {
  it('knows every table that references organisation (a new one needs a row in the test below)', async () => {
    const refs = await organisationRefs(db.ctx.db);
    expect(refs.map((r) => r.table)).toEqual(EVERY_REFERENCING_TABLE);
  });

  it('moves every link to the survivor, adds the aliases, trashes the other and logs the merge', async () => {
    const { survivor, merged } = await twoDuplicates();
    linkEverything(survivor.id, 100);
    const links = linkEverything(merged.id, 200);
    sqlite().exec(`insert into industry_college_partner (college_id, organisation_id) values ('${COLLEGE2}', '${merged.id}')`);

    expect(await merge.preview({ survivorId: survivor.id, mergedId: merged.id })).toEqual({
      'agreement_party.organisation_id': 1, 'apprenticeship.organisation_id': 1, 'cert_1x.organisation_id': 1,
      'co_built_major_partner.organisation_id': 1, 'contact.organisation_id': 1, 'contribution.organisation_id': 1, 'industry_college_partner.organisation_id': 2,
      'interaction.organisation_id': 1, 'internship_base.organisation_id': 1, 'joint_course.organisation_id': 1,
      'order_class.organisation_id': 1, 'part_time_teacher.organisation_id': 1, 'placement_stat.organisation_id': 1,
      'teacher_practice.organisation_id': 1,
    });
    const result = await merge.merge({ survivorId: survivor.id, mergedId: merged.id });
    expect(result.aliases).toEqual(['华为', '华为技术(深圳)有限公司', '深圳华为']);

    for (const table of EVERY_REFERENCING_TABLE) {
      expect([table, orgOf(table, 'count(*)', `organisation_id = '${merged.id}'`)]).toEqual([table, 0]);
    }
    const ids: Record<string, string> = links;
    expect(orgOf('contact', 'organisation_id', `id = '${ids.contact}'`)).toBe(survivor.id);
    expect(orgOf('contribution', 'organisation_id', `id = '${ids.contrib}'`)).toBe(survivor.id);
    // The survivor keeps its primary contact; the other one is demoted, not lost.
    expect(orgOf('contact', 'is_primary', `id = '${ids.contact}'`)).toBe(0);
    // Same industry college twice: the duplicate link is dropped; the other college link moved.
    expect(sqlite().prepare(`select college_id from industry_college_partner where organisation_id = ? order by college_id`).pluck().all(survivor.id)).toEqual([
      COLLEGE, COLLEGE2,
    ]);
    expect(orgOf('organisation', 'deleted_at is not null', `id = '${merged.id}'`)).toBe(1);
    expect(await merge.mergesInto({ partnerId: survivor.id })).toEqual([
      expect.objectContaining({ survivorId: survivor.id, mergedId: merged.id, mergedName: '华为技术(深圳)有限公司' }),
    ]);
    // Audited by the table triggers, in the same transaction.
    const audit = (table: string, action: string): number =>
      Number(sqlite().prepare('select count(*) from audit_log where table_name = ? and action = ?').pluck().get(table, action));
    expect(audit('organisation_merge', 'insert')).toBe(1);
    expect(audit('organisation', 'trash')).toBe(1);
    expect(audit('contribution', 'update')).toBe(1);
    expect(audit('industry_college_partner', 'delete')).toBe(1);
    expect(audit('co_built_major_partner', 'delete')).toBe(1);
    // The survivor is now found by the merged name's pinyin (aliases are indexed).
    const found = await createSearchService(db.ctx).global({ q: 'shenzhenhuawei' });
    expect(found.groups[0]?.items.map((i) => i.id)).toEqual([survivor.id]);
  });

  it('undo restores exactly the state before the merge', async () => {
    const { survivor, merged } = await twoDuplicates();
    linkEverything(survivor.id, 100);
    linkEverything(merged.id, 200);
    const tables = ['organisation', ...EVERY_REFERENCING_TABLE];
    const state = () =>
      Object.fromEntries(
        tables.map((t) => [t, sqlite().prepare(`select * from ${t} order by 1, 2`).all().map((r) => ({ ...(r as object), updated_at: null }))]),
      );
    const before = state();
    await merge.merge({ survivorId: survivor.id, mergedId: merged.id });
    const [done] = await merge.mergesInto({ partnerId: survivor.id });
    const restored = await merge.undo({ mergeId: done?.id ?? '' });
    expect(restored.id).toBe(merged.id);
    expect(restored.deletedAt).toBeNull();
    expect(state()).toEqual(before);
    expect(await merge.mergesInto({ partnerId: survivor.id })).toEqual([]);
    expect(Number(sqlite().prepare("select count(*) from audit_log where table_name = 'organisation_merge' and action = 'delete'").pluck().get())).toBe(1);
    await expect(merge.undo({ mergeId: done?.id ?? '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('undo leaves rows that moved on since the merge where they are', async () => {
    const { survivor, merged } = await twoDuplicates();
    const links = linkEverything(merged.id, 200);
    const third = await partners.create({ kind: 'enterprise', fullName: '第三方公司' });
    await merge.merge({ survivorId: survivor.id, mergedId: merged.id });
    sqlite().prepare('update interaction set organisation_id = ? where id = ?').run(third.id, links.interaction);
    const [done] = await merge.undo({ mergeId: (await merge.mergesInto({ partnerId: survivor.id }))[0]?.id ?? '' }).then((p) => [p]);
    expect(done?.id).toBe(merged.id);
    expect(orgOf('interaction', 'organisation_id', `id = '${links.interaction}'`)).toBe(third.id);
    expect(orgOf('order_class', 'organisation_id', `id = '${links.order}'`)).toBe(merged.id);
  });

  it('refuses a merge whose figures would clash, changing nothing', async () => {
    const { survivor, merged } = await twoDuplicates();
    const insertStat = (n: number, org: string) =>
      sqlite().exec(`insert into placement_stat (id, organisation_id, major_id, academic_year, created_at, updated_at)
        values ('${id(n)}', '${org}', '${MAJOR}', 2025, '${T}', '${T}')`);
    insertStat(300, survivor.id);
    insertStat(301, merged.id);
    sqlite().exec(`insert into contribution (id, organisation_id, kind, value_fen, date, created_at, updated_at)
      values ('${id(302)}', '${merged.id}', 'funds', 1, '2026-01-01', '${T}', '${T}')`);
    await expect(merge.merge({ survivorId: survivor.id, mergedId: merged.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'mergeConflict', table: 'placement_stat' },
    });
    expect(orgOf('contribution', 'organisation_id', `id = '${id(302)}'`)).toBe(merged.id);
    expect(orgOf('organisation', 'deleted_at', `id = '${merged.id}'`)).toBeNull();
    expect(await merge.mergesInto({ partnerId: survivor.id })).toEqual([]);
  });

  it('rejects merging a partner into itself, and trashed or missing partners', async () => {
    const { survivor, merged } = await twoDuplicates();
    await expect(merge.merge({ survivorId: survivor.id, mergedId: survivor.id })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [expect.objectContaining({ path: ['mergedId'], code: 'custom' })],
    });
    await partners.delete(merged.id);
    await expect(merge.merge({ survivorId: survivor.id, mergedId: merged.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(merge.merge({ survivorId: id(999), mergedId: survivor.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to undo while the survivor is in the trash', async () => {
    const { survivor, merged } = await twoDuplicates();
    await merge.merge({ survivorId: survivor.id, mergedId: merged.id });
    const [done] = await merge.mergesInto({ partnerId: survivor.id });
    await partners.delete(survivor.id);
    await expect(merge.undo({ mergeId: done?.id ?? '' })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'survivorTrashed' } });
  });
});
