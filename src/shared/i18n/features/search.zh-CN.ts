// Strings of the search feature (Simplified Chinese, the reference language).
export const searchZhCN = {} as const;
