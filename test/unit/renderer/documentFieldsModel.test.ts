import { describe, expect, it } from 'vitest';
import type { AgreementDocumentModel, DocumentParty } from '@shared/documents/documentModel';
import { builtInTemplateById } from '../../../src/main/documents/builtInTemplates/index';
import {
  groupMissing,
  initialFieldsValues,
  pageInputs,
  toSaveInput,
  typedInputId,
  withFocus,
} from '../../../src/renderer/src/features/documents/documentFieldsModel';

// The document page's logic: which inputs it shows, where each missing field leads, what it saves.

const ORG = '0190a8c4-0000-7000-8000-000000000001';
const MAIN = '0190a8c4-0000-7000-8000-00000000000a';
const OTHER = '0190a8c4-0000-7000-8000-00000000000b';
const AGREEMENT = '0190a8c4-0000-7000-8000-0000000000aa';

const party = (p: Partial<DocumentParty> & Pick<DocumentParty, 'role' | 'partyType'>): DocumentParty => ({
  organisationId: null,
  name: null,
  uscc: null,
  legalRepresentative: null,
  address: null,
  signatory: null,
  contactId: null,
  contactName: null,
  contactPhone: null,
  studentNo: null,
  major: null,
  className: null,
  ...p,
});

const model = (over: Partial<AgreementDocumentModel> = {}): AgreementDocumentModel => ({
  agreementId: AGREEMENT,
  agreementNo: null,
  title: '框架协议',
  type: 'framework',
  signDate: null,
  startDate: '2027-01-01',
  endDate: null,
  amountFen: null,
  copiesTotal: null,
  copiesEach: null,
  orgUnitName: null,
  majors: [],
  parties: [party({ role: '甲', partyType: 'school' }), party({ role: '乙', partyType: 'enterprise', organisationId: ORG, contactId: MAIN })],
  college: { fullName: null, legalRepresentative: null, address: null, uscc: null, contactPerson: null, contactPhone: null },
  manualValues: { 培养人数: '200' },
  ...over,
});

const framework = builtInTemplateById('builtin-framework-zh');
if (!framework) throw new Error('no framework template');
const view = (m = model()) => ({ body: framework.body, model: m, lang: 'zh-CN' as const });

describe('document fields model', () => {
  it('asks on the page for the typed fields and the partner contact the template uses', () => {
    expect(pageInputs(view())).toEqual({ typed: ['培养人数', '每年接收人数'], contactRoles: ['乙'] });
    expect(initialFieldsValues(view())).toEqual({ values: { 培养人数: '200', 每年接收人数: '' }, contacts: { 乙: MAIN } });
  });

  it('groups missing fields by where they are filled and links to the input', () => {
    const groups = groupMissing(model(), ['甲方全称', '乙方统一社会信用代码', '终止日期', '期限(年)', '培养人数', '乙方联系人', '甲方电话', '签订日期'], AGREEMENT);
    expect(groups.map((g) => [g.group, g.items.map((i) => i.field)])).toEqual([
      ['here', ['培养人数', '乙方联系人']],
      ['agreement', ['终止日期', '期限(年)', '签订日期']],
      ['partner', ['乙方统一社会信用代码']],
      ['college', ['甲方全称', '甲方电话']],
    ]);
    const item = (field: string) => groups.flatMap((g) => g.items).find((i) => i.field === field);
    expect(item('培养人数')).toEqual({ field: '培养人数', domId: typedInputId('培养人数'), to: null });
    expect(item('乙方联系人')).toMatchObject({ domId: 'doccontact-1', to: null });
    // 期限 comes from the dates: with the start known, the end date is what is missing.
    expect(item('期限(年)')?.to).toBe(`/agreements/${AGREEMENT}/edit?focus=agreement_endDate`);
    expect(item('乙方统一社会信用代码')?.to).toBe(`/partners/${ORG}/edit?focus=partner_uscc`);
    expect(item('甲方电话')?.to).toBe('/settings?tab=college&focus=college_contactPhone');
  });

  it('sends a free-text party to its row on the agreement form and its details to the page', () => {
    const m = model({ parties: [...model().parties, party({ role: '丙', partyType: 'student' })] });
    const [here, agreement] = groupMissing(m, ['丙方全称', '丙方学号', '丙方联系人'], AGREEMENT);
    expect(here?.items.map((i) => i.field)).toEqual(['丙方学号', '丙方联系人']);
    expect(agreement?.items).toEqual([{ field: '丙方全称', domId: 'party-2-name', to: `/agreements/${AGREEMENT}/edit?focus=party-2-name` }]);
  });

  it('saves trimmed values and only a contact the officer changed', () => {
    const v = view();
    expect(toSaveInput(AGREEMENT, v, { values: { 培养人数: ' 180 ', 每年接收人数: '' }, contacts: { 乙: MAIN } })).toEqual({
      agreementId: AGREEMENT,
      values: { 培养人数: '180', 每年接收人数: '' },
      contacts: {},
    });
    expect(toSaveInput(AGREEMENT, v, { values: {}, contacts: { 乙: OTHER } }).contacts).toEqual({ 乙: OTHER });
  });

  it('adds focus to routes with or without a query', () => {
    expect(withFocus('/a', 'x y')).toBe('/a?focus=x%20y');
    expect(withFocus('/s?tab=college', 'college_uscc')).toBe('/s?tab=college&focus=college_uscc');
  });
});
