import type { SameKeys } from '../sameKeys';
import type { bulkZhCN } from './bulk.zh-CN';

// Strings of bulk actions on lists and of clearing the sample data (issue 12; English).
export const bulkEnUS: SameKeys<typeof bulkZhCN> = {
  selected: '{{count}} selected',
  clearSelection: 'Clear selection',
  trash: 'Move to trash',
  trashConfirm: 'Move the {{count}} selected items to the trash? You can restore them from the trash.',
  trashed: 'Moved {{count}} items to the trash',
  restored: 'Restored {{count}} items',
  undo: 'Undo',
  setStatus: 'Change status',
  statusChanged: 'Changed the status of {{count}} items',
  setOwner: 'Change owner unit',
  ownerNone: '(none)',
  ownerChanged: 'Changed the owner unit of {{count}} items',
  failed: '{{count}} items could not be changed (e.g. their status does not allow it)',
  exportSelected: 'Export selected',
  exportFiltered: 'Export filtered list',
  print: 'Print this list',
  sample: {
    heading: 'Sample data',
    intro: 'Clear the sample data: only records the sample created and nobody changed are removed; records you added or edited stay, and settings such as the college details are kept.',
    button: 'Clear sample data',
    count: '{{count}} sample records are still in the database.',
    none: 'There is no sample data to clear.',
    confirmTitle: 'Clear the sample data?',
    confirmText: '{{count}} sample records will be removed (except those you edited or use). A backup is made first; to undo, restore that backup on the Data page.',
    confirmOk: 'Back up and clear',
    done: 'Removed {{removed}} sample records, kept {{kept}} (edited or in use by you). Backup made first: {{backup}}; restore it on the Data page to undo.',
    nothing: 'There is no sample data to clear.',
  },
};
