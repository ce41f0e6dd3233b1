import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import { issueMessage, type Translator } from '../../../src/renderer/src/components/errorText';
import { usccFieldIssue } from '../../../src/renderer/src/components/usccField';
import { checkPartnerForm, NEW_PARTNER_VALUES } from '../../../src/renderer/src/features/partners/partnerFormModel';

// The USCC is checked when the user leaves the field, with the same issue (hence the same
// message) the save reports: a field message on blur that the save would then contradict is worse than none.

const tr: Translator = { t: (key, options) => i18n.t(key, options ?? {}), exists: (key) => i18n.exists(key) };
beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
});

const onSave = (uscc: string, usccOverride = false) => {
  const checked = checkPartnerForm({ ...NEW_PARTNER_VALUES, fullName: '小米科技有限责任公司', uscc, usccOverride });
  return checked.ok ? null : { issue: checked.issues.find((i) => i.path[0] === 'uscc'), expected: checked.usccCheckFailed?.expected };
};

describe('usccFieldIssue (on blur)', () => {
  it('accepts blanks and valid codes, in any width or case', () => {
    for (const v of [undefined, null, '', '  ', '91110108551385082Q', '９１１１０１０８５５１３８５０８２ｑ']) expect(usccFieldIssue(v)).toBeNull();
  });

  it('reports a bad check character with the expected one, as the save does, in the same words', () => {
    const blur = usccFieldIssue('91110108551385082A');
    expect(blur).toEqual({ issue: { path: ['uscc'], message: 'uscc.check' }, expected: 'Q' });
    const save = onSave('91110108551385082A');
    expect(save?.issue?.message).toBe(blur?.issue.message);
    expect(save?.expected).toBe(blur?.expected);
    expect(issueMessage(tr, blur!.issue, { expected: blur!.expected })).toBe('统一社会信用代码校验位不正确（应为 Q）');
  });

  it('reports a wrong format, which no override lets through, like the save', () => {
    for (const v of ['9111010855138508', '91110108551385082QX', '9111010855138508IQ']) {
      const blur = usccFieldIssue(v, true);
      expect(blur?.issue.message).toBe('uscc.format');
      expect(onSave(v, true)?.issue?.message).toBe('uscc.format');
    }
    expect(issueMessage(tr, usccFieldIssue('123')!.issue)).toContain('18 位');
  });

  it('says nothing about a failing check character once the user has confirmed it', () => {
    expect(usccFieldIssue('91110108551385082A', true)).toBeNull();
    expect(onSave('91110108551385082A', true)).toBeNull();
  });
});
