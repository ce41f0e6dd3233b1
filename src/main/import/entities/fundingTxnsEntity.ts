import { FundingTxnDraft } from '@shared/domain/funding';
import { liveAgreementByNo, liveFundingSourceByName, liveTxnByVoucher } from '../importRepository';
import { schemaIssues } from './draftIssues';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { enumValue, intValue, required } from './entityHelpers';

const FIELDS: readonly FieldDef[] = [
  { field: 'sourceName', kind: 'text', required: true, synonyms: ['经费来源', '资金来源', '来源名称', 'funding source', 'source'], example: '省级专项资金' },
  { field: 'direction', kind: 'enum', required: true, enumName: 'fundingDirection', synonyms: ['收支', '收支方向', '方向', 'direction'], example: '收入' },
  { field: 'amount', kind: 'money', required: true, synonyms: ['金额', '金额(元)', 'amount'], example: '50000.00' },
  { field: 'date', kind: 'date', required: true, synonyms: ['日期', '发生日期', '到账日期', 'date'], example: '2024-03-05' },
  { field: 'voucherNo', kind: 'code', synonyms: ['凭证号', '凭证编号', 'voucher no', 'voucher'], example: '记-2024-0031' },
  { field: 'agreementNo', kind: 'code', synonyms: ['协议编号', 'agreement no'], example: '' },
  { field: 'summary', kind: 'longText', synonyms: ['摘要', '说明', '用途', 'summary'], example: '实训室建设' },
];

type Prepared = { draft: FundingTxnDraft; values: Record<string, string | null> };

export const fundingTxnsEntity: EntityDef<Prepared> = {
  entity: 'fundingTxns',
  fields: FIELDS,
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const sourceName = required(values, 'sourceName', issues);
    const direction = enumValue('fundingDirection', values, 'direction', issues);
    if (values['direction'] == null) required(values, 'direction', issues);
    const source = sourceName ? await liveFundingSourceByName(ctx.db, sourceName) : null;
    if (sourceName && !source) issues.push({ field: 'sourceName', code: 'NOT_FOUND', key: 'import.errors.sourceNotFound', params: { value: sourceName } });
    const agreementNo = values['agreementNo'];
    const agreement = agreementNo ? await liveAgreementByNo(ctx.db, agreementNo) : null;
    if (agreementNo && !agreement) issues.push({ field: 'agreementNo', code: 'NOT_FOUND', key: 'import.errors.agreementNotFound', params: { value: agreementNo } });
    const draft = {
      sourceId: source?.id ?? '',
      direction: (direction ?? 'in') as FundingTxnDraft['direction'],
      amountFen: intValue(values['amount']) ?? Number.NaN,
      date: values['date'] ?? '',
      voucherNo: values['voucherNo'],
      agreementId: agreement?.id ?? null,
      summary: values['summary'],
    };
    const parsed = schemaIssues(FundingTxnDraft, draft, (p) => (p[0] === 'amountFen' ? 'amount' : p[0] === 'sourceId' ? null : String(p[0] ?? '') || null));
    issues.push(...parsed.issues.filter((i) => i.field !== null || source !== null));
    if (issues.length > 0 || !parsed.data) return { prepared: null, issues };
    return { prepared: { draft, values }, issues };
  },
  duplicateKeys: (p) => (p.draft.voucherNo ? [{ reason: 'code', key: p.draft.voucherNo }] : []),
  async findExisting(db, p) {
    const hit = p.draft.voucherNo ? await liveTxnByVoucher(db, p.draft.voucherNo) : null;
    return hit ? { ...hit, reason: 'code' } : null;
  },
  async create(w, p) {
    return (await w.fundingTxns.create(p.draft)).id;
  },
  async update(w, p, id) {
    const { sourceId, direction, amountFen, date, voucherNo, agreementId, summary } = p.draft;
    await w.fundingTxns.update({ id, patch: { sourceId, direction, amountFen, date, voucherNo, agreementId, summary } });
  },
};
