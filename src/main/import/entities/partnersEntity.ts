import { ContactDraft } from '@shared/domain/contact';
import { PartnerDraft, type PartnerDraftParsed } from '@shared/domain/partner';
import { normalizeForMatching } from '@shared/domain/rules/normalizeText';
import { checkUscc } from '@shared/domain/rules/uscc';
import { findPartnerByUscc } from '../../partners/partnerRepository';
import { livePartnersWithNameKey } from '../../search/duplicateRepository';
import { liveContactNamed } from '../importRepository';
import { enumValue, listValue, PLACEHOLDER_ID } from './entityHelpers';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { schemaIssues } from './draftIssues';

const FIELDS: readonly FieldDef[] = [
  { field: 'fullName', kind: 'text', required: true, synonyms: ['单位名称', '企业名称', '合作企业名称', '合作单位名称', '合作单位', '企业全称', '单位全称', '公司名称', 'name', 'company', 'company name', 'full name', 'organisation', 'organization'], example: '华为技术有限公司' },
  { field: 'uscc', kind: 'code', synonyms: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'credit code', 'unified social credit code'], example: '914403001922038216' },
  { field: 'kind', kind: 'enum', enumName: 'orgKind', synonyms: ['单位类型', '机构类型', 'kind', 'organisation kind'], example: '企业' },
  { field: 'status', kind: 'enum', enumName: 'partnerStatus', synonyms: ['合作状态', '状态', 'status'], example: '合作中' },
  { field: 'nature', kind: 'enum', enumName: 'orgNature', synonyms: ['企业性质', '单位性质', 'nature'], example: '民营企业' },
  { field: 'size', kind: 'enum', enumName: 'orgSize', synonyms: ['企业规模', '规模', 'size'], example: '大型' },
  { field: 'industrySection', kind: 'enum', enumName: 'industrySection', synonyms: ['行业门类', '所属行业', '行业', 'industry', 'industry section'], example: '制造业' },
  { field: 'industryDivision', kind: 'code', synonyms: ['行业大类', '行业大类代码', 'industry division'], example: '39' },
  { field: 'regionCode', kind: 'code', synonyms: ['行政区划代码', '区划代码', 'region code'], example: '440300' },
  { field: 'regionName', kind: 'text', synonyms: ['所在地区', '地区', '所在地', 'region'], example: '广东省深圳市' },
  { field: 'address', kind: 'text', synonyms: ['地址', '通讯地址', '单位地址', '注册地址', 'address'], example: '深圳市龙岗区坂田华为基地' },
  { field: 'website', kind: 'text', synonyms: ['网址', '网站', '官网', 'website'], example: 'https://www.huawei.com' },
  { field: 'legalRepresentative', kind: 'text', synonyms: ['法定代表人', '法人代表', '法人', 'legal representative'], example: '赵明路' },
  { field: 'cjrhLevel', kind: 'enum', enumName: 'cjrhLevel', synonyms: ['产教融合型企业', '产教融合型企业级别', 'cjrh level'], example: '国家级' },
  { field: 'source', kind: 'enum', enumName: 'partnerSource', synonyms: ['来源', '信息来源', 'source'], example: '走访' },
  { field: 'aliases', kind: 'list', synonyms: ['别名', '简称', 'aliases', 'alias'], example: '华为' },
  { field: 'tags', kind: 'list', synonyms: ['标签', 'tags'], example: '通信;重点' },
  { field: 'notes', kind: 'longText', synonyms: ['备注', '说明', 'notes', 'remarks'], example: '' },
  { field: 'contactName', kind: 'text', synonyms: ['联系人', '联系人姓名', '姓名', 'contact', 'contact name'], example: '李经理' },
  { field: 'contactTitle', kind: 'text', synonyms: ['职务', '联系人职务', '职位', 'title', 'position'], example: '招聘经理' },
  { field: 'contactDepartment', kind: 'text', synonyms: ['部门', '联系人部门', 'department'], example: '人力资源部' },
  { field: 'contactMobile', kind: 'phone', synonyms: ['手机', '手机号', '手机号码', '联系人手机', '联系电话', 'mobile', 'cell phone'], example: '13812345678' },
  { field: 'contactPhone', kind: 'phone', synonyms: ['电话', '座机', '办公电话', '固定电话', 'phone', 'telephone', 'tel'], example: '0755-28780808' },
  { field: 'contactEmail', kind: 'email', synonyms: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail'], example: 'li@example.com' },
  { field: 'contactWechat', kind: 'text', synonyms: ['微信', '微信号', 'wechat'], example: '' },
];

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
}

/** Partner fields the file filled in: an update changes only those, never blanks others. */
function filledPatch(p: PartnerDraftParsed, values: Record<string, string | null>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (f.field.startsWith('contact') || values[f.field] == null) continue;
    patch[f.field] = p[f.field as keyof PartnerDraftParsed];
  }
  return patch;
}

export const partnersEntity: EntityDef<PreparedPartner & { values: Record<string, string | null> }> = {
  entity: 'partners',
  fields: FIELDS,

  async prepare(values) {
    const issues: FieldIssue[] = [];
    const partnerDraft = {
      kind: enumValue('orgKind', values, 'kind', issues) ?? 'enterprise',
      fullName: values['fullName'] ?? '',
      uscc: values['uscc'],
      aliases: listValue(values['aliases']),
      industrySection: enumValue('industrySection', values, 'industrySection', issues),
      industryDivision: values['industryDivision'],
      size: enumValue('orgSize', values, 'size', issues),
      nature: enumValue('orgNature', values, 'nature', issues),
      regionCode: values['regionCode'],
      regionName: values['regionName'],
      address: values['address'],
      website: values['website'],
      legalRepresentative: values['legalRepresentative'],
      cjrhLevel: enumValue('cjrhLevel', values, 'cjrhLevel', issues),
      status: enumValue('partnerStatus', values, 'status', issues) ?? undefined,
      source: enumValue('partnerSource', values, 'source', issues),
      tags: listValue(values['tags']),
      notes: values['notes'],
    };
    const partner = schemaIssues(PartnerDraft, partnerDraft, (path) => String(path[0] ?? '') || null);
    issues.push(...partner.issues);
    // The check character, as the form checks it (the import offers no override yet).
    if (partner.data?.uscc) {
      const check = checkUscc(partner.data.uscc);
      if (!check.valid && check.reason === 'check') {
        issues.push({ field: 'uscc', code: 'USCC_CHECK_FAILED', key: 'fieldErrors.uscc.check', params: { expected: check.expectedCheckChar ?? '' } });
      }
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
    return { prepared: { partner: partner.data, contact, values }, issues };
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
    const { usccOverride: _o, ...fields } = p.partner;
    const created = await w.partners.create(fields);
    if (p.contact) await w.contacts.create({ ...p.contact, organisationId: created.id, isPrimary: true });
    return created.id;
  },

  async update(w, p, existingId) {
    await w.partners.update({ id: existingId, patch: filledPatch(p.partner, p.values) });
    // A contact already there under the same name is left alone; a new one is added.
    if (p.contact && !(await liveContactNamed(w.trx, existingId, p.contact.name))) {
      await w.contacts.create({ ...p.contact, organisationId: existingId, isPrimary: false });
    }
  },
};
