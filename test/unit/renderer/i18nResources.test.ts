import { describe, expect, it } from 'vitest';
import * as enums from '@shared/domain/enums';
import { APP_ERROR_CODES } from '@shared/ipc/result';
import { ENUM_CATALOG, FIELD_ERROR_KEYS, LANGUAGES, resources, ZOD_ISSUE_CODES } from '@shared/i18n';

// The resources are typed so en-US has zh-CN's keys; these tests cover what types cannot:
// values, placeholders, and completeness against the enums and error codes in the code.

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const zh = leaves(resources['zh-CN'].translation as unknown as Tree);
const en = leaves(resources['en-US'].translation as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

describe('zh-CN and en-US resources', () => {
  it('have exactly the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty labels', () => {
    for (const [lang, map] of [['zh-CN', zh], ['en-US', en]] as const) {
      const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same interpolation placeholders for every key', () => {
    const mismatched = [...zh].filter(([key, text]) => placeholders(text).join() !== placeholders(en.get(key) ?? '').join());
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('offer every language the app supports', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('enum labels', () => {
  it('name every enumeration exported by domain/enums.ts', () => {
    const exported = Object.entries(enums).filter(([, v]) => Array.isArray(v));
    const catalogued = new Set<unknown>(Object.values(ENUM_CATALOG));
    expect(exported.filter(([, v]) => !catalogued.has(v)).map(([name]) => name)).toEqual([]);
  });

  it('label every code in both languages', () => {
    const missing: string[] = [];
    for (const [name, codes] of Object.entries(ENUM_CATALOG)) {
      for (const code of codes) {
        const key = `enums.${name}.${code}`;
        if (!zh.get(key)) missing.push(`zh-CN:${key}`);
        if (!en.get(key)) missing.push(`en-US:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are Chinese in zh-CN (except language names) and the agreed wording', () => {
    const notChinese = [...zh]
      .filter(([k]) => k.startsWith('enums.') && !k.startsWith('enums.language.') && !k.startsWith('enums.agreementType.cert_1x'))
      .filter(([, v]) => !HAN.test(v));
    expect(notChinese).toEqual([]);
    const labels = (name: string) => Object.values(resources['zh-CN'].translation.enums[name as keyof typeof ENUM_CATALOG]);
    expect(labels('orgKind')).toEqual(['企业', '行业协会', '科研院所', '培训评价组织', '政府机关', '其他']);
    expect(labels('partnerStatus')).toEqual(['潜在', '洽谈中', '合作中', '暂停', '已终止']);
    expect(labels('effectiveAgreementStatus')).toEqual(['草稿', '签署中', '生效', '续签中', '已续签', '已终止', '即将到期', '已到期']);
    expect(resources['zh-CN'].translation.enums.industrySection.A).toBe('农、林、牧、渔业');
    expect(resources['zh-CN'].translation.enums.industrySection.C).toBe('制造业');
    expect(resources['zh-CN'].translation.enums.industrySection.T).toBe('国际组织');
    expect(resources['zh-CN'].translation.enums.agreementType.cert_1x).toBe('1+X证书');
  });
});

describe('error texts', () => {
  it('translate every AppErrorCode in both languages', () => {
    const missing = APP_ERROR_CODES.flatMap((code) => [zh, en].filter((m) => !m.get(`errors.${code}`)).map(() => code));
    expect(missing).toEqual([]);
  });

  it('translate every field message key and zod issue code in both languages', () => {
    const keys = [...FIELD_ERROR_KEYS, ...ZOD_ISSUE_CODES, 'invalid'].map((k) => `fieldErrors.${k}`);
    expect(keys.filter((k) => !zh.has(k) || !en.has(k))).toEqual([]);
  });

  it('carry no stray fieldErrors keys (each is a known message key or zod code)', () => {
    const known = new Set([...FIELD_ERROR_KEYS, ...ZOD_ISSUE_CODES, 'invalid'].map((k) => `fieldErrors.${k}`));
    expect([...zh.keys()].filter((k) => k.startsWith('fieldErrors.') && !known.has(k))).toEqual([]);
  });
});
