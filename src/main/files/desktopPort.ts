/**
 * What the core needs from the desktop: the Electron shell passes shell and dialog calls
 * (shell/desktop.ts), the e2e harness a recorder that answers dialogs with folders inside
 * its data folder. The CLI and unit tests pass none: opening then reports 'unavailable',
 * and features that need a chosen path take it as an argument instead.
 */
export interface DesktopPort {
  /** Opens the file in its default program; rejects if the desktop could not. */
  openFile(file: string): Promise<void>;
  /** Shows the file selected in the system file manager, without running it. */
  revealFile(file: string): void;
  /** A save dialog; resolves null when the user cancels. */
  chooseSavePath?(options: SaveDialogOptions): Promise<string | null>;
  /** A folder picker (backup to a USB stick); resolves null when the user cancels. */
  chooseFolder?(options: { title: string }): Promise<string | null>;
}

export interface SaveDialogOptions {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}
