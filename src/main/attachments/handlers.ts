import type { Handlers } from '../ipc/types';
import type { AgreementRelationsService } from '../agreements/agreementRelationsService';
import type { AttachmentService } from './attachmentService';

type AttachmentChannels =
  | 'attachments:upload'
  | 'attachments:list'
  | 'attachments:delete'
  | 'attachments:open'
  | 'agreements:links'
  | 'agreements:chain'
  | 'agreements:setSignedScan';

/** Attachments plus the agreement's related records (links, renewal chain, signed scan). */
export function createAttachmentHandlers(s: {
  attachments: AttachmentService;
  agreementRelations: AgreementRelationsService;
}): Pick<Handlers, AttachmentChannels> {
  return {
    'attachments:upload': (input) => s.attachments.upload(input),
    'attachments:list': (input) => s.attachments.list(input),
    'attachments:delete': (input) => s.attachments.delete(input.id),
    'attachments:open': (input) => s.attachments.open(input.id),
    'agreements:links': (input) => s.agreementRelations.links(input),
    'agreements:chain': (input) => s.agreementRelations.chain(input),
    'agreements:setSignedScan': (input) => s.agreementRelations.setSignedScan(input),
  };
}
