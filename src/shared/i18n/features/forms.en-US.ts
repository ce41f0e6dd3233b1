import type { SameKeys } from '../sameKeys';
import type { formsZhCN, historyZhCN } from './forms.zh-CN';

export const formsEnUS: SameKeys<typeof formsZhCN> = {
  unsaved: {
    title: 'You have unsaved changes. Leave anyway?',
    text: 'What you typed or changed on this page will not be saved.',
    leave: 'Leave',
    stay: 'Keep editing',
  },
};

export const historyEnUS: SameKeys<typeof historyZhCN> = {
  yuan: '¥{{amount}}',
  unknownRecord: '(record no longer exists)',
  fields: {
    common: {
      organisationId: 'Partner',
      attachmentId: 'Attachment',
      notes: 'Notes',
    },
    organisation: { usccCheckOverridden: 'Check character confirmed by hand' },
    agreement: {
      orgUnitId: 'College unit',
      amountFen: 'Agreement amount (yuan)',
      renewalOfId: 'Renews',
      templateId: 'Document template',
      mergeValues: 'Document details',
      signedScanAttachmentId: 'Signed and sealed scan',
    },
    interaction: {
      averageSalaryFen: 'Average pay (yuan)',
      internPayFen: 'Intern pay (yuan)',
      startingSalaryFen: 'Starting salary (yuan)',
    },
    fundingTxn: { amountFen: 'Amount (yuan)' },
    contribution: { valueFen: 'Value (yuan)' },
    appSetting: { value: 'Content' },
  },
};
