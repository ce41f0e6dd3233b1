import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dateFromPicker, dateToPicker } from '../../../src/renderer/src/components/dateValue';

// DateField stores 'YYYY-MM-DD' strings and shows antd's DatePicker (dayjs): the bridge both ways.

describe('DateField value conversion', () => {
  it('turns a stored date into the picker value and back unchanged', () => {
    for (const iso of ['2026-11-28', '2024-02-29', '1999-01-01', '2030-12-31']) {
      const picked = dateToPicker(iso);
      expect(picked?.isValid()).toBe(true);
      expect(dateFromPicker(picked)).toBe(iso);
    }
  });

  it('shows nothing for blanks and for strings that are not real dates', () => {
    for (const v of [null, undefined, '', '2025-02-30', '2025-13-01', '2025/01/02', '28.11.2026', '2026-1-5']) {
      expect(dateToPicker(v)).toBeNull();
    }
  });

  it('stores a picked date as YYYY-MM-DD and a cleared picker as null', () => {
    expect(dateFromPicker(dayjs(new Date(2026, 0, 5, 23, 30)))).toBe('2026-01-05');
    expect(dateFromPicker(null)).toBeNull();
    expect(dateFromPicker(dayjs('not a date'))).toBeNull();
  });
});
