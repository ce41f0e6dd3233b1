import { describe, expect, it } from 'vitest';
import * as lookups from '@shared/classifications';
import { classificationLabel, classificationOptions } from '../../../src/renderer/src/features/import/classificationChoices';

// The value step's industry (GB/T 4754) and region (GB/T 2260) pickers over the shared lookups.

describe('classification pickers', () => {
  it('labels GB/T 4754 and GB/T 2260 codes and suggests for a text, the current choice first', () => {
    expect(classificationLabel(lookups, 'industry', '36')).toBe('36 汽车制造业');
    expect(classificationLabel(lookups, 'region', '440300')).toBe('440300 广东省深圳市');
    expect(classificationLabel(lookups, 'region', '999999')).toBe('999999');
    const options = classificationOptions(lookups, 'industry', '汽车制造业', ['C']);
    expect(options[0]).toEqual({ value: 'C', label: 'C 制造业' });
    expect(options.map((o) => o.value)).toContain('36');
    expect(classificationOptions(lookups, 'region', '深圳').map((o) => o.value)).toContain('440300');
    // Before the tables are loaded: the codes as they are.
    expect(classificationOptions(null, 'industry', '汽车', ['36'])).toEqual([{ value: '36', label: '36' }]);
  });
});
