// Hostile text for every merge-field source. A payload that runs sets window.__pwned; one
// that loads anything makes a request to evil.invalid. The document must show each one as
// plain text, exactly as typed (NUL shows as U+FFFD: HTML and XML cannot carry it).

export const PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=\"window.__pwned=1\">",
  '<img src="https://evil.invalid/i.png" onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<a href="javascript:window.__pwned=1">点我</a>',
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  'javascript:window.__pwned=1',
  '</style><script>window.__pwned=1</script>',
  '<style>@import url(https://evil.invalid/x.css);body{background:url(https://evil.invalid/bg.png)}</style>',
  'x{width:expression(window.__pwned=1)}',
  '<div style="background:url(https://evil.invalid/s.png)">样式</div>',
  '<link rel="stylesheet" href="https://evil.invalid/l.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.invalid/">',
  '<base href="https://evil.invalid/"><object data="https://evil.invalid/o"></object>',
  '{{7*7}} {{constructor.constructor("window.__pwned=1")()}}',
  '${7*7} ${window.__pwned=1}',
  '{甲方全称}{金额(大写)}',
  '<%= 7*7 %> <% window.__pwned=1 %>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &#60;b&#62;',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  'a\u0000b<script>window.__pwned=1</script>',
  '\u202Egnp.exe 甲方\u202C',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '<details open ontoggle="window.__pwned=1">',
  '<input autofocus onfocus="window.__pwned=1">',
];

/** A long payload (clause text only: other sources have short maximum lengths). */
export const LONG_PAYLOAD = `<img src=x onerror="window.__pwned=1">${'<b>&amp;"\''.repeat(800)}`;

/** How the payload must appear in the document's text. */
export function shown(payload: string): string {
  return payload.replace(/\0/g, '\uFFFD');
}
