// Strings of the dataTransfer feature (Simplified Chinese, the reference language).
export const dataTransferZhCN = {
  title: '导入导出与备份',
};
