import { describe, expect, it } from 'vitest';
import { orderClassSchemas } from '@shared/domain/programmes';
import { cert1xIssues, inclusiveDays, orderClassIssues, teacherPracticeIssues } from '@shared/domain/programmeRules';

// The pure cross-field rules (no database): the same functions run in the form and the core.

describe('programme rules', () => {
  it('counts days with both ends included, across a leap day', () => {
    expect(inclusiveDays('2026-07-01', '2026-07-01')).toBe(1);
    expect(inclusiveDays('2024-02-28', '2024-03-01')).toBe(3);
    expect(inclusiveDays('2025-09-01', '2026-08-31')).toBe(365);
  });

  it('flags practice days beyond the period, but not an equal count or missing dates', () => {
    const period = { startDate: '2026-07-01', endDate: '2026-07-10' };
    expect(teacherPracticeIssues({ ...period, days: 10 })).toEqual([]);
    expect(teacherPracticeIssues({ ...period, days: 11 })).toEqual([{ field: 'days', message: 'programmes.daysOverPeriod' }]);
    expect(teacherPracticeIssues({ startDate: null, endDate: null, days: 300 })).toEqual([]);
    // A reversed period reports the dates only: the day count cannot be judged.
    expect(teacherPracticeIssues({ startDate: '2026-07-10', endDate: '2026-07-01', days: 300 })).toEqual([
      { field: 'endDate', message: 'endDate.beforeStart' },
    ]);
  });

  it('keeps employed within enrolled and passed within examined', () => {
    const base = { startDate: null, endDate: null };
    expect(orderClassIssues({ ...base, enrolled: 30, employed: 30 })).toEqual([]);
    expect(orderClassIssues({ ...base, enrolled: 30, employed: 31 })).toEqual([{ field: 'employed', message: 'programmes.employedOverEnrolled' }]);
    expect(orderClassIssues({ ...base, enrolled: null, employed: 31 })).toEqual([]);
    expect(cert1xIssues({ examined: 10, passed: 10 })).toEqual([]);
    expect(cert1xIssues({ examined: 10, passed: 11 })).toEqual([{ field: 'passed', message: 'programmes.passedOverExamined' }]);
  });

  it('leaves absent keys out of a patch, so a partial update never clears stored values', () => {
    expect(orderClassSchemas.patch.parse({ id: '01900000-0000-7000-8000-000000000001', patch: { planned: 40 } })).toEqual({
      id: '01900000-0000-7000-8000-000000000001',
      patch: { planned: 40 },
    });
  });
});
