import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import { issueMessage, type Translator } from '../../../src/renderer/src/components/errorText';
import { checkCollege, hasCollegeInput, overSample } from '../../../src/renderer/src/features/settings/collegeProfileModel';

// 学校信息 as first start and Settings check it: all optional, the schema's rules plus the
// USCC's format and check character, with messages in the user's language.

const tr = (lng: 'zh-CN' | 'en-US'): Translator => ({
  t: (key, options) => i18n.t(key, { ...(options ?? {}), lng }),
  exists: (key) => i18n.exists(key, { lng }),
});
beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
});

// A valid USCC (91350100M000100Y43) and the same code with a wrong check character.
const GOOD_USCC = '91350100M000100Y43';
const BAD_CHECK = '91350100M000100Y44';

describe('checkCollege', () => {
  it('accepts an empty form and a complete, valid profile', () => {
    expect(checkCollege({}).ok).toBe(true);
    const full = checkCollege({
      fullName: '示例职业技术学院',
      uscc: GOOD_USCC,
      schoolCode: '12345',
      legalRepresentative: '王明',
      address: '广州市天河区',
      contactPerson: '李老师',
      contactPhone: '020-38291234',
    });
    expect(full).toMatchObject({ ok: true, profile: { fullName: '示例职业技术学院', uscc: GOOD_USCC, schoolCode: '12345' } });
  });

  it('refuses a USCC with a wrong check character, naming the expected one, in the user’s language', () => {
    const checked = checkCollege({ fullName: '示例职业技术学院', uscc: BAD_CHECK });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const issue = checked.issues.find((i) => i.path[0] === 'uscc');
    expect(issue?.message).toBe('uscc.check');
    expect(checked.interpolation).toEqual({ expected: '3' });
    expect(issueMessage(tr('zh-CN'), issue ?? { path: [], message: '' }, checked.interpolation)).toContain('应为 3');
    expect(issueMessage(tr('en-US'), issue ?? { path: [], message: '' }, checked.interpolation)).not.toMatch(/\p{Script=Han}/u);
  });

  it('refuses a malformed USCC, a school code that is not 5 digits and an invalid phone, each on its field', () => {
    const checked = checkCollege({ uscc: '1234', schoolCode: '1234', contactPhone: '12' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.fromEntries(checked.issues.map((i) => [i.path[0], i.message]))).toEqual({
      uscc: 'uscc.format',
      schoolCode: 'schoolCode.format',
      contactPhone: 'phone.invalid',
    });
  });
});

describe('hasCollegeInput and overSample', () => {
  it('tells an untouched form (blanks only) from one with something typed', () => {
    expect(hasCollegeInput({})).toBe(false);
    expect(hasCollegeInput({ fullName: '  ', uscc: null })).toBe(false);
    expect(hasCollegeInput({ address: '广州' })).toBe(true);
  });

  it('keeps what the user typed over the sample college, and the sample where they typed nothing', () => {
    const sample = { fullName: '示例职业技术学院', legalRepresentative: '张三', address: '示例路 1 号', uscc: null, contactPerson: '李四' };
    const typed = { fullName: '本校职业技术学院', legalRepresentative: null, address: null, uscc: GOOD_USCC };
    expect(overSample(sample, typed)).toEqual({ fullName: '本校职业技术学院', legalRepresentative: '张三', address: '示例路 1 号', uscc: GOOD_USCC, contactPerson: '李四' });
  });
});
