import { sql, type RawBuilder } from 'kysely';
import type { SearchHit, SearchType } from '@shared/domain/search';
import { likeContains } from '../db/queryHelpers';
import { searchDocBase } from '../db/migrations/0006_search';
import type { Executor } from '../services/context';

// Queries over search_index (FTS5 trigram, migration 0006). platform.md §6: MATCH needs
// 3+ characters; shorter terms use LIKE on the same table, which FTS5 also answers.

/** One typed term: MATCH phrase for 3+ characters, LIKE otherwise. */
export interface SearchTerms {
  /** The FTS5 query: every long term as a quoted phrase (implicit AND), or null. */
  match: string | null;
  /** Terms of 1–2 characters, each LIKE-matched against any indexed column. */
  short: string[];
  /** The first term, for ranking prefix hits first. */
  first: string;
}

const SEPARATE = /\s+/u;

/** Splits the (already normalised) query into terms. Quotes are doubled inside phrases. */
export function searchTerms(q: string): SearchTerms {
  const terms = q.split(SEPARATE).filter((t) => t.length > 0);
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  return {
    match: long.length > 0 ? long.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ') : null,
    short,
    first: terms[0] ?? '',
  };
}

/** MATCH for the long terms, LIKE for the short ones, and the kind's doc_id range (migration 0006). */
function whereTerms(type: SearchType, terms: SearchTerms): RawBuilder<boolean> {
  const base = searchDocBase(type);
  const parts: RawBuilder<boolean>[] = [sql<boolean>`s.rowid >= ${base} and s.rowid < ${base + 2 ** 40}`];
  if (terms.match !== null) parts.push(sql<boolean>`search_index match ${terms.match}`);
  for (const term of terms.short) {
    const pattern = likeContains(term);
    parts.push(sql<boolean>`s.body like ${pattern} escape '\\'`);
  }
  return sql.join(parts, sql` and `) as RawBuilder<boolean>;
}

/** Per type: the entity table (live rows only; a contact also needs a live partner) and its shown columns. */
const JOINS: Record<SearchType, { join: string; title: string; subtitle: string; partnerId: string }> = {
  partner: {
    join: 'join organisation e on e.id = d.entity_id and e.deleted_at is null',
    title: 'e.full_name',
    subtitle: 'e.uscc',
    partnerId: 'null',
  },
  contact: {
    join: `join contact e on e.id = d.entity_id and e.deleted_at is null
      join organisation o on o.id = e.organisation_id and o.deleted_at is null`,
    title: 'e.name',
    subtitle: 'o.full_name',
    partnerId: 'o.id',
  },
  agreement: {
    join: 'join agreement e on e.id = d.entity_id and e.deleted_at is null',
    title: 'e.title',
    subtitle: 'e.agreement_no',
    partnerId: 'null',
  },
  course: {
    join: 'join joint_course e on e.id = d.entity_id and e.deleted_at is null',
    title: 'e.name',
    subtitle: 'e.code',
    partnerId: 'null',
  },
};

/**
 * Contains-hits for one type in index order, no sort: LIMIT stops the scan early for common
 * terms, so a two-letter query over 100k partners does not rank every row. Exported for EXPLAIN.
 */
export function searchTypeQuery(type: SearchType, terms: SearchTerms, limit: number): RawBuilder<SearchHit> {
  const j = JOINS[type];
  return sql<SearchHit>`select ${type} as type, d.entity_id as id, ${sql.raw(j.title)} as title,
      ${sql.raw(j.subtitle)} as subtitle, ${sql.raw(j.partnerId)} as partnerId
    from search_index s
    join search_doc d on d.doc_id = s.rowid and d.kind = ${type}
    ${sql.raw(j.join)}
    where ${whereTerms(type, terms)}
    limit ${limit}`;
}

export async function searchType(db: Executor, type: SearchType, terms: SearchTerms, limit: number): Promise<SearchHit[]> {
  const result = await searchTypeQuery(type, terms, limit).execute(db);
  return result.rows;
}

// Sorts after every character a key can continue with: [p, p + MAX) is "starts with p" as
// an index range (LIKE 'p%' cannot use a BINARY index).
const MAX_CHAR = '\u{10FFFF}';

/**
 * Partners whose name, USCC, name pinyin or initials START with the term, through B-tree
 * indexes (organisation_live_by_name, organisation_uscc, search_doc_by_pinyin/_initials):
 * the hits people mean ("hw" → 华为…), shown before contains-hits. Each branch walks its
 * index in key order, so closer keys (shorter continuations) come first. Since 0018 contacts
 * have keys in the same indexes; `+d.kind` skips them without steering the planner off the
 * key index. Exported for EXPLAIN.
 */
export function partnerPrefixQuery(term: string, limit: number): RawBuilder<SearchHit> {
  const upper = term.toUpperCase();
  const hit = sql`select 'partner' as type, e.id as id, e.full_name as title, e.uscc as subtitle, null as partnerId`;
  const byKey = (column: 'pinyin' | 'initials') => sql`select * from (${hit}, d.${sql.raw(column)} as k from search_doc d
    join organisation e on e.id = d.entity_id and e.deleted_at is null
    where +d.kind = 'partner' and d.${sql.raw(column)} >= ${term} and d.${sql.raw(column)} < ${term + MAX_CHAR} order by d.${sql.raw(column)} limit ${limit})`;
  return sql<SearchHit>`select type, id, title, subtitle, partnerId from (
      select * from (${hit}, e.full_name as k from organisation e
        where e.deleted_at is null and e.full_name >= ${term} and e.full_name < ${term + MAX_CHAR}
        order by e.full_name limit ${limit})
      union all select * from (${hit}, e.uscc as k from organisation e
        where +e.deleted_at is null and e.uscc >= ${upper} and e.uscc < ${upper + MAX_CHAR} order by e.uscc limit ${limit})
      union all ${byKey('initials')}
      union all ${byKey('pinyin')}
    ) group by id order by min(length(k)), min(k) limit ${limit}`;
}

export async function partnerPrefixHits(db: Executor, term: string, limit: number): Promise<SearchHit[]> {
  const result = await partnerPrefixQuery(term, limit).execute(db);
  return result.rows;
}
