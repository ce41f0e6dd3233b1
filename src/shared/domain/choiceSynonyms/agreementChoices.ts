import type { SynonymTable } from './types';

// Agreement choices as 协议台账 write them.

export const agreementTypeSynonyms: SynonymTable<'agreementType'> = {
  framework: ['框架', '框架协议', '框架合作协议', '战略合作', '战略合作协议', '校企合作', '校企合作协议', '合作协议', '全面合作', '全面合作协议', 'framework', 'framework agreement', 'strategic cooperation'],
  internship_base: ['校外实习基地', '实习基地协议', '实践基地', '校外实践基地', '实习', '顶岗实习', '岗位实习', '教学实习基地', 'internship', 'internship agreement'],
  // 实训 (on-campus or co-built training) is not 实习 (placement in the company).
  training_base: ['实训基地', '共建实训基地', '校内实训基地', '实训室', '实训室共建', '共建实训室', '生产性实训基地', 'training base'],
  order_class: ['订单班', '订单', '订单培养协议', '冠名班', '定向培养', '订单式培养', 'order class', 'order-based'],
  modern_apprenticeship: ['学徒制', '学徒', '新型学徒制', '企业新型学徒制', '现代学徒制试点', 'apprenticeship'],
  industry_college: ['产业学院', '共建产业学院', '现代产业学院', '企业学院', 'industry college'],
  co_built_major: ['共建专业', '合作办专业', '专业共建协议', '校企共建专业', 'co-built major', 'joint major'],
  joint_course_textbook: ['课程共建', '教材共建', '课程/教材共建', '课程开发', '教材开发', '共建课程', '合作开发课程', '合作开发教材', '课程教材开发', 'joint course', 'joint textbook'],
  technical_service: ['横向课题', '横向项目', '技术开发', '技术咨询', '技术服务合同', '技术服务协议', '社会服务', 'technical services'],
  donation: ['捐赠协议', '捐赠设备', '设备捐赠', '捐资', '捐赠合同', 'donation agreement'],
  cert_1x: ['1+X', '1+X证书制度', '1+X证书试点', '1+X试点', '职业技能等级证书', '1+x certificate'],
  other: ['其它', 'others'],
};

// Stored statuses only. 即将到期 / 已到期 are derived from the end date (agreementLifecycle.ts),
// so a roster's "expired" agreement is one that was in force: it is stored as active and
// shows as expired by its date.
export const agreementStatusSynonyms: SynonymTable<'agreementStatus'> = {
  draft: ['草拟', '起草中', '拟定中', '未签', '未签订', '待签订', 'drafting'],
  signing: ['签订中', '审批中', '待盖章', '待签署', '盖章中', '待签', '流程中', '报批中', '会签中', 'pending signature', 'in approval', 'awaiting seal'],
  active: ['有效', '执行中', '合作中', '已生效', '履行中', '已签订', '已签署', '正常', '在期', '即将到期', '已到期', '到期', '过期', '已过期', 'active', 'effective', 'valid', 'signed', 'expiring', 'expired'],
  renewing: ['续约中', '待续签', '续签办理中', 'in renewal'],
  renewed: ['已续约', '续签完成', 'renewal done'],
  terminated: ['终止', '解除', '已解除', '提前终止', '作废', '已作废', 'ended', 'cancelled', 'canceled'],
};

export const partyTypeSynonyms: SynonymTable<'partyType'> = {
  school: ['校方', '院校', '学院', 'college'],
  enterprise: ['企业方', '公司', '单位', 'company'],
  student: ['学员', '实习生', 'intern'],
  guardian: ['家长', '法定监护人', 'parent'],
  other: ['其它', 'others'],
};

export const obligationRecurrenceSynonyms: SynonymTable<'obligationRecurrence'> = {
  none: ['一次', '单次', '不重复', 'one-off', 'one time'],
  yearly: ['每年度', '年度', '按年', '每学年', 'annual', 'annually', 'every year'],
  semester: ['学期', '按学期', 'per semester', 'each semester'],
};
