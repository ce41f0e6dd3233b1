import type { Migration } from '../migrate';
import { searchDocBase } from './0006_search';

// Pinyin finds contacts too (issue 12): "zm" → 张明, "zhangming" → 张明, as "hw" finds 华为.
//
// 0006 gave search_doc.pinyin / .initials to partners only. This stores the contact name's
// keys there as well and adds them to the contact's indexed body, so the trigram index
// (global search) and the contacts list (search_doc probe by (kind, entity_id)) both match
// them. The contact search triggers are rebuilt; search_contact_delete is unchanged.
// pd_pinyin()/pd_pinyin_initials() are registered on every connection (sqlFunctions.ts).
// Written out in full rather than through 0006's helpers: a shipped migration's SQL must
// not change when another migration's code does.

const BASE = searchDocBase('contact');
const END = BASE + 2 ** 40;
const LF = 'char(10)';

/** The indexed body of a contact row `a` with its search_doc `d`. */
const body = (a: string, d: string): string =>
  `concat_ws(${LF}, ${a}.name, ${a}.mobile, ${a}.email, ${d}.pinyin, ${d}.initials)`;

const indexRow = `INSERT INTO search_index (rowid, body)
    SELECT d.doc_id, ${body('NEW', 'd')} FROM search_doc d
    WHERE d.kind = 'contact' AND d.entity_id = NEW.id AND NEW.deleted_at IS NULL;`;

const SQL = `
DROP TRIGGER search_contact_insert;
DROP TRIGGER search_contact_update;
CREATE TRIGGER search_contact_insert AFTER INSERT ON contact
BEGIN
  INSERT INTO search_doc (doc_id, kind, entity_id, pinyin, initials)
    VALUES ((SELECT coalesce(max(doc_id) + 1, ${BASE}) FROM search_doc WHERE doc_id >= ${BASE} AND doc_id < ${END}),
      'contact', NEW.id, pd_pinyin(NEW.name), pd_pinyin_initials(NEW.name));
  ${indexRow}
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF name, mobile, email, deleted_at ON contact
BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE kind = 'contact' AND entity_id = OLD.id);
  UPDATE search_doc SET (pinyin, initials) = (pd_pinyin(NEW.name), pd_pinyin_initials(NEW.name))
    WHERE kind = 'contact' AND entity_id = NEW.id AND OLD.name IS NOT NEW.name;
  ${indexRow}
END;
UPDATE search_doc SET (pinyin, initials) =
  (SELECT pd_pinyin(c.name), pd_pinyin_initials(c.name) FROM contact c WHERE c.id = search_doc.entity_id)
  WHERE kind = 'contact';
DELETE FROM search_index WHERE rowid >= ${BASE} AND rowid < ${END};
INSERT INTO search_index (rowid, body)
  SELECT d.doc_id, ${body('r', 'd')}
  FROM contact r JOIN search_doc d ON d.kind = 'contact' AND d.entity_id = r.id
  WHERE r.deleted_at IS NULL;
`;

export const migration0018: Migration = {
  version: 18,
  name: 'contact_pinyin',
  up(sqlite) {
    sqlite.exec(SQL);
  },
};
