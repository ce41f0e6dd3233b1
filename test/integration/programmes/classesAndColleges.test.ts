import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../src/main/ids';
import { auditActions, caught, countRows, trash } from '../funding/fixtures';
import { expectDomainError, idsOf, programmeEnv, type ProgrammeTestEnv } from './helpers';

let env: ProgrammeTestEnv;
beforeEach(async () => {
  env = await programmeEnv();
});
afterEach(() => env.t.close());

describe('order classes', () => {
  it('creates, filters by cohort year, kind, major and text, and keeps figures blank when not given', async () => {
    const a = await env.p.orderClasses.create({
      name: '华为鲲鹏班',
      organisationId: env.partnerId,
      majorId: env.majorId,
      kind: 'industry',
      cohortYear: 2025,
      planned: 40,
      enrolled: 38,
      employmentCommitmentPct: 80,
    });
    const b = await env.p.orderClasses.create({ name: '比亚迪新能源班', organisationId: env.otherPartnerId, cohortYear: 2024 });
    expect(a).toMatchObject({ employed: null, startDate: null, display: { partnerNames: ['华为技术有限公司'], majorNames: ['计算机应用技术'] } });
    expect(b.display).toEqual({ partnerNames: ['比亚迪股份有限公司'], majorNames: [], agreementTitle: null });
    expect(idsOf(await env.p.orderClasses.list({ year: 2025 }))).toEqual([a.id]);
    expect(idsOf(await env.p.orderClasses.list({ kind: 'industry' }))).toEqual([a.id]);
    expect(idsOf(await env.p.orderClasses.list({ majorId: env.majorId }))).toEqual([a.id]);
    expect(idsOf(await env.p.orderClasses.list({ q: '新能源' }))).toEqual([b.id]);
    expect(idsOf(await env.p.orderClasses.list({ sortBy: 'cohortYear' }))).toEqual([b.id, a.id]);
    expect(auditActions(env.t.app.sqlite, 'order_class', a.id)).toEqual(['insert']);
  });

  it('applies the cross-field rules to drafts and to patched records', async () => {
    const dates = expectDomainError(
      await caught(() =>
        env.p.orderClasses.create({ name: '订单班', organisationId: env.partnerId, startDate: '2025-09-01', endDate: '2025-08-31' }),
      ),
      'VALIDATION',
    );
    expect(dates.issues).toEqual([expect.objectContaining({ path: ['endDate'], message: 'endDate.beforeStart' })]);
    const created = await env.p.orderClasses.create({ name: '订单班', organisationId: env.partnerId, enrolled: 30 });
    const employed = expectDomainError(
      await caught(() => env.p.orderClasses.update({ id: created.id, patch: { employed: 31 } })),
      'VALIDATION',
    );
    expect(employed.issues).toEqual([expect.objectContaining({ path: ['patch', 'employed'], message: 'programmes.employedOverEnrolled' })]);
    expect((await env.p.orderClasses.get(created.id)).employed).toBeNull();
    expect(countRows(env.t.app.sqlite, 'order_class')).toBe(1);
  });
});

describe('apprenticeships', () => {
  it('filters by level and partner name, trashes and restores with audit rows', async () => {
    const a = await env.p.apprenticeships.create({ organisationId: env.partnerId, level: 'national', cohortYear: 2025, apprentices: 30, mentors: 6 });
    const b = await env.p.apprenticeships.create({ organisationId: env.otherPartnerId, level: 'school', cohortYear: 2025 });
    expect(idsOf(await env.p.apprenticeships.list({ level: 'national' }))).toEqual([a.id]);
    expect(idsOf(await env.p.apprenticeships.list({ q: '比亚迪' }))).toEqual([b.id]);
    expect(idsOf(await env.p.apprenticeships.list({ organisationId: env.partnerId, year: 2025 }))).toEqual([a.id]);
    await env.p.apprenticeships.delete(a.id);
    expect(idsOf(await env.p.apprenticeships.list({}))).toEqual([b.id]);
    await env.p.apprenticeships.restore(a.id);
    expect(auditActions(env.t.app.sqlite, 'apprenticeship', a.id)).toEqual(['insert', 'trash', 'restore']);
  });

  it('rejects a trashed partner and an unknown major', async () => {
    trash(env.t.app.sqlite, 'organisation', env.otherPartnerId);
    const error = expectDomainError(
      await caught(() => env.p.apprenticeships.create({ organisationId: env.otherPartnerId, majorId: newId() })),
      'VALIDATION',
    );
    expect(error.issues).toEqual([
      { path: ['organisationId'], message: 'reference.notFound' },
      { path: ['majorId'], message: 'reference.notFound' },
    ]);
  });
});

describe('industry colleges', () => {
  it('needs at least one partner, links partners and majors, and filters through the links', async () => {
    const none = expectDomainError(await caught(() => env.p.industryColleges.create({ name: '产业学院', partnerIds: [] })), 'VALIDATION');
    expect(none.issues).toEqual([expect.objectContaining({ path: ['partnerIds'], message: 'required' })]);
    const a = await env.p.industryColleges.create({
      name: '鲲鹏产业学院',
      level: 'provincial',
      partnerIds: [env.partnerId, env.otherPartnerId],
      majorIds: [env.majorId],
    });
    const b = await env.p.industryColleges.create({ name: '新能源汽车产业学院', partnerIds: [env.otherPartnerId] });
    expect(a.display.partnerNames).toEqual(['华为技术有限公司', '比亚迪股份有限公司']);
    expect(idsOf(await env.p.industryColleges.list({ organisationId: env.partnerId }))).toEqual([a.id]);
    expect(idsOf(await env.p.industryColleges.list({ organisationId: env.otherPartnerId, sortBy: 'name' }))).toEqual([b.id, a.id]);
    expect(idsOf(await env.p.industryColleges.list({ majorId: env.majorId }))).toEqual([a.id]);
    expect(idsOf(await env.p.industryColleges.list({ q: '华为' }))).toEqual([a.id]);
    const updated = await env.p.industryColleges.update({ id: a.id, patch: { partnerIds: [env.otherPartnerId] } });
    expect(updated.partnerIds).toEqual([env.otherPartnerId]);
    expect(auditActions(env.t.app.sqlite, 'industry_college_partner', `${a.id}:${env.partnerId}`)).toEqual(['insert', 'delete']);
  });
});

describe('co-built majors', () => {
  it('stores the major, partners, start year and level, and filters by year and partner', async () => {
    const a = await env.p.coBuiltMajors.create({
      majorId: env.majorId,
      partnerIds: [env.partnerId],
      startYear: 2024,
      level: 'provincial',
      content: '共建人才培养方案与课程体系',
    });
    const b = await env.p.coBuiltMajors.create({ majorId: env.otherMajorId, partnerIds: [env.otherPartnerId], startYear: 2025 });
    expect(a).toMatchObject({ partnerIds: [env.partnerId], display: { partnerNames: ['华为技术有限公司'], majorNames: ['计算机应用技术'] } });
    expect(idsOf(await env.p.coBuiltMajors.list({ year: 2025 }))).toEqual([b.id]);
    expect(idsOf(await env.p.coBuiltMajors.list({ organisationId: env.partnerId }))).toEqual([a.id]);
    expect(idsOf(await env.p.coBuiltMajors.list({ q: '课程体系' }))).toEqual([a.id]);
    expect(auditActions(env.t.app.sqlite, 'co_built_major', a.id)).toEqual(['insert']);
    expect(auditActions(env.t.app.sqlite, 'co_built_major_partner', `${a.id}:${env.partnerId}`)).toEqual(['insert']);
    await env.p.coBuiltMajors.delete(a.id);
    expect(idsOf(await env.p.coBuiltMajors.list({ trashed: true }))).toEqual([a.id]);
  });
});
