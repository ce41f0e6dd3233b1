import { PARTY_ROLES } from '@shared/domain/enums';
import type { PartyRole } from '@shared/documents/documentModel';

// agreement.merge_values_json: the merge values typed per agreement, flat (field name →
// text, as since migration 0002), plus the contact chosen for partner parties under one
// reserved key that is no field name. Anything else in the JSON is ignored, never fatal.

export const CONTACTS_KEY = '_contacts';

export interface StoredFields {
  values: Record<string, string>;
  contacts: Partial<Record<PartyRole, string>>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function parseStoredFields(json: string): StoredFields {
  const parsed = parseJson(json);
  const out: StoredFields = { values: {}, contacts: {} };
  if (!isObject(parsed)) return out;
  for (const [key, value] of Object.entries(parsed)) {
    if (key === CONTACTS_KEY) continue;
    if (typeof value === 'string') out.values[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out.values[key] = String(value);
  }
  const contacts = parsed[CONTACTS_KEY];
  if (isObject(contacts)) {
    for (const role of PARTY_ROLES) {
      const id = contacts[role];
      if (typeof id === 'string') out.contacts[role] = id;
    }
  }
  return out;
}

/** Stable JSON (keys sorted) so an unchanged save writes nothing and history stays quiet. */
export function serializeStoredFields(f: StoredFields): string {
  const values = Object.fromEntries(Object.entries(f.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const contacts = PARTY_ROLES.flatMap((r) => (f.contacts[r] ? [[r, f.contacts[r]] as const] : []));
  return JSON.stringify(contacts.length > 0 ? { ...values, [CONTACTS_KEY]: Object.fromEntries(contacts) } : values);
}
