import { describe, expect, it } from 'vitest';
import { TemplateBody } from '@shared/domain/document';
import type { AgreementDocumentModel } from '@shared/documents/documentModel';
import { BLANK_TEXT, chineseOrdinal, layoutDocument, layoutText } from '@shared/documents/documentLayout';
import { builtInTemplates, defaultTemplateFor } from '../../../src/main/documents';
import { mergeValues, termYears } from '../../../src/main/documents/mergeValues';

function model(overrides: Partial<AgreementDocumentModel> = {}): AgreementDocumentModel {
  return {
    agreementId: '0190a0a0-0000-7000-8000-000000000001',
    agreementNo: 'XQHZ-2026-001',
    title: '校企合作框架协议书',
    type: 'framework',
    signDate: '2026-11-28',
    startDate: '2027-01-01',
    endDate: '2029-12-31',
    amountFen: 123_456_789,
    copiesTotal: 4,
    copiesEach: 2,
    orgUnitName: '信息工程学院',
    majors: ['计算机应用技术', '软件技术'],
    parties: [
      { role: '甲', partyType: 'school', name: '某某职业技术学院', uscc: '12440000MB2C123456', legalRepresentative: '李校长', address: '广州市', signatory: null, organisationId: null, contactId: null, contactName: null, contactPhone: null, studentNo: null, major: null, className: null },
      { role: '乙', partyType: 'enterprise', name: '𠮷祥科技有限公司', uscc: null, legalRepresentative: '张总', address: '深圳市', signatory: null, organisationId: null, contactId: null, contactName: null, contactPhone: null, studentNo: null, major: null, className: null },
    ],
    college: { fullName: '某某职业技术学院', legalRepresentative: '李校长', address: '广州市', uscc: null, contactPerson: null, contactPhone: null },
    manualValues: {},
    ...overrides,
  };
}

describe('merge values', () => {
  it('formats dates, term, amounts, copies and majors', () => {
    const zh = mergeValues(model(), 'zh-CN');
    expect(zh['签订日期']).toBe('2026年11月28日');
    expect(zh['期限(年)']).toBe('3');
    expect(zh['金额(小写)']).toBe('¥1,234,567.89');
    expect(zh['金额(大写)']).toBe('壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分');
    expect(zh['份数']).toBe('4');
    expect(zh['各执份数']).toBe('2');
    expect(zh['合作专业']).toBe('计算机应用技术、软件技术');
    expect(zh['乙方全称']).toBe('𠮷祥科技有限公司');
    expect(zh['乙方统一社会信用代码']).toBeNull();
    const en = mergeValues(model(), 'en-US');
    expect(en['签订日期']).toBe('28 November 2026');
    expect(en['合作专业']).toBe('计算机应用技术, 软件技术');
  });

  it('lets values typed per agreement fill manual fields and override computed ones', () => {
    const v = mergeValues(model({ manualValues: { 签署地点: '广州', 乙方地址: '深圳市南山区', 甲方联系人: '  ' } }), 'zh-CN');
    expect(v['签署地点']).toBe('广州');
    expect(v['乙方地址']).toBe('深圳市南山区');
    expect(v['甲方联系人']).toBeNull();
  });

  it('computes the term in years with the end date as the last day', () => {
    expect(termYears('2025-01-01', '2027-12-31')).toBe('3');
    expect(termYears('2025-01-01', '2025-06-30')).toBe('0.5');
    expect(termYears('2025-03-15', '2026-03-14')).toBe('1');
    expect(termYears('2026-01-01', '2025-01-01')).toBeNull();
  });
});

describe('document layout', () => {
  it('lists missing values in order of use and prints them as blanks', () => {
    const m = model({ amountFen: null, agreementNo: null });
    const body = TemplateBody.parse({ title: '协议', clauses: [{ heading: '经费', body: '金额{金额(大写)}，即{金额(小写)}。' }] });
    const layout = layoutDocument({ body, values: mergeValues(m, 'zh-CN'), model: m, lang: 'zh-CN' });
    // 乙方 has no USCC in the model: the parties block uses it, so it is missing too.
    expect(layout.missing).toEqual(['协议编号', '乙方统一社会信用代码', '金额(大写)', '金额(小写)']);
    expect(layoutText(layout)).toContain(`金额${BLANK_TEXT}，即${BLANK_TEXT}。`);
  });

  it('numbers clauses 第一条… in Chinese and 1. in English', () => {
    expect([1, 2, 10, 11, 20, 21, 100, 105, 110, 200].map(chineseOrdinal)).toEqual(['一', '二', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十', '二百']);
  });

  it('gives every party a signature block: a seal for organisations, a signature only for students', () => {
    const m = model();
    m.parties.push({ role: '丙', partyType: 'student', name: '王珺', uscc: null, legalRepresentative: null, address: null, signatory: null, organisationId: null, contactId: null, contactName: null, contactPhone: null, studentNo: '2024001', major: '软件技术', className: '软件2401' });
    const body = TemplateBody.parse({ title: '三方协议', clauses: [{ heading: 'a', body: 'b' }] });
    const layout = layoutDocument({ body, values: mergeValues(m, 'zh-CN'), model: m, lang: 'zh-CN' });
    const labels = layout.signatures.map((s) => s.lines.map((l) => l.label));
    expect(labels[0]).toEqual(['甲方（盖章）：', '法定代表人或授权代表（签字）：', '日期：　　　　年　　月　　日']);
    expect(labels[2]).toEqual(['丙方（签字）：', '日期：　　　　年　　月　　日']);
    expect(layoutText(layout)).toContain('学号：2024001');
  });
});

describe('built-in templates', () => {
  it('are six valid template bodies with stable ids', () => {
    const all = builtInTemplates();
    expect(all.map((t) => t.id)).toEqual([
      'builtin-framework-zh',
      'builtin-internship-base-zh',
      'builtin-order-class-zh',
      'builtin-tripartite-internship-zh',
      'builtin-apprenticeship-zh',
      'builtin-mou-en',
    ]);
    for (const t of all) expect(TemplateBody.parse(t.body)).toEqual(t.body);
  });

  it('only use merge fields from the catalogue', () => {
    for (const t of builtInTemplates()) {
      const text = [t.body.title, t.body.preamble, ...t.body.clauses.flatMap((c) => [c.heading, c.body]), t.body.closing].join('\n');
      const known = mergeValues(model(), 'zh-CN');
      const unknown = [...text.matchAll(/\{([^{}\n]+)\}/g)].map((m) => m[1] ?? '').filter((n) => !Object.hasOwn(known, n));
      expect(unknown, t.id).toEqual([]);
    }
  });

  it('map agreement types to their default template', () => {
    expect(defaultTemplateFor('framework', 'zh-CN').id).toBe('builtin-framework-zh');
    expect(defaultTemplateFor('internship_base', 'zh-CN').id).toBe('builtin-internship-base-zh');
    expect(defaultTemplateFor('internship_base', 'zh-CN', [{ partyType: 'school' }, { partyType: 'enterprise' }, { partyType: 'student' }]).id).toBe('builtin-tripartite-internship-zh');
    expect(defaultTemplateFor('order_class', 'zh-CN').id).toBe('builtin-order-class-zh');
    expect(defaultTemplateFor('modern_apprenticeship', 'zh-CN').id).toBe('builtin-apprenticeship-zh');
    expect(defaultTemplateFor('donation', 'zh-CN').id).toBe('builtin-framework-zh');
    expect(defaultTemplateFor('order_class', 'en-US').id).toBe('builtin-mou-en');
  });
});
