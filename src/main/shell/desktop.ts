import { shell } from 'electron';
import type { DesktopPort } from '../attachments/desktopPort';

/**
 * The desktop port over Electron's shell. The core decides which files may be opened
 * (isOpenableAttachment); this only carries the request out.
 */
export const electronDesktop: DesktopPort = {
  async openFile(file) {
    // openPath resolves with an error message instead of rejecting.
    const failure = await shell.openPath(file);
    if (failure) throw new Error(`openPath failed: ${failure}`);
  },
  revealFile(file) {
    shell.showItemInFolder(file);
  },
};
