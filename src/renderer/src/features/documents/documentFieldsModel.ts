import type { DocumentLang, TemplateBody } from '@shared/domain/document';
import { PARTY_ROLES } from '@shared/domain/enums';
import type { DocumentFieldsInput } from '@shared/documents/documentFields';
import type { AgreementDocumentModel, PartyRole } from '@shared/documents/documentModel';
import { MERGE_FIELDS } from '@shared/documents/fieldCatalogue';
import { documentPageInputs, fieldPlace, type FieldPlace } from '@shared/documents/fieldPlaces';

// The document page's logic, kept out of React: which inputs the page shows, where each
// missing field is filled in (with the link that focuses it), and the save input.

export interface DocumentView {
  body: TemplateBody;
  model: AgreementDocumentModel;
  lang: DocumentLang;
}

/** DOM id of the input of a field typed on the document page (ASCII: field names are Chinese). */
export function typedInputId(field: string): string {
  return `docfield-${MERGE_FIELDS.findIndex((f) => f.name === field)}`;
}

export function contactInputId(role: PartyRole): string {
  return `doccontact-${PARTY_ROLES.indexOf(role)}`;
}

/** Where a place's input is: its element id and, when on another page, the route. */
export function placeTarget(place: FieldPlace, agreementId: string): { domId: string; route: string | null } {
  switch (place.kind) {
    case 'document':
      return { domId: typedInputId(place.field), route: null };
    case 'contact':
      return { domId: contactInputId(place.role), route: null };
    case 'agreement':
      return { domId: `agreement_${place.formField}`, route: `/agreements/${agreementId}/edit` };
    case 'party':
      return { domId: `party-${place.index}-name`, route: `/agreements/${agreementId}/edit` };
    case 'partner':
      return { domId: `partner_${place.formField}`, route: `/partners/${place.organisationId}/edit` };
    case 'college':
      return { domId: `college_${place.formField}`, route: '/settings?tab=college' };
  }
}

/** The route with ?focus= (read by FocusFromUrl). */
export function withFocus(route: string, domId: string): string {
  return `${route}${route.includes('?') ? '&' : '?'}focus=${encodeURIComponent(domId)}`;
}

export const MISSING_GROUPS = ['here', 'agreement', 'partner', 'college'] as const;
export type MissingGroup = (typeof MISSING_GROUPS)[number];

export interface MissingItem {
  field: string;
  domId: string;
  /** A link to another page, or null: the input is on this page. */
  to: string | null;
}

function groupOf(place: FieldPlace): MissingGroup {
  if (place.kind === 'document' || place.kind === 'contact') return 'here';
  if (place.kind === 'party') return 'agreement';
  return place.kind;
}

/** Missing fields grouped by where they are filled in, groups in a fixed order, empty ones left out. */
export function groupMissing(model: AgreementDocumentModel, missing: readonly string[], agreementId: string): { group: MissingGroup; items: MissingItem[] }[] {
  const groups = new Map<MissingGroup, MissingItem[]>();
  for (const field of missing) {
    const place = fieldPlace(model, field);
    const { domId, route } = placeTarget(place, agreementId);
    const group = groupOf(place);
    groups.set(group, [...(groups.get(group) ?? []), { field, domId, to: route === null ? null : withFocus(route, domId) }]);
  }
  return MISSING_GROUPS.flatMap((group) => {
    const items = groups.get(group);
    return items ? [{ group, items }] : [];
  });
}

export interface FieldsFormValues {
  values: Record<string, string>;
  contacts: Partial<Record<PartyRole, string>>;
}

/** The inputs of the 文书填写项 section: typed fields and partner parties' contacts. */
export function pageInputs(view: DocumentView): { typed: string[]; contactRoles: PartyRole[] } {
  return documentPageInputs(view);
}

export function initialFieldsValues(view: DocumentView): FieldsFormValues {
  const { typed, contactRoles } = pageInputs(view);
  const contacts: Partial<Record<PartyRole, string>> = {};
  for (const role of contactRoles) {
    const id = view.model.parties.find((p) => p.role === role)?.contactId;
    if (id) contacts[role] = id;
  }
  return { values: Object.fromEntries(typed.map((f) => [f, view.model.manualValues[f] ?? ''])), contacts };
}

/**
 * What to save: every typed field shown (trimmed; '' clears it) and only the contacts the
 * officer changed, so an untouched choice keeps following the partner's main contact.
 */
export function toSaveInput(agreementId: string, view: DocumentView, form: FieldsFormValues): DocumentFieldsInput {
  const { typed, contactRoles } = pageInputs(view);
  const initial = initialFieldsValues(view);
  const contacts: Partial<Record<PartyRole, string | null>> = {};
  for (const role of contactRoles) {
    const chosen = form.contacts[role];
    if (chosen && chosen !== initial.contacts[role]) contacts[role] = chosen;
  }
  return { agreementId, values: Object.fromEntries(typed.map((f) => [f, (form.values[f] ?? '').trim()])), contacts };
}

/** The field's label in the UI language. */
export function fieldLabel(field: string, uiLang: string): string {
  const f = MERGE_FIELDS.find((x) => x.name === field);
  if (!f) return field;
  return uiLang === 'en-US' ? f.en : f.zh;
}
