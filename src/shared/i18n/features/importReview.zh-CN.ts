// Messages of the import's value review (issue 10): warnings that keep a row, value
// mapping, in-file merges. Simplified Chinese, the reference language.
export const importReviewZhCN = {
  warnings: {
    keptInNotes: '“{{value}}”无法保存到该字段，已写入备注',
    valueUnmapped: '“{{value}}”不是可选的值，该字段留空，原文已写入备注',
    valueLeftBlank: '已按选择将“{{value}}”留空，原文已写入备注',
    phoneRestored: '电话“{{value}}”被存成了数字，已恢复为 {{restored}}',
    phoneAmbiguous: '电话“{{value}}”被存成了数字，无法确定原号码（{{candidates}}），已写入备注',
    phoneInvalid: '电话“{{value}}”无法识别，已写入备注',
    usccUnverified: '统一社会信用代码 {{value}} 校验位不正确（应为 {{expected}}），将标记为“未核验”导入',
    regionFromUscc: '未填写所在地区，已按统一社会信用代码取为 {{value}}',
    industryMismatch: '行业门类与行业代码 {{code}} 不符（应为门类 {{section}}），已按行业代码导入，原文已写入备注',
    notesOverflow: '备注超出长度上限，以下导入时添加的内容未能写入备注：{{value}}',
    industryConflict: '两个行业列不一致，已按 {{code}} 导入，“{{value}}”已写入备注',
    regionConflict: '两个地区列不一致，已按 {{name}}（{{code}}）导入，“{{value}}”已写入备注',
    terminatedOnWithStatus: '协议状态不是“已解除”，解除日期“{{value}}”未采用，已写入备注',
    terminatedOnFuture: '解除日期「{{value}}」晚于导入日期，未采用',
    industrySectionKept: '行业门类：{{value}}（与已有行业 {{code}} 不符，未更新）',
  },
  // Written into the record's notes: data, so always in Chinese.
  notes: {
    unrecognised: '导入时未能识别：{{items}}',
    mergedConflicts: '合并文件第 {{row}} 行时不同的值：{{items}}',
  },
  fields: {
    partners: {
      industryCode: '行业',
      cooperationStartDate: '合作开始日期',
      cooperationType: '合作类型',
    },
  },
  cli: {
    warnings: '提示（{{count}} 条，这些行仍会导入）：',
    unknownValues: '未识别的值（{{count}} 个，可用 --values 指定）：',
    unknownValue: '{{column}}“{{text}}”：{{count}} 行，建议 {{suggestion}}',
    noSuggestion: '无',
    appliedMapping: '已使用保存的对应关系“{{name}}”',
    unmappedColumns: '未导入的列：{{columns}}（可用 --keep-unmapped 写入备注）',
    dryRun: '试运行，未写入任何数据',
    imported: '已导入',
    notImported: '未导入任何数据',
    summary: '{{verb}}：新建 {{created}}，更新 {{updated}}，合并 {{merged}}，跳过 {{skipped}}，重复 {{duplicates}}，错误 {{errors}}，提示 {{warnings}}',
  },
} as const;
