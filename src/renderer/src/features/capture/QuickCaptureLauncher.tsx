/** Trade-fair quick capture (Ctrl+N): mounted in the header. */
export function QuickCaptureLauncher() {
  return null;
}
