import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, resources } from '@shared/i18n';
import { NAV_ITEMS } from '../../../src/renderer/src/app/navigation';
import {
  GUIDE_TOPICS,
  RELATED_GUIDES,
  SCREEN_PATH,
  SCREEN_TOPICS,
  helpTopicOfPath,
  isHelpShortcut,
  relatedGuides,
  screenOfTopic,
  topicItems,
  topicKey,
  type HelpTopicId,
} from '../../../src/renderer/src/features/help/helpTopics';

const ALL_TOPICS: readonly HelpTopicId[] = [...GUIDE_TOPICS, ...SCREEN_TOPICS];
const HAN = /\p{Script=Han}/u;

/** An i18next like the renderer's (nesting on, no escaping) in one language. */
function translatorFor(lng: string) {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng, interpolation: { escapeValue: false }, initAsync: false });
  return instance;
}

function rawValue(lang: 'zh-CN' | 'en-US', key: string): unknown {
  let node: unknown = resources[lang].translation;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** Every i18n key of a topic: title, summary, and each list item. */
function keysOf(id: HelpTopicId): string[] {
  return [
    topicKey(id, 'title'),
    topicKey(id, 'summary'),
    ...(['steps', 'points', 'tips'] as const).flatMap((list) => topicItems(id, list).map((item) => topicKey(id, `${list}.${item}`))),
  ];
}

describe('help topic of a route (F1 and the page heading link)', () => {
  it('gives every sidebar entry its own topic, on the list and on its sub-pages', () => {
    for (const item of NAV_ITEMS) {
      expect(helpTopicOfPath(item.path), item.path).toBe(item.section);
      expect(helpTopicOfPath(`${item.path}/0193a1b2-0000-7000-8000-000000000001`), item.path).toBe(item.section);
    }
  });

  it('sends the screens reached from the sidebar to their own topics', () => {
    expect(helpTopicOfPath('/partners')).toBe('partners');
    expect(helpTopicOfPath('/partners/abc/edit')).toBe('partners');
    expect(helpTopicOfPath('/data/import')).toBe('import');
    expect(helpTopicOfPath('/data')).toBe('data');
    expect(helpTopicOfPath('/agreements/abc/document')).toBe('documents');
    expect(helpTopicOfPath('/agreements/abc')).toBe('agreements');
    expect(helpTopicOfPath('/agreements/new')).toBe('agreements');
    expect(helpTopicOfPath('/documents/templates')).toBe('documents');
    expect(helpTopicOfPath('/documents/templates/abc')).toBe('documents');
    expect(helpTopicOfPath('/followups')).toBe('followUps');
  });

  it('opens the index on a route with no topic', () => {
    expect(helpTopicOfPath('/')).toBeNull();
    expect(helpTopicOfPath('/partnersx')).toBeNull();
    expect(helpTopicOfPath('/nowhere')).toBeNull();
  });

  it('links every screen topic to a path that maps back to it', () => {
    for (const screen of SCREEN_TOPICS) expect(helpTopicOfPath(SCREEN_PATH[screen]), screen).toBe(screen);
    for (const guide of GUIDE_TOPICS) expect(SCREEN_TOPICS).toContain(screenOfTopic(guide));
  });
});

describe('help topics link to the guides', () => {
  it('every guide is linked from a screen, and links go to guides only', () => {
    const linked = new Set(Object.values(RELATED_GUIDES).flat());
    expect([...linked].sort()).toEqual([...GUIDE_TOPICS].sort());
    expect(relatedGuides('partners')).toContain('importRoster');
    for (const guide of GUIDE_TOPICS) expect(relatedGuides(guide)).toEqual([]);
  });
});

describe('help content', () => {
  it('has a title, a summary and its list in both languages for every topic', () => {
    for (const lang of LANGUAGES) {
      const i18n = translatorFor(lang);
      for (const id of ALL_TOPICS) {
        const list = (GUIDE_TOPICS as readonly string[]).includes(id) ? 'steps' : 'points';
        expect(topicItems(id, list).length, `${id}.${list}`).toBeGreaterThanOrEqual(list === 'steps' ? 4 : 2);
        for (const key of keysOf(id)) {
          const text = i18n.t(key);
          expect(typeof rawValue(lang, key), `${lang}:${key}`).toBe('string');
          expect(text.trim(), `${lang}:${key}`).not.toBe('');
          // A nested label that did not resolve would show "$t(" or the bare key.
          expect(text, `${lang}:${key}`).not.toMatch(/\$t\(|help\.topics\./);
          if (lang === 'zh-CN') expect(text, `${lang}:${key}`).toMatch(HAN);
          else expect(text, `${lang}:${key}`).toMatch(/[A-Za-z]{3}/);
        }
      }
    }
  });

  it('quotes only screen labels that exist in both languages and need no values', () => {
    const nested = new Set<string>();
    for (const id of ALL_TOPICS) {
      for (const key of keysOf(id)) {
        for (const lang of LANGUAGES) {
          for (const m of String(rawValue(lang, key)).matchAll(/\$t\(([^)]+)\)/g)) nested.add(m[1] ?? '');
        }
      }
    }
    expect(nested.size).toBeGreaterThan(40);
    for (const key of nested) {
      for (const lang of LANGUAGES) {
        const value = rawValue(lang, key);
        expect(typeof value, `${lang}:${key}`).toBe('string');
        expect(String(value), `${lang}:${key}`).not.toMatch(/\{\{/);
      }
    }
  });

  it('uses the screens’ own words in the guides (zh-CN)', () => {
    const zh = translatorFor('zh-CN');
    expect(zh.t(topicKey('importRoster', 'steps.open'))).toContain('“导入导出与备份”');
    expect(zh.t(topicKey('importRoster', 'steps.open'))).toContain('“打开导入向导”');
    expect(zh.t(topicKey('backupUsb', 'steps.backupTo'))).toContain('“备份到…”');
    expect(zh.t(topicKey('agreementDocument', 'steps.generate'))).toContain('“生成协议文本”');
    expect(zh.t(topicKey('yearlyReports', 'steps.export'))).toContain('“导出 Excel”');
  });
});

describe('help shortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('is F1 alone', () => {
    expect(isHelpShortcut(key('F1'))).toBe(true);
    expect(isHelpShortcut(key('F1', { shiftKey: true }))).toBe(false);
    expect(isHelpShortcut(key('F1', { ctrlKey: true }))).toBe(false);
    expect(isHelpShortcut(key('F2'))).toBe(false);
  });
});
