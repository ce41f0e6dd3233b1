import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { PartnerDraft } from '@shared/domain/partner';
import { resources } from '@shared/i18n';
import { AppError } from '../../../src/renderer/src/api/client';
import { errorMessage, expectedUsccCheckChar, issueMessage, placeIssues, type Translator } from '../../../src/renderer/src/components/errorText';

// Error codes and field issues become text in the user's language, through the real
// resources and a real i18next instance; never the core's English message.

const i18n = i18next.createInstance();
const tr: Translator = { t: (key, options) => i18n.t(key, options ?? {}), exists: (key) => i18n.exists(key) };

beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
});

describe('errorMessage', () => {
  it('translates a known code and never shows the raw message', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorMessage(tr, new AppError('DISK_FULL', 'SQLITE_FULL: database or disk is full'))).toBe(
      '磁盘空间不足，数据未保存。请清理磁盘后重试。',
    );
    await i18n.changeLanguage('en-US');
    expect(errorMessage(tr, new AppError('NOT_FOUND', 'partner x not found'))).toBe('The record was not found; it may have been deleted.');
  });

  it('falls back to INTERNAL for anything without a known code', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorMessage(tr, new TypeError('Cannot read properties of undefined'))).toBe('程序内部错误，请重试；如仍失败请联系技术支持。');
    expect(errorMessage(tr, null)).toBe('程序内部错误，请重试；如仍失败请联系技术支持。');
  });
});

describe('issueMessage', () => {
  it('translates stable keys, with interpolation', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(issueMessage(tr, { path: ['uscc'], message: 'uscc.check' }, { expected: '6' })).toBe('统一社会信用代码校验位不正确（应为 6）');
    expect(issueMessage(tr, { path: ['mobile'], message: 'phone.invalid' })).toBe('电话号码无效');
    expect(issueMessage(tr, { path: ['fullName'], message: 'required' })).toBe('必填');
  });

  it("falls back to the zod code for zod's own English messages, then to a generic text", async () => {
    await i18n.changeLanguage('zh-CN');
    expect(issueMessage(tr, { path: ['kind'], message: 'Invalid option: expected one of "enterprise"|"other"', code: 'invalid_value' })).toBe(
      '不是可选的值',
    );
    expect(issueMessage(tr, { path: ['x'], message: 'Something odd', code: 'unrecognized_keys' })).toBe('内容无效');
    // A message shaped like a key but unknown is not shown raw either.
    expect(issueMessage(tr, { path: ['x'], message: 'nobody.knows' })).toBe('内容无效');
  });

  it('translates what the shared PartnerDraft schema reports', async () => {
    await i18n.changeLanguage('zh-CN');
    const parsed = PartnerDraft.safeParse({ kind: 'enterprise', fullName: ' ', uscc: '9144030019220382', industryDivision: '2x' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code }));
    const placed = placeIssues(tr, issues, ['fullName', 'uscc', 'industryDivision']);
    expect(Object.fromEntries(placed.fields)).toEqual({
      fullName: ['必填'],
      uscc: ['统一社会信用代码应为 18 位（数字和大写字母，不含 I、O、S、V、Z）'],
      industryDivision: ['行业大类代码应为两位数字'],
    });
    expect(placed.unplaced).toEqual([]);
  });
});

describe('placeIssues', () => {
  it('puts update issues (under patch) and array items on their field, others aside', async () => {
    await i18n.changeLanguage('en-US');
    const placed = placeIssues(
      tr,
      [
        { path: ['patch', 'email'], message: 'email.invalid' },
        { path: ['aliases', 2], message: 'Too small', code: 'too_small' },
        { path: ['aliases', 3], message: 'Too small', code: 'too_small' },
        { path: ['parties'], message: 'parties.count' },
      ],
      ['email', 'aliases'],
    );
    expect(Object.fromEntries(placed.fields)).toEqual({ email: ['Not a valid email address'], aliases: ['Too short or too few'] });
    expect(placed.unplaced).toEqual(['An agreement has 2 to 4 parties']);
  });
});

describe('expectedUsccCheckChar', () => {
  it("prefers the core's details, else computes it from the code", () => {
    expect(expectedUsccCheckChar({ expectedCheckChar: 'X' }, '914403001922038217')).toBe('X');
    expect(expectedUsccCheckChar({}, '914403001922038217')).toBe('6');
    expect(expectedUsccCheckChar({}, 'short')).toBe('?');
    expect(expectedUsccCheckChar({}, 'IIIIIIIIIIIIIIIIII')).toBe('?');
  });
});
