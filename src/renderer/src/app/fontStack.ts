// One font stack for the DOM (antd's theme) and for what draws its own text (the dashboard's
// ECharts): the system's CJK face where there is one, else the bundled Noto Sans SC, so a
// machine without CJK fonts never shows boxes.

/** The bundled face (@fontsource/noto-sans-sc, its CSS imported in main.tsx). */
export const BUNDLED_CJK_FAMILY = 'Noto Sans SC';

export const FONT_STACK = `"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "${BUNDLED_CJK_FAMILY}", sans-serif`;
