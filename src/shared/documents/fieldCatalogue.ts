import { PARTY_ROLES } from '../domain/enums';

// The merge fields a template may use (domain.md §4.4), with labels for the editor and
// where each value comes from. Field names are the identifiers in clause text ({甲方全称})
// in every document language; labels are what the UI shows.

export type FieldSource =
  | 'agreement' // the agreement row (number, title, dates, amount, copies)
  | 'party' // the agreement_party row, falling back to the linked organisation
  | 'college' // the college profile in settings (for the school party)
  | 'majors' // the agreement's majors and owning 二级学院
  | 'manual'; // typed per agreement (agreement.merge_values_json)

export interface MergeField {
  name: string;
  zh: string;
  en: string;
  source: FieldSource;
}

const GENERAL: MergeField[] = [
  { name: '协议编号', zh: '协议编号', en: 'Agreement number', source: 'agreement' },
  { name: '协议名称', zh: '协议名称', en: 'Agreement title', source: 'agreement' },
  { name: '签订日期', zh: '签订日期', en: 'Date of signing', source: 'agreement' },
  { name: '生效日期', zh: '生效日期', en: 'Effective date', source: 'agreement' },
  { name: '终止日期', zh: '终止日期', en: 'End date', source: 'agreement' },
  { name: '期限(年)', zh: '期限（年）', en: 'Term (years)', source: 'agreement' },
  { name: '签署地点', zh: '签署地点', en: 'Place of signing', source: 'manual' },
  { name: '合作专业', zh: '合作专业', en: 'Majors', source: 'majors' },
  { name: '二级学院', zh: '二级学院', en: 'School / department', source: 'majors' },
  { name: '基地名称', zh: '基地名称', en: 'Base name', source: 'manual' },
  { name: '挂牌名称', zh: '挂牌名称', en: 'Plaque name', source: 'manual' },
  { name: '每年接收人数', zh: '每年接收人数', en: 'Students received per year', source: 'manual' },
  { name: '订单班冠名', zh: '订单班冠名', en: 'Order class name', source: 'manual' },
  { name: '培养人数', zh: '培养人数', en: 'Students trained', source: 'manual' },
  { name: '就业承诺比例', zh: '就业承诺比例', en: 'Committed employment rate', source: 'manual' },
  { name: '实习起止', zh: '实习起止', en: 'Internship period', source: 'manual' },
  { name: '实习岗位', zh: '实习岗位', en: 'Internship post', source: 'manual' },
  { name: '实习报酬(元/月)', zh: '实习报酬（元/月）', en: 'Internship pay (yuan/month)', source: 'manual' },
  { name: '保险', zh: '保险', en: 'Insurance', source: 'manual' },
  { name: '金额(小写)', zh: '金额（小写）', en: 'Amount (figures)', source: 'agreement' },
  { name: '金额(大写)', zh: '金额（大写）', en: 'Amount (Chinese capitals)', source: 'agreement' },
  { name: '经费来源', zh: '经费来源', en: 'Source of funds', source: 'manual' },
  { name: '份数', zh: '份数', en: 'Copies', source: 'agreement' },
  { name: '各执份数', zh: '各执份数', en: 'Copies per party', source: 'agreement' },
];

const ROLE_EN: Record<(typeof PARTY_ROLES)[number], string> = { 甲: 'Party A', 乙: 'Party B', 丙: 'Party C', 丁: 'Party D' };

/** Per-party fields; X is the role (甲/乙/丙/丁). */
const PARTY_FIELDS: { suffix: string; zh: string; en: string; source: FieldSource }[] = [
  { suffix: '全称', zh: '全称', en: 'full name', source: 'party' },
  { suffix: '统一社会信用代码', zh: '统一社会信用代码', en: 'USCC', source: 'party' },
  { suffix: '法定代表人', zh: '法定代表人', en: 'legal representative', source: 'party' },
  { suffix: '地址', zh: '地址', en: 'address', source: 'party' },
  { suffix: '联系人', zh: '联系人', en: 'contact person', source: 'manual' },
  { suffix: '电话', zh: '电话', en: 'telephone', source: 'manual' },
  { suffix: '姓名', zh: '姓名（学生）', en: 'name (student)', source: 'party' },
  { suffix: '学号', zh: '学号', en: 'student number', source: 'manual' },
  { suffix: '身份证号', zh: '身份证号', en: 'ID card number', source: 'manual' },
  { suffix: '专业', zh: '专业', en: 'major', source: 'manual' },
  { suffix: '班级', zh: '班级', en: 'class', source: 'manual' },
  { suffix: '监护人', zh: '监护人', en: 'guardian', source: 'manual' },
];

/** The field name of a party attribute, e.g. partyField('乙', '全称') → '乙方全称'. */
export function partyField(role: (typeof PARTY_ROLES)[number], suffix: string): string {
  return `${role}方${suffix}`;
}

export const MERGE_FIELDS: readonly MergeField[] = [
  ...GENERAL,
  ...PARTY_ROLES.flatMap((role) =>
    PARTY_FIELDS.map((f) => ({
      name: partyField(role, f.suffix),
      zh: `${role}方${f.zh}`,
      en: `${ROLE_EN[role]} ${f.en}`,
      source: f.source,
    })),
  ),
];

const NAMES = new Set(MERGE_FIELDS.map((f) => f.name));

export function isCatalogueField(name: string): boolean {
  return NAMES.has(name);
}

export function roleLabel(role: (typeof PARTY_ROLES)[number], lang: 'zh-CN' | 'en-US'): string {
  return lang === 'zh-CN' ? `${role}方` : ROLE_EN[role];
}
