// Strings of the programmes feature (Simplified Chinese, the reference language).
export const programmesZhCN = {} as const;
