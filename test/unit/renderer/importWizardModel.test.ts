import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES, type ImportAnalysis } from '@shared/domain/importing';
import { resources } from '@shared/i18n';
import type { Translator } from '../../../src/renderer/src/components/errorText';
import {
  columnWidth,
  DEFAULT_CHOICES,
  decisionsOf,
  expectedOutcome,
  fieldLabel,
  fileProblem,
  indexErrors,
  mappingOf,
  missingRequired,
  nameFieldOf,
  noteText,
  rowErrorText,
  stepsFor,
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
      { field: 'fullName', required: true, code: false, choices: null },
      { field: 'uscc', required: false, code: true, choices: null },
    ],
    rows: [],
    errors: [],
    notes: [],
    warnings: [],
    unknownValues: [],
    values: {},
    usccUnverifiedRows: [],
    unmappedColumns: [],
    keepUnmappedInNotes: true,
    notesField: 'notes',
    appliedMapping: null,
    duplicates: [],
    totals: { rows: 0, valid: 0, invalid: 0, duplicates: 0, skipped: 0, warned: 0 },
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
  const dup = (row: number, sameAsRow: number | null, existingId: string | null) => ({
    row,
    reason: 'name' as const,
    sameAsRow,
    existingId,
    existingLabel: existingId ? '华为' : null,
    conflicts: [],
  });
  const a = analysis({
    errors: [{ row: 6, column: null, field: null, code: 'VALIDATION', key: 'k', params: {} }],
    duplicates: [dup(7, null, 'p1'), dup(8, 3, null)],
    totals: { rows: 6, valid: 5, invalid: 1, duplicates: 2, skipped: 0, warned: 0 },
  });

  it('skips invalid rows and database duplicates, merges in-file repeats by default', () => {
    expect(expectedOutcome(a, DEFAULT_CHOICES)).toEqual({ create: 3, update: 0, merge: 1, skip: 2 });
  });

  it('follows per-row choices over the choice for all, and skips in-file repeats when asked', () => {
    const choices = { ...DEFAULT_CHOICES, all: 'update' as const, rows: { 7: 'create' as const }, fileDuplicates: 'skip' as const };
    expect(expectedOutcome(a, choices)).toEqual({ create: 4, update: 0, merge: 0, skip: 2 });
    expect(expectedOutcome(a, { ...choices, rows: {} })).toEqual({ create: 3, update: 1, merge: 0, skip: 2 });
    expect(decisionsOf(choices)).toEqual({
      duplicates: 'update',
      rows: [{ row: 7, action: 'create' }],
      fileDuplicates: 'skip',
      usccUnverified: 'import',
      usccUnverifiedRows: [],
    });
  });

  it('skips rows with an unverified USCC when asked, for all or per row', () => {
    const b = analysis({ ...a, usccUnverifiedRows: [4, 5], duplicates: [dup(8, 3, null), dup(9, 5, null)], totals: { ...a.totals, rows: 7 } });
    // Rows 2–8 and 9: 6 invalid; 4, 5 unverified imported; 8 and 9 merged.
    expect(expectedOutcome(b, DEFAULT_CHOICES)).toEqual({ create: 4, update: 0, merge: 2, skip: 1 });
    // Row 5 skipped: row 9 cannot merge into it and is skipped too.
    expect(expectedOutcome(b, { ...DEFAULT_CHOICES, usccRows: { 5: 'skip' } })).toEqual({ create: 3, update: 0, merge: 1, skip: 3 });
    expect(expectedOutcome(b, { ...DEFAULT_CHOICES, usccUnverified: 'skip', usccRows: { 4: 'import' } })).toEqual({ create: 3, update: 0, merge: 1, skip: 3 });
    expect(decisionsOf({ ...DEFAULT_CHOICES, usccUnverified: 'skip', usccRows: { 4: 'import' } }).usccUnverifiedRows).toEqual([{ row: 4, action: 'import' }]);
  });
});

describe('steps and preview layout', () => {
  const unknown = (decided: boolean) => ({
    field: 'nature',
    column: '企业性质',
    text: '奇怪值',
    key: '奇怪值',
    count: 1,
    rows: [5],
    suggestion: null,
    chosen: null,
    decided,
  });

  it('shows the value step only while a value is open or chosen in this wizard', () => {
    expect(stepsFor(analysis(), undefined)).toEqual(['choose', 'read', 'map', 'preview', 'confirm']);
    expect(stepsFor(null, undefined)).not.toContain('values');
    expect(stepsFor(analysis({ unknownValues: [unknown(false)] }), undefined)).toEqual(['choose', 'read', 'map', 'values', 'preview', 'confirm']);
    // Decided by a saved mapping: no step; decided by the user here: the step stays.
    expect(stepsFor(analysis({ unknownValues: [unknown(true)] }), undefined)).not.toContain('values');
    expect(stepsFor(analysis({ unknownValues: [unknown(true)] }), { nature: { 奇怪值: null } })).toContain('values');
  });

  it('keeps the name in the fixed first column and sizes columns by their header', () => {
    expect(nameFieldOf(analysis())).toBe('fullName');
    expect(nameFieldOf(analysis({ columns: [{ index: 0, header: '代码', field: 'uscc', confidence: 1 }] }))).toBe('uscc');
    expect(columnWidth('手机')).toBe(96);
    expect(columnWidth('统一社会信用代码')).toBe(168);
    expect(columnWidth('一个非常非常非常非常非常长的列名称啊啊啊')).toBe(220);
  });
});
