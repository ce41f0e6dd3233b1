import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES, type ImportAnalysis } from '@shared/domain/importing';
import { resources } from '@shared/i18n';
import type { Translator } from '../../../src/renderer/src/components/errorText';
import {
  decisionsOf,
  expectedOutcome,
  fieldLabel,
  fileProblem,
  indexErrors,
  mappingOf,
  missingRequired,
  noteText,
  rowErrorText,
} from '../../../src/renderer/src/features/import/importWizardModel';

// The import wizard's pure rules: files refused before sending, error lookups for the
// preview, the mapping sent back to the core, and the expected outcome of a commit.

const i18n = i18next.createInstance();
const tr: Translator = { t: (key, options) => i18n.t(key, options ?? {}), exists: (key) => i18n.exists(key) };

beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
});

function analysis(overrides: Partial<ImportAnalysis> = {}): ImportAnalysis {
  return {
    analysisId: 'a1',
    entity: 'partners',
    fileName: 'x.xlsx',
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheetName: 'Sheet1',
    sheetNames: ['Sheet1'],
    headerRow: 2,
    columns: [
      { index: 0, header: '单位名称', field: 'fullName', confidence: 1 },
      { index: 1, header: '信用代码', field: 'uscc', confidence: 1 },
      { index: 2, header: '其他', field: null, confidence: 0 },
    ],
    fields: [
      { field: 'fullName', required: true, code: false },
      { field: 'uscc', required: false, code: true },
    ],
    rows: [],
    errors: [],
    notes: [],
    duplicates: [],
    totals: { rows: 0, valid: 0, invalid: 0, duplicates: 0, skipped: 0 },
    ...overrides,
  };
}

describe('fileProblem', () => {
  it('refuses other types and files over 10 MB before they are read', () => {
    expect(fileProblem({ name: 'a.xlsx', size: IMPORT_MAX_FILE_BYTES })).toBeNull();
    expect(fileProblem({ name: 'a.CSV', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'a.xlsx', size: IMPORT_MAX_FILE_BYTES + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: 'a.xls', size: 10 })).toBe('badType');
  });
});

describe('messages', () => {
  it('translates row errors and names the expected USCC check character', async () => {
    await i18n.changeLanguage('zh-CN');
    const error = { row: 6, column: '信用代码', field: 'uscc', code: 'USCC_CHECK_FAILED', key: 'fieldErrors.uscc.check', params: {} };
    expect(rowErrorText(tr, error, { uscc: '91350100M000100Y43' })).toBe('统一社会信用代码校验位不正确（应为 3）');
    expect(rowErrorText(tr, { ...error, params: { expected: 'Q' } })).toBe('统一社会信用代码校验位不正确（应为 Q）');
    expect(rowErrorText(tr, { ...error, key: 'import.errors.cellError', params: { value: '#REF!' } })).toBe('单元格是错误值 #REF!');
    expect(rowErrorText(tr, { ...error, key: 'no.such.key' })).toBe(tr.t('fieldErrors.invalid'));
  });

  it('names fields in the user language', async () => {
    await i18n.changeLanguage('en-US');
    expect(fieldLabel(tr, 'partners', 'contactMobile')).toBe('Contact mobile');
    expect(noteText(tr, 'partners', 'import.notes.requiredUnmapped', { field: 'fullName' })).toBe('No column for the required field Name');
    await i18n.changeLanguage('zh-CN');
    expect(noteText(tr, 'partners', 'import.notes.requiredUnmapped', { field: 'fullName' })).toBe('必填字段 单位名称 没有对应的列');
  });
});

describe('preview lookups and mapping', () => {
  it('indexes errors by cell and by row', () => {
    const e = (row: number, field: string | null) => ({ row, column: null, field, code: 'VALIDATION', key: 'k', params: {} });
    const { byCell, byRow } = indexErrors([e(3, 'uscc'), e(3, null), e(4, 'uscc')]);
    expect(byCell.get('3:uscc')).toHaveLength(1);
    expect(byCell.has('3:fullName')).toBe(false);
    expect(byRow.get(3)).toHaveLength(2);
  });

  it('sends every column with the one change, and finds required fields without a column', () => {
    const a = analysis();
    expect(mappingOf(a, { index: 2, field: 'uscc' })).toEqual({ '0': 'fullName', '1': 'uscc', '2': 'uscc' });
    expect(missingRequired(a)).toEqual([]);
    expect(missingRequired(analysis({ columns: a.columns.map((c) => ({ ...c, field: c.index === 0 ? null : c.field })) }))).toEqual(['fullName']);
  });
});

describe('expectedOutcome', () => {
  const a = analysis({
    errors: [{ row: 6, column: null, field: null, code: 'VALIDATION', key: 'k', params: {} }],
    duplicates: [
      { row: 7, reason: 'uscc', sameAsRow: null, existingId: 'p1', existingLabel: '华为' },
      { row: 8, reason: 'name', sameAsRow: 3, existingId: null, existingLabel: null },
    ],
    totals: { rows: 6, valid: 5, invalid: 1, duplicates: 2, skipped: 0 },
  });

  it('skips invalid rows and duplicates by default, as the commit does', () => {
    expect(expectedOutcome(a, { all: 'skip', rows: {} })).toEqual({ create: 3, update: 0, skip: 3 });
  });

  it('follows per-row choices over the choice for all', () => {
    const choices = { all: 'update' as const, rows: { 8: 'create' as const } };
    expect(expectedOutcome(a, choices)).toEqual({ create: 4, update: 1, skip: 1 });
    expect(decisionsOf(choices)).toEqual({ duplicates: 'update', rows: [{ row: 8, action: 'create' }] });
  });
});
