import type { Selectable } from 'kysely';
import type { z } from 'zod';
import {
  cert1xSchemas,
  coBuiltMajorSchemas,
  industryCollegeSchemas,
  partTimeTeacherSchemas,
  teacherPracticeSchemas,
} from '@shared/domain/programmeStaffing';
import type {
  Cert1xTable,
  CoBuiltMajorTable,
  IndustryCollegeTable,
  PartTimeTeacherTable,
  TeacherPracticeTable,
} from '../db/tables/programmes';
import { equalsWhenSet, existing, live, type ProgrammeKind, stampColumns, stamps } from './programmeKind';
import { type LinkTable, liveContactOrganisation } from './programmeRepository';

// 产业学院, 专业共建, 兼职教师, 教师企业实践, 1+X: Row mappers and table facts.

const COLLEGE_PARTNERS: LinkTable = { table: 'industry_college_partner', owner: 'college_id', target: 'organisation_id' };
const COLLEGE_MAJORS: LinkTable = { table: 'industry_college_major', owner: 'college_id', target: 'major_id' };
const CO_BUILT_PARTNERS: LinkTable = { table: 'co_built_major_partner', owner: 'co_built_major_id', target: 'organisation_id' };
const CERT_MAJORS: LinkTable = { table: 'cert_1x_major', owner: 'cert_id', target: 'major_id' };

const noEquals = (): [] => [];

export const industryCollegeKind: ProgrammeKind<
  z.output<typeof industryCollegeSchemas.draft>,
  z.output<typeof industryCollegeSchemas.query>,
  Selectable<IndustryCollegeTable>
> = {
  name: 'industryCollege',
  table: {
    table: 'industry_college',
    partner: { link: COLLEGE_PARTNERS },
    major: { link: COLLEGE_MAJORS },
    year: null,
    textColumns: ['name'],
  },
  schemas: industryCollegeSchemas,
  sortColumns: { name: 'name', establishedDate: 'established_date', createdAt: 'created_at' },
  equals: (q) => equalsWhenSet([['level', q.level]]),
  links: [
    { link: COLLEGE_PARTNERS, ids: (f) => f.partnerIds },
    { link: COLLEGE_MAJORS, ids: (f) => f.majorIds },
  ],
  fromRow: (row, links) => ({
    ...stamps(row),
    name: row.name,
    level: row.level,
    establishedDate: row.established_date,
    agreementId: row.agreement_id,
    partnerIds: links.industry_college_partner ?? [],
    majorIds: links.industry_college_major ?? [],
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    name: r.name,
    level: r.level,
    established_date: r.establishedDate,
    agreement_id: r.agreementId,
  }),
  references: (f) => [
    live('agreementId', f.agreementId, 'agreement'),
    ...f.partnerIds.map((id) => live('partnerIds', id, 'organisation')),
    ...f.majorIds.map((id) => existing('majorIds', id, 'major')),
  ],
  displayIds: (f) => ({ partnerIds: f.partnerIds, majorIds: f.majorIds, agreementId: f.agreementId }),
};

export const coBuiltMajorKind: ProgrammeKind<
  z.output<typeof coBuiltMajorSchemas.draft>,
  z.output<typeof coBuiltMajorSchemas.query>,
  Selectable<CoBuiltMajorTable>
> = {
  name: 'coBuiltMajor',
  table: {
    table: 'co_built_major',
    partner: { link: CO_BUILT_PARTNERS },
    major: { column: 'major_id' },
    year: 'start_year',
    textColumns: ['content'],
  },
  schemas: coBuiltMajorSchemas,
  sortColumns: { startYear: 'start_year', createdAt: 'created_at' },
  equals: (q) => equalsWhenSet([['level', q.level]]),
  links: [{ link: CO_BUILT_PARTNERS, ids: (f) => f.partnerIds }],
  fromRow: (row, links) => ({
    ...stamps(row),
    majorId: row.major_id,
    partnerIds: links.co_built_major_partner ?? [],
    agreementId: row.agreement_id,
    startYear: row.start_year,
    level: row.level,
    content: row.content,
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    major_id: r.majorId,
    agreement_id: r.agreementId,
    start_year: r.startYear,
    level: r.level,
    content: r.content,
  }),
  references: (f) => [
    existing('majorId', f.majorId, 'major'),
    live('agreementId', f.agreementId, 'agreement'),
    ...f.partnerIds.map((id) => live('partnerIds', id, 'organisation')),
  ],
  displayIds: (f) => ({ partnerIds: f.partnerIds, majorIds: [f.majorId], agreementId: f.agreementId }),
};

export const partTimeTeacherKind: ProgrammeKind<
  z.output<typeof partTimeTeacherSchemas.draft>,
  z.output<typeof partTimeTeacherSchemas.query>,
  Selectable<PartTimeTeacherTable>
> = {
  name: 'partTimeTeacher',
  table: {
    table: 'part_time_teacher',
    partner: { column: 'organisation_id' },
    major: { column: 'major_id' },
    year: 'academic_year',
    textColumns: ['courses', 'qualification'],
  },
  schemas: partTimeTeacherSchemas,
  sortColumns: { academicYear: 'academic_year', createdAt: 'created_at' },
  equals: noEquals,
  links: [],
  fromRow: (row) => ({
    ...stamps(row),
    contactId: row.contact_id,
    organisationId: row.organisation_id,
    academicYear: row.academic_year,
    courses: row.courses,
    hours: row.hours,
    payFen: row.pay_fen,
    qualification: row.qualification,
    majorId: row.major_id,
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    contact_id: r.contactId,
    organisation_id: r.organisationId,
    academic_year: r.academicYear,
    courses: r.courses,
    hours: r.hours,
    pay_fen: r.payFen,
    qualification: r.qualification,
    major_id: r.majorId,
  }),
  references: (f) => [live('organisationId', f.organisationId, 'organisation'), existing('majorId', f.majorId, 'major')],
  // The teacher must be a live contact of the same partner, or 兼职教师数 per partner would be wrong.
  async verify(db, f, before) {
    if (before && before.contactId === f.contactId && before.organisationId === f.organisationId) return [];
    const owner = await liveContactOrganisation(db, f.contactId);
    if (owner === undefined) return [{ path: ['contactId'], message: 'reference.notFound' }];
    return owner === f.organisationId ? [] : [{ path: ['contactId'], message: 'programmes.contactOfOtherPartner' }];
  },
  displayIds: (f) => ({ partnerIds: [f.organisationId], majorIds: f.majorId ? [f.majorId] : [], agreementId: null }),
};

export const teacherPracticeKind: ProgrammeKind<
  z.output<typeof teacherPracticeSchemas.draft>,
  z.output<typeof teacherPracticeSchemas.query>,
  Selectable<TeacherPracticeTable>
> = {
  name: 'teacherPractice',
  table: {
    table: 'teacher_practice',
    partner: { column: 'organisation_id' },
    major: null,
    year: 'academic_year',
    textColumns: ['content'],
  },
  schemas: teacherPracticeSchemas,
  sortColumns: { academicYear: 'academic_year', startDate: 'start_date', createdAt: 'created_at' },
  equals: noEquals,
  links: [],
  fromRow: (row) => ({
    ...stamps(row),
    staffId: row.staff_id,
    organisationId: row.organisation_id,
    academicYear: row.academic_year,
    startDate: row.start_date,
    endDate: row.end_date,
    days: row.days,
    content: row.content,
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    staff_id: r.staffId,
    organisation_id: r.organisationId,
    academic_year: r.academicYear,
    start_date: r.startDate,
    end_date: r.endDate,
    days: r.days,
    content: r.content,
  }),
  references: (f) => [live('organisationId', f.organisationId, 'organisation'), existing('staffId', f.staffId, 'staff')],
  displayIds: (f) => ({ partnerIds: [f.organisationId], majorIds: [], agreementId: null }),
};

export const cert1xKind: ProgrammeKind<
  z.output<typeof cert1xSchemas.draft>,
  z.output<typeof cert1xSchemas.query>,
  Selectable<Cert1xTable>
> = {
  name: 'cert1x',
  table: {
    table: 'cert_1x',
    partner: { column: 'organisation_id' },
    major: { link: CERT_MAJORS },
    year: 'academic_year',
    textColumns: ['name', 'level'],
  },
  schemas: cert1xSchemas,
  sortColumns: { name: 'name', academicYear: 'academic_year', createdAt: 'created_at' },
  equals: noEquals,
  links: [{ link: CERT_MAJORS, ids: (f) => f.majorIds }],
  fromRow: (row, links) => ({
    ...stamps(row),
    name: row.name,
    level: row.level,
    organisationId: row.organisation_id,
    academicYear: row.academic_year,
    trained: row.trained,
    examined: row.examined,
    passed: row.passed,
    majorIds: links.cert_1x_major ?? [],
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    name: r.name,
    level: r.level,
    organisation_id: r.organisationId,
    academic_year: r.academicYear,
    trained: r.trained,
    examined: r.examined,
    passed: r.passed,
  }),
  references: (f) => [
    live('organisationId', f.organisationId, 'organisation'),
    ...f.majorIds.map((id) => existing('majorIds', id, 'major')),
  ],
  displayIds: (f) => ({ partnerIds: f.organisationId ? [f.organisationId] : [], majorIds: f.majorIds, agreementId: null }),
};
