import { describe, expect, it } from 'vitest';
import type { Partner } from '@shared/domain/partner';
import { AppError } from '../../../src/renderer/src/api/client';
import {
  NEW_PARTNER_VALUES,
  changedFields,
  checkPartnerForm,
  formValuesToDraft,
  partnerToFormValues,
  usccFailsCheck,
} from '../../../src/renderer/src/features/partners/partnerFormModel';
import { isUsccCheckFailure, usccConflictOf } from '../../../src/renderer/src/features/partners/partnerSaveErrors';

// The partner form checks with the shared schema and USCC rule before anything is sent,
// and reads the core's USCC failures (check character, duplicate) for the field.

const HUAWEI = { ...NEW_PARTNER_VALUES, fullName: '华为技术有限公司', uscc: '914403001922038216' };

const stored: Partner = {
  id: '0190a8c4-0000-7000-8000-000000000001',
  kind: 'enterprise',
  fullName: '华为技术有限公司',
  uscc: '914403001922038216',
  aliases: ['华为'],
  industrySection: 'I',
  industryDivision: '65',
  size: 'large',
  nature: 'private',
  regionCode: '440300',
  regionName: '广东省深圳市',
  address: null,
  website: null,
  legalRepresentative: null,
  cjrhLevel: null,
  status: 'prospect',
  source: null,
  ownerOrgUnitId: null,
  tags: [],
  notes: null,
  usccCheckOverridden: false,
  createdAt: '2025-09-01T01:00:00.000Z',
  updatedAt: '2025-09-01T01:00:00.000Z',
  deletedAt: null,
};

describe('formValuesToDraft', () => {
  it('turns blank inputs into null so optional code fields are not rejected', () => {
    const draft = formValuesToDraft({ ...HUAWEI, uscc: '  ', industryDivision: '', regionCode: '', notes: '' });
    expect(draft).toMatchObject({ uscc: null, industryDivision: null, regionCode: null, notes: null, status: 'prospect', aliases: [], tags: [] });
  });
});

describe('checkPartnerForm', () => {
  it('accepts a valid partner and normalises it', () => {
    const result = checkPartnerForm({ ...HUAWEI, uscc: ' 914403001922038216 ' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.draft).toMatchObject({ fullName: '华为技术有限公司', uscc: '914403001922038216', usccOverride: false });
  });

  it('reports a wrong check character with the expected one, and nothing passes', () => {
    expect(checkPartnerForm({ ...HUAWEI, uscc: '914403001922038217' })).toEqual({
      ok: false,
      issues: [{ path: ['uscc'], message: 'uscc.check' }],
      usccCheckFailed: { expected: '6' },
    });
  });

  it('lets a failing check character through only with the explicit override', () => {
    const result = checkPartnerForm({ ...HUAWEI, uscc: '91350100M0001TGQXM', usccOverride: true });
    expect(result.ok).toBe(true);
  });

  it('reports schema issues by field (required name, format)', () => {
    const result = checkPartnerForm({ ...HUAWEI, fullName: '', uscc: 'ABC', regionCode: '4403' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['fullName', 'required'],
        ['uscc', 'uscc.format'],
        ['regionCode', 'regionCode.format'],
      ]);
    }
  });
});

describe('changedFields', () => {
  it('sends only what changed (plus the override flag) on update', () => {
    const values = { ...partnerToFormValues(stored), status: 'active' as const, tags: ['龙头企业'] };
    const result = checkPartnerForm(values);
    if (!result.ok) throw new Error('expected a valid form');
    expect(changedFields(result.draft, stored)).toEqual({ status: 'active', tags: ['龙头企业'], usccOverride: false });
  });
});

describe('usccFailsCheck', () => {
  it('is true only for well-formed codes with a wrong check character', () => {
    expect(usccFailsCheck('914403001922038217')).toBe(true);
    expect(usccFailsCheck('914403001922038216')).toBe(false);
    expect(usccFailsCheck('9144')).toBe(false);
    expect(usccFailsCheck('')).toBe(false);
  });
});

describe('partner save errors', () => {
  it('reads a duplicate USCC conflict, in the trash or not', () => {
    const conflict = new AppError('CONFLICT', 'dup', {
      issues: [{ path: ['uscc'], message: 'uscc.duplicate' }],
      details: { field: 'uscc', existingId: 'p9', existingName: '华为技术有限公司', inTrash: true },
    });
    expect(usccConflictOf(conflict)).toEqual({ existingId: 'p9', existingName: '华为技术有限公司', inTrash: true });
    expect(usccConflictOf(new AppError('CONFLICT', 'other', { details: { field: 'agreementNo', existingId: 'a1' } }))).toBeNull();
    expect(usccConflictOf(new AppError('INTERNAL', 'x'))).toBeNull();
  });

  it('recognises a check-character failure from the core', () => {
    expect(isUsccCheckFailure(new AppError('USCC_CHECK_FAILED', 'x', { details: { expectedCheckChar: '6' } }))).toBe(true);
    expect(isUsccCheckFailure(new AppError('VALIDATION', 'x', { issues: [{ path: ['fullName'], message: 'required' }] }))).toBe(false);
  });
});
