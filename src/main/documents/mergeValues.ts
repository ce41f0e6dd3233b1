import type { DocumentLang, MergeValues } from '@shared/domain/document';
import type { AgreementDocumentModel } from '@shared/documents/documentModel';
import { MERGE_FIELDS, partyField } from '@shared/documents/fieldCatalogue';
import { addDays, formatDateZh, parseIsoDate } from '@shared/format/dates';
import { fenToChineseUppercase, formatFen } from '@shared/format/money';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-11-28' → 2026年11月28日 / 28 November 2026. */
export function formatDocumentDate(iso: string, lang: DocumentLang): string {
  if (lang === 'zh-CN') return formatDateZh(iso);
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${EN_MONTHS[month - 1] ?? ''} ${year}`;
}

/**
 * Term in years, counting the end date as the last day: 2025-01-01 … 2027-12-31 → '3',
 * 2025-01-01 … 2025-06-30 → '0.5'. Whole months when the dates line up, else days / 365.
 */
export function termYears(start: string, end: string): string | null {
  if (end < start) return null;
  const s = parseIsoDate(start);
  const e = parseIsoDate(addDays(end, 1));
  let years: number;
  if (e.day === s.day) years = ((e.year - s.year) * 12 + (e.month - s.month)) / 12;
  else years = (Date.parse(`${addDays(end, 1)}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 / 365;
  return String(Math.round(years * 100) / 100);
}

/**
 * The agreement's merge values in the document language; null marks a value that is
 * missing (the renderers print a blank and list it). Values typed per agreement
 * (agreement.merge_values_json) fill the manual fields and override computed ones.
 */
export function mergeValues(model: AgreementDocumentModel, lang: DocumentLang): MergeValues {
  const values: MergeValues = Object.fromEntries(MERGE_FIELDS.map((f) => [f.name, null]));
  const date = (iso: string | null): string | null => (iso ? formatDocumentDate(iso, lang) : null);
  const number = (n: number | null): string | null => (n === null ? null : String(n));

  values['协议编号'] = model.agreementNo;
  values['协议名称'] = model.title;
  values['签订日期'] = date(model.signDate);
  values['生效日期'] = date(model.startDate);
  values['终止日期'] = date(model.endDate);
  values['期限(年)'] = model.startDate && model.endDate ? termYears(model.startDate, model.endDate) : null;
  values['合作专业'] = model.majors.length > 0 ? model.majors.join(lang === 'zh-CN' ? '、' : ', ') : null;
  values['二级学院'] = model.orgUnitName;
  values['金额(小写)'] = model.amountFen === null ? null : `¥${formatFen(model.amountFen, 'yuan', lang)}`;
  values['金额(大写)'] = model.amountFen === null ? null : fenToChineseUppercase(model.amountFen);
  values['份数'] = number(model.copiesTotal);
  values['各执份数'] = number(model.copiesEach);

  for (const p of model.parties) {
    values[partyField(p.role, '全称')] = p.name;
    values[partyField(p.role, '统一社会信用代码')] = p.uscc;
    values[partyField(p.role, '法定代表人')] = p.legalRepresentative;
    values[partyField(p.role, '地址')] = p.address;
    values[partyField(p.role, '联系人')] = p.contactName;
    values[partyField(p.role, '电话')] = p.contactPhone;
    if (p.partyType === 'student' || p.partyType === 'guardian') values[partyField(p.role, '姓名')] = p.name;
    if (p.partyType === 'student') {
      values[partyField(p.role, '学号')] = p.studentNo;
      values[partyField(p.role, '专业')] = p.major;
      values[partyField(p.role, '班级')] = p.className;
    }
  }

  for (const [name, value] of Object.entries(model.manualValues)) {
    if (value.trim() !== '') values[name] = value;
  }
  return values;
}
