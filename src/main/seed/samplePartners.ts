import type { ORG_NATURES, ORG_SIZES } from '@shared/domain/enums';
import { createRandom, type Random } from './random';
import {
  BRANDS,
  BUSINESSES,
  CITY_PREFIX,
  COLLEGE_UNITS,
  CONTACT_TITLES,
  GIVEN_NAMES,
  OTHER_ORGANISATIONS,
  REGIONS,
  SUFFIXES,
  SURNAMES,
} from './sampleCatalog';
import { sampleMobile, sampleUscc } from './sampleIdentity';
import type { SampleTargets } from './sampleTargets';

export const SAMPLE_COLLEGE = {
  fullName: '示例职业技术学院',
  legalRepresentative: '周明远',
  address: '广东省深圳市龙岗区示例大道 1 号',
  // 甲方联系人/电话 of the agreement documents (issue 12): the sample's documents then need no college blank.
  contactPerson: '林晓燕',
  contactPhone: '0755-28881234',
};

export interface SampleReference {
  units: { id: string; name: string }[];
  majors: { id: string; unitId: string; name: string }[];
  staff: { id: string; name: string }[];
}

export interface SamplePartner {
  id: string;
  name: string;
  kind: string;
  contactNames: string[];
}

const personName = (random: Random): string => random.pick(SURNAMES) + random.pick(GIVEN_NAMES);

export async function seedReference(t: SampleTargets): Promise<SampleReference> {
  const units: SampleReference['units'] = [];
  const majors: SampleReference['majors'] = [];
  for (const unit of COLLEGE_UNITS) {
    const created = await t.createOrgUnit({ name: unit.name, code: unit.code, kind: 'college' });
    units.push({ id: created.id, name: unit.name });
    for (const major of unit.majors) {
      const m = await t.createMajor({ code: major.code, name: major.name, level: 'higher_vocational', orgUnitId: created.id });
      majors.push({ id: m.id, unitId: created.id, name: major.name });
    }
  }
  const random = createRandom(7);
  const staff: SampleReference['staff'] = [];
  for (let i = 0; i < 12; i++) {
    const unit = units[i % units.length];
    const name = personName(random);
    const s = await t.createStaff({
      name,
      staffNo: `T${String(2001 + i)}`,
      orgUnitId: unit?.id ?? null,
      title: i % 4 === 0 ? '校企合作办公室主任' : '专业带头人',
    });
    staff.push({ id: s.id, name });
  }
  return { units, majors, staff };
}

/** About 60 partners: 55 enterprises across regions and industries, plus associations and others. */
export async function seedPartners(t: SampleTargets, ref: SampleReference): Promise<SamplePartner[]> {
  const random = createRandom(2026);
  const partners: SamplePartner[] = [];
  const usedNames = new Set<string>();
  const sizes: (typeof ORG_SIZES)[number][] = ['large', 'medium', 'medium', 'small', 'small', 'micro'];
  const natures: (typeof ORG_NATURES)[number][] = ['private', 'private', 'private', 'state_owned', 'joint_venture', 'foreign', 'listed'];
  const statuses = ['active', 'active', 'active', 'active', 'negotiating', 'prospect', 'paused', 'ended'] as const;

  while (partners.length < 55) {
    const region = random.pick(REGIONS);
    const business = random.pick(BUSINESSES);
    const name = `${CITY_PREFIX[region.code] ?? ''}${random.pick(BRANDS)}${business.words}${random.pick(SUFFIXES)}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const index = partners.length;
    const created = await t.createPartner({
      kind: 'enterprise',
      fullName: name,
      uscc: sampleUscc(random, '91', region.code),
      aliases: index % 5 === 0 ? [name.replace(/(集团)?(股份)?有限(责任)?公司$/, '')] : [],
      industrySection: business.section,
      industryDivision: business.division,
      industryCode: business.code,
      size: random.pick(sizes),
      nature: random.pick(natures),
      regionCode: region.code,
      regionName: region.name,
      address: `${region.address}${random.int(1, 300)}号`,
      legalRepresentative: personName(random),
      cjrhLevel: index % 11 === 0 ? 'provincial' : index === 3 ? 'national' : null,
      status: statuses[index % statuses.length] ?? 'active',
      source: random.pick(['trade_fair', 'visit', 'referral', 'other'] as const),
      ownerOrgUnitId: ref.units[index % ref.units.length]?.id ?? null,
      tags: index % 3 === 0 ? ['重点合作'] : [],
    });
    partners.push({ id: created.id, name, kind: 'enterprise', contactNames: await seedContacts(t, random, created.id) });
  }
  for (const other of OTHER_ORGANISATIONS) {
    const region = REGIONS[0];
    const created = await t.createPartner({
      kind: other.kind,
      fullName: other.name,
      uscc: sampleUscc(random, other.code, region.code),
      regionCode: region.code,
      regionName: region.name,
      status: 'active',
      source: 'referral',
    });
    partners.push({ id: created.id, name: other.name, kind: other.kind, contactNames: await seedContacts(t, random, created.id) });
  }
  return partners;
}

async function seedContacts(t: SampleTargets, random: Random, organisationId: string): Promise<string[]> {
  const names: string[] = [];
  const count = random.int(1, 3);
  for (let i = 0; i < count; i++) {
    const name = personName(random);
    names.push(name);
    await t.createContact({
      organisationId,
      name,
      title: random.pick(CONTACT_TITLES),
      mobile: sampleMobile(random),
      email: `hr${random.int(100, 999)}@example.cn`,
      isPrimary: i === 0,
      isPartTimeTeacher: random.chance(0.2),
    });
  }
  return names;
}
