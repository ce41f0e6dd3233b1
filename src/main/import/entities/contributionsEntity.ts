import { ContributionDraft } from '@shared/domain/funding';
import { liveAgreementByNo } from '../importRepository';
import { liveContributionTwin, singleLiveMajorOfAgreement } from '../recordMajorsRepository';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { enumValue, intValue, PLACEHOLDER_ID } from './entityHelpers';
import { draftWithoutFaultyFields } from './optionalFields';
import { RECORD_MAJOR_FIELDS, recordMajorIdFor } from './recordMajor';
import { PARTNER_REF_FIELDS, partnerIdFor } from './referenceIssues';

// 企业投入 (contribution): (准)捐赠设备, 技术服务到款, 员工培训人天, 资金… per partner, the
// inputs of R1's contribution columns per 专业 and of R6/R7. Amounts are 元, or 万元 when the
// header says so (the money cell reader). The 专业 is the row's, else (as the form offers)
// the agreement's when the row names an agreement covering exactly one major.
// Only the partner, the kind, the date and the figure the kind needs refuse a row; anything
// else that cannot be stored is a warning and its text is kept in 物品/内容.

const FIELDS: readonly FieldDef[] = [
  ...PARTNER_REF_FIELDS,
  { field: 'kind', kind: 'enum', required: true, enumName: 'contributionKind', synonyms: ['类型', '投入类型', '投入类别', '类别', '投入方式', 'kind', 'type'], example: '捐赠设备' },
  { field: 'date', kind: 'date', required: true, synonyms: ['日期', '投入日期', '捐赠日期', '到账日期', '到款日期', 'date'], example: '2025-10-15' },
  { field: 'amount', kind: 'money', synonyms: ['金额(元)', '金额', '价值', '价值(元)', '设备价值', '投入金额', '到款金额', 'amount', 'value'], example: '120000.00' },
  ...RECORD_MAJOR_FIELDS,
  { field: 'items', kind: 'longText', synonyms: ['物品/内容', '内容', '物品', '投入内容', '设备清单', '设备名称', '项目名称', 'items'], example: '新能源汽车教学整车 2 台' },
  { field: 'target', kind: 'text', synonyms: ['去向', '投向', '用途', '使用去向', 'target'], example: '新能源汽车实训中心' },
  { field: 'personDays', kind: 'int', synonyms: ['培训人天', '培训人日数', '培训人天数', '人天', 'person days', 'trainee person days'], example: '' },
  { field: 'agreementNo', kind: 'code', synonyms: ['协议编号', '合同编号', 'agreement no'], example: '' },
];

type Prepared = { draft: ContributionDraft & { organisationId: string; kind: ContributionDraft['kind']; date: string }; values: Record<string, string | null> };

// The database refuses these kinds without their figure (migration 0004's CHECKs), so the
// figure is required for them: 设备值 and 到款额 need an amount, 培训 needs person-days.
const NEEDS_AMOUNT = new Set(['donated_equipment', 'quasi_donated_equipment', 'funds', 'technical_service_income']);

const fieldOf = (p: readonly PropertyKey[]): string | null => {
  const key = String(p[0] ?? '');
  if (key === 'organisationId') return 'partnerName';
  if (key === 'majorId') return 'majorName';
  if (key === 'valueFen') return 'amount';
  if (key === 'traineePersonDays') return 'personDays';
  if (key === 'agreementId') return 'agreementNo';
  return key || null;
};

export const contributionsEntity: EntityDef<Prepared> = {
  entity: 'contributions',
  fields: FIELDS,
  notesField: 'items',
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const organisationId = await partnerIdFor(ctx.db, values, issues);
    const kind = enumValue('contributionKind', values, 'kind', issues) as ContributionDraft['kind'] | null;
    const required = ['partnerName', 'partnerUscc', 'kind', 'date'];
    if (kind && NEEDS_AMOUNT.has(kind)) required.push('amount');
    if (kind === 'employee_training') required.push('personDays');
    for (const field of required.slice(2)) {
      if (values[field] == null && !issues.some((i) => i.field === field)) {
        issues.push({ field, code: 'VALIDATION', key: 'fieldErrors.required', params: {} });
      }
    }
    const agreementNo = values['agreementNo'];
    const agreement = agreementNo ? await liveAgreementByNo(ctx.db, agreementNo) : null;
    if (agreementNo && !agreement) issues.push({ field: 'agreementNo', code: 'NOT_FOUND', key: 'import.errors.agreementNotFound', params: { value: agreementNo } });
    let majorId = await recordMajorIdFor(ctx.db, values, issues);
    const majorTyped = values['majorName'] != null || values['majorCode'] != null;
    if (!majorTyped && agreement) majorId = await singleLiveMajorOfAgreement(ctx.db, agreement.id);
    const kept = (field: string, leftOut: ReadonlySet<string>) => (leftOut.has(field) ? null : (values[field] ?? null));
    const build = (leftOut: ReadonlySet<string>): ContributionDraft => ({
      organisationId: organisationId ?? PLACEHOLDER_ID,
      kind: kind ?? 'other',
      date: values['date'] ?? '',
      valueFen: intValue(kept('amount', leftOut)),
      traineePersonDays: intValue(kept('personDays', leftOut)),
      items: kept('items', leftOut),
      target: kept('target', leftOut),
      agreementId: leftOut.has('agreementNo') ? null : (agreement?.id ?? null),
      majorId: leftOut.has('majorName') || leftOut.has('majorCode') ? null : majorId,
    });
    const result = draftWithoutFaultyFields(ContributionDraft, build, fieldOf, required, issues);
    if (!result || organisationId === null || kind === null || !values['date']) return { prepared: null, issues };
    return { prepared: { draft: { ...result.draft, organisationId, kind, date: values['date'] }, values }, issues };
  },
  keysOfValues: (values) => [{ reason: 'key', key: [values['partnerUscc'] ?? values['partnerName'], values['kind'], values['date'], values['amount'], values['personDays']].join('|') }],
  duplicateKeys: (p) => [{ reason: 'key', key: [p.draft.organisationId, p.draft.kind, p.draft.date, p.draft.valueFen ?? '', p.draft.traineePersonDays ?? ''].join('|') }],
  async findExisting(db, p) {
    const hit = await liveContributionTwin(db, {
      organisationId: p.draft.organisationId,
      kind: p.draft.kind,
      date: p.draft.date,
      valueFen: p.draft.valueFen ?? null,
      traineePersonDays: p.draft.traineePersonDays ?? null,
    });
    return hit ? { ...hit, reason: 'key' } : null;
  },
  async create(w, p) {
    return (await w.contributions.create(p.draft)).id;
  },
  // Only what the file fills overwrites; the figure and date are the record's key.
  async update(w, p, id) {
    const patch: Partial<ContributionDraft> = {};
    if (p.values['items'] != null) patch.items = p.draft.items ?? null;
    if (p.values['target'] != null && p.draft.target != null) patch.target = p.draft.target;
    if (p.draft.majorId) patch.majorId = p.draft.majorId;
    if (p.draft.agreementId) patch.agreementId = p.draft.agreementId;
    await w.contributions.update({ id, patch });
  },
};
