import { AgreementDraft } from '@shared/domain/agreement';
import { liveAgreementByNo } from '../importRepository';
import { schemaIssues } from './draftIssues';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { enumValue, intValue, required } from './entityHelpers';
import { PARTNER_REF_FIELDS, partnerIdFor } from './referenceIssues';

const FIELDS: readonly FieldDef[] = [
  { field: 'title', kind: 'text', required: true, synonyms: ['协议名称', '合同名称', '协议标题', 'title', 'agreement title'], example: '校企合作框架协议' },
  { field: 'type', kind: 'enum', required: true, enumName: 'agreementType', synonyms: ['协议类型', '合作类型', '类型', 'type'], example: '框架合作' },
  { field: 'agreementNo', kind: 'code', synonyms: ['协议编号', '合同编号', '编号', 'agreement no', 'number'], example: 'XQ-2024-001' },
  ...PARTNER_REF_FIELDS,
  { field: 'signDate', kind: 'date', synonyms: ['签订日期', '签约日期', '签署日期', 'sign date'], example: '2024-03-05' },
  { field: 'startDate', kind: 'date', synonyms: ['开始日期', '生效日期', '起始日期', 'start date'], example: '2024-03-05' },
  { field: 'endDate', kind: 'date', synonyms: ['结束日期', '到期日期', '截止日期', '终止日期', 'end date'], example: '2027-03-04' },
  { field: 'amount', kind: 'money', synonyms: ['金额', '协议金额', '合同金额', 'amount'], example: '100000' },
  { field: 'noticeDays', kind: 'int', synonyms: ['提前通知天数', 'notice days'], example: '30' },
  { field: 'notes', kind: 'longText', synonyms: ['备注', 'notes'], example: '' },
];

type Prepared = { draft: AgreementDraft; values: Record<string, string | null> };

const SIMPLE = ['title', 'type', 'agreementNo', 'signDate', 'startDate', 'endDate', 'noticeDays', 'notes'] as const;

export const agreementsEntity: EntityDef<Prepared> = {
  entity: 'agreements',
  fields: FIELDS,
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const type = enumValue('agreementType', values, 'type', issues);
    required(values, 'type', issues);
    const partnerId = await partnerIdFor(ctx.db, values, issues);
    const draft: AgreementDraft = {
      title: values['title'] ?? '',
      type: (type ?? 'other') as AgreementDraft['type'],
      agreementNo: values['agreementNo'],
      signDate: values['signDate'],
      startDate: values['startDate'],
      endDate: values['endDate'],
      amountFen: intValue(values['amount']),
      noticeDays: intValue(values['noticeDays']),
      notes: values['notes'],
      // 甲方 is the college itself; 乙方 the partner the row names.
      parties: [
        { role: '甲' as const, partyType: 'school' as const, displayName: ctx.schoolName },
        { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partnerId },
      ],
    };
    const parsed = schemaIssues(AgreementDraft, draft, (p) => (p[0] === 'amountFen' ? 'amount' : p[0] === 'parties' ? 'partnerName' : String(p[0] ?? '') || null));
    // A partner that was not found is already reported by partnerIdFor.
    issues.push(...parsed.issues.filter((i) => partnerId !== null || i.field !== 'partnerName'));
    if (issues.length > 0 || !parsed.data) return { prepared: null, issues };
    return { prepared: { draft, values }, issues };
  },
  duplicateKeys: (p) => (p.draft.agreementNo ? [{ reason: 'code', key: p.draft.agreementNo }] : []),
  async findExisting(db, p) {
    const hit = p.draft.agreementNo ? await liveAgreementByNo(db, p.draft.agreementNo) : null;
    return hit ? { ...hit, reason: 'code' } : null;
  },
  async create(w, p) {
    return (await w.agreements.create(p.draft)).id;
  },
  async update(w, p, id) {
    const patch: Record<string, unknown> = {};
    for (const f of SIMPLE) if (p.values[f] != null) patch[f] = p.draft[f];
    if (p.values['amount'] != null) patch['amountFen'] = p.draft.amountFen;
    await w.agreements.update({ id, patch });
  },
};
