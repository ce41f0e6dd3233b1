import { describe, expect, it } from 'vitest';
import {
  CHOICE_SYNONYMS,
  choiceKeys,
  choiceMatches,
  choiceSearchText,
  resolveChoice,
  suggestChoice,
  type SynonymEnumName,
} from '@shared/domain/choiceSynonyms';
import { ENUM_CATALOG, type EnumName } from '@shared/i18n';

const TABLES = Object.entries(CHOICE_SYNONYMS) as [SynonymEnumName, Record<string, readonly string[]>][];

// The choices the brief names as typed by people; each must have a reviewed table.
const TYPED: EnumName[] = [
  'orgKind', 'orgNature', 'orgSize', 'partnerStatus', 'partnerSource', 'cjrhLevel', 'agreementType', 'agreementStatus',
  'interactionKind', 'courseKind', 'fundingSourceKind', 'fundingDirection', 'contributionKind', 'internshipBaseKind',
  'orderClassKind', 'programmeLevel', 'majorLevel', 'programmeType',
];

describe('synonym tables', () => {
  it('cover every typed choice field', () => {
    for (const name of TYPED) expect(Object.keys(CHOICE_SYNONYMS)).toContain(name);
  });

  it.each(TABLES)('%s: every synonym resolves to its own code', (name, table) => {
    for (const [code, synonyms] of Object.entries(table)) {
      for (const s of synonyms) expect({ s, code: resolveChoice(name, s) }).toEqual({ s, code });
    }
  });

  it.each(TABLES)('%s: no way of writing is claimed by two codes', (name) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { key, code } of choiceKeys(name)) {
      const seen = owner.get(key);
      if (seen !== undefined && seen !== code) clashes.push(`${key}: ${seen} / ${code}`);
      owner.set(key, seen ?? code);
    }
    expect(clashes).toEqual([]);
  });

  it.each(TABLES)('%s: every code is reachable by its code, labels and a synonym', (name, table) => {
    for (const code of ENUM_CATALOG[name] as readonly string[]) {
      expect(resolveChoice(name, code)).toBe(code);
      expect(resolveChoice(name, code.toUpperCase())).toBe(code);
      expect(table[code]?.length ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('resolveChoice', () => {
  it.each([
    ['orgNature', '国企', 'state_owned'],
    ['orgNature', '国有独资', 'state_owned'],
    ['orgNature', '央企', 'central_soe'],
    ['orgNature', '中央国有企业', 'central_soe'],
    ['orgNature', '国企控股', 'state_holding'],
    ['orgNature', '民企', 'private'],
    ['orgNature', '个体', 'private'],
    ['orgNature', '外商投资企业', 'foreign'],
    ['orgNature', '港资', 'foreign'],
    ['orgNature', '中外合资', 'joint_venture'],
    ['orgNature', '中外合作', 'joint_venture'],
    ['orgNature', '上市企业', 'listed'],
    ['orgNature', '事业单位', 'public_institution'],
    ['orgNature', ' Joint  venture ', 'joint_venture'],
    ['orgSize', '大', 'large'],
    ['orgSize', '特大型', 'large'],
    ['orgSize', '小微', 'small'],
    ['orgSize', '微', 'micro'],
    ['orgSize', 'ＬＡＲＧＥ', 'large'],
    ['orgKind', '公司', 'enterprise'],
    ['orgKind', '商会', 'industry_association'],
    ['orgKind', '研究所', 'research_institute'],
    ['orgKind', '机关', 'government'],
    ['agreementType', '战略合作协议', 'framework'],
    ['agreementType', '实训基地', 'training_base'],
    ['agreementType', '校外实习基地', 'internship_base'],
    ['agreementType', '订单班', 'order_class'],
    ['agreementType', '1+x', 'cert_1x'],
    ['agreementType', '横向课题', 'technical_service'],
    ['agreementStatus', '生效', 'active'],
    ['agreementStatus', '执行中', 'active'],
    ['agreementStatus', '已到期', 'active'],
    ['agreementStatus', '待盖章', 'signing'],
    ['agreementStatus', '续签中', 'renewing'],
    ['agreementStatus', '已续签', 'renewed'],
    ['agreementStatus', '解除', 'terminated'],
    ['agreementStatus', 'In force', 'active'],
    ['partnerSource', '招聘会', 'trade_fair'], // a part of the label "展会 / 招聘会"
    ['fundingDirection', '到账', 'in'],
    ['majorLevel', '大专', 'higher_vocational'],
  ] as const)('%s %j → %s', (name, text, code) => {
    expect(resolveChoice(name, text)).toBe(code);
  });

  it.each([
    ['orgNature', '国有企业（独资）'],
    ['orgSize', '中小'],
    ['agreementStatus', '即将'],
    ['orgNature', ''],
  ] as const)('%s %j is not an exact choice', (name, text) => {
    expect(resolveChoice(name, text)).toBeNull();
  });
});

describe('suggestChoice', () => {
  it.each([
    ['orgNature', '国有企业（独资）', 'state_owned'],
    ['orgNature', '民营 企业', 'private'],
    ['orgNature', '私人企业', 'private'],
    ['orgNature', '外资独资公司', 'foreign'],
    ['orgSize', '大型企业集团', 'large'],
    ['orgSize', '中型规模', 'medium'],
    ['orgKind', '有限责任公司（自然人投资）', 'enterprise'],
    ['agreementType', '校企合作框架协议书', 'framework'],
    ['agreementStatus', '已生效执行', 'active'],
  ] as const)('%s %j → %s', (name, text, code) => {
    expect(suggestChoice(name, text)).toBe(code);
  });

  it.each([
    ['orgSize', '中小企业'], // small and medium tie: ask, do not guess
    ['orgNature', 'xyz'],
    ['orgNature', '   '],
    ['fundingDirection', 'zzzz'],
    // A negation would turn containment into the opposite answer.
    ['orgNature', '非国有企业'],
    ['agreementStatus', '未生效'],
    ['agreementStatus', '无效'],
    ['agreementStatus', '未终止'],
    // Most joint-stock companies are not listed: asked, not guessed.
    ['orgNature', '股份有限公司(非上市)'],
  ] as const)('%s %j → null', (name, text) => {
    expect(suggestChoice(name, text)).toBeNull();
  });
});

describe('choiceSearchText', () => {
  it('holds both labels, the synonyms and the code', () => {
    const text = choiceSearchText('orgNature', 'state_owned');
    for (const part of ['国有企业', 'State-owned enterprise', '国企', 'state_owned']) expect(text).toContain(part);
    expect(choiceSearchText('orgNature', 'private')).toContain('民企');
  });
});

describe('choiceMatches (form search)', () => {
  it.each([
    ['orgNature', 'state_owned', '国企', true],
    ['orgNature', 'private', '民企', true],
    ['orgNature', 'private', '民营', true], // part of the label
    ['orgNature', 'private', 'private', true],
    ['orgNature', 'private', 'Private', true],
    ['orgNature', 'state_owned', '民企', false],
    ['orgSize', 'small', '小微', true],
    ['orgSize', 'micro', '小微', false],
    ['agreementStatus', 'active', '执行', true],
    ['industrySection', 'C', '制造', true],
    ['industrySection', 'C', 'C 制造', true], // as the select shows it with showCode
    ['industrySection', 'C', 'D 制造', false],
    ['orgNature', 'foreign', '', true], // an empty box lists everything
  ] as const)('%s %s by %j → %s', (name, code, typed, expected) => {
    expect(choiceMatches(name, code, typed)).toBe(expected);
  });
});
