import { IMPORT_ENTITIES, type ImportEntity } from '@shared/domain/importing';

// Links into the import wizard with the kind of record already chosen (#/data/import?entity=…),
// so 导入 on an empty list starts the right import.

/** The wizard's address for one kind of record. */
export function importPath(entity: ImportEntity): string {
  return `/data/import?${new URLSearchParams({ entity }).toString()}`;
}

/** The kind named in the URL, or partners (the wizard's first choice) when it names none we import. */
export function importEntityFrom(raw: string | null): ImportEntity {
  return IMPORT_ENTITIES.find((e) => e === raw) ?? 'partners';
}
