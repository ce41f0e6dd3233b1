import { describe, expect, it } from 'vitest';
import { formatDateTimeText } from '../../../src/shared/format/dateTime';

// 数据采集时间 as the ODS platforms read it: 'YYYY-MM-DD HH:mm:ss', China time, 24-hour clock.
describe('formatDateTimeText', () => {
  it('writes China time whatever the machine zone is', () => {
    expect(formatDateTimeText(new Date('2026-09-15T02:00:00Z'))).toBe('2026-09-15 10:00:00');
    // 16:30:05 UTC on 31 December is already the next year in Beijing.
    expect(formatDateTimeText(new Date('2025-12-31T16:30:05Z'))).toBe('2026-01-01 00:30:05');
    // Midnight is 00, never 24.
    expect(formatDateTimeText(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02 00:00:00');
  });

  it('takes another zone and refuses an invalid date', () => {
    expect(formatDateTimeText(new Date('2026-09-15T02:03:04Z'), 'UTC')).toBe('2026-09-15 02:03:04');
    expect(() => formatDateTimeText(new Date('nope'))).toThrow(RangeError);
  });
});
