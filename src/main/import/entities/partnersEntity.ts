import { AgreementDraft } from '@shared/domain/agreement';
import { ContactDraft } from '@shared/domain/contact';
import { industryByCode } from '@shared/classifications';
import { PartnerDraft, type Partner, type PartnerDraftParsed } from '@shared/domain/partner';
import { normalizeForMatching } from '@shared/domain/rules/normalizeText';
import { checkUscc, isUsccFormat, normalizeUscc } from '@shared/domain/rules/uscc';
import { findPartnerByUscc } from '../../partners/partnerRepository';
import { livePartnersWithNameKey } from '../../search/duplicateRepository';
import { liveContactNamed } from '../importRepository';
import { translate } from '../translate';
import { enumValue, intValue, listValue, PLACEHOLDER_ID } from './entityHelpers';
import type { DuplicateKey, EntityDef, FieldIssue } from './entityDef';
import { industryOf, regionOf, regionOfUscc } from './partnerClassification';
import { cooperationDraft, writeCooperation, type Cooperation } from './partnerCooperation';
import { schemaIssues } from './draftIssues';

import { PARTNER_FIELDS as FIELDS } from './partnerFields';

const CONTACT_FIELDS: Record<string, string> = {
  name: 'contactName',
  title: 'contactTitle',
  department: 'contactDepartment',
  mobile: 'contactMobile',
  phone: 'contactPhone',
  email: 'contactEmail',
  wechat: 'contactWechat',
};

export interface PreparedPartner {
  partner: PartnerDraftParsed;
  contact: { name: string; title: string | null; department: string | null; mobile: string | null; phone: string | null; email: string | null; wechat: string | null } | null;
  /** The USCC fails only its check character: imported with the audited override, or skipped. */
  usccUnverified: boolean;
  regionFromUscc: boolean;
  cooperation: Cooperation | null;
}

type Prepared = PreparedPartner & { values: Record<string, string | null> };

const NOT_PARTNER_FIELDS = new Set(['industryCode', 'cooperationStartDate', 'cooperationType']);

/** The notes limit of partners and agreements (optionalText(5000) in their drafts). */
export const NOTES_LIMIT = 5000;

/**
 * The notes an update stores: the imported notes (备注 column + kept texts + unmapped
 * columns) are appended to the stored ones, never replace them; undefined leaves them as
 * they are (nothing imported, or the stored notes already contain it, e.g. a re-import).
 * Over the limit, the appended part is cut so the stored notes stay whole; what does not
 * fit is left out (the import's warnings still list the kept texts).
 */
export function appendedNotes(stored: string | null | undefined, incoming: string | null | undefined, limit = NOTES_LIMIT): string | undefined {
  if (!incoming) return undefined;
  if (!stored) return incoming.slice(0, limit);
  if (stored.includes(incoming)) return undefined;
  const room = limit - stored.length - 1;
  return room > 0 ? `${stored}\n${incoming.slice(0, room)}` : undefined;
}

/** Partner fields the file filled in: an update changes only those, never blanks others. */
function filledPatch(p: PartnerDraftParsed, values: Record<string, string | null>, regionFromUscc: boolean, current: Partner): { patch: Record<string, unknown>; notes: string[] } {
  const patch: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const f of FIELDS) {
    if (f.field.startsWith('contact') || NOT_PARTNER_FIELDS.has(f.field) || values[f.field] == null) continue;
    patch[f.field] = p[f.field as keyof PartnerDraftParsed];
  }
  if (values['industryCode'] != null) {
    patch['industrySection'] = p.industrySection;
    patch['industryDivision'] = p.industryDivision;
    const code = (p as Record<string, unknown>)['industryCode'];
    if (code !== undefined) patch['industryCode'] = code;
  } else if (values['industrySection'] != null) {
    // A 门类 alone never replaces a stored code of another 门类 (the service would refuse the
    // pair and roll the whole import back): the stored code stays, the 门类 is kept in the notes.
    const storedCode = current.industryCode ?? current.industryDivision;
    if (storedCode && p.industrySection !== current.industrySection) {
      const section = p.industrySection ?? '';
      const value = industryByCode(section)?.name ?? section;
      notes.push(translate('zh-CN', 'importReview.warnings.industrySectionKept', { value, code: storedCode }));
    }
    if (storedCode) delete patch['industrySection'];
  }
  // Both region fields follow the resolved region, so a name-only column never leaves a stale code.
  delete patch['regionCode'];
  delete patch['regionName'];
  // A region taken from the USCC completes a partner without one; it never replaces one.
  if (!regionFromUscc && (values['regionCode'] != null || values['regionName'] != null) && p.regionCode) {
    patch['regionCode'] = p.regionCode;
    patch['regionName'] = p.regionName;
  } else if (regionFromUscc && !current.regionCode && p.regionCode) {
    patch['regionCode'] = p.regionCode;
    patch['regionName'] = p.regionName;
  }
  delete patch['notes'];
  const imported = [values['notes'] != null ? p.notes : null, ...notes].filter((n): n is string => !!n).join('\n');
  const nextNotes = appendedNotes(current.notes, imported);
  if (nextNotes !== undefined) patch['notes'] = nextNotes;
  return { patch, notes };
}

export const partnersEntity: EntityDef<Prepared> = {
  entity: 'partners',
  fields: FIELDS,
  notesField: 'notes',
  // A malformed USCC would create a second record of the same partner: the row is refused.
  identityFields: ['uscc'],

  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const industry = industryOf(values, issues);
    const region = regionOf(values, issues);
    const partnerDraft = {
      kind: enumValue('orgKind', values, 'kind', issues) ?? 'enterprise',
      fullName: values['fullName'] ?? '',
      uscc: values['uscc'],
      aliases: listValue(values['aliases']),
      ...industry,
      size: enumValue('orgSize', values, 'size', issues),
      nature: enumValue('orgNature', values, 'nature', issues),
      regionCode: region.code,
      regionName: region.name,
      address: values['address'],
      website: values['website'],
      legalRepresentative: values['legalRepresentative'],
      employeeCount: intValue(values['employeeCount']),
      cjrhLevel: enumValue('cjrhLevel', values, 'cjrhLevel', issues),
      status: enumValue('partnerStatus', values, 'status', issues) ?? undefined,
      source: enumValue('partnerSource', values, 'source', issues),
      tags: listValue(values['tags']),
      notes: values['notes'],
    };
    const partner = schemaIssues(PartnerDraft, partnerDraft, (path) => {
      const field = String(path[0] ?? '');
      return field === 'industryDivision' ? 'industryCode' : field || null;
    });
    issues.push(...partner.issues);
    // A check character that fails is not an error (issue 10): the row is listed and the
    // user decides whether it is imported marked unverified, like the form's override.
    let usccUnverified = false;
    if (partner.data?.uscc) {
      const check = checkUscc(partner.data.uscc);
      usccUnverified = !check.valid && check.reason === 'check';
    }
    const cooperationType = enumValue('agreementType', values, 'cooperationType', issues);
    const cooperation = values['cooperationStartDate'] != null || cooperationType !== null ? { type: cooperationType ?? 'framework', startDate: values['cooperationStartDate'] ?? null, schoolName: ctx.schoolName } : null;
    if (cooperation) {
      // Checked now, as the agreement form would: what it refuses becomes a warning (text to
      // notes) instead of failing the partner's write.
      const draft = cooperationDraft(cooperation, PLACEHOLDER_ID, values['fullName'] ?? '');
      const given = values['cooperationType'] != null ? 'cooperationType' : 'cooperationStartDate';
      issues.push(...schemaIssues(AgreementDraft, draft, (p) => (p[0] === 'startDate' ? 'cooperationStartDate' : given)).issues);
    }
    const contactGiven = Object.values(CONTACT_FIELDS).some((f) => values[f] != null);
    let contact: PreparedPartner['contact'] = null;
    if (contactGiven) {
      const draft = Object.fromEntries(Object.entries(CONTACT_FIELDS).map(([k, f]) => [k, values[f] ?? (k === 'name' ? '' : null)]));
      const parsed = schemaIssues(ContactDraft, { ...draft, organisationId: PLACEHOLDER_ID, isPrimary: true }, (path) => CONTACT_FIELDS[String(path[0])] ?? null);
      issues.push(...parsed.issues);
      if (parsed.data) contact = { ...draft, ...parsed.data } as PreparedPartner['contact'];
    }
    if (!partner.data || issues.length > 0) return { prepared: null, issues };
    const fromUscc = !partner.data.regionCode && partner.data.uscc ? regionOfUscc(partner.data.uscc) : null;
    const data = fromUscc ? { ...partner.data, regionCode: fromUscc.code, regionName: partner.data.regionName ?? fromUscc.name } : partner.data;
    return { prepared: { partner: data, contact, values, usccUnverified, regionFromUscc: fromUscc !== null, cooperation }, issues };
  },

  rowNotices(p) {
    const notices: FieldIssue[] = [];
    if (p.usccUnverified) {
      const check = checkUscc(p.partner.uscc ?? '');
      notices.push({ field: 'uscc', code: 'USCC_UNVERIFIED', key: 'importReview.warnings.usccUnverified', params: { value: p.partner.uscc ?? '', expected: check.valid ? '' : (check.expectedCheckChar ?? '') } });
    }
    if (p.regionFromUscc) notices.push({ field: 'regionCode', code: 'REGION_FROM_USCC', key: 'importReview.warnings.regionFromUscc', params: { value: p.partner.regionName ?? p.partner.regionCode ?? '' } });
    return notices;
  },

  withUsccOverride: (p) => ({ ...p, partner: { ...p.partner, usccOverride: true } }),

  keysOfValues(values) {
    const keys: DuplicateKey[] = [];
    const uscc = values['uscc'] ? normalizeUscc(values['uscc']) : null;
    if (uscc && isUsccFormat(uscc)) keys.push({ reason: 'uscc', key: uscc });
    if (values['fullName']) keys.push({ reason: 'name', key: normalizeForMatching(values['fullName']) });
    return keys;
  },

  duplicateKeys(p) {
    const keys = [{ reason: 'name' as const, key: normalizeForMatching(p.partner.fullName) }];
    return p.partner.uscc ? [{ reason: 'uscc' as const, key: p.partner.uscc }, ...keys] : keys;
  },

  async findExisting(db, p) {
    if (p.partner.uscc) {
      const byUscc = await findPartnerByUscc(db, p.partner.uscc);
      if (byUscc) return { id: byUscc.id, label: byUscc.fullName, reason: 'uscc' };
    }
    const [byName] = await livePartnersWithNameKey(db, normalizeForMatching(p.partner.fullName), null, 1);
    return byName ? { id: byName.id, label: byName.fullName, reason: 'name' } : null;
  },

  async create(w, p) {
    const created = await w.partners.create(p.partner);
    if (p.contact) await w.contacts.create({ ...p.contact, organisationId: created.id, isPrimary: true });
    if (p.cooperation) await writeCooperation(w, p.cooperation, created.id, created.fullName);
    return created.id;
  },

  async update(w, p, existingId) {
    const current = await w.partners.get(existingId);
    const { patch } = filledPatch(p.partner, p.values, p.regionFromUscc, current);
    const updated = await w.partners.update({ id: existingId, patch: { ...patch, usccOverride: p.partner.usccOverride } });
    // A contact already there under the same name is left alone; a new one is added.
    if (p.contact && !(await liveContactNamed(w.trx, existingId, p.contact.name))) {
      await w.contacts.create({ ...p.contact, organisationId: existingId, isPrimary: false });
    }
    if (p.cooperation) await writeCooperation(w, p.cooperation, existingId, updated.fullName);
  },
};
