import { describe, expect, it } from 'vitest';
import divisions from '../../src/domains/bodies/divisions/gbt2260.json';
import { centralAndProvincialRows, countyRows } from '../../src/domains/bodies/body.seed';

describe('GB/T 2260 division data', () => {
  it('holds 31 provincial-level and 333 prefecture-level divisions with six-digit codes', () => {
    expect(divisions.provinces).toHaveLength(31);
    expect(divisions.prefectures).toHaveLength(333);
    expect(divisions.provinces.every(([code]) => /^\d{2}0000$/.test(code))).toBe(true);
    expect(divisions.prefectures.every(([code, , parent]) => /^\d{4}00$/.test(code) && parent === `${code.slice(0, 2)}0000`)).toBe(true);
  });

  it('has no placeholder prefectures and no statistical zones', () => {
    const names = [...divisions.prefectures, ...divisions.counties].map(([, name]) => name);
    expect(names.filter((n) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(n))).toEqual([]);
    expect(divisions.counties.filter(([code]) => /^\d{4}7\d$/.test(code))).toEqual([]);
  });

  it('places every county under an existing prefecture or, where there is none, its province', () => {
    const known = new Set([...divisions.provinces, ...divisions.prefectures].map(([code]) => code));
    expect(divisions.counties.length).toBeGreaterThan(2800);
    expect(divisions.counties.filter(([, , parent]) => !known.has(parent))).toEqual([]);
    const beijing = divisions.counties.filter(([code]) => code.startsWith('11'));
    expect(beijing.length).toBeGreaterThan(0);
    expect(beijing.every(([, , parent]) => parent === '110000')).toBe(true);
  });

  it('gives every government its three departments, with unique codes', () => {
    const rows = [...centralAndProvincialRows(), ...countyRows()];
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(rows.filter((r) => r.code === '330100-FIN' || r.code === '330100-DRC' || r.code === '330100-REFORM')).toHaveLength(3);
  });
});
