import { BrowserWindow, dialog, shell } from 'electron';
import type { DesktopPort } from '../files/desktopPort';

/**
 * The desktop port over Electron's shell and dialogs. The core decides which files may be
 * opened (isOpenableAttachment, produced files by id); this only carries the request out.
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
  async chooseSavePath(options) {
    const owner = BrowserWindow.getFocusedWindow();
    const dialogOptions = { title: options.title, defaultPath: options.defaultName, filters: options.filters };
    const result = owner ? await dialog.showSaveDialog(owner, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseFolder(options) {
    const owner = BrowserWindow.getFocusedWindow();
    const dialogOptions = { title: options.title, properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled || result.filePaths.length === 0 ? null : (result.filePaths[0] ?? null);
  },
};
