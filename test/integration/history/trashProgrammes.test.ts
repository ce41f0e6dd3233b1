import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrashPage, TRASH_ENTITY_TABLES, type TrashItem } from '../../../src/shared/domain/system';
import { createTrashService, type TrashService } from '../../../src/main/history/trashService';
import { newId } from '../../../src/main/ids';
import { auditActions, caught, countRows, seedStaff } from '../funding/fixtures';
import { expectDomainError, programmeEnv, type ProgrammeTestEnv } from '../programmes/helpers';

// The eight programme kinds in the trash: titles, restore through the programme service,
// purge with their own CASCADE parts, and refusal while a funding transaction names them.

let env: ProgrammeTestEnv;
let trash: TrashService;
beforeEach(async () => {
  env = await programmeEnv();
  trash = createTrashService(env.t.ctx);
});
afterEach(() => env.t.close());

const count = (sql: string, ...params: unknown[]): number => env.t.app.sqlite.prepare(sql).pluck().get(...params) as number;

/** One record of every programme kind, each with its own link rows where the kind has them. */
async function oneOfEach() {
  const { p } = env;
  const staffId = seedStaff(env.t.app.sqlite, '陈老师');
  const internshipBase = await p.internshipBases.create({
    name: '华为 ICT 校外实训基地',
    kind: 'external',
    organisationId: env.partnerId,
    majorIds: [env.majorId],
  });
  await p.baseYearStats.upsert({ baseId: internshipBase.id, academicYear: 2025, studentVisits: 120 });
  const orderClass = await p.orderClasses.create({ name: '华为鲲鹏班', organisationId: env.partnerId, cohortYear: 2025 });
  const apprenticeship = await p.apprenticeships.create({ organisationId: env.partnerId, majorId: env.majorId, cohortYear: 2025 });
  const industryCollege = await p.industryColleges.create({
    name: '鲲鹏产业学院',
    partnerIds: [env.partnerId, env.otherPartnerId],
    majorIds: [env.otherMajorId],
  });
  const coBuiltMajor = await p.coBuiltMajors.create({ majorId: env.majorId, partnerIds: [env.partnerId], startYear: 2024 });
  const partTimeTeacher = await p.partTimeTeachers.create({ contactId: env.contactId, organisationId: env.partnerId, academicYear: 2025 });
  const teacherPractice = await p.teacherPractices.create({ staffId, organisationId: env.otherPartnerId, academicYear: 2024 });
  const cert1x = await p.cert1x.create({ name: 'Web 前端开发', academicYear: 2025, majorIds: [env.majorId] });
  return {
    internshipBase: { id: internshipBase.id, service: p.internshipBases },
    orderClass: { id: orderClass.id, service: p.orderClasses },
    apprenticeship: { id: apprenticeship.id, service: p.apprenticeships },
    industryCollege: { id: industryCollege.id, service: p.industryColleges },
    coBuiltMajor: { id: coBuiltMajor.id, service: p.coBuiltMajors },
    partTimeTeacher: { id: partTimeTeacher.id, service: p.partTimeTeachers },
    teacherPractice: { id: teacherPractice.id, service: p.teacherPractices },
    cert1x: { id: cert1x.id, service: p.cert1x },
  } as const;
}

type Kinds = Awaited<ReturnType<typeof oneOfEach>>;

async function trashAll(kinds: Kinds): Promise<void> {
  for (const { id, service } of Object.values(kinds)) await service.delete(id);
}

describe('trash of programme records', () => {
  it('lists each programme kind with a readable title, and filters by kind', async () => {
    const kinds = await oneOfEach();
    await trashAll(kinds);
    const page = TrashPage.parse(await trash.list({ pageSize: 50 }));
    const titles = Object.fromEntries(page.items.map((i: TrashItem) => [i.entityType, { id: i.id, title: i.title }]));
    expect(page.total).toBe(8);
    expect(titles).toEqual({
      internshipBase: { id: kinds.internshipBase.id, title: '华为 ICT 校外实训基地' },
      orderClass: { id: kinds.orderClass.id, title: '华为鲲鹏班' },
      apprenticeship: { id: kinds.apprenticeship.id, title: '华为技术有限公司 2025 计算机应用技术' },
      industryCollege: { id: kinds.industryCollege.id, title: '鲲鹏产业学院' },
      coBuiltMajor: { id: kinds.coBuiltMajor.id, title: '510203 计算机应用技术 2024' },
      partTimeTeacher: { id: kinds.partTimeTeacher.id, title: '王工 华为技术有限公司 2025' },
      teacherPractice: { id: kinds.teacherPractice.id, title: '陈老师 比亚迪股份有限公司 2024' },
      cert1x: { id: kinds.cert1x.id, title: 'Web 前端开发 2025' },
    });
    for (const [entityType, { id }] of Object.entries(kinds)) {
      const only = await trash.list({ entityType: entityType as keyof Kinds });
      expect(only.items.map((i) => i.id)).toEqual([id]);
    }
  });

  it('leaves out the parts of a title that are not set', async () => {
    const bare = await env.p.apprenticeships.create({ organisationId: env.otherPartnerId });
    const noYear = await env.p.coBuiltMajors.create({ majorId: env.otherMajorId, partnerIds: [env.partnerId] });
    await env.p.apprenticeships.delete(bare.id);
    await env.p.coBuiltMajors.delete(noYear.id);
    expect((await trash.list({})).items.map((i) => i.title).sort()).toEqual(['460301 计算机应用技术', '比亚迪股份有限公司']);
  });

  it('restores each kind through its programme service, which drops it from the trash', async () => {
    const kinds = await oneOfEach();
    await trashAll(kinds);
    for (const [entityType, { id, service }] of Object.entries(kinds)) {
      const restored = await service.restore(id);
      expect(restored).toMatchObject({ id, deletedAt: null });
      expect((await trash.list({ entityType: entityType as keyof Kinds })).total).toBe(0);
      expect(auditActions(env.t.app.sqlite, TRASH_ENTITY_TABLES[entityType as keyof Kinds], id)).toEqual(['insert', 'trash', 'restore']);
    }
    expect((await trash.list({})).total).toBe(0);
  });

  it('purges each kind with its own CASCADE parts, and leaves the partners and majors they named', async () => {
    const kinds = await oneOfEach();
    await trashAll(kinds);
    for (const [entityType, { id }] of Object.entries(kinds)) {
      expect(await trash.purge({ entityType: entityType as keyof Kinds, id })).toEqual({ ok: true });
      const table = TRASH_ENTITY_TABLES[entityType as keyof Kinds];
      expect(count(`select count(*) from ${table} where id = ?`, id)).toBe(0);
      expect(auditActions(env.t.app.sqlite, table, id)).toEqual(['insert', 'trash', 'delete']);
    }
    for (const table of [
      'internship_base_major',
      'base_year_stat',
      'industry_college_partner',
      'industry_college_major',
      'co_built_major_partner',
      'cert_1x_major',
    ]) {
      expect(countRows(env.t.app.sqlite, table)).toBe(0);
    }
    expect(env.t.app.sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
    expect(countRows(env.t.app.sqlite, 'organisation')).toBe(2);
    expect(countRows(env.t.app.sqlite, 'major')).toBe(2);
    expect((await trash.list({})).total).toBe(0);
  });

  it('refuses a live programme record', async () => {
    const { orderClass } = await oneOfEach();
    expectDomainError(await caught(() => trash.purge({ entityType: 'orderClass', id: orderClass.id })), 'NOT_FOUND');
    expect(countRows(env.t.app.sqlite, 'order_class')).toBe(1);
  });

  it('refuses a programme that a funding transaction, live or trashed, still names', async () => {
    const { internshipBase, cert1x } = await oneOfEach();
    const s = env.t.app.sqlite;
    const sourceId = newId();
    const stamp = '2025-01-01T00:00:00.000Z';
    s.prepare(`insert into funding_source (id, kind, name, created_at, updated_at) values (?, 'fiscal_special', '省级专项', ?, ?)`).run(
      sourceId,
      stamp,
      stamp,
    );
    const txn = s.prepare(
      `insert into funding_txn (id, source_id, direction, amount_fen, date, programme_type, programme_id, created_at, updated_at, deleted_at)
       values (?, ?, 'out', 10000, '2025-10-01', ?, ?, ?, ?, ?)`,
    );
    txn.run(newId(), sourceId, 'internship_base', internshipBase.id, stamp, stamp, null);
    const trashedTxnId = newId();
    txn.run(trashedTxnId, sourceId, 'internship_base', internshipBase.id, stamp, stamp, stamp);
    txn.run(newId(), sourceId, 'cert_1x', cert1x.id, stamp, stamp, stamp);
    await internshipBase.service.delete(internshipBase.id);
    await cert1x.service.delete(cert1x.id);

    const refused = expectDomainError(await caught(() => trash.purge({ entityType: 'internshipBase', id: internshipBase.id })), 'CONFLICT');
    expect(refused.details).toEqual({
      references: [{ table: 'funding_txn', column: 'programme_id', live: 1, trashed: 1 }],
      attachments: 0,
    });
    expect(count('select count(*) from internship_base where id = ?', internshipBase.id)).toBe(1);
    expect(count('select count(*) from base_year_stat where base_id = ?', internshipBase.id)).toBe(1);
    expect(count('select count(*) from internship_base_major where base_id = ?', internshipBase.id)).toBe(1);
    const onlyTrashed = expectDomainError(await caught(() => trash.purge({ entityType: 'cert1x', id: cert1x.id })), 'CONFLICT');
    expect(onlyTrashed.details).toMatchObject({ references: [{ table: 'funding_txn', live: 0, trashed: 1 }] });
  });

  it('refuses a programme with attachments filed under it', async () => {
    const { orderClass } = await oneOfEach();
    const stamp = '2025-01-01T00:00:00.000Z';
    env.t.app.sqlite
      .prepare(
        `insert into attachment (id, sha256, original_name, mime, size, stored_name, entity_type, entity_id, kind, version, created_at, updated_at)
         values (?, ?, '名单.xlsx', 'application/octet-stream', 10, ?, 'orderClass', ?, 'other', 1, ?, ?)`,
      )
      .run(newId(), 'a'.repeat(64), `${'a'.repeat(64)}.xlsx`, orderClass.id, stamp, stamp);
    await orderClass.service.delete(orderClass.id);
    const refused = expectDomainError(await caught(() => trash.purge({ entityType: 'orderClass', id: orderClass.id })), 'CONFLICT');
    expect(refused.details).toEqual({ references: [], attachments: 1 });
  });

  it('counts a trashed programme’s links as trashed references of a major, until the programme is purged', async () => {
    const base = await env.p.internshipBases.create({
      name: '校内生产性实训基地',
      kind: 'internal_joint',
      organisationId: env.partnerId,
      majorIds: [env.otherMajorId],
    });
    await env.p.internshipBases.delete(base.id);
    env.t.app.sqlite.prepare('update major set deleted_at = updated_at where id = ?').run(env.otherMajorId);
    const refused = expectDomainError(await caught(() => trash.purge({ entityType: 'major', id: env.otherMajorId })), 'CONFLICT');
    expect(refused.details).toEqual({
      references: [{ table: 'internship_base_major', column: 'major_id', live: 0, trashed: 1 }],
      attachments: 0,
    });
    await trash.purge({ entityType: 'internshipBase', id: base.id });
    await trash.purge({ entityType: 'major', id: env.otherMajorId });
    expect(count('select count(*) from major where id = ?', env.otherMajorId)).toBe(0);
  });
});
