import type { InteractionService } from '../interactions/interactionService';
import type { Handlers } from '../ipc/types';
import type { CaptureService } from './captureService';

type CaptureChannels =
  | 'capture:save'
  | 'capture:defaults'
  | 'interactions:timeline'
  | 'interactions:followUpsDue'
  | 'interactions:setFollowUpDone';

/** Quick capture plus the interaction views it feeds (timeline, follow-ups due). */
export function createCaptureHandlers(services: {
  capture: CaptureService;
  interactions: InteractionService;
}): Pick<Handlers, CaptureChannels> {
  const { capture, interactions } = services;
  return {
    'capture:save': (input) => capture.save(input),
    'capture:defaults': async () => capture.defaults(),
    'interactions:timeline': (input) => interactions.timeline(input),
    'interactions:followUpsDue': (input) => interactions.followUpsDue(input),
    'interactions:setFollowUpDone': (input) => interactions.setFollowUpDone(input),
  };
}
