import { BUNDLED_CJK_FAMILY } from '../../app/fontStack';

// The browser half of chartFont.ts: waits for the bundled face before a chart is drawn.

/** The longest a chart waits for the face: a bundled file, so this only guards against a broken FontFaceSet. */
const FONT_WAIT_MS = 3000;

/**
 * Resolves once the bundled face is loaded for `text` (Noto Sans SC is split by unicode-range;
 * only the subsets covering the text load), or after FONT_WAIT_MS: a chart is never withheld.
 */
export function chartFontReady(text: string): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const loading = Promise.all([
    document.fonts.load(`400 12px "${BUNDLED_CJK_FAMILY}"`, text || '中'),
    document.fonts.load(`700 12px "${BUNDLED_CJK_FAMILY}"`, text || '中'),
  ]).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([loading, new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
}
