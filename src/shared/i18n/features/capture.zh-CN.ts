// Strings of the capture feature (Simplified Chinese, the reference language).
export const captureZhCN = {} as const;
