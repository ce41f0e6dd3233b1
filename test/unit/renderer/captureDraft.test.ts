import { describe, expect, it } from 'vitest';
import {
  CAPTURE_DRAFT_KEY,
  type DraftStore,
  discardDraft,
  draftLabel,
  hasTypedContent,
  keepDraft,
  readDraft,
} from '../../../src/renderer/src/features/capture/captureDraft';

function memoryStore(): DraftStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const DEFAULT_DATE = '2026-12-05';

describe('hasTypedContent', () => {
  it('is false for the form as it opens', () => {
    expect(hasTypedContent({}, DEFAULT_DATE)).toBe(false);
    expect(hasTypedContent({ followUpDate: DEFAULT_DATE, majorIds: [], partnerText: '  ', usccOverride: false }, DEFAULT_DATE)).toBe(false);
  });

  it('is true once anything is typed or picked, or the date moved', () => {
    expect(hasTypedContent({ contactMobile: '138' }, DEFAULT_DATE)).toBe(true);
    expect(hasTypedContent({ majorIds: ['m1'] }, DEFAULT_DATE)).toBe(true);
    expect(hasTypedContent({ followUpDate: '2026-12-24' }, DEFAULT_DATE)).toBe(true);
    expect(hasTypedContent({ usccOverride: true }, DEFAULT_DATE)).toBe(false);
  });
});

describe('capture draft: keep, restore, discard', () => {
  it('keeps a half-typed entry and reads it back with the picked partner', () => {
    const store = memoryStore();
    const values = { partnerText: '华为技术有限公司', contactName: '张明', contactMobile: '13812345678', notes: '下月来校宣讲', majorIds: ['m1'] };
    keepDraft(store, { values, picked: { id: 'p1', name: '华为技术有限公司' } }, DEFAULT_DATE);
    expect(readDraft(store)).toEqual({ values, picked: { id: 'p1', name: '华为技术有限公司' } });
  });

  it('leaves no draft for an empty form, and an emptied form removes the old one', () => {
    const store = memoryStore();
    keepDraft(store, { values: { followUpDate: DEFAULT_DATE }, picked: null }, DEFAULT_DATE);
    expect(store.map.size).toBe(0);
    keepDraft(store, { values: { contactName: '张' }, picked: null }, DEFAULT_DATE);
    expect(readDraft(store)?.values).toEqual({ contactName: '张' });
    keepDraft(store, { values: { contactName: '' }, picked: null }, DEFAULT_DATE);
    expect(readDraft(store)).toBeNull();
  });

  it('discards on request', () => {
    const store = memoryStore();
    keepDraft(store, { values: { notes: 'x' }, picked: null }, DEFAULT_DATE);
    discardDraft(store);
    expect(readDraft(store)).toBeNull();
  });

  it('drops an unreadable draft instead of failing, and ignores foreign value types', () => {
    const store = memoryStore();
    store.setItem(CAPTURE_DRAFT_KEY, '{not json');
    expect(readDraft(store)).toBeNull();
    expect(store.map.has(CAPTURE_DRAFT_KEY)).toBe(false);
    store.setItem(CAPTURE_DRAFT_KEY, JSON.stringify({ values: { notes: 'n', internCount: { evil: 1 }, majorIds: ['a', 2] }, picked: { id: 3 } }));
    expect(readDraft(store)).toEqual({ values: { notes: 'n', majorIds: ['a'] }, picked: null });
    store.setItem(CAPTURE_DRAFT_KEY, JSON.stringify({ values: [] }));
    expect(readDraft(store)).toBeNull();
  });

  it('names the draft by partner, contact and note for the offer', () => {
    expect(draftLabel({ values: { partnerText: '海鲸', contactName: '周经理', notes: '要实习生' }, picked: null })).toBe('海鲸 · 周经理 · 要实习生');
    expect(draftLabel({ values: { partnerText: 'hw' }, picked: { id: 'p', name: '华为技术有限公司' } })).toBe('华为技术有限公司');
    expect(draftLabel({ values: { notes: '长'.repeat(80) }, picked: null })).toHaveLength(60);
  });
});
