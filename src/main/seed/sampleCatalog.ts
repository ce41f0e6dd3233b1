// Vocabulary for the generated sample data. Company names are invented: realistic in
// shape (region + brand + business + suffix) but not real firms, so the sample never
// carries a real organisation's data.
export const REGIONS = [
  { code: '440300', name: '广东省深圳市', address: '深圳市南山区科技园' },
  { code: '440100', name: '广东省广州市', address: '广州市黄埔区科学城' },
  { code: '441900', name: '广东省东莞市', address: '东莞市松山湖高新区' },
  { code: '320500', name: '江苏省苏州市', address: '苏州工业园区星湖街' },
  { code: '320100', name: '江苏省南京市', address: '南京市江宁经济技术开发区' },
  { code: '330100', name: '浙江省杭州市', address: '杭州市滨江区网商路' },
  { code: '330200', name: '浙江省宁波市', address: '宁波市北仑区大港工业城' },
  { code: '310115', name: '上海市浦东新区', address: '上海市浦东新区张江路' },
  { code: '370200', name: '山东省青岛市', address: '青岛市黄岛区前湾港路' },
  { code: '420100', name: '湖北省武汉市', address: '武汉市东湖新技术开发区光谷大道' },
  { code: '510100', name: '四川省成都市', address: '成都市高新区天府大道' },
  { code: '610100', name: '陕西省西安市', address: '西安市高新区锦业路' },
] as const;

export const CITY_PREFIX: Record<string, string> = {
  '440300': '深圳', '440100': '广州', '441900': '东莞', '320500': '苏州', '320100': '南京', '330100': '杭州',
  '330200': '宁波', '310115': '上海', '370200': '青岛', '420100': '武汉', '510100': '成都', '610100': '西安',
};

export const BRANDS = [
  '华创', '远航', '中科', '智联', '鼎盛', '启明', '蓝海', '恒信', '瑞达', '博远', '汇通', '新锐', '天工', '精诚', '宏图',
  '创维', '海纳', '星辰', '联成', '卓越', '达观', '佳禾', '润丰', '明德', '金桥', '领航', '睿思', '长风', '安泰', '晨光',
];

/** Business descriptions with their GB/T 4754 section, division and the code a partner stores (小类 where one fits). */
export const BUSINESSES = [
  { words: '智能制造', section: 'C', division: '34', code: '3491' },
  { words: '汽车零部件', section: 'C', division: '36', code: '3670' },
  { words: '电子科技', section: 'C', division: '39', code: '3982' },
  { words: '精密机械', section: 'C', division: '35', code: '3525' },
  { words: '新能源科技', section: 'C', division: '38', code: '3841' },
  { words: '生物医药', section: 'C', division: '27', code: '2761' },
  { words: '软件技术', section: 'I', division: '65', code: '6513' },
  { words: '信息技术', section: 'I', division: '65', code: '6531' },
  { words: '网络科技', section: 'I', division: '64', code: '6429' },
  { words: '数据服务', section: 'I', division: '65', code: '6550' },
  { words: '物流', section: 'G', division: '59', code: '5920' },
  { words: '供应链管理', section: 'G', division: '58', code: '5821' },
  { words: '建设工程', section: 'E', division: '48', code: '48' },
  { words: '酒店管理', section: 'H', division: '61', code: '6110' },
  { words: '餐饮管理', section: 'H', division: '62', code: '6210' },
  { words: '健康管理', section: 'Q', division: '84', code: '84' },
  { words: '文化传媒', section: 'R', division: '86', code: '86' },
  { words: '商贸', section: 'F', division: '51', code: '51' },
] as const;

export const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'] as const;

// Full names as registered, in Shenzhen (REGIONS[0]): a province-level body is named after
// 广东省, a city-level one after 深圳市 (never "深圳省").
export const OTHER_ORGANISATIONS = [
  { kind: 'industry_association', name: '广东省智能制造行业协会', code: '51' },
  { kind: 'industry_association', name: '深圳市软件行业协会', code: '51' },
  { kind: 'research_institute', name: '广东省先进制造技术研究院', code: '12' },
  { kind: 'training_evaluation_org', name: '深圳市工业机器人职业技能等级评价中心', code: '52' },
  { kind: 'government', name: '深圳市人力资源和社会保障局', code: '11' },
] as const;

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '林', '何', '高', '罗'];
export const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强', '晓东', '丽华', '海燕', '文博', '子涵'];
export const CONTACT_TITLES = ['人力资源总监', '招聘经理', '培训主管', '技术总监', '总经理', '行政经理', '生产部经理', '校企合作专员'];

export const COLLEGE_UNITS = [
  { name: '智能制造学院', code: '01', majors: [{ code: '460301', name: '机械制造及自动化' }, { code: '460305', name: '工业机器人技术' }] },
  { name: '信息工程学院', code: '02', majors: [{ code: '510201', name: '计算机应用技术' }, { code: '510203', name: '软件技术' }] },
  { name: '商贸物流学院', code: '03', majors: [{ code: '530802', name: '现代物流管理' }, { code: '530701', name: '电子商务' }] },
  { name: '汽车工程学院', code: '04', majors: [{ code: '460702', name: '新能源汽车技术' }] },
  { name: '健康与旅游学院', code: '05', majors: [{ code: '540106', name: '酒店管理与数字化运营' }] },
] as const;

export const COURSE_NAMES = [
  '工业机器人现场编程', 'PLC 控制技术', '智能产线运维', 'Web 前端开发实战', '企业级 Java 开发', '大数据采集与处理',
  '仓储与配送管理', '跨境电商运营', '新能源汽车电池管理', '智能网联汽车检测', '酒店数字化运营', '数控加工工艺',
];
