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
  industryCode: '6513',
  size: 'large',
  nature: 'private',
  regionCode: '440300',
  regionName: '广东省深圳市',
  address: null,
  website: null,
  legalRepresentative: null,
  employeeCount: null,
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
    const draft = formValuesToDraft({ ...HUAWEI, uscc: '  ', industryCode: '', regionCode: '', notes: '' });
    expect(draft).toMatchObject({ uscc: null, industryCode: null, industryDivision: null, regionCode: null, notes: null, status: 'prospect', aliases: [], tags: [] });
  });

  it('sends a picked 门类 as the section and a picked code as the code', () => {
    expect(formValuesToDraft({ ...HUAWEI, industryCode: 'C' })).toMatchObject({ industrySection: 'C', industryCode: null });
    expect(formValuesToDraft({ ...HUAWEI, industryCode: '3611' })).toMatchObject({ industrySection: null, industryCode: '3611' });
  });
});

describe('industry on the form', () => {
  it('shows the stored code (or a legacy 大类 / 门类) in the picker', () => {
    expect(partnerToFormValues(stored).industryCode).toBe('6513');
    expect(partnerToFormValues({ ...stored, industryCode: null }).industryCode).toBe('65');
    expect(partnerToFormValues({ ...stored, industryCode: null, industryDivision: null }).industryCode).toBe('I');
  });

  it('derives 门类 and 大类 from the picked code and sends them when they change', () => {
    const result = checkPartnerForm({ ...partnerToFormValues(stored), industryCode: '3611' });
    if (!result.ok) throw new Error('expected a valid form');
    expect(result.draft).toMatchObject({ industrySection: 'C', industryDivision: '36', industryCode: '3611' });
    expect(changedFields(result.draft, stored)).toEqual({ industrySection: 'C', industryDivision: '36', industryCode: '3611', usccOverride: false });
  });

  it('puts an unknown code on the picker', () => {
    const result = checkPartnerForm({ ...HUAWEI, industryCode: '9999' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: ['industryCode'], message: 'industryCode.unknown', code: 'custom' }]);
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
