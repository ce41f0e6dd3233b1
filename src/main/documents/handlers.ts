import type { Handlers } from '../ipc/types';
import type { DocumentService } from './documentService';

type DocumentChannels =
  | 'documents:templates'
  | 'documents:template'
  | 'documents:copyTemplate'
  | 'documents:saveTemplate'
  | 'documents:deleteTemplate'
  | 'documents:clauses'
  | 'documents:saveClauses'
  | 'documents:resetClauses'
  | 'documents:preview'
  | 'documents:generate'
  | 'documents:generated'
  | 'documents:saveFields'
  | 'documents:saveAs';

export function createDocumentHandlers(documents: DocumentService): Pick<Handlers, DocumentChannels> {
  return {
    'documents:templates': (input) => documents.templates.list(input),
    'documents:template': (input) => documents.templates.get(input),
    'documents:copyTemplate': (input) => documents.templates.copy(input),
    'documents:saveTemplate': (input) => documents.templates.save(input),
    'documents:deleteTemplate': (input) => documents.templates.delete(input),
    'documents:clauses': (input) => documents.clauses(input),
    'documents:saveClauses': (input) => documents.saveClauses(input),
    'documents:resetClauses': (input) => documents.resetClauses(input),
    'documents:preview': (input) => documents.preview(input),
    'documents:generate': (input) => documents.generate(input),
    'documents:generated': (input) => documents.generated(input),
    'documents:saveFields': (input) => documents.fields.save(input),
    'documents:saveAs': (input) => documents.saveAs(input),
  };
}
