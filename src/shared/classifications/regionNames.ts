// Short forms of GB/T 2260 names as people write them: 广东省 → 广东, 深圳市 → 深圳,
// 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 海淀区 → 海淀. A short form keeps at least
// two characters (城区 stays 城区), so it does not swallow other names.

// The peoples named in autonomous areas; a few are written without 族 (巴音郭楞蒙古自治州).
const PEOPLES = [
  '维吾尔', '柯尔克孜', '哈萨克', '达斡尔', '鄂温克', '鄂伦春', '塔吉克', '蒙古', '朝鲜', '土家', '哈尼', '景颇',
  '傈僳', '布依', '仫佬', '毛南', '仡佬', '纳西', '拉祜', '布朗', '独龙', '普米', '撒拉', '保安', '东乡', '裕固',
  '锡伯', '各', '壮', '回', '苗', '彝', '藏', '傣', '白', '侗', '羌', '黎', '瑶', '畲', '满', '水', '佤', '怒', '土',
];
const WITHOUT_ZU = new Set(['维吾尔', '柯尔克孜', '哈萨克', '蒙古']);

const SUFFIXES: Record<'province' | 'prefecture' | 'county', readonly string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '林区', '特区', '区', '县', '市', '旗'],
};

function stripPeoples(name: string): string {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const people of PEOPLES) {
      for (const token of WITHOUT_ZU.has(people) ? [`${people}族`, people] : [`${people}族`]) {
        if (rest.endsWith(token) && rest.length - token.length >= 2) {
          rest = rest.slice(0, -token.length);
          changed = true;
        }
      }
    }
  }
  return rest;
}

/** The name itself and its short form, if it has one of at least two characters. */
export function regionAliases(name: string, level: 'province' | 'prefecture' | 'county'): string[] {
  const aliases = [name];
  const suffix = SUFFIXES[level].find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (suffix) {
    const short = suffix.startsWith('自治') || suffix === '特别行政区' ? stripPeoples(name.slice(0, -suffix.length)) : name.slice(0, -suffix.length);
    if (short.length >= 2) aliases.push(short);
  }
  return aliases;
}
