import type { z } from 'zod';
import { AGREEMENT_STATUSES, PARTNER_STATUSES } from '@shared/domain/enums';
import type { Partner, PartnerQuery } from '@shared/domain/partner';
import type { AgreementListItem, AgreementQuery } from '@shared/domain/agreement';
import type { Contact, ContactQuery } from '@shared/domain/contact';
import type { Course, CourseQuery } from '@shared/domain/course';
import type { Contribution, ContributionQuery, FundingTxn, FundingTxnQuery } from '@shared/domain/funding';
import type { Page } from '@shared/domain/common';
import { phoneText } from '@shared/domain/rules/phoneDisplay';
import { type BulkAdapter, enumText, mapPage, namesById, oneRow, yuan } from './adapterKit';
import { createProgrammeAdapters, type ProgrammeTargets } from './programmeAdapters';

// One adapter per list: how its rows are trashed, restored, re-statused, re-assigned and
// exported. Each goes through the entity's own service, so every rule of a single edit
// holds for a bulk one. Adding a list = adding an adapter here (and the entity to BULK_ENTITIES).

type NamedRow = { id: string; name: string };

export interface BulkTargets {
  partners: {
    delete(id: string): Promise<unknown>;
    restore(id: string): Promise<unknown>;
    update(input: { id: string; patch: Record<string, unknown> }): Promise<unknown>;
    get(id: string): Promise<Partner>;
    list(query: PartnerQuery): Promise<Page<Partner>>;
  };
  agreements: {
    delete(id: string): Promise<unknown>;
    restore(id: string): Promise<unknown>;
    update(input: { id: string; patch: Record<string, unknown> }): Promise<unknown>;
    transition(input: { id: string; to: (typeof AGREEMENT_STATUSES)[number] }): Promise<unknown>;
    get(id: string): Promise<AgreementListItem>;
    list(query: AgreementQuery): Promise<Page<AgreementListItem>>;
  };
  courses: {
    delete(id: string): Promise<unknown>;
    restore(id: string): Promise<unknown>;
    get(id: string): Promise<Course>;
    list(query: z.input<typeof CourseQuery>): Promise<Page<Course>>;
  };
  fundingTxns: {
    delete(id: string): Promise<unknown>;
    restore(id: string): Promise<unknown>;
    get(id: string): Promise<FundingTxn>;
    list(query: z.input<typeof FundingTxnQuery>): Promise<Page<FundingTxn>>;
  };
  contacts: {
    delete(id: string): Promise<unknown>;
    restore(id: string): Promise<unknown>;
    get(id: string): Promise<Contact>;
    list(query: z.input<typeof ContactQuery>): Promise<Page<Contact>>;
  };
  contributions: {
    delete(id: string): Promise<unknown>;
    restore(id: string): Promise<unknown>;
    get(id: string): Promise<Contribution>;
    list(query: z.input<typeof ContributionQuery>): Promise<Page<Contribution>>;
  };
  programmes: ProgrammeTargets;
  /** Names for ids a sheet shows (majors and staff, retired ones included). */
  reference: {
    majors: { list(query: { includeDeleted: boolean }): Promise<NamedRow[]> };
    staff: { list(query: { includeDeleted: boolean }): Promise<NamedRow[]> };
  };
}

type ContributionRow = Contribution & { partnerName: string | null; majorName: string | null };

/** A phone as the officer would dial it, in full: the sheet is a deliberate export, not a list on screen. */
const phoneCell = (raw: string | null): string | null => (raw === null ? null : phoneText(raw, false));

export function createBulkAdapters(t: BulkTargets) {
  const partner: BulkAdapter<Partner> = {
    trash: (id) => t.partners.delete(id),
    restore: (id) => t.partners.restore(id),
    statuses: PARTNER_STATUSES,
    setStatus: (id, status) => t.partners.update({ id, patch: { status } }),
    setOwner: (id, orgUnitId) => t.partners.update({ id, patch: { ownerOrgUnitId: orgUnitId } }),
    get: (id) => t.partners.get(id),
    list: (query, page, pageSize) => t.partners.list({ ...(query as PartnerQuery), page, pageSize }),
    sheetName: (tr) => tr.partners.title,
    columns: (tr) => [
      { header: tr.partners.fields.fullName, width: 36, value: (p) => p.fullName },
      { header: tr.partners.fields.uscc, width: 22, value: (p) => p.uscc },
      { header: tr.partners.fields.kind, width: 14, value: (p) => enumText(tr, 'orgKind', p.kind) },
      { header: tr.partners.fields.status, width: 10, value: (p) => enumText(tr, 'partnerStatus', p.status) },
      { header: tr.partners.fields.regionName, width: 18, value: (p) => p.regionName },
      { header: tr.partners.fields.address, width: 36, value: (p) => p.address },
      { header: tr.partners.fields.updatedAt, width: 20, value: (p) => p.updatedAt.slice(0, 10) },
    ],
  };
  const agreement: BulkAdapter<AgreementListItem> = {
    trash: (id) => t.agreements.delete(id),
    restore: (id) => t.agreements.restore(id),
    // A status change is a lifecycle transition: one not allowed from a row's status fails that row.
    statuses: AGREEMENT_STATUSES.filter((s) => s !== 'renewed' && s !== 'renewing'),
    setStatus: (id, status) => t.agreements.transition({ id, to: status as (typeof AGREEMENT_STATUSES)[number] }),
    setOwner: (id, orgUnitId) => t.agreements.update({ id, patch: { orgUnitId } }),
    get: (id) => t.agreements.get(id),
    list: (query, page, pageSize) => t.agreements.list({ ...(query as AgreementQuery), page, pageSize }),
    sheetName: (tr) => tr.agreements.title,
    columns: (tr) => [
      { header: tr.agreements.fields.agreementNo, width: 18, value: (a) => a.agreementNo },
      { header: tr.agreements.fields.title, width: 40, value: (a) => a.title },
      { header: tr.agreements.fields.type, width: 16, value: (a) => enumText(tr, 'agreementType', a.type) },
      { header: tr.agreements.fields.status, width: 10, value: (a) => enumText(tr, 'effectiveAgreementStatus', a.effectiveStatus) },
      { header: tr.agreements.fields.startDate, width: 12, value: (a) => a.startDate },
      { header: tr.agreements.fields.endDate, width: 12, value: (a) => a.endDate },
    ],
  };
  // No status and no owner unit: trash and export only.
  const course: BulkAdapter<Course> = {
    trash: (id) => t.courses.delete(id),
    restore: (id) => t.courses.restore(id),
    get: (id) => t.courses.get(id),
    list: (query, page, pageSize) => t.courses.list({ ...(query as z.input<typeof CourseQuery>), page, pageSize }),
    sheetName: (tr) => tr.courses.title,
    columns: (tr) => [
      { header: tr.courses.fields.name, width: 36, value: (c) => c.name },
      { header: tr.courses.fields.kind, width: 8, value: (c) => enumText(tr, 'courseKind', c.kind) },
      { header: tr.courses.fields.code, width: 12, value: (c) => c.code },
      { header: tr.courses.fields.startDate, width: 12, value: (c) => c.startDate },
      { header: tr.courses.fields.endDate, width: 12, value: (c) => c.endDate },
      { header: tr.courses.fields.enterpriseLead, width: 14, value: (c) => c.enterpriseLead },
      { header: tr.courses.fields.isbn, width: 18, value: (c) => c.isbn },
    ],
  };
  // Money as a number in 元 (2 decimals), so the sheet can sum it.
  const fundingTxn: BulkAdapter<FundingTxn> = {
    trash: (id) => t.fundingTxns.delete(id),
    restore: (id) => t.fundingTxns.restore(id),
    get: (id) => t.fundingTxns.get(id),
    list: (query, page, pageSize) => t.fundingTxns.list({ ...(query as z.input<typeof FundingTxnQuery>), page, pageSize }),
    sheetName: (tr) => tr.funding.title,
    columns: (tr) => [
      { header: tr.funding.fields.date, width: 12, value: (f) => f.date },
      { header: tr.funding.fields.direction, width: 8, value: (f) => enumText(tr, 'fundingDirection', f.direction) },
      { header: tr.funding.fields.amount, width: 14, value: (f) => yuan(f.amountFen) },
      { header: tr.funding.fields.voucherNo, width: 16, value: (f) => f.voucherNo },
      { header: tr.funding.fields.summary, width: 40, value: (f) => f.summary },
    ],
  };
  // Trash and export only: a contact has no status and belongs to its partner.
  const contact: BulkAdapter<Contact> = {
    trash: (id) => t.contacts.delete(id),
    restore: (id) => t.contacts.restore(id),
    get: (id) => t.contacts.get(id),
    list: (query, page, pageSize) => t.contacts.list({ ...(query as z.input<typeof ContactQuery>), page, pageSize }),
    sheetName: (tr) => tr.partners.tabs.contacts,
    columns: (tr) => [
      { header: tr.contacts.fields.name, width: 12, value: (c) => c.name },
      { header: tr.contacts.fields.title, width: 14, value: (c) => c.title },
      { header: tr.contacts.fields.department, width: 14, value: (c) => c.department },
      { header: tr.contacts.fields.mobile, width: 16, value: (c) => phoneCell(c.mobile) },
      { header: tr.contacts.fields.phone, width: 18, value: (c) => phoneCell(c.phone) },
      { header: tr.contacts.fields.email, width: 24, value: (c) => c.email },
      { header: tr.contacts.fields.wechat, width: 16, value: (c) => c.wechat },
    ],
  };
  // The list shows no partner column (it is filtered by kind and year), but a sheet read
  // elsewhere needs to say whose contribution each row is.
  const contributionRows = async (rows: Contribution[]): Promise<ContributionRow[]> => {
    const partners = await namesById(
      rows.map((r) => r.organisationId),
      async (id) => (await t.partners.get(id)).fullName,
    );
    const majors = new Map((await t.reference.majors.list({ includeDeleted: true })).map((m) => [m.id, m.name]));
    return rows.map((r) => ({ ...r, partnerName: partners.get(r.organisationId) ?? null, majorName: r.majorId === null ? null : (majors.get(r.majorId) ?? null) }));
  };
  const contribution: BulkAdapter<ContributionRow> = {
    trash: (id) => t.contributions.delete(id),
    restore: (id) => t.contributions.restore(id),
    get: async (id) => oneRow(await t.contributions.get(id), contributionRows),
    list: async (query, page, pageSize) =>
      mapPage(await t.contributions.list({ ...(query as z.input<typeof ContributionQuery>), page, pageSize }), contributionRows),
    sheetName: (tr) => tr.admin.funding.tabs.contributions,
    columns: (tr) => {
      const label = tr.admin.funding.contributions.fields;
      return [
        { header: label.date, width: 12, value: (c) => c.date },
        { header: label.organisationId, width: 32, value: (c) => c.partnerName },
        { header: label.kind, width: 14, value: (c) => enumText(tr, 'contributionKind', c.kind) },
        { header: label.items, width: 36, value: (c) => c.items },
        { header: label.majorId, width: 20, value: (c) => c.majorName },
        { header: label.valueYuan, width: 14, value: (c) => yuan(c.valueFen) },
        { header: label.traineePersonDays, width: 12, value: (c) => c.traineePersonDays },
      ];
    },
  };
  const programmes = createProgrammeAdapters(t.programmes, {
    contactName: async (id) => (await t.contacts.get(id)).name,
    staff: () => t.reference.staff.list({ includeDeleted: true }),
  });
  // Keyed by BulkEntity: an entity without an adapter fails to compile in bulkService.
  return { partner, agreement, course, fundingTxn, contact, contribution, ...programmes };
}
