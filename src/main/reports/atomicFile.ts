import fs from 'node:fs';
import path from 'node:path';
import { newId } from '../ids';

/**
 * Writes through a temporary file beside `target` and renames it into place at the end,
 * so a cancelled or failed export never leaves a half-written file under the real name
 * (and never clobbers an existing file with a broken one).
 */
export async function writeAtomically<T>(target: string, write: (tempFile: string) => Promise<T>): Promise<T> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${newId().slice(-12)}.partial`);
  try {
    const result = await write(temp);
    fs.renameSync(temp, target);
    return result;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
