import { openDatabase } from '../db/openDatabase';

// Which attachment files a database refers to. Read from the backup *file* (not the live
// connection): the copy that is kept must carry exactly the files its own rows name, even if
// an upload committed between the snapshot and the copy. Rows in the trash count too — they
// can be brought back, and their file with them.

export interface AttachmentRef {
  storedName: string;
  sha256: string;
  size: number;
}

/** `<64 hex><.ext>`: anything else in an (untrusted) backup is never turned into a path. */
const STORED_NAME = /^([0-9a-f]{64})\.[a-z0-9]{1,8}$/;

/** Distinct referenced files of `file`, sorted by name; rows with an unsafe or inconsistent name are skipped. */
export function readAttachmentRefs(file: string, options: { nativeBinding?: string } = {}): AttachmentRef[] {
  const app = openDatabase(file, { readonly: true, untrusted: true, ...options });
  try {
    const hasTable = app.sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachment'").get();
    if (!hasTable) return [];
    const rows = app.sqlite
      .prepare('SELECT DISTINCT stored_name AS storedName, sha256, size FROM attachment ORDER BY stored_name')
      .all() as { storedName: unknown; sha256: unknown; size: unknown }[];
    const seen = new Set<string>();
    const refs: AttachmentRef[] = [];
    for (const r of rows) {
      if (typeof r.storedName !== 'string' || typeof r.sha256 !== 'string' || typeof r.size !== 'number') continue;
      const match = STORED_NAME.exec(r.storedName);
      if (!match || match[1] !== r.sha256 || seen.has(r.storedName)) continue;
      seen.add(r.storedName);
      refs.push({ storedName: r.storedName, sha256: r.sha256, size: r.size });
    }
    return refs;
  } finally {
    app.close();
  }
}
