import { AgreementDraft } from '@shared/domain/agreement';
import { canTransition, type AgreementStatus } from '@shared/domain/rules/agreementLifecycle';
import { liveAgreementByNo } from '../importRepository';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { enumValue, intValue, PLACEHOLDER_ID, required } from './entityHelpers';
import { draftWithoutFaultyFields } from './optionalFields';
import { majorIdsFor, PARTNER_REF_FIELDS, partnerIdFor } from './referenceIssues';
import { appendedNotes, NOTES_LIMIT } from './partnersEntity';
import { translate } from '../translate';

const FIELDS: readonly FieldDef[] = [
  { field: 'title', kind: 'text', required: true, synonyms: ['协议名称', '合同名称', '协议标题', 'title', 'agreement title'], example: '校企合作框架协议' },
  { field: 'type', kind: 'enum', required: true, enumName: 'agreementType', synonyms: ['协议类型', '合作类型', '类型', 'type'], example: '框架合作' },
  { field: 'agreementNo', kind: 'code', synonyms: ['协议编号', '合同编号', '编号', 'agreement no', 'number'], example: 'XQ-2024-001' },
  ...PARTNER_REF_FIELDS,
  { field: 'status', kind: 'enum', enumName: 'agreementStatus', synonyms: ['协议状态', '状态', '合同状态', '执行状态', 'status'], example: '生效' },
  { field: 'signDate', kind: 'date', synonyms: ['签订日期', '签约日期', '签署日期', 'sign date'], example: '2024-03-05' },
  { field: 'startDate', kind: 'date', synonyms: ['生效日期', '开始日期', '起始日期', '合作开始日期', 'start date'], example: '2024-03-05' },
  // The day an agreement was ended early (解除). 终止日期 in an office's register is the agreed end.
  { field: 'terminatedOn', kind: 'date', synonyms: ['解除日期', '提前终止日期', '实际终止日期', '解约日期', 'terminated on', 'termination date'], example: '' },
  { field: 'endDate', kind: 'date', synonyms: ['终止日期', '结束日期', '到期日期', '截止日期', '有效期至', '合作结束日期', 'end date'], example: '2027-03-04' },
  // One cell lists several majors; a second column of codes is read too (a sheet may have both).
  { field: 'majors', kind: 'longText', synonyms: ['合作专业', '专业', '专业名称', '面向专业', 'majors', 'major'], example: '工业机器人技术、530802' },
  { field: 'majorCodes', kind: 'longText', synonyms: ['专业代码', '合作专业代码', 'major code', 'major codes'], example: '' },
  { field: 'amount', kind: 'money', synonyms: ['金额', '协议金额', '合同金额', 'amount'], example: '100000' },
  { field: 'noticeDays', kind: 'int', synonyms: ['提前通知天数', 'notice days'], example: '30' },
  { field: 'notes', kind: 'longText', synonyms: ['备注', 'notes'], example: '' },
];

const REQUIRED = ['title', 'type', 'partnerName', 'partnerUscc'] as const;

/** The status the agreement is written with (the service creates drafts, then transitions). */
type WriteStatus = Extract<AgreementStatus, 'draft' | 'signing' | 'active' | 'terminated'>;
type Prepared = {
  draft: AgreementDraft;
  values: Record<string, string | null>;
  status: WriteStatus;
  statusGiven: boolean;
  terminatedOn: string | null;
  /** The status was left blank and is terminated only because the row has a 解除日期. */
  statusFromTerminatedOn: boolean;
};

const SIMPLE = ['title', 'type', 'agreementNo', 'signDate', 'startDate', 'endDate', 'noticeDays', 'notes'] as const;

/**
 * 续签中 / 已续签 name a renewal chain the file cannot build (only renewing links a
 * successor), and every report counts them exactly like an agreement in force, so they are
 * written as active. Absent or unreadable: a signed or started agreement is in force,
 * anything else a draft, which is what an office's register means by leaving it blank.
 */
function writeStatusOf(code: string | null, values: Record<string, string | null>): WriteStatus {
  if (code === 'draft' || code === 'signing' || code === 'terminated' || code === 'active') return code;
  if (code === 'renewing' || code === 'renewed') return 'active';
  return values['signDate'] || values['startDate'] ? 'active' : 'draft';
}

/**
 * The transition an imported status asks for. A terminated agreement ends on the file's 解除日期;
 * without one, on its agreed end date when that has passed, else on the day it began: the
 * import day would count it in every 学年 since it began, a cooperation the office says ended.
 */
function transitionOf(p: Prepared, id: string, today: string): { id: string; to: WriteStatus; terminatedOn?: string } {
  if (p.status !== 'terminated') return { id, to: p.status };
  const { endDate, startDate, signDate } = p.draft;
  const fallback = endDate && endDate <= today ? endDate : (startDate ?? signDate ?? null);
  const day = p.terminatedOn ?? fallback;
  return day && day <= today ? { id, to: p.status, terminatedOn: day } : { id, to: p.status };
}

/**
 * The row as of the import day (prepare has no clock): a 解除日期 after today is not used and
 * a line says so in the notes; an agreement terminated only because of that date keeps the
 * status its other columns give (it is still in force), an explicit 已解除 ends as without one.
 */
function atImportDay(p: Prepared, today: string): Prepared {
  if (!p.terminatedOn || p.terminatedOn <= today) return p;
  const line = translate('zh-CN', 'importReview.warnings.terminatedOnFuture', { value: p.terminatedOn });
  const notes = p.draft.notes ? (p.draft.notes.includes(line) ? p.draft.notes : `${p.draft.notes}\n${line}`) : line;
  const status = p.statusFromTerminatedOn ? writeStatusOf(null, { signDate: p.draft.signDate ?? null, startDate: p.draft.startDate ?? null }) : p.status;
  return { ...p, status, statusGiven: p.statusFromTerminatedOn ? false : p.statusGiven, terminatedOn: null, statusFromTerminatedOn: false, draft: { ...p.draft, notes: notes.slice(0, NOTES_LIMIT) }, values: { ...p.values, notes } };
}

const fieldOfPath = (p: readonly PropertyKey[]): string | null =>
  p[0] === 'amountFen' ? 'amount' : p[0] === 'parties' ? 'partnerName' : p[0] === 'majorIds' ? 'majors' : String(p[0] ?? '') || null;

export const agreementsEntity: EntityDef<Prepared> = {
  entity: 'agreements',
  fields: FIELDS,
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const type = enumValue('agreementType', values, 'type', issues);
    required(values, 'type', issues);
    const statusCode = enumValue('agreementStatus', values, 'status', issues);
    const partnerId = await partnerIdFor(ctx.db, values, issues);
    const majorIds = await majorIdsFor(ctx.db, values, ['majors', 'majorCodes'], issues);
    const value = (field: string, leftOut: ReadonlySet<string>) => (leftOut.has(field) ? null : values[field]);
    const build = (leftOut: ReadonlySet<string>): AgreementDraft => ({
      title: values['title'] ?? '',
      type: (type ?? 'other') as AgreementDraft['type'],
      agreementNo: value('agreementNo', leftOut),
      signDate: value('signDate', leftOut),
      startDate: value('startDate', leftOut),
      endDate: value('endDate', leftOut),
      amountFen: intValue(value('amount', leftOut)),
      noticeDays: intValue(value('noticeDays', leftOut)),
      notes: value('notes', leftOut),
      majorIds,
      // 甲方 is the college itself; 乙方 the partner the row names.
      parties: [
        { role: '甲' as const, partyType: 'school' as const, displayName: ctx.schoolName },
        { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partnerId ?? PLACEHOLDER_ID },
      ],
    });
    // The placeholder keeps the schema from repeating what partnerIdFor reported.
    const kept = draftWithoutFaultyFields(AgreementDraft, build, fieldOfPath, REQUIRED, issues);
    if (!kept) return { prepared: null, issues };
    const dateGiven = values['terminatedOn'] ?? null;
    // A 解除日期 with the status left blank means the agreement was ended (解除).
    const statusFromTerminatedOn = dateGiven !== null && values['status'] == null;
    const statusGiven = (values['status'] != null && statusCode !== null) || statusFromTerminatedOn;
    const status = statusFromTerminatedOn ? 'terminated' : writeStatusOf(statusCode, { signDate: kept.draft.signDate ?? null, startDate: kept.draft.startDate ?? null });
    // With another explicit status the date contradicts it: a warning, its text kept in the notes.
    if (dateGiven !== null && status !== 'terminated') {
      issues.push({ field: 'terminatedOn', code: 'VALUE_INVALID', key: 'importReview.warnings.terminatedOnWithStatus', params: { value: dateGiven } });
      return { prepared: null, issues };
    }
    return { prepared: { draft: kept.draft, values, status, statusGiven, terminatedOn: status === 'terminated' ? dateGiven : null, statusFromTerminatedOn }, issues };
  },
  duplicateKeys: (p) => (p.draft.agreementNo ? [{ reason: 'code', key: p.draft.agreementNo }] : []),
  async findExisting(db, p) {
    const hit = p.draft.agreementNo ? await liveAgreementByNo(db, p.draft.agreementNo) : null;
    return hit ? { ...hit, reason: 'code' } : null;
  },
  // Created as a draft like a form's, then moved by the lifecycle's own transition, inside
  // the import's transaction, so an imported agreement counts in R1/R2 like one entered by hand.
  async create(w, prepared) {
    const p = atImportDay(prepared, w.today);
    const { id } = await w.agreements.create(p.draft);
    if (p.status !== 'draft') await w.agreements.transition(transitionOf(p, id, w.today));
    return id;
  },
  async update(w, prepared, id) {
    const p = atImportDay(prepared, w.today);
    const patch: Record<string, unknown> = {};
    for (const f of SIMPLE) if (f !== 'notes' && p.values[f] != null && p.draft[f] !== null) patch[f] = p.draft[f];
    // The imported notes are appended to the stored ones, never replace them.
    const notes = appendedNotes((await w.agreements.get(id)).notes, p.values['notes'] != null ? p.draft.notes : null);
    if (notes !== undefined) patch['notes'] = notes;
    if (p.values['amount'] != null && p.draft.amountFen !== null) patch['amountFen'] = p.draft.amountFen;
    if (p.values['majors'] != null || p.values['majorCodes'] != null) patch['majorIds'] = p.draft.majorIds;
    await w.agreements.update({ id, patch });
    // A status the file names moves the agreement only along a transition a user could make.
    if (!p.statusGiven) return;
    const current = await w.agreements.get(id);
    if (current.status !== p.status && canTransition(current.status, p.status)) await w.agreements.transition(transitionOf(p, id, w.today));
  },
};
