// Public API of the agreement document core (issue 5). The document service (template
// versions, clause edits, attachments), IPC, UI and CLI build on these functions only.
//
//   builtInTemplates()                         → the six built-in templates (version 1)
//   defaultTemplateFor(type, lang, parties?)   → the built-in template for an agreement type
//   loadDocumentModel(executor, agreementId)   → AgreementDocumentModel (null when not found)
//   mergeValues(model, lang)                   → MergeValues (null = missing)
//   renderDocumentHtml({ body, values, model, lang }) → { html, missing } (self-contained, for PDF)
//   buildDocx({ body, values, model, lang })   → Promise<Buffer>
export type { BuiltInTemplate } from './builtInTemplates/index';
export { builtInTemplates, builtInTemplateById, defaultTemplateFor } from './builtInTemplates/index';
export { loadDocumentModel } from './documentModel';
export { mergeValues } from './mergeValues';
export { renderDocumentHtml, type RenderedDocument } from './renderHtml';
export { buildDocx } from './buildDocx';
export type { DocumentInput } from '@shared/documents/documentInput';
export type { AgreementDocumentModel, DocumentParty } from '@shared/documents/documentModel';
export { missingFields } from '@shared/documents/missingFields';
