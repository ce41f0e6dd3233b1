import type { SameKeys } from '../sameKeys';
import type { placementsZhCN } from './placements.zh-CN';

export const placementsEnUS: SameKeys<typeof placementsZhCN> = {
  tab: 'Order classes & placements',
  heading: 'Order-class trainees, interns and graduates hired (per major and academic year)',
  hint: 'One row per major and academic year; leave a figure empty when there is no data, do not enter 0.',
  columns: {
    academicYear: 'Academic year',
    major: 'Major',
    orderTrainees: 'Order-class trainees',
    interns: 'Interns received',
    graduatesEmployed: 'Graduates hired',
  },
  empty: 'No placement figures yet',
  add: 'Enter figures',
  edit: 'Edit',
  editTitle: 'Edit {{major}}, {{year}}',
  save: 'Save',
  cancelEdit: 'Cancel editing',
  delete: 'Delete',
  deleteConfirm: 'Move this row to the trash?',
  deleted: 'Moved to the trash',
  undo: 'Undo',
  saved: 'Saved',
};
