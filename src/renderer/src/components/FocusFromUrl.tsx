import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** Scrolls the element into view and focuses it; false when it is not on the page (yet). */
export function focusElementById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return true;
}

const TRIES = 50;
const INTERVAL_MS = 100;

/**
 * `?focus=<element id>` on any route focuses that input once it appears, so a link can lead
 * straight to the field to fill (the document page's missing fields → agreement form,
 * partner record, 学校信息). Forms load their data first, hence the short retry.
 */
export function FocusFromUrl() {
  const { key, search } = useLocation();
  useEffect(() => {
    const id = new URLSearchParams(search).get('focus');
    if (!id) return;
    let tries = 0;
    let timer: number | undefined;
    const attempt = () => {
      if (focusElementById(id) || ++tries >= TRIES) return;
      timer = window.setTimeout(attempt, INTERVAL_MS);
    };
    attempt();
    return () => window.clearTimeout(timer);
  }, [key, search]);
  return null;
}
