// Strings of the reports feature (Simplified Chinese, the reference language).
export const reportsZhCN = {
  title: '统计报表',
};
