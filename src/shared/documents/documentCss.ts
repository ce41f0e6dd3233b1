// Styles of the agreement document, scoped under .pd-doc so the in-app preview can use them
// too. `serifStack` is FONT_STACK.serif in the PDF; the preview passes its own CJK serif stack.
export function documentCss(serifStack: string): string {
  return `
.pd-doc{font-family:${serifStack};font-size:12pt;line-height:1.75;color:#000}
.pd-doc h1{font-size:20pt;text-align:center;margin:0 0 6pt;font-weight:700;letter-spacing:1pt}
.pd-doc .pd-no{margin:0 0 12pt}
.pd-doc .pd-no p{text-align:right}
.pd-doc .pd-parties{margin:0 0 12pt}
.pd-doc .pd-party{margin:0 0 6pt}
.pd-doc .pd-party p{margin:0}
.pd-doc .pd-party p:first-child .pd-label{font-weight:700}
.pd-doc p{margin:0 0 4pt;text-indent:2em;text-align:justify}
.pd-doc .pd-party p,.pd-doc .pd-no,.pd-doc .pd-sig p{text-indent:0}
.pd-doc[lang="en-US"] p{text-indent:0;text-align:left}
.pd-doc h2{font-size:12pt;font-weight:700;margin:8pt 0 4pt}
.pd-doc ol,.pd-doc ul{margin:0 0 4pt;padding:0 0 0 2em;list-style:none}
.pd-doc li{padding-left:1.6em;text-indent:-1.6em}
.pd-doc .pd-blank{letter-spacing:0}
.pd-doc .pd-sig{break-inside:avoid;page-break-inside:avoid;margin-top:24pt}
.pd-doc .pd-sig-title{text-align:center;margin:0 0 12pt;text-indent:0}
.pd-doc table.pd-sig-table{width:100%;border-collapse:collapse;break-inside:avoid;page-break-inside:avoid}
.pd-doc .pd-sig-table td{width:50%;vertical-align:top;padding:0 8pt 24pt 0}
.pd-doc .pd-sig-table p{margin:0 0 14pt}
`;
}
