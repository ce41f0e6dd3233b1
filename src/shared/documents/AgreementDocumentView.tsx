import type { ReactElement } from 'react';
import {
  BLANK_TEXT,
  type DocumentLayout,
  type PartyLine,
  type ResolvedBlock,
  type ResolvedRun,
  type SignatureBlockLayout,
} from './documentLayout';

// THE print template: the in-app preview and the PDF HTML (renderToStaticMarkup in the core)
// render this same component. No hooks, no DOM APIs; every value is a React text child, so
// merge values and clause text are always escaped, never markup.

function Runs({ runs }: { runs: readonly ResolvedRun[] }): ReactElement {
  return (
    <>
      {runs.map((r, i) => {
        if (r.type === 'break') return <br key={i} />;
        if (r.type === 'blank') {
          return (
            <span key={i} className="pd-blank" data-field={r.name}>
              {r.bold ? <strong>{BLANK_TEXT}</strong> : BLANK_TEXT}
            </span>
          );
        }
        return <span key={i}>{r.bold ? <strong>{r.text}</strong> : r.text}</span>;
      })}
    </>
  );
}

function Blocks({ blocks }: { blocks: readonly ResolvedBlock[] }): ReactElement {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.type === 'paragraph') {
          return (
            <p key={i}>
              <Runs runs={b.runs} />
            </p>
          );
        }
        const items = b.items.map((item, j) => (
          <li key={j}>
            {item.number !== null ? `${item.number}. ` : '• '}
            <Runs runs={item.runs} />
          </li>
        ));
        return b.type === 'numbered' ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </>
  );
}

function Line({ line }: { line: PartyLine }): ReactElement {
  return (
    <p>
      <span className="pd-label">{line.label}</span>
      <Runs runs={line.runs} />
    </p>
  );
}

function SignatureCell({ block }: { block: SignatureBlockLayout | undefined }): ReactElement {
  return <td>{block?.lines.map((line, i) => <Line key={i} line={line} />)}</td>;
}

/** Signature blocks two per row, in party order. */
function SignatureTable({ blocks }: { blocks: readonly SignatureBlockLayout[] }): ReactElement {
  const rows: SignatureBlockLayout[][] = [];
  for (let i = 0; i < blocks.length; i += 2) rows.push(blocks.slice(i, i + 2));
  return (
    <table className="pd-sig-table">
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <SignatureCell block={row[0]} />
            <SignatureCell block={row[1]} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AgreementDocumentView({ layout }: { layout: DocumentLayout }): ReactElement {
  return (
    <article className="pd-doc" lang={layout.lang}>
      <h1>
        <Runs runs={layout.title} />
      </h1>
      <div className="pd-no">
        <Line line={layout.number} />
      </div>
      <section className="pd-parties">
        {layout.parties.map((p) => (
          <div className="pd-party" key={p.role}>
            {p.lines.map((line, i) => (
              <Line key={i} line={line} />
            ))}
          </div>
        ))}
      </section>
      <section className="pd-preamble">
        <Blocks blocks={layout.preamble} />
      </section>
      {layout.clauses.map((c, i) => (
        <section className="pd-clause" key={i}>
          <h2>
            {c.label}
            {layout.lang === 'zh-CN' ? '\u3000' : ' '}
            <Runs runs={c.heading} />
          </h2>
          <Blocks blocks={c.blocks} />
        </section>
      ))}
      <section className="pd-closing">
        <Blocks blocks={layout.closing} />
      </section>
      <section className="pd-sig">
        <p className="pd-sig-title">
          <Runs runs={layout.signatureTitle} />
        </p>
        <SignatureTable blocks={layout.signatures} />
      </section>
    </article>
  );
}
