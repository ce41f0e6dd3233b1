import type { DocumentLang, MergeValues, TemplateBody } from '../domain/document';
import type { AgreementDocumentModel } from './documentModel';

/** What every renderer (preview, PDF HTML, DOCX) takes. */
export interface DocumentInput {
  body: TemplateBody;
  values: MergeValues;
  model: AgreementDocumentModel;
  lang: DocumentLang;
}
