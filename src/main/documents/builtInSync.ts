import { builtInTemplates } from './index';
import { bodyJsonOf, findTemplate, insertTemplate, saveNewVersion } from './documentTemplateRepository';
import { nowIso, type ServiceContext } from '../services/context';

// Built-in templates are written in code (the core's builtInTemplates/) and mirrored into
// document_template, read-only, under their stable ids. Mirroring gives them what user
// templates have: foreign keys for an agreement's clause wording and for generated
// documents, and a version history — when a release changes a built-in's wording, the
// mirror gets a new version, and documents made earlier still name the version they used.

/** Brings the mirror in line with the code; cheap when nothing changed. Runs in one transaction. */
export async function syncBuiltInTemplates(ctx: ServiceContext): Promise<void> {
  const templates = builtInTemplates();
  const stamp = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    for (const t of templates) {
      const bodyJson = bodyJsonOf(t.body);
      const current = await findTemplate(trx, t.id);
      if (!current) {
        await insertTemplate(trx, { id: t.id, kind: t.kind, lang: t.lang, name: t.name, builtIn: true, bodyJson, stamp });
      } else if (current.bodyJson !== bodyJson || current.name !== t.name) {
        await saveNewVersion(trx, { templateId: t.id, version: current.version + 1, name: t.name, bodyJson, stamp });
      }
    }
  });
}

/** Syncs once per service instance (again after a failure). */
export function builtInMirror(ctx: ServiceContext): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => {
    done ??= syncBuiltInTemplates(ctx).catch((error: unknown) => {
      done = null;
      throw error;
    });
    return done;
  };
}
