import type { DocumentInput } from '@shared/documents/documentInput';
import { AgreementDocumentView } from '@shared/documents/AgreementDocumentView';
import { documentCss } from '@shared/documents/documentCss';
import { layoutDocument } from '@shared/documents/documentLayout';

// The preview uses THE print template (the same component the PDF is printed from), on a
// white "paper" with A4 proportions. The document's CSS is scoped under .pd-doc.
const PREVIEW_SERIF = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif';
const PAPER_CSS = `${documentCss(PREVIEW_SERIF)}
.pd-paper{background:#fff;color:#000;max-width:210mm;margin:0 auto;padding:20mm 18mm;box-shadow:0 1px 6px rgba(0,0,0,.18);border:1px solid #d9d9d9}
.pd-paper-frame{background:#f0f0f0;padding:16px;overflow:auto}`;

export function DocumentPaper({ input, label }: { input: DocumentInput; label: string }) {
  const layout = layoutDocument(input);
  return (
    <div className="pd-paper-frame" data-testid="document-preview" role="region" aria-label={label}>
      <style>{PAPER_CSS}</style>
      <div className="pd-paper">
        <AgreementDocumentView layout={layout} />
      </div>
    </div>
  );
}
