// Strings of the admin feature (Simplified Chinese, the reference language).
export const adminZhCN = {} as const;
