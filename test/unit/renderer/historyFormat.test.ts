import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import type { Translator } from '../../../src/renderer/src/components/errorText';
import { historyFieldLabel, historyValueText, nameKey, referencedIds } from '../../../src/renderer/src/features/history/historyFormat';

// History shows labels and values as the user knows them: no id, no column names, no raw
// JSON; money in 元, flags as 是/否, references as names, codes through their labels.

const tr: Translator = { t: (key, options) => i18n.t(key, options ?? {}), exists: (key) => i18n.exists(key) };
beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
});

const names = new Map([
  [nameKey('organisation', 'org-1'), '华为技术有限公司'],
  [nameKey('organisation', 'org-2'), '比亚迪股份有限公司'],
  [nameKey('major', 'm-1'), '510201 计算机应用技术'],
  [nameKey('org_unit', 'u-1'), '信息工程学院'],
]);
const ctx = { names, language: 'zh-CN' as const };
const text = (table: string, field: string, value: unknown) => historyValueText(tr, table, field, value, ctx);

describe('history field labels', () => {
  it('hides bookkeeping: the id, timestamps and the trash time', () => {
    for (const field of ['id', 'createdAt', 'updatedAt', 'deletedAt']) expect(historyFieldLabel(tr, 'agreement', field)).toBeNull();
    expect(historyFieldLabel(tr, 'app_setting', 'key')).toBeNull();
  });

  it('labels the fields the issue saw as internals', () => {
    expect(historyFieldLabel(tr, 'agreement', 'amountFen')).toBe('协议金额（元）');
    expect(historyFieldLabel(tr, 'agreement', 'mergeValues')).toBe('文书补充内容');
    expect(historyFieldLabel(tr, 'contact', 'organisationId')).toBe('合作单位');
  });
});

describe('history values', () => {
  it('shows money in 元 and blanks as —', () => {
    expect(text('agreement', 'amountFen', 1_234_500)).toBe('12,345.00 元');
    expect(text('agreement', 'amountFen', null)).toBe('—');
    expect(text('funding_txn', 'amountFen', 0)).toBe('0.00 元');
  });

  it('shows 0/1 flags as 否/是', () => {
    expect(text('agreement', 'autoRenew', 1)).toBe('是');
    expect(text('contact', 'isPrimary', 0)).toBe('否');
    expect(text('organisation', 'usccCheckOverridden', 1)).toBe('是');
  });

  it('shows references and lists of references by name, never the id', () => {
    expect(text('contact', 'organisationId', 'org-1')).toBe('华为技术有限公司');
    expect(text('industry_college', 'partnerIds', ['org-1', 'org-2'])).toBe('华为技术有限公司、比亚迪股份有限公司');
    expect(text('agreement', 'orgUnitId', 'u-1')).toBe('信息工程学院');
    expect(text('agreement', 'majorId', 'missing')).toBe('（已不存在的记录）');
  });

  it('shows enum codes by their label', () => {
    expect(text('agreement', 'type', 'internship_base')).toBe('实习基地');
    expect(text('organisation', 'status', 'active')).toBe('合作中');
  });

  it('shows an empty object as —, objects as label：value, and never raw JSON', () => {
    expect(text('agreement', 'mergeValues', {})).toBe('—');
    expect(text('agreement', 'mergeValues', { 签署地点: '深圳' })).toBe('签署地点：深圳');
    const college = text('app_setting', 'value', JSON.stringify({ fullName: '示例职业技术学院', address: null }));
    expect(college).toBe('学校全称：示例职业技术学院');
    expect(text('organisation', 'aliases', ['华为', '华为终端'])).toBe('华为、华为终端');
    for (const v of [text('agreement', 'mergeValues', { a: { b: 1 } }), college]) expect(v).not.toMatch(/[{}"]/);
  });
});

describe('referencedIds', () => {
  it('collects the ids of reference fields per table, from single and list values', () => {
    const refs = referencedIds([
      { field: 'organisationId', before: 'org-2', after: 'org-1' },
      { field: 'partnerIds', before: ['org-1'], after: ['org-1', 'org-3'] },
      { field: 'majorId', before: null, after: 'm-1' },
      { field: 'title', before: 'a', after: 'b' },
    ]);
    expect(refs).toEqual([
      { table: 'organisation', ids: ['org-1', 'org-2', 'org-3'] },
      { table: 'major', ids: ['m-1'] },
    ]);
  });
});
