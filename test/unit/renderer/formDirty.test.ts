import { describe, expect, it } from 'vitest';
import { isBlankFormValue, isFormDirty, sameFormValue } from '../../../src/renderer/src/components/formDirty';

// The unsaved-changes guard asks only when something really changed: opening a form and
// leaving it, or typing and undoing, must not ask; any real edit must.

describe('isFormDirty', () => {
  const initial = { fullName: '华为技术有限公司', kind: 'enterprise', aliases: ['华为'], notes: '', ownerOrgUnitId: null, usccOverride: false };

  it('is clean for the values the form opened with, however the controls report blanks', () => {
    expect(isFormDirty(initial, { ...initial })).toBe(false);
    // antd adds every registered field: untouched inputs come back undefined, cleared ones ''.
    expect(isFormDirty(initial, { ...initial, notes: undefined, website: undefined, tags: [], employeeCount: null })).toBe(false);
    expect(isFormDirty({ date: undefined }, { date: null })).toBe(false);
    expect(isFormDirty(undefined, {})).toBe(false);
  });

  it('is dirty after a real edit of text, a select, a list or a checkbox', () => {
    expect(isFormDirty(initial, { ...initial, fullName: '华为终端有限公司' })).toBe(true);
    expect(isFormDirty(initial, { ...initial, kind: 'school' })).toBe(true);
    expect(isFormDirty(initial, { ...initial, aliases: ['华为', '华为终端'] })).toBe(true);
    expect(isFormDirty(initial, { ...initial, usccOverride: true })).toBe(true);
    expect(isFormDirty(initial, { ...initial, notes: '下周回访' })).toBe(true);
    expect(isFormDirty({ amount: 0 }, { amount: 10 })).toBe(true);
  });

  it('is clean again once an edit is undone; surrounding spaces are no change (saving trims them)', () => {
    expect(isFormDirty(initial, { ...initial, fullName: ' 华为技术有限公司 ' })).toBe(false);
    expect(isFormDirty(initial, { ...initial, notes: '   ' })).toBe(false);
  });

  it('compares list rows (agreement parties) field by field', () => {
    const parties = [{ partyType: 'school' }, { partyType: 'enterprise', organisationId: 'p1' }];
    expect(isFormDirty({ parties }, { parties: [{ partyType: 'school', displayName: undefined, sealed: false }, { partyType: 'enterprise', organisationId: 'p1' }] })).toBe(false);
    expect(isFormDirty({ parties }, { parties: [...parties, { partyType: 'enterprise' }] })).toBe(true);
    expect(isFormDirty({ parties }, { parties: [{ partyType: 'school', signatory: '王校长' }, parties[1]] })).toBe(true);
  });
});

describe('blank values', () => {
  it('treats undefined, null, empty text, empty lists, unticked boxes and all-blank rows as one blank', () => {
    for (const v of [undefined, null, '', '  ', [], false, { a: '', b: null }]) expect(isBlankFormValue(v)).toBe(true);
    for (const v of [0, 'x', ['x'], true, { a: 'x' }]) expect(isBlankFormValue(v)).toBe(false);
    expect(sameFormValue(0, null)).toBe(false);
  });
});
