// Issue 12, forms that guard the user: the unsaved-changes question and the record history's
// own wording (labels for audited columns no form shows, money, unknown references).
export const formsZhCN = {
  unsaved: {
    title: '有未保存的修改，确定离开？',
    text: '离开后，本页填写或修改的内容不会保存。',
    leave: '离开',
    stay: '继续编辑',
  },
};

export const historyZhCN = {
  yuan: '{{amount}} 元',
  unknownRecord: '（已不存在的记录）',
  fields: {
    common: {
      organisationId: '合作单位',
      attachmentId: '附件',
      notes: '备注',
    },
    organisation: { usccCheckOverridden: '校验位已人工核对' },
    agreement: {
      orgUnitId: '二级学院',
      amountFen: '协议金额（元）',
      renewalOfId: '续签自',
      templateId: '文书模板',
      mergeValues: '文书补充内容',
      signedScanAttachmentId: '签字盖章扫描件',
    },
    interaction: {
      averageSalaryFen: '平均薪酬（元）',
      internPayFen: '实习报酬（元）',
      startingSalaryFen: '起薪线（元）',
    },
    fundingTxn: { amountFen: '金额（元）' },
    contribution: { valueFen: '价值（元）' },
    appSetting: { value: '内容' },
  },
};
