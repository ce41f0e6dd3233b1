import type { Handlers } from '../ipc/types';
import type { ContactService } from './contactService';
import type { PartnerService } from './partnerService';

type PartnerChannels = `partners:${'list' | 'get' | 'create' | 'update' | 'delete' | 'restore'}`;
type ContactChannels = `contacts:${'list' | 'get' | 'create' | 'update' | 'delete' | 'restore'}`;

export function createPartnerHandlers(services: {
  partners: PartnerService;
  contacts: ContactService;
}): Pick<Handlers, PartnerChannels | ContactChannels> {
  const { partners, contacts } = services;
  return {
    'partners:list': (input) => partners.list(input),
    'partners:get': (input) => partners.get(input.id),
    'partners:create': (input) => partners.create(input),
    'partners:update': (input) => partners.update(input),
    'partners:delete': (input) => partners.delete(input.id),
    'partners:restore': (input) => partners.restore(input.id),
    'contacts:list': (input) => contacts.list(input),
    'contacts:get': (input) => contacts.get(input.id),
    'contacts:create': (input) => contacts.create(input),
    'contacts:update': (input) => contacts.update(input),
    'contacts:delete': (input) => contacts.delete(input.id),
    'contacts:restore': (input) => contacts.restore(input.id),
  };
}
