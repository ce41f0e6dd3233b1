import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh real directory (WAL, locking and backups need files, not :memory:).
 * Called inside a test it is removed when that test finishes; called at module or
 * describe level (collection time) it is removed after the file's tests.
 * Close databases before the test ends: Windows cannot delete open files.
 */
export function makeTempDir(prefix = 'partnerdesk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = (): void => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  return dir;
}
