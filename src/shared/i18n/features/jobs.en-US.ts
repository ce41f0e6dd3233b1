import type { SameKeys } from '../sameKeys';
import type { jobsZhCN } from './jobs.zh-CN';

export const jobsEnUS: SameKeys<typeof jobsZhCN> = {
  phases: {
    preparing: 'Preparing',
    querying: 'Querying the data',
    writing: 'Writing the file',
    rendering: 'Making the PDF',
    verifying: 'Verifying',
    reading: 'Reading the file',
    validating: 'Checking the data',
    importing: 'Importing',
    'copying-attachments': 'Copying attachments',
    done: 'Done',
  },
  cancel: 'Cancel',
  cancelled: 'Cancelled',
  openFile: 'Open the file',
  showInFolder: 'Show in folder',
  savedTo: 'Saved: {{name}} ({{folder}})',
  unavailable: 'Files cannot be opened here',
};
