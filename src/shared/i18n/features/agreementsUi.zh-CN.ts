// Strings of the agreementsUi feature (Simplified Chinese, the reference language).
export const agreementsUiZhCN = {} as const;
