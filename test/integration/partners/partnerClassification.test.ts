import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { createPartnerService, type PartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

// Partners store the most specific GB/T 4754 code with its 门类/大类 derived and checked, and a
// region name derived from the GB/T 2260 code (issue 10).

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

let db: TestDb;
let partners: PartnerService;
beforeEach(async () => {
  db = await createTestDb({ now: steppingClock() });
  partners = createPartnerService(db.ctx);
});
afterEach(() => db.close());

const stored = (id: string) =>
  db.app.sqlite.prepare('select industry_section, industry_division, industry_code, region_code, region_name from organisation where id = ?').get(id);

describe('industry on create', () => {
  it('derives 门类 and 大类 from a 小类 and stores all three', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '比亚迪汽车工业有限公司', industryCode: '3611' });
    expect(p).toMatchObject({ industrySection: 'C', industryDivision: '36', industryCode: '3611' });
    expect(stored(p.id)).toMatchObject({ industry_section: 'C', industry_division: '36', industry_code: '3611' });
  });

  it('turns a 大类 given alone into the code, and keeps a 门类 alone as it is', async () => {
    const byDivision = await partners.create({ kind: 'enterprise', fullName: '某软件公司', industryDivision: '65' });
    expect(byDivision).toMatchObject({ industrySection: 'I', industryDivision: '65', industryCode: '65' });
    const bySection = await partners.create({ kind: 'enterprise', fullName: '某制造企业', industrySection: 'C' });
    expect(bySection).toMatchObject({ industrySection: 'C', industryDivision: null, industryCode: null });
  });

  it('refuses a 大类 outside the chosen 门类, an unknown code and a 大类 that is not the code’s', async () => {
    const wrongSection = await errorOf(partners.create({ kind: 'enterprise', fullName: 'x', industrySection: 'A', industryDivision: '39' }));
    expect(wrongSection.issues).toEqual([expect.objectContaining({ path: ['industryDivision'], message: 'industryDivision.section' })]);
    const wrongSectionCode = await errorOf(partners.create({ kind: 'enterprise', fullName: 'x', industrySection: 'A', industryCode: '3611' }));
    expect(wrongSectionCode.issues).toEqual([expect.objectContaining({ path: ['industryCode'], message: 'industryDivision.section' })]);
    const unknown = await errorOf(partners.create({ kind: 'enterprise', fullName: 'x', industryCode: '3699' }));
    expect(unknown.issues).toEqual([expect.objectContaining({ path: ['industryCode'], message: 'industryCode.unknown' })]);
    const unknownDivision = await errorOf(partners.create({ kind: 'enterprise', fullName: 'x', industryDivision: '98' }));
    expect(unknownDivision.issues).toEqual([expect.objectContaining({ path: ['industryDivision'], message: 'industryCode.unknown' })]);
    const otherDivision = await errorOf(partners.create({ kind: 'enterprise', fullName: 'x', industryDivision: '39', industryCode: '3611' }));
    expect(otherDivision.issues).toEqual([expect.objectContaining({ path: ['industryDivision'], message: 'industryCode.division' })]);
    const format = await errorOf(partners.create({ kind: 'enterprise', fullName: 'x', industryCode: 'C36' }));
    expect(format.issues).toEqual([expect.objectContaining({ path: ['industryCode'], message: 'industryCode.format' })]);
    expect(db.app.sqlite.prepare('select count(*) from organisation').pluck().get()).toBe(0);
  });
});

describe('industry on update', () => {
  it('replaces code, 大类 and 门类 together when only the code is patched', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '某公司', industryCode: '3611' });
    const moved = await partners.update({ id: p.id, patch: { industryCode: '6513' } });
    expect(moved).toMatchObject({ industrySection: 'I', industryDivision: '65', industryCode: '6513' });
    const audit = db.app.sqlite
      .prepare(`select after_json from audit_log where table_name = 'organisation' and row_id = ? order by id desc limit 1`)
      .pluck()
      .get(p.id);
    expect(JSON.parse(String(audit))).toMatchObject({ industry_code: '6513', industry_division: '65', industry_section: 'I' });
  });

  it('keeps a code under a re-sent 大类, replaces it under another, and checks a patched 门类', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '某公司', industryCode: '3611' });
    expect(await partners.update({ id: p.id, patch: { industryDivision: '36' } })).toMatchObject({ industryCode: '3611' });
    expect(await partners.update({ id: p.id, patch: { industryDivision: '39' } })).toMatchObject({ industrySection: 'C', industryCode: '39' });
    const wrong = await errorOf(partners.update({ id: p.id, patch: { industrySection: 'A' } }));
    expect(wrong.issues).toEqual([expect.objectContaining({ message: 'industryDivision.section' })]);
    expect(await partners.update({ id: p.id, patch: { industryCode: null } })).toMatchObject({ industrySection: null, industryDivision: null, industryCode: null });
  });

  it('leaves stored industry fields alone when the patch does not touch them (legacy data)', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '旧数据企业' });
    // A partner from before migration 0012 whose 门类 and 大类 disagree.
    db.app.sqlite.prepare(`update organisation set industry_section = 'A', industry_division = '39', industry_code = '39' where id = ?`).run(p.id);
    expect(await partners.update({ id: p.id, patch: { notes: '只改备注' } })).toMatchObject({ industrySection: 'A', industryCode: '39', notes: '只改备注' });
  });
});

describe('region name', () => {
  it('follows the code when no name is given, and is kept when one is', async () => {
    const derived = await partners.create({ kind: 'enterprise', fullName: '甲', regionCode: '440305' });
    expect(derived.regionName).toBe('广东省深圳市南山区');
    const given = await partners.create({ kind: 'enterprise', fullName: '乙', regionCode: '440300', regionName: '深圳' });
    expect(given.regionName).toBe('深圳');
    const moved = await partners.update({ id: given.id, patch: { regionCode: '110108' } });
    expect(moved).toMatchObject({ regionCode: '110108', regionName: '北京市海淀区' });
  });

  it('is not set from the USCC by the service (the form and the import offer it)', async () => {
    const p = await partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: '914403001922038216' });
    expect(p).toMatchObject({ regionCode: null, regionName: null });
  });
});
