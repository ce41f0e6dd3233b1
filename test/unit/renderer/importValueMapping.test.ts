import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportUnknownValue } from '@shared/domain/importing';
import { resources } from '@shared/i18n';
import type { Translator } from '../../../src/renderer/src/components/errorText';
import {
  decidedValues,
  enumOptions,
  fromSelectValue,
  groupUnknownValues,
  mappedLabel,
  NOTES_CHOICE,
  openCount,
  rowsText,
  shownChoice,
  toSelectValue,
  withSuggestions,
  withValue,
} from '../../../src/renderer/src/features/import/valueMappingModel';

// The value step's rules: what is shown and saved per distinct value, the groups per
// column, suggestions applied on entry, and the texts of the allowed choices and rows.

const i18n = i18next.createInstance();
const tr: Translator = { t: (key, options) => i18n.t(key, options ?? {}), exists: (key) => i18n.exists(key) };

beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
});

function u(overrides: Partial<ImportUnknownValue>): ImportUnknownValue {
  return { field: 'nature', column: '企业性质', text: '国企', key: '国企', count: 1, rows: [3], suggestion: null, chosen: null, decided: false, ...overrides };
}

describe('value choices', () => {
  it('stands null for "leave blank, keep in notes" in the select', () => {
    expect(toSelectValue(null)).toBe(NOTES_CHOICE);
    expect(fromSelectValue(NOTES_CHOICE)).toBeNull();
    expect(fromSelectValue('private')).toBe('private');
  });

  it('adds a choice without touching the others', () => {
    const before = { nature: { 国企: 'state_owned' } };
    const after = withValue(before, 'size', '小微', 'micro');
    expect(after).toEqual({ nature: { 国企: 'state_owned' }, size: { 小微: 'micro' } });
    expect(before).toEqual({ nature: { 国企: 'state_owned' } });
    expect(withValue(after, 'nature', '国企', null).nature).toEqual({ 国企: null });
  });

  it('shows the decided choice, else the suggestion, and saves every value decided', () => {
    expect(shownChoice(u({ suggestion: 'state_owned' }))).toBe('state_owned');
    expect(shownChoice(u({ suggestion: 'state_owned', decided: true, chosen: null }))).toBeNull();
    const unknownValues = [
      u({ suggestion: 'state_owned' }),
      u({ text: '奇怪值', key: '奇怪值' }),
      u({ field: 'size', column: '规模', text: '小微', key: '小微', decided: true, chosen: 'micro' }),
    ];
    expect(decidedValues({ values: { nature: { 民企: 'private' } }, unknownValues })).toEqual({
      nature: { 民企: 'private', 国企: 'state_owned', 奇怪值: null },
      size: { 小微: 'micro' },
    });
  });

  it('applies suggestions of undecided values on entering the step, once', () => {
    const unknownValues = [u({ suggestion: 'state_owned' }), u({ text: '奇怪值', key: '奇怪值' }), u({ key: '外资', suggestion: 'foreign', decided: true, chosen: null })];
    expect(withSuggestions({ unknownValues }, undefined)).toEqual({ nature: { 国企: 'state_owned' } });
    expect(withSuggestions({ unknownValues }, { nature: { 国企: null } })).toBeNull();
    expect(openCount(unknownValues)).toBe(1);
  });

  it('groups the values per column in the order listed', () => {
    const groups = groupUnknownValues([u({}), u({ field: 'size', column: '规模', key: '小微' }), u({ key: '奇怪值' })]);
    expect(groups.map((g) => [g.column, g.items.map((i) => i.key)])).toEqual([
      ['企业性质', ['国企', '奇怪值']],
      ['规模', ['小微']],
    ]);
  });
});

describe('texts', () => {
  it('lists enum labels in the user language and the rows of a value', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(enumOptions(tr, 'orgSize')).toEqual([
      { value: 'large', label: '大型' },
      { value: 'medium', label: '中型' },
      { value: 'small', label: '小型' },
      { value: 'micro', label: '微型' },
    ]);
    expect(enumOptions(tr, 'noSuchEnum')).toEqual([]);
    expect(rowsText(tr, { rows: [3, 5], count: 2 })).toBe('出现在第 3、5 行');
    expect(rowsText(tr, { rows: [3, 5], count: 30 })).toBe('出现在第 3、5 行等，共 30 行');
    await i18n.changeLanguage('en-US');
    expect(enumOptions(tr, 'orgSize')[0]?.label).toBe(tr.t('enums.orgSize.large'));
    expect(rowsText(tr, { rows: [3, 5], count: 2 })).toBe('In row 3, 5');
    await i18n.changeLanguage('zh-CN');
  });
});

describe('mappedLabel', () => {
  it('names what a mapped choice text became, for the preview', async () => {
    await i18n.changeLanguage('zh-CN');
    const analysis = {
      fields: [
        { field: 'size', required: false, code: false, choices: { kind: 'enum' as const, enumName: 'orgSize' } },
        { field: 'industryCode', required: false, code: false, choices: { kind: 'industry' as const } },
      ],
      values: { size: { 中大型: 'medium', 小: null, 中型: 'medium' }, industryCode: { 汽车: '36' } },
    };
    expect(mappedLabel(tr, analysis, 'size', ' 中大型')).toBe('中型');
    expect(mappedLabel(tr, analysis, 'size', '小')).toBeNull();
    expect(mappedLabel(tr, analysis, 'size', '中型')).toBeNull();
    expect(mappedLabel(tr, analysis, 'size', '特大')).toBeNull();
    expect(mappedLabel(tr, analysis, 'industryCode', '汽车')).toBeNull();
    expect(mappedLabel(tr, analysis, 'fullName', '华为')).toBeNull();
  });
});
