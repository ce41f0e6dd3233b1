import fs from 'node:fs';
import path from 'node:path';
import type { ProducedFile } from '@shared/domain/jobs';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { DesktopPort, SaveDialogOptions } from './desktopPort';

/**
 * Files the core wrote for the user (exports, reports, documents, backups). The renderer
 * gets an id and a display name, never a path it could send back: open and reveal look the
 * id up here, so a compromised page cannot make the shell open arbitrary files.
 */
export interface ProducedFiles {
  connectDesktop(port: DesktopPort): void;
  /** Asks where to save; null when cancelled, or when there is no desktop (CLI, tests). */
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>;
  chooseFolder(title: string): Promise<string | null>;
  register(file: string): ProducedFile;
  open(fileId: string): Promise<{ action: 'opened' | 'revealed' | 'unavailable' }>;
  reveal(fileId: string): { action: 'revealed' | 'unavailable' };
}

export function createProducedFiles(options: { desktop?: DesktopPort } = {}): ProducedFiles {
  let desktop = options.desktop;
  const files = new Map<string, string>();

  function lookup(fileId: string): string {
    const file = files.get(fileId);
    if (!file || !fs.existsSync(file)) throw new DomainError('NOT_FOUND', 'file not found', { details: { fileId } });
    return file;
  }

  return {
    connectDesktop(port) {
      desktop = port;
    },
    async chooseSavePath(dialog) {
      return desktop?.chooseSavePath ? desktop.chooseSavePath(dialog) : null;
    },
    async chooseFolder(title) {
      return desktop?.chooseFolder ? desktop.chooseFolder({ title }) : null;
    },
    register(file) {
      const fileId = newId();
      files.set(fileId, file);
      return { fileId, fileName: path.basename(file), folder: path.dirname(file), bytes: fs.statSync(file).size };
    },
    async open(fileId) {
      const file = lookup(fileId);
      if (!desktop) return { action: 'unavailable' };
      await desktop.openFile(file);
      return { action: 'opened' };
    },
    reveal(fileId) {
      const file = lookup(fileId);
      if (!desktop) return { action: 'unavailable' };
      desktop.revealFile(file);
      return { action: 'revealed' };
    },
  };
}
