// Strings of the documents feature (Simplified Chinese, the reference language).
export const documentsZhCN = {
  title: '协议文本',
};
