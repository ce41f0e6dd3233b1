import { createContext, useContext } from 'react';
import type { HelpTopicId } from './helpTopics';

export interface HelpApi {
  /** Opens help on a topic; null opens the list of all topics. */
  openHelp: (topic: HelpTopicId | null) => void;
  /** Opens help on the topic of the screen the user is on (F1, the header button, a heading's link). */
  openHelpHere: () => void;
}

export const HelpContext = createContext<HelpApi | null>(null);

/** Null outside HelpProvider (a page rendered on its own): help links then render nothing. */
export function useHelp(): HelpApi | null {
  return useContext(HelpContext);
}
