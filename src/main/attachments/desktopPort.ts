/**
 * What the core needs from the desktop to show a stored file: the Electron shell passes
 * `shell.openPath` / `shell.showItemInFolder` (shell/desktop.ts), the e2e harness a recorder.
 * The CLI and unit tests pass none, and opening then reports 'unavailable'.
 */
export interface DesktopPort {
  /** Opens the file in its default program; rejects if the desktop could not. */
  openFile(file: string): Promise<void>;
  /** Shows the file selected in the system file manager, without running it. */
  revealFile(file: string): void;
}
