// Strings of the jobs feature (Simplified Chinese, the reference language).
export const jobsZhCN = {
  phases: {
    preparing: '准备中',
    querying: '正在查询数据',
    writing: '正在写入文件',
    rendering: '正在生成 PDF',
    verifying: '正在校验',
    reading: '正在读取文件',
    validating: '正在检查数据',
    importing: '正在导入',
    'copying-attachments': '正在复制附件',
    done: '已完成',
  },
  cancel: '取消',
  cancelled: '已取消',
  openFile: '打开文件',
  showInFolder: '在文件夹中显示',
  savedTo: '已保存：{{name}}（{{folder}}）',
  unavailable: '此环境无法打开文件',
};
