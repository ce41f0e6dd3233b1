// First start (language, what PartnerDesk is, 学校信息, sample or empty), the dashboard's
// first steps for an empty register, and what every empty list says to do next.
export const onboardingZhCN = {
  languageTitle: '选择语言 / Choose a language',
  // Shown on the language step in both languages (rendered with lng: each language's own text).
  about: 'PartnerDesk 是高职院校校企合作办公室的离线工作台：合作单位、协议、项目和经费集中登记，协议到期前自动提醒，报表和协议文本一键生成。数据只保存在本机。',
  welcomeTitle: '欢迎使用 PartnerDesk',
  does: {
    partners: '登记合作单位、联系人和走访往来，一家单位的合作情况一页看全。',
    agreements: '管理协议的签署、续签和到期，到期前提醒，按模板生成协议文本。',
    programmes: '记录实习基地、订单班、现代学徒制等合作项目，以及经费和企业投入。',
    reports: '按上报口径生成统计报表；数据每天自动备份。',
  },
  collegeTitle: '学校信息',
  collegeHint: '协议文本和报表中的甲方信息，都可以先不填：可稍后在 设置 → 学校信息 中填写。',
  collegeInvalid: '请更正标出的学校信息（或清空该项）后再开始。',
  sample: '载入示例数据',
  sampleHint: '包含示例合作单位、联系人和协议，之后可在“导入导出与备份”页一键清除。',
  empty: '从空白开始',
  emptyHint: '直接录入或导入本校的合作单位。',
  seeding: '正在载入示例数据…',
  firstSteps: {
    title: '首次使用步骤',
    intro: '还没有合作单位。按下面的顺序开始，完成的步骤会自动打勾。',
    done: '已完成',
    todo: '未完成',
    college: {
      title: '填写学校信息',
      text: '学校全称、统一社会信用代码、法定代表人等，协议文本和报表会用到。',
      action: '填写学校信息',
    },
    partners: {
      title: '导入或新建合作单位',
      text: '已有 Excel 名单可以直接导入，也可以逐家新建。',
      import: '导入合作单位',
      create: '新建合作单位',
    },
    agreements: {
      title: '录入合作协议',
      text: '登记签约各方、起止日期和义务，到期前会自动提醒。',
      create: '新建协议',
      import: '导入协议',
    },
    output: {
      title: '生成报表、备份数据',
      text: '按上报口径导出统计报表；数据每天自动备份，也可以随时备份到 U 盘。',
      reports: '统计报表',
      backup: '备份数据',
    },
  },
} as const;

export const emptyStateZhCN = {
  noMatch: '没有符合当前筛选条件的记录',
  noMatchHint: '换个条件，或清除筛选查看全部。',
  clearFilters: '清除筛选',
  import: '从 Excel 导入',
  create: '新建',
  partners: { title: '还没有合作单位', hint: '新建一家合作单位，或从 Excel 名单批量导入。' },
  agreements: { title: '还没有合作协议', hint: '新建协议，或从 Excel 台账导入已签的协议。' },
  programmes: { title: '还没有{{kind}}记录', hint: '点“新建”登记第一条。', hintImport: '点“新建”登记第一条，或从 Excel 批量导入。' },
  courses: { title: '还没有合作开发的课程或教材', hint: '新建一条，或从 Excel 批量导入。' },
  fundingSources: { title: '还没有经费来源', hint: '先添加财政专项、企业投入等经费来源，才能记录收支。' },
  fundingTxns: { title: '还没有经费收支记录', hint: '记一笔收入或支出（需先有经费来源），或从 Excel 导入。' },
  contributions: { title: '还没有企业投入记录', hint: '记录企业捐赠设备、提供培训等投入，或从 Excel 导入。' },
  contacts: { title: '还没有联系人', hint: '添加这家单位的联系人，打电话和生成协议时会用到。' },
  interactions: { title: '还没有往来记录', hint: '记下走访、电话、招聘会等往来；填写跟进日期后会到期提醒。' },
  partnerAgreements: { title: '还没有与这家单位的协议', hint: '新建一份协议，这家单位会自动作为乙方。' },
  followUps: { title: '没有需要跟进的事项', hint: '在往来记录中填写跟进日期后，到期的事项会列在这里。', action: '查看合作单位' },
  reminders: {
    expiring: '协议进入提醒期（终止日期前的提醒天数内）后会列在这里。',
    expired: '已过终止日期但仍标为生效的协议会列在这里。',
    noEndDate: '生效但没有填写终止日期的协议会列在这里。',
    followup: '往来记录的跟进日期到了会列在这里。',
    obligation: '协议义务的期限临近时会列在这里。',
  },
  reports: { hint: '报表由合作单位、协议、合作项目等记录汇总而来：先录入或导入这些记录，或换一个统计期间。' },
  trash: { title: '回收站是空的', hint: '删除的记录会先放在这里，可以随时恢复。' },
} as const;
