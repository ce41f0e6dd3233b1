/**
 * Puts text on the clipboard. navigator.clipboard needs a secure context and a focused
 * document; where it is missing or refuses (an unfocused window, a denied permission)
 * a hidden textarea and execCommand('copy') still work inside a user gesture.
 * Resolves false only when both fail.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the textarea copy.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  area.select();
  try {
    // Deprecated but still the only synchronous fallback the clipboard API lacks.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}
