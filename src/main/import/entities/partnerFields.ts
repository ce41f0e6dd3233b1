import type { FieldDef } from './entityDef';

// The columns of a partner roster (合作单位名单), Chinese and English header synonyms.

export const PARTNER_FIELDS: readonly FieldDef[] = [
  { field: 'fullName', kind: 'text', required: true, synonyms: ['单位名称', '企业名称', '合作企业名称', '合作单位名称', '合作单位', '企业全称', '单位全称', '公司名称', 'name', 'company', 'company name', 'full name', 'organisation', 'organization'], example: '华为技术有限公司' },
  { field: 'uscc', kind: 'code', synonyms: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'credit code', 'unified social credit code'], example: '914403001922038216' },
  { field: 'kind', kind: 'enum', enumName: 'orgKind', synonyms: ['单位类型', '机构类型', 'kind', 'organisation kind'], example: '企业' },
  { field: 'status', kind: 'enum', enumName: 'partnerStatus', synonyms: ['合作状态', '状态', 'status'], example: '合作中' },
  { field: 'nature', kind: 'enum', enumName: 'orgNature', synonyms: ['企业性质', '单位性质', 'nature'], example: '民营企业' },
  { field: 'size', kind: 'enum', enumName: 'orgSize', synonyms: ['企业规模', '规模', 'size'], example: '大型' },
  // Industry and region columns hold a code or a name at any level of GB/T 4754 / GB/T 2260;
  // the value step turns them into codes (a 门类 letter or a 2–4 digit code; a 6-digit region).
  { field: 'industrySection', kind: 'text', classification: 'industry', synonyms: ['行业门类', 'industry section'], example: '制造业' },
  { field: 'industryCode', kind: 'text', classification: 'industry', synonyms: ['行业', '所属行业', '行业大类', '行业大类代码', '国民经济行业分类', '行业代码', '行业分类', 'industry', 'industry code', 'industry division'], example: '39' },
  { field: 'regionCode', kind: 'text', classification: 'region', synonyms: ['行政区划代码', '区划代码', 'region code'], example: '440300' },
  { field: 'regionName', kind: 'text', classification: 'region', synonyms: ['所在地区', '地区', '所在地', '省份', '城市', '所在省份', '所在城市', 'region'], example: '广东省深圳市' },
  { field: 'address', kind: 'text', synonyms: ['地址', '通讯地址', '单位地址', '注册地址', 'address'], example: '深圳市龙岗区坂田华为基地' },
  { field: 'website', kind: 'text', synonyms: ['网址', '网站', '官网', 'website'], example: 'https://www.huawei.com' },
  // [base-full-table] the host's 在岗职工总数 (R5 校外实践基地)
  { field: 'employeeCount', kind: 'int', synonyms: ['在岗职工总数', '职工人数', '在岗职工人数', '职工总数', '员工人数', '员工总数', 'employee count', 'employees'], example: '5200' },
  { field: 'legalRepresentative', kind: 'text', synonyms: ['法定代表人', '法人代表', '法人', 'legal representative'], example: '赵明路' },
  { field: 'cjrhLevel', kind: 'enum', enumName: 'cjrhLevel', synonyms: ['产教融合型企业', '产教融合型企业级别', 'cjrh level'], example: '国家级' },
  { field: 'source', kind: 'enum', enumName: 'partnerSource', synonyms: ['来源', '信息来源', 'source'], example: '走访' },
  { field: 'aliases', kind: 'list', synonyms: ['别名', '简称', 'aliases', 'alias'], example: '华为' },
  { field: 'tags', kind: 'list', synonyms: ['标签', 'tags'], example: '通信;重点' },
  // A roster's cooperation columns describe the partner's agreement (created with it).
  { field: 'cooperationStartDate', kind: 'date', synonyms: ['合作开始日期', '开始合作时间', '合作开始时间', '合作时间', '合作起始日期', 'cooperation start date'], example: '2021-03-05' },
  { field: 'cooperationType', kind: 'enum', enumName: 'agreementType', synonyms: ['合作类型', '合作形式', '合作方式', '合作模式', 'cooperation type'], example: '框架合作' },
  { field: 'notes', kind: 'longText', synonyms: ['备注', '说明', 'notes', 'remarks'], example: '' },
  { field: 'contactName', kind: 'text', synonyms: ['联系人', '联系人姓名', '姓名', 'contact', 'contact name'], example: '李经理' },
  { field: 'contactTitle', kind: 'text', synonyms: ['职务', '联系人职务', '职位', 'title', 'position'], example: '招聘经理' },
  { field: 'contactDepartment', kind: 'text', synonyms: ['部门', '联系人部门', 'department'], example: '人力资源部' },
  { field: 'contactMobile', kind: 'phone', synonyms: ['手机', '手机号', '手机号码', '联系人手机', '联系电话', 'mobile', 'cell phone'], example: '13812345678' },
  { field: 'contactPhone', kind: 'phone', synonyms: ['电话', '座机', '办公电话', '固定电话', 'phone', 'telephone', 'tel'], example: '0755-28780808' },
  { field: 'contactEmail', kind: 'email', synonyms: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail'], example: 'li@example.com' },
  { field: 'contactWechat', kind: 'text', synonyms: ['微信', '微信号', 'wechat'], example: '' },
];
