import { describe, expect, it } from 'vitest';
import { suggestFieldValue } from '../../../src/main/import/choices';
import type { FieldDef } from '../../../src/main/import/entities/entityDef';

// The wizard preselects the import's suggestion, so it must be close to what was typed:
// a wrong preselection is saved with the mapping and files every later roster wrongly.

const industry: FieldDef = { field: 'industryCode', kind: 'text', classification: 'industry', synonyms: [], example: '' };
const region: FieldDef = { field: 'regionCode', kind: 'text', classification: 'region', synonyms: [], example: '' };
const nature: FieldDef = { field: 'nature', kind: 'enum', enumName: 'orgNature', synonyms: [], example: '' };

describe('import suggestions', () => {
  it.each([
    ['汽车制造', '36'],
    ['新能源汽车', '3612'],
  ])('industry %j → %s', (text, code) => {
    expect(suggestFieldValue(industry, text)).toBe(code);
  });

  it.each(['物流', '仓储物流', '做软件的', '非制造业'])('industry %j → nothing preselected', (text) => {
    expect(suggestFieldValue(industry, text)).toBeNull();
  });

  it('region by its own name, nothing for a vague one', () => {
    expect(suggestFieldValue(region, '深圳南山')).not.toBeNull();
    expect(suggestFieldValue(region, '粤北某地')).toBeNull();
  });

  it.each(['非国有企业', '股份有限公司(非上市)'])('nature %j → nothing preselected', (text) => {
    expect(suggestFieldValue(nature, text)).toBeNull();
  });
});
