import type { SynonymTable } from './types';

// Choices of programmes, courses, funding and follow-up records.

export const majorLevelSynonyms: SynonymTable<'majorLevel'> = {
  secondary: ['中专', '中等职业', '中等职业教育', '中职专业', '技工', 'secondary'],
  higher_vocational: ['高职', '专科', '大专', '高等职业', '高职高专', '高职专业', 'higher vocational college', 'associate'],
  vocational_bachelor: ['本科', '职教本科', '职业本科专业', '本科层次职业教育', 'bachelor'],
};

export const interactionKindSynonyms: SynonymTable<'interactionKind'> = {
  visit: ['拜访', '来访', '实地走访', '调研', '访企拓岗', '走访企业', '上门拜访', 'on-site visit'],
  trade_fair: ['展会', '招聘会', '双选会', '宣讲会', '博览会', 'job fair', 'trade fair'],
  call: ['电话沟通', '电话联系', '通话', '电话访谈', 'phone', 'phone call'],
  // 洽谈 and 座谈 are meetings with the partner.
  meeting: ['座谈', '座谈会', '洽谈', '会谈', '视频会议', '线上会议', '研讨会', 'online meeting'],
  other: ['其它', 'others'],
};

export const courseKindSynonyms: SynonymTable<'courseKind'> = {
  course: ['课', '课程开发', '共建课程', '在线课程', '精品课程', '课程资源'],
  textbook: ['教材开发', '书', '图书', '教程', '讲义', '活页教材', '工作手册式教材', '新形态教材', 'book'],
};

export const fundingSourceKindSynonyms: SynonymTable<'fundingSourceKind'> = {
  fiscal_special: ['财政', '专项', '财政拨款', '专项资金', '财政资金', '中央财政', '地方财政', 'government funds', 'fiscal'],
  enterprise_investment: ['企业', '企业资金', '企业出资', '企业投资', '企业投入资金', 'enterprise'],
  school_self_raised: ['自筹', '学校', '学校资金', '学校出资', '自筹资金', 'self-raised'],
  social_donation: ['捐赠', '捐款', '社会捐款', '社会资金', 'donation'],
  other: ['其它', 'others'],
};

export const fundingDirectionSynonyms: SynonymTable<'fundingDirection'> = {
  in: ['入', '收', '到账', '到款', '收款', '进账', '收入金额', 'receipt', 'credit', 'incoming'],
  out: ['出', '支', '付款', '开支', '花费', '支出金额', 'expenditure', 'payment', 'debit', 'outgoing'],
};

export const programmeTypeSynonyms: SynonymTable<'programmeType'> = {
  internship_base: ['校外实习基地', '实践基地'],
  order_class: ['订单培养', '订单'],
  apprenticeship: ['学徒制', '学徒', 'modern apprenticeship'],
  industry_college: ['共建产业学院', '现代产业学院'],
  part_time_teacher: ['企业兼职教师', '外聘教师', '兼职老师', 'adjunct teacher'],
  teacher_practice: ['教师实践', '下企业实践', '挂职锻炼', '教师下企业', 'teacher practice'],
  cert_1x: ['1+X', '职业技能等级证书'],
};

export const contributionKindSynonyms: SynonymTable<'contributionKind'> = {
  donated_equipment: ['设备捐赠', '设备', '仪器设备', '捐赠仪器'],
  quasi_donated_equipment: ['准捐赠', '设备准捐赠', '准捐赠仪器'],
  funds: ['现金', '资金投入', '经费', '捐款', 'cash', 'money'],
  premises: ['场所', '提供场地', '厂房', '场地设施', 'site', 'space'],
  technical_service_income: ['技术服务收入', '技术服务', '横向到款', '技术服务到账', '技术服务费', '横向技术服务', '横向项目到款'],
  employee_training: ['员工培训', '培训', '职工培训人天', '企业员工培训', '员工技能培训', 'staff training'],
  other: ['其它', 'others'],
};

export const internshipBaseKindSynonyms: SynonymTable<'internshipBaseKind'> = {
  // 厂中校: the school's teaching site inside the company, i.e. off campus.
  external: ['校外', '校外基地', '校外实践基地', '校外实训基地', '厂中校', 'external', 'off-campus'],
  // 校中厂: the company's workshop on campus.
  internal_joint: ['校内', '校内基地', '校内实训基地', '校内实践基地', '校中厂', '校内共建', '校企共建', 'on-campus'],
  // The college's own on-campus base, no enterprise (0016).
  internal: ['校内自建', '学校自建', '自建基地', '校内自建基地', 'school-run'],
};

export const orderClassKindSynonyms: SynonymTable<'orderClassKind'> = {
  industry: ['行业', '行业订单', '行业型订单班'],
  major_group: ['专业群', '专业订单班', '专业(群)订单班', '专业群订单', 'major group'],
  comprehensive: ['综合', '综合型订单班', '综合型', '综合订单'],
};

export const programmeLevelSynonyms: SynonymTable<'programmeLevel'> = {
  national: ['国家', '国家级试点', '国家级项目', 'national level'],
  provincial: ['省', '省级试点', '省级项目', 'provincial level'],
  municipal: ['市', '地市级', '市级试点', 'city'],
  school: ['校', '学校', '院级', '校级试点', 'school level'],
};
