import { FONT_STACK } from '../../app/fontStack';

// ECharts measures and draws its own text: left to its default (plain sans-serif) a machine
// without a CJK system font shows boxes, and a chart laid out before the bundled face has
// arrived keeps the fallback's measurements. So charts name the app's font stack and are
// drawn only once the bundled face is loaded for the characters they show (chartFontReady.ts).

/** The text style of every chart (root, so axes, legends and labels inherit it, and tooltips). */
export const CHART_TEXT_STYLE = { fontFamily: FONT_STACK } as const;

/** Every string in a chart option: the characters whose font subsets must be loaded before drawing. */
export function optionText(option: unknown): string {
  const seen = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const ch of value) seen.add(ch);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(option);
  return [...seen].join('');
}
