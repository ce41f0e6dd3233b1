import type BetterSqlite3 from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { addDays } from '@shared/format/dates';
import { AGREEMENT_TYPES, INTERACTION_KINDS, ORG_SIZES, PARTNER_STATUSES } from '@shared/domain/enums';
import { bulkInsert, type BulkRows } from '../db/bulkInsert';
import { DomainError } from '../errors';
import { createRandom, type Random } from './random';
import { BRANDS, BUSINESSES, CITY_PREFIX, GIVEN_NAMES, REGIONS, SUFFIXES, SURNAMES } from './sampleCatalog';
import { sampleMobile, sampleUscc } from './sampleIdentity';
import { withNameKey } from '../search/nameKeyColumn';

/** Ids from the seeded PRNG in UUID v7 layout, so `seed --scale N --seed S` is reproducible. */
function idMaker(random: Random, baseMs: number) {
  let tick = 0;
  return () => {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = random.int(0, 255);
    return uuidv7({ msecs: baseMs + tick++, random: bytes });
  };
}

/**
 * N partners with proportional related rows (2 contacts, 0.6 agreements with two
 * parties, 1 interaction, 0.1 courses, 0.2 contributions each), written in bulk.
 * For benchmarks and scale tests; the database must hold no partners yet.
 */
export function seedScale(
  sqlite: BetterSqlite3.Database,
  opts: { partners: number; seed: number; today: string; partnerCount: number },
): Record<string, number> {
  if (opts.partnerCount > 0) {
    throw new DomainError('CONFLICT', 'scale seeding needs a database without partners', { details: { partners: opts.partnerCount } });
  }
  const random = createRandom(opts.seed);
  const newId = idMaker(random, Date.UTC(2026, 0, 1));
  const stamp = `${opts.today}T00:00:00.000Z`;
  const times = { created_at: stamp, updated_at: stamp, deleted_at: null };
  const rows: Required<Pick<BulkRows, 'organisation' | 'contact' | 'agreement' | 'agreement_party' | 'interaction' | 'joint_course' | 'contribution'>> = {
    organisation: [], contact: [], agreement: [], agreement_party: [], interaction: [], joint_course: [], contribution: [],
  };
  const usedUscc = new Set<string>();
  const person = () => random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
  for (let i = 0; i < opts.partners; i++) {
    const region = random.pick(REGIONS);
    const business = random.pick(BUSINESSES);
    let uscc = sampleUscc(random, '91', region.code);
    while (usedUscc.has(uscc)) uscc = sampleUscc(random, '91', region.code);
    usedUscc.add(uscc);
    const orgId = newId();
    rows.organisation.push(withNameKey({
      id: orgId, kind: 'enterprise', uscc, uscc_check_overridden: 0, aliases_json: '[]', tags_json: '[]',
      full_name: `${CITY_PREFIX[region.code] ?? ''}${random.pick(BRANDS)}${business.words}${String(i + 1).padStart(6, '0')}${random.pick(SUFFIXES)}`,
      industry_section: business.section, industry_division: business.division, size: random.pick(ORG_SIZES), nature: 'private',
      region_code: region.code, region_name: region.name, address: region.address, website: null, legal_representative: person(),
      cjrh_level: null, status: random.pick(PARTNER_STATUSES), source: 'other', owner_org_unit_id: null, notes: null, ...times,
    }));
    for (let c = 0; c < 2; c++) {
      rows.contact.push({
        id: newId(), organisation_id: orgId, name: person(), title: '人力资源经理', department: null, mobile: sampleMobile(random),
        phone: null, email: null, wechat: null, is_primary: c === 0 ? 1 : 0, is_part_time_teacher: 0, notes: null, ...times,
      });
    }
    if (random.chance(0.6)) {
      const agreementId = newId();
      const end = addDays(opts.today, random.int(-700, 1100));
      rows.agreement.push({
        id: agreementId, agreement_no: `SC-${String(i + 1).padStart(7, '0')}`, title: '校企合作协议', type: random.pick(AGREEMENT_TYPES),
        org_unit_id: null, sign_date: addDays(end, -1100), start_date: addDays(end, -1095), end_date: end, auto_renew: 0,
        notice_days: null, amount_fen: null, copies_total: 4, copies_each: 2, status: 'active', renewal_of_id: null,
        template_id: null, merge_values_json: '{}', signed_scan_attachment_id: null, terminated_reason: null, notes: null, ...times,
      });
      rows.agreement_party.push(
        { id: newId(), agreement_id: agreementId, role: '甲', party_type: 'school', organisation_id: null, display_name: '本校', uscc: null, legal_representative: null, address: null, signatory: null, signed_date: null, sealed: 0 },
        { id: newId(), agreement_id: agreementId, role: '乙', party_type: 'enterprise', organisation_id: orgId, display_name: null, uscc: null, legal_representative: null, address: null, signatory: null, signed_date: null, sealed: 0 },
      );
    }
    rows.interaction.push({
      id: newId(), organisation_id: orgId, kind: random.pick(INTERACTION_KINDS), date: addDays(opts.today, -random.int(1, 700)),
      staff_id: null, staff_title: null, host_name: null, host_title: null, event_name: null, location: null, summary: '沟通合作',
      outcome_form: null, demand_major_code: null, demand_major_name: null, demand_major_level: null, positions_offered: null,
      average_salary_fen: null, intern_majors: null, intern_count: null, intern_pay_fen: null, employ_majors: null, employ_count: null,
      starting_salary_fen: null, other_intents: null, next_action: null, follow_up_date: null, follow_up_done_at: null, ...times,
    });
    if (i % 10 === 0) {
      rows.joint_course.push({
        id: newId(), kind: 'course', code: `SC${i}`, name: '校企合作课程', summary: null, organisation_id: orgId, major_id: null,
        start_date: null, end_date: null, school_lead_staff_id: null, enterprise_lead: null, isbn: null, published_date: null, ...times,
      });
    }
    if (i % 5 === 0) {
      rows.contribution.push({
        id: newId(), organisation_id: orgId, agreement_id: null, kind: 'donated_equipment', items: '实训设备',
        value_fen: random.int(1, 100) * 1_000_000, date: addDays(opts.today, -random.int(1, 700)), target: null,
        trainee_person_days: null, ...times,
      });
    }
  }
  bulkInsert(sqlite, rows, ['organisation', 'contact', 'agreement', 'agreement_party', 'interaction', 'joint_course', 'contribution']);
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
}
