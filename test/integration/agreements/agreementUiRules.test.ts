import { describe, expect, it } from 'vitest';
import {
  agreementListSearch,
  parseAgreementListParams,
  toAgreementQuery,
  withAgreementFilter,
} from '../../../src/renderer/src/features/agreements/agreementListParams';
import { checkAgreementForm, formNameOf, newAgreementValues } from '../../../src/renderer/src/features/agreements/agreementFormModel';
import { defaultRenewalEndDate } from '../../../src/renderer/src/features/agreements/renewalDefaults';

// The agreement screens' pure helpers (no DOM): URL state, renewal default, form → draft.

const ORG = '01939a3c-0000-7000-8000-000000000001';
const UNIT = '01939a3c-0000-7000-8000-000000000002';

describe('agreement list URL parameters', () => {
  it('reads exactly the dashboard names and drops invalid values', () => {
    const params = parseAgreementListParams(
      new URLSearchParams(`type=framework&status=expiring&orgUnitId=${UNIT}&majorId=nope&organisationId=${ORG}&expiringWithinDays=90&page=3&sortBy=endDate`),
    );
    expect(params).toEqual({
      page: 3,
      pageSize: 20,
      type: 'framework',
      status: 'expiring',
      orgUnitId: UNIT,
      organisationId: ORG,
      expiringWithinDays: 90,
      sortBy: 'endDate',
      sortDir: 'asc',
    });
    expect(parseAgreementListParams(new URLSearchParams('expiringWithinDays=45&status=lost&type=x'))).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes them back and builds the agreements:list query', () => {
    const params = withAgreementFilter({ page: 4, pageSize: 50 }, { status: 'expired', organisationId: ORG, expiringWithinDays: 30 });
    expect(params.page).toBe(1);
    expect(agreementListSearch(params).toString()).toBe(`status=expired&organisationId=${ORG}&expiringWithinDays=30&pageSize=50`);
    expect(toAgreementQuery(params)).toEqual({ page: 1, pageSize: 50, status: 'expired', organisationId: ORG, expiringWithinDays: 30 });
    expect(agreementListSearch(withAgreementFilter(params, { status: undefined })).toString()).toBe(`organisationId=${ORG}&expiringWithinDays=30&pageSize=50`);
  });
});

describe('the renewal dialog default end date', () => {
  it.each([
    ['2024-01-01', '2026-12-31', '2029-12-31'], // 36 whole months, across a leap year
    ['2025-09-01', '2026-08-31', '2027-08-31'], // 12 months
    ['2026-01-10', '2026-03-20', '2026-05-29'], // 70 days, not whole months
    [null, '2026-12-31', '2027-12-31'], // no start: a year
  ])('%s – %s → %s', (start, end, expected) => {
    expect(defaultRenewalEndDate(start, end)).toBe(expected);
  });

  it('has none without an end date', () => {
    expect(defaultRenewalEndDate('2024-01-01', null)).toBeNull();
  });
});

describe('the agreement form model', () => {
  it('turns the form into a draft: roles by row order, 元 to 分, blanks to null', () => {
    const values = {
      ...newAgreementValues(ORG),
      title: '框架协议',
      type: 'framework' as const,
      amountYuan: '12,345.60',
      startDate: '2025-01-01',
      endDate: '',
      parties: [
        { partyType: 'school' as const, displayName: ' 示例学院 ' },
        { partyType: 'enterprise' as const, organisationId: ORG },
        { partyType: 'student' as const, displayName: '张三', sealed: true },
      ],
    };
    const checked = checkAgreementForm(values);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.draft).toMatchObject({ amountFen: 1_234_560, startDate: '2025-01-01', endDate: null, agreementNo: null });
    expect(checked.draft.parties.map((p) => [p.role, p.partyType, p.organisationId, p.displayName, p.sealed])).toEqual([
      ['甲', 'school', null, '示例学院', false],
      ['乙', 'enterprise', ORG, null, false],
      ['丙', 'student', null, '张三', true],
    ]);
  });

  it('reports the shared schema issues on the exact fields', () => {
    const checked = checkAgreementForm({
      ...newAgreementValues(),
      title: '',
      type: 'other',
      amountYuan: '1.234',
      startDate: '2026-05-01',
      endDate: '2026-04-30',
      parties: [{ partyType: 'school' }, { partyType: 'student' }],
    });
    if (checked.ok) throw new Error('expected issues');
    expect(checked.issues.map((i) => [formNameOf(i.path), i.message])).toEqual([
      [['amountYuan'], 'invalid'],
      [['title'], 'required'],
      [['parties', 1, 'displayName'], 'party.nameRequired'],
      [['endDate'], 'endDate.beforeStart'],
    ]);
  });

  it('places server issues, with or without the update prefix', () => {
    expect(formNameOf(['patch', 'agreementNo'])).toEqual(['agreementNo']);
    expect(formNameOf(['amountFen'])).toEqual(['amountYuan']);
    expect(formNameOf(['patch', 'obligations', 0, 'partyRole'])).toEqual(['obligations', 0, 'partyRole']);
    expect(formNameOf(['parties'])).toEqual(['parties']);
    expect(formNameOf(['somethingElse'])).toBeNull();
  });
});
