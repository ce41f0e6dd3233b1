// Strings of the reminders feature (Simplified Chinese, the reference language).
export const remindersZhCN = {} as const;
