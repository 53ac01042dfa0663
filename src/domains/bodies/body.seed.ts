import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import divisions from './divisions/gbt2260.json';
import { Body, BodyAncestry } from './body.entities';
import { BodyKind, Level } from './body.enums';
import { insertAncestry } from './body.service';
import type { Progress } from '../seed-kit';

type Row = Pick<Body, 'code' | 'name' | 'level' | 'kind'> & { parentCode: string | null };

const CENTRAL: Row[] = [
  { code: 'CN', name: '中华人民共和国中央人民政府', level: Level.CENTRAL, kind: BodyKind.GOVERNMENT, parentCode: null },
  { code: 'CN-REFORM', name: '中央全面深化改革委员会', level: Level.CENTRAL, kind: BodyKind.LEADING_GROUP, parentCode: 'CN' },
  { code: 'CN-MOF', name: '财政部', level: Level.CENTRAL, kind: BodyKind.DEPARTMENT, parentCode: 'CN' },
  { code: 'CN-NDRC', name: '国家发展和改革委员会', level: Level.CENTRAL, kind: BodyKind.DEPARTMENT, parentCode: 'CN' },
  { code: 'CN-MNR', name: '自然资源部', level: Level.CENTRAL, kind: BodyKind.DEPARTMENT, parentCode: 'CN' },
  { code: 'CN-LEGAL', name: '司法部（原国务院法制办公室）', level: Level.CENTRAL, kind: BodyKind.LEGAL_AFFAIRS, parentCode: 'CN' },
  { code: 'CN-DISCIPLINE', name: '中央纪律检查委员会 国家监察委员会', level: Level.CENTRAL, kind: BodyKind.DISCIPLINE_INSPECTION, parentCode: 'CN' },
  { code: 'CN-ORG', name: '中央组织部', level: Level.CENTRAL, kind: BodyKind.ORGANIZATION_DEPARTMENT, parentCode: 'CN' },
];

/** The departments every demo government gets: finance, development and reform, reform office. */
function departmentsOf(gov: Row): Row[] {
  const bureau = gov.level === Level.PROVINCIAL ? '厅' : '局';
  return [
    { code: `${gov.code}-FIN`, name: `${gov.name}财政${bureau}`, level: gov.level, kind: BodyKind.DEPARTMENT, parentCode: gov.code },
    { code: `${gov.code}-DRC`, name: `${gov.name}发展和改革委员会`, level: gov.level, kind: BodyKind.DEPARTMENT, parentCode: gov.code },
    { code: `${gov.code}-REFORM`, name: `${gov.name}全面深化改革委员会办公室`, level: gov.level, kind: BodyKind.REFORM_OFFICE, parentCode: gov.code },
  ];
}

function withDepartments(govs: Row[]): Row[] {
  return [...govs, ...govs.flatMap(departmentsOf)];
}

export function centralAndProvincialRows(): Row[] {
  const provinces: Row[] = divisions.provinces.map(([code, name]) => ({ code, name, level: Level.PROVINCIAL, kind: BodyKind.GOVERNMENT, parentCode: 'CN' }));
  const prefectures: Row[] = divisions.prefectures.map(([code, name, parent]) => ({ code, name, level: Level.MUNICIPAL, kind: BodyKind.GOVERNMENT, parentCode: parent }));
  return [...CENTRAL, ...withDepartments(provinces), ...withDepartments(prefectures)];
}

export function countyRows(): Row[] {
  return withDepartments(divisions.counties.map(([code, name, parent]) => ({ code, name, level: Level.COUNTY, kind: BodyKind.GOVERNMENT, parentCode: parent })));
}


/**
 * Inserts the rows that do not exist yet (by code), parents before children, in chunks, with their
 * closure rows. Returns how many bodies were added.
 */
export async function insertBodies(em: EntityManager, rows: Row[], progress?: Progress): Promise<number> {
  const existing = new Map((await em.find(Body, { select: { rowId: true, code: true } })).map((b) => [b.code, b.rowId]));
  const todo = rows.filter((r) => !existing.has(r.code));
  const ids = new Map(existing);
  const now = new Date();
  const bodies = todo.map((r) => {
    const rowId = randomUUID();
    ids.set(r.code, rowId);
    return em.create(Body, { rowId, code: r.code, name: r.name, level: r.level, kind: r.kind, parentId: null, createdAt: now, updatedAt: now });
  });
  todo.forEach((r, i) => {
    const parentId = r.parentCode ? ids.get(r.parentCode) : null;
    if (r.parentCode && !parentId) throw new Error(`seed: parent ${r.parentCode} of ${r.code} is missing`);
    bodies[i].parentId = parentId ?? null;
  });
  const existingIds = new Set(existing.values());
  const parentIds = [...new Set(bodies.map((b) => b.parentId).filter((p): p is string => !!p && existingIds.has(p)))];
  const ancestry = new Map<string, BodyAncestry[]>();
  for (let i = 0; i < parentIds.length; i += 500) {
    const chunk = parentIds.slice(i, i + 500);
    const links = await em.createQueryBuilder(BodyAncestry, 'a').where('a.descendantId IN (:...ids)', { ids: chunk }).getMany();
    for (const l of links) ancestry.set(l.descendantId, [...(ancestry.get(l.descendantId) ?? []), l]);
  }
  const CHUNK = 250;
  for (let i = 0; i < bodies.length; i += CHUNK) {
    const chunk = bodies.slice(i, i + CHUNK);
    await em.insert(Body, chunk);
    await insertAncestry(em, chunk, ancestry);
    progress?.(Math.min(i + CHUNK, bodies.length), bodies.length);
  }
  return bodies.length;
}
