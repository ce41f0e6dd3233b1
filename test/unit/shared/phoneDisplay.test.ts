import { describe, expect, it } from 'vitest';
import { phoneText, phoneToCopy } from '@shared/domain/rules/phoneDisplay';

describe('phoneText: what a list shows', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['0755-28780808', '0755-****0808'],
    ['010-12345678-123', '010-****5678'],
    ['400-123-4567', '400-123-4567'], // service numbers are public
    ['12345', '*2345'],
  ])('masks %s as %s', (raw, masked) => {
    expect(phoneText(raw, true)).toBe(masked);
  });

  it.each([
    ['13812345678', '138 1234 5678'],
    ['0755 2878 0808', '0755-28780808'],
    ['010-12345678转123', '010-12345678-123'],
    [' 12345 ', '12345'],
  ])('shows %s in full as %s when masking is off or revealed', (raw, shown) => {
    expect(phoneText(raw, false)).toBe(shown);
  });

  it('never shows the middle digits of a mobile when masked', () => {
    for (const raw of ['13812345678', '138 1234 5678', '+8613812345678', '１３８１２３４５６７８']) {
      expect(phoneText(raw, true)).not.toContain('1234');
    }
  });
});

describe('phoneToCopy: what the copy button copies', () => {
  it.each([
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['0755 2878 0808', '0755-28780808'],
    ['010-12345678 转 123', '010-12345678-123'],
    ['4001234567', '400-123-4567'],
    [' 分机 12 ', '分机 12'],
  ])('copies %s as %s, whole even where the list masks it', (raw, copied) => {
    expect(phoneToCopy(raw)).toBe(copied);
  });
});
