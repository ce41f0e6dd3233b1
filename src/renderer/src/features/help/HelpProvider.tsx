import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { HelpContext, type HelpApi } from './helpContext';
import { HelpDrawer } from './HelpDrawer';
import { helpTopicOfPath, isHelpShortcut, type HelpTopicId } from './helpTopics';

/**
 * Help for everything under it: F1 anywhere opens the current screen's topic; the header's
 * button and each page heading's link open it through useHelp(). Offline: the text is in
 * the i18n resources.
 */
export function HelpProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [topic, setTopic] = useState<HelpTopicId | null>(null);
  // The key handler is bound once; it reads the route the user is on when F1 is pressed.
  const pathname = useRef(location.pathname);
  useEffect(() => {
    pathname.current = location.pathname;
  }, [location.pathname]);

  const api = useMemo<HelpApi>(() => {
    const openHelp = (next: HelpTopicId | null) => {
      setTopic(next);
      setOpen(true);
    };
    return { openHelp, openHelpHere: () => openHelp(helpTopicOfPath(pathname.current)) };
  }, []);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isHelpShortcut(e)) return;
      // F1 is the help key on Windows; nothing else in the app or Chromium uses it.
      e.preventDefault();
      api.openHelpHere();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api]);

  return (
    <HelpContext.Provider value={api}>
      {children}
      <HelpDrawer open={open} topic={topic} onTopic={setTopic} onClose={() => setOpen(false)} />
    </HelpContext.Provider>
  );
}
