import type { SynonymTable } from './types';

// What 合作单位 registers and rosters write in the partner choice columns. Reviewed against
// the codes in domain/enums.ts; where a common word fits no code exactly, the comment says
// which bucket it goes to and why.

export const orgKindSynonyms: SynonymTable<'orgKind'> = {
  enterprise: ['企业', '公司', '企业单位', '有限公司', '有限责任公司', '集团', '集团公司', 'company', 'firm', 'business'],
  industry_association: ['协会', '学会', '商会', '联合会', '行业组织', '行业协会学会', 'association', 'society', 'chamber of commerce'],
  research_institute: ['研究院', '研究所', '科研机构', '科研单位', '科研院', '研究机构', 'institute', 'research institution'],
  training_evaluation_org: ['1+X培训评价组织', '评价组织', '评价机构', '培训评价机构', 'training evaluation organisation', 'training evaluation organization'],
  government: ['政府', '政府部门', '机关', '行政机关', '机关单位', '政府单位', '主管部门', 'government', 'government department', 'authority'],
  // 事业单位 (schools, hospitals) is a nature, not a kind of its own: org kind "other".
  other: ['其它', '事业单位', '学校', '院校', '医院', '社会组织', 'others'],
};

export const orgNatureSynonyms: SynonymTable<'orgNature'> = {
  // Local (省属/市属) state firms; 国有独资 is wholly state-owned, so not "state holding".
  state_owned: ['国企', '国有', '国有独资', '国有独资企业', '地方国企', '地方国有企业', '省属国企', '市属国企', '国营', '国营企业', 'soe', 'state owned', 'state-owned'],
  central_soe: ['央企', '中央国有企业', '中央企业集团', '中央直属企业', '央企子公司', 'central state-owned enterprise'],
  state_holding: ['国有控股', '国企控股', '国有控股公司', '国有控股企业集团', 'state holding', 'state-controlled'],
  // 个体工商户 and 个人独资企业 (a sole proprietorship, not a foreign 独资) are private.
  private: ['民营', '民企', '私营', '私企', '私营企业', '民营公司', '个体', '个体工商户', '个体户', '个人独资企业', '民营科技企业', 'private', 'privately owned'],
  // 港澳台资 firms are registered under the foreign-investment rules and the state-data
  // platform's 企业性质 list has no separate entry, so they are "foreign" here.
  foreign: ['外资', '外企', '外商独资', '外商独资企业', '外商投资企业', '外资公司', '港澳台资', '港澳台资企业', '港资', '台资', '澳资', '港资企业', '台资企业', 'foreign', 'foreign-owned', 'wfoe'],
  joint_venture: ['合资', '中外合资', '中外合资企业', '中外合作', '中外合作企业', '合资公司', 'jv', 'sino-foreign joint venture'],
  // 股份制 / 股份有限公司 are left out on purpose: most joint-stock companies are not listed,
  // so the import asks (value step) instead of recording a listing nobody stated.
  listed: ['上市', '上市企业', 'listed', 'public company'],
  public_institution: ['事业', '事业单位法人', '公办事业单位', 'institution'],
  // 集体企业 and 社会团体 are neither state nor private.
  other: ['其它', '集体', '集体企业', '社会团体', '民办非企业', '民办非企业单位', 'others', 'collective'],
};

export const orgSizeSynonyms: SynonymTable<'orgSize'> = {
  // 特大型 is not a class of the 大中小微 rules (统计上大中小微型企业划分办法); it is large.
  large: ['大', '大型企业', '大企业', '特大型', '特大型企业', '超大型', '大型集团', 'big', 'large enterprise'],
  medium: ['中', '中型企业', '中等', '中等规模', 'mid', 'mid-sized', 'medium-sized', 'medium enterprise'],
  // 小微 is the policy word for "small and micro" together; whoever wrote it did not
  // split them, so it goes to the larger of the two (small) rather than guessing micro.
  small: ['小', '小型企业', '小微', '小微企业', 'small enterprise', 'small-sized'],
  micro: ['微', '微型企业', '微企', '微小企业', 'micro enterprise', 'micro-sized'],
};

export const partnerStatusSynonyms: SynonymTable<'partnerStatus'> = {
  prospect: ['潜在合作', '意向', '有意向', '意向合作', '待开发', '待合作', '未合作', 'potential', 'lead'],
  negotiating: ['洽谈', '接洽中', '沟通中', '商谈中', '洽谈合作', '对接中', 'in negotiation', 'negotiation'],
  active: ['合作', '在合作', '正在合作', '已合作', '合作中企业', '正常', 'cooperating', 'current'],
  paused: ['暂停合作', '中止', '中止合作', '暂缓', '搁置', 'suspended', 'on hold'],
  ended: ['终止', '终止合作', '结束合作', '已结束', '停止合作', '合作结束', 'terminated', 'finished', 'closed'],
};

export const partnerSourceSynonyms: SynonymTable<'partnerSource'> = {
  trade_fair: ['展会', '招聘会', '双选会', '博览会', '交流会', '人才交流会', '校园招聘会', 'job fair', 'trade fair', 'fair'],
  visit: ['拜访', '上门走访', '访企拓岗', '实地走访', '走访企业', 'company visit'],
  referral: ['推荐', '介绍', '校友推荐', '朋友介绍', '熟人介绍', '他人介绍', '校友介绍', 'recommended', 'recommendation'],
  other: ['其它', 'others'],
};

export const cjrhLevelSynonyms: SynonymTable<'cjrhLevel'> = {
  national: ['国家', '国家级产教融合型企业', '国家产教融合型企业', 'national level'],
  provincial: ['省', '省级产教融合型企业', '省产教融合型企业', 'provincial level'],
};

export const orgUnitKindSynonyms: SynonymTable<'orgUnitKind'> = {
  college: ['学院', '系', '分院', '教学院系', '院系', 'school', 'faculty'],
  department: ['部门', '处室', '行政部门', '职能处室', 'office', 'administrative department'],
};
