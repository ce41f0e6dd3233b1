import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { apprenticeshipSchemas, internshipBaseSchemas, orderClassSchemas } from '@shared/domain/programmes';
import type { ApprenticeshipTable, InternshipBaseTable, OrderClassTable } from '../db/tables/programmes';
import { equalsWhenSet, existing, live, type ProgrammeKind, stampColumns, stamps } from './programmeKind';
import type { LinkTable } from './programmeRepository';

// Internship bases, order classes and apprenticeships: Row mappers and table facts.

const bool = (v: number): boolean => v === 1;
const bit = (v: boolean): number => (v ? 1 : 0);

const BASE_MAJORS: LinkTable = { table: 'internship_base_major', owner: 'base_id', target: 'major_id' };

type BaseFields = z.output<typeof internshipBaseSchemas.draft>;
export const internshipBaseKind: ProgrammeKind<
  BaseFields,
  z.output<typeof internshipBaseSchemas.query>,
  Selectable<InternshipBaseTable>
> = {
  name: 'internshipBase',
  table: {
    table: 'internship_base',
    partner: { column: 'organisation_id' },
    major: { link: BASE_MAJORS },
    year: 'stats',
    textColumns: ['name', 'plaque_name', 'address'],
  },
  schemas: internshipBaseSchemas,
  sortColumns: { name: 'name', establishedDate: 'established_date', createdAt: 'created_at' },
  equals: (q) => equalsWhenSet([['status', q.status]]),
  links: [{ link: BASE_MAJORS, ids: (f) => f.majorIds }],
  fromRow: (row, links) => ({
    ...stamps(row),
    name: row.name,
    kind: row.kind,
    organisationId: row.organisation_id,
    agreementId: row.agreement_id,
    address: row.address,
    establishedDate: row.established_date,
    plaqueName: row.plaque_name,
    capacity: row.capacity,
    hasHousing: bool(row.has_housing),
    paysAllowance: bool(row.pays_allowance),
    fundPerStudentFen: row.fund_per_student_fen,
    status: row.status,
    majorIds: links.internship_base_major ?? [],
    approvalDate: row.approval_date,
    supportingDepartment: row.supporting_department,
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    name: r.name,
    kind: r.kind,
    organisation_id: r.organisationId,
    agreement_id: r.agreementId,
    address: r.address,
    established_date: r.establishedDate,
    plaque_name: r.plaqueName,
    capacity: r.capacity,
    has_housing: bit(r.hasHousing),
    pays_allowance: bit(r.paysAllowance),
    fund_per_student_fen: r.fundPerStudentFen,
    status: r.status,
    approval_date: r.approvalDate,
    supporting_department: r.supportingDepartment,
  }),
  references: (f) => [
    live('organisationId', f.organisationId, 'organisation'),
    live('agreementId', f.agreementId, 'agreement'),
    ...f.majorIds.map((id) => existing('majorIds', id, 'major')),
  ],
  displayIds: (f) => ({ partnerIds: f.organisationId ? [f.organisationId] : [], majorIds: f.majorIds, agreementId: f.agreementId }),
};

type OrderClassFields = z.output<typeof orderClassSchemas.draft>;
export const orderClassKind: ProgrammeKind<
  OrderClassFields,
  z.output<typeof orderClassSchemas.query>,
  Selectable<OrderClassTable>
> = {
  name: 'orderClass',
  table: {
    table: 'order_class',
    partner: { column: 'organisation_id' },
    major: { column: 'major_id' },
    year: 'cohort_year',
    textColumns: ['name'],
  },
  schemas: orderClassSchemas,
  sortColumns: { name: 'name', cohortYear: 'cohort_year', createdAt: 'created_at' },
  equals: (q) => equalsWhenSet([['kind', q.kind]]),
  links: [],
  fromRow: (row) => ({
    ...stamps(row),
    name: row.name,
    organisationId: row.organisation_id,
    agreementId: row.agreement_id,
    majorId: row.major_id,
    kind: row.kind,
    cohortYear: row.cohort_year,
    startDate: row.start_date,
    endDate: row.end_date,
    planned: row.planned,
    enrolled: row.enrolled,
    employmentCommitmentPct: row.employment_commitment_pct,
    employed: row.employed,
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    name: r.name,
    organisation_id: r.organisationId,
    agreement_id: r.agreementId,
    major_id: r.majorId,
    kind: r.kind,
    cohort_year: r.cohortYear,
    start_date: r.startDate,
    end_date: r.endDate,
    planned: r.planned,
    enrolled: r.enrolled,
    employment_commitment_pct: r.employmentCommitmentPct,
    employed: r.employed,
  }),
  references: (f) => [
    live('organisationId', f.organisationId, 'organisation'),
    live('agreementId', f.agreementId, 'agreement'),
    existing('majorId', f.majorId, 'major'),
  ],
  displayIds: (f) => ({ partnerIds: [f.organisationId], majorIds: f.majorId ? [f.majorId] : [], agreementId: f.agreementId }),
};

type ApprenticeshipFields = z.output<typeof apprenticeshipSchemas.draft>;
export const apprenticeshipKind: ProgrammeKind<
  ApprenticeshipFields,
  z.output<typeof apprenticeshipSchemas.query>,
  Selectable<ApprenticeshipTable>
> = {
  name: 'apprenticeship',
  table: {
    table: 'apprenticeship',
    partner: { column: 'organisation_id' },
    major: { column: 'major_id' },
    year: 'cohort_year',
    textColumns: [],
  },
  schemas: apprenticeshipSchemas,
  sortColumns: { cohortYear: 'cohort_year', createdAt: 'created_at' },
  equals: (q) => equalsWhenSet([['level', q.level]]),
  links: [],
  fromRow: (row) => ({
    ...stamps(row),
    organisationId: row.organisation_id,
    agreementId: row.agreement_id,
    majorId: row.major_id,
    level: row.level,
    cohortYear: row.cohort_year,
    apprentices: row.apprentices,
    mentors: row.mentors,
  }),
  toRow: (r) => ({
    ...stampColumns(r),
    organisation_id: r.organisationId,
    agreement_id: r.agreementId,
    major_id: r.majorId,
    level: r.level,
    cohort_year: r.cohortYear,
    apprentices: r.apprentices,
    mentors: r.mentors,
  }),
  references: (f) => [
    live('organisationId', f.organisationId, 'organisation'),
    live('agreementId', f.agreementId, 'agreement'),
    existing('majorId', f.majorId, 'major'),
  ],
  displayIds: (f) => ({ partnerIds: [f.organisationId], majorIds: f.majorId ? [f.majorId] : [], agreementId: f.agreementId }),
};
