import type BetterSqlite3 from 'better-sqlite3';
import { normalizeForMatching } from '@shared/domain/rules/normalizeText';
import type { Migration } from '../migrate';

// Global search (platform.md §6) and the duplicate-name key.
//
// search_index is an FTS5 trigram table: MATCH finds substrings of 3+ characters, and
// LIKE on the same table covers 1–2 (Chinese has no word breaks, unicode61 finds nothing).
// Its rowid is search_doc.doc_id, which maps (kind, entity_id) to a stable integer: the
// entity tables have TEXT ids and their implicit rowids may change on VACUUM. Each kind
// owns one doc_id range, so a search for one kind reads only that rowid range of the
// index: a 1–2 character LIKE (a scan) then reads the contacts, not every document. The
// indexed text is one column, because FTS5 scans cost per column read.
//
// Triggers on the base tables keep it right on every write path (services, the bulk
// `seed --scale` insert, merges, restore): a row is indexed only while it is live.
// pd_pinyin()/pd_pinyin_initials() are registered on every connection (sqlFunctions.ts).

export const SEARCH_DOC_KINDS = ['partner', 'contact', 'agreement', 'course'] as const;
/** The first doc_id of a kind's range; ranges are 2^40 wide. */
export const searchDocBase = (kind: (typeof SEARCH_DOC_KINDS)[number]): number => SEARCH_DOC_KINDS.indexOf(kind) * 2 ** 40;
const SPAN = 2 ** 40;

interface Indexed {
  kind: (typeof SEARCH_DOC_KINDS)[number];
  table: string;
  /** The columns whose change re-indexes the row (deleted_at is always added). */
  watched: readonly string[];
  /** The indexed texts as SQL over the row alias `a` and its search_doc `d`, joined into one body. */
  columns: (a: string, d: string) => string[];
  /** search_doc.pinyin and .initials (partners only): the name's keys, B-tree indexed for prefix hits. */
  keys?: (a: string) => [string, string];
}

const LF = 'char(10)';
const aliases = (a: string): string => `(SELECT group_concat(value, ${LF}) FROM json_each(${a}.aliases_json))`;

const INDEXED: readonly Indexed[] = [
  {
    kind: 'partner',
    table: 'organisation',
    watched: ['full_name', 'aliases_json', 'uscc'],
    columns: (a, d) => [
      `${a}.full_name`,
      `${a}.uscc`,
      aliases(a),
      `${d}.pinyin`,
      `pd_pinyin(${aliases(a)})`,
      `${d}.initials`,
      `pd_pinyin_initials(${aliases(a)})`,
    ],
    keys: (a) => [`pd_pinyin(${a}.full_name)`, `pd_pinyin_initials(${a}.full_name)`],
  },
  {
    kind: 'contact',
    table: 'contact',
    watched: ['name', 'mobile', 'email'],
    columns: (a) => [`${a}.name`, `${a}.mobile`, `${a}.email`],
  },
  {
    kind: 'agreement',
    table: 'agreement',
    watched: ['title', 'agreement_no'],
    columns: (a) => [`${a}.title`, `${a}.agreement_no`],
  },
  {
    kind: 'course',
    table: 'joint_course',
    watched: ['name', 'code'],
    columns: (a) => [`${a}.name`, `${a}.code`],
  },
];

const TABLES_SQL = `
CREATE TABLE search_doc (
  doc_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('partner', 'contact', 'agreement', 'course')),
  entity_id TEXT NOT NULL,
  pinyin TEXT,
  initials TEXT,
  UNIQUE (kind, entity_id)
) STRICT;
CREATE INDEX search_doc_by_pinyin ON search_doc (pinyin) WHERE pinyin IS NOT NULL;
CREATE INDEX search_doc_by_initials ON search_doc (initials) WHERE initials IS NOT NULL;
CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'trigram');
ALTER TABLE organisation ADD COLUMN name_key TEXT;
CREATE INDEX organisation_by_name_key ON organisation (name_key, deleted_at);
`;

const docOf = (kind: string, alias: string): string =>
  `(SELECT doc_id FROM search_doc WHERE kind = '${kind}' AND entity_id = ${alias}.id)`;

const body = (t: Indexed, a: string, d: string): string => `concat_ws(${LF}, ${t.columns(a, d).join(', ')})`;

/** The next doc_id in the kind's range: max over a PRIMARY KEY range is one index probe. */
const nextDocId = (t: Indexed): string => {
  const base = searchDocBase(t.kind);
  return `(SELECT coalesce(max(doc_id) + 1, ${base}) FROM search_doc WHERE doc_id >= ${base} AND doc_id < ${base + SPAN})`;
};

function indexRowSql(t: Indexed): string {
  return `INSERT INTO search_index (rowid, body)
    SELECT d.doc_id, ${body(t, 'NEW', 'd')} FROM search_doc d
    WHERE d.kind = '${t.kind}' AND d.entity_id = NEW.id AND NEW.deleted_at IS NULL;`;
}

const insertDocSql = (t: Indexed): string =>
  t.keys
    ? `INSERT INTO search_doc (doc_id, kind, entity_id, pinyin, initials)
    VALUES (${nextDocId(t)}, '${t.kind}', NEW.id, ${t.keys('NEW').join(', ')});`
    : `INSERT INTO search_doc (doc_id, kind, entity_id) VALUES (${nextDocId(t)}, '${t.kind}', NEW.id);`;

const updateKeysSql = (t: Indexed): string =>
  t.keys
    ? `UPDATE search_doc SET (pinyin, initials) = (${t.keys('NEW').join(', ')})
    WHERE kind = '${t.kind}' AND entity_id = NEW.id AND OLD.full_name IS NOT NEW.full_name;`
    : '';

function triggersSql(t: Indexed): string {
  const unindex = `DELETE FROM search_index WHERE rowid = ${docOf(t.kind, 'OLD')};`;
  return `
CREATE TRIGGER search_${t.table}_insert AFTER INSERT ON ${t.table}
BEGIN
  ${insertDocSql(t)}
  ${indexRowSql(t)}
END;
CREATE TRIGGER search_${t.table}_update AFTER UPDATE OF ${[...t.watched, 'deleted_at'].join(', ')} ON ${t.table}
BEGIN
  ${unindex}
  ${updateKeysSql(t)}
  ${indexRowSql(t)}
END;
CREATE TRIGGER search_${t.table}_delete AFTER DELETE ON ${t.table}
BEGIN
  ${unindex}
  DELETE FROM search_doc WHERE kind = '${t.kind}' AND entity_id = OLD.id;
END;
`;
}

function backfillSql(t: Indexed): string {
  return `
INSERT INTO search_doc (doc_id, kind, entity_id${t.keys ? ', pinyin, initials' : ''})
  SELECT ${searchDocBase(t.kind)} + row_number() OVER (ORDER BY id) - 1, '${t.kind}', id${t.keys ? `, ${t.keys('r').join(', ')}` : ''}
  FROM ${t.table} r ORDER BY id;
INSERT INTO search_index (rowid, body)
  SELECT d.doc_id, ${body(t, 'r', 'd')}
  FROM ${t.table} r JOIN search_doc d ON d.kind = '${t.kind}' AND d.entity_id = r.id
  WHERE r.deleted_at IS NULL;
`;
}

/** name_key is computed in TypeScript (the same rule as the duplicate check), not in SQL. */
function backfillNameKeys(sqlite: BetterSqlite3.Database): void {
  const update = sqlite.prepare('UPDATE organisation SET name_key = ? WHERE id = ?');
  const rows = sqlite.prepare('SELECT id, full_name FROM organisation').all() as { id: string; full_name: string }[];
  for (const row of rows) update.run(normalizeForMatching(row.full_name), row.id);
}

export const migration0006: Migration = {
  version: 6,
  name: 'search',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    for (const t of INDEXED) sqlite.exec(backfillSql(t) + triggersSql(t));
    backfillNameKeys(sqlite);
  },
};
