import type { Handlers } from '../ipc/types';
import type { MergeService } from './mergeService';

type MergeChannels = `partners:${'merge' | 'mergePreview' | 'merges' | 'undoMerge'}`;

export function createMergeHandlers(merge: MergeService): Pick<Handlers, MergeChannels> {
  return {
    'partners:merge': (input) => merge.merge(input),
    'partners:mergePreview': (input) => merge.preview(input),
    'partners:merges': (input) => merge.mergesInto(input),
    'partners:undoMerge': (input) => merge.undo(input),
  };
}
