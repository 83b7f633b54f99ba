/**
 * Classic cross-site scripting payloads as they could arrive in a ticket description or message, for
 * the Markdown tests (src/ui/Markdown.xss.test.tsx) and the browser test (e2e/markdown-xss.e2e.test.ts).
 * Every payload that could run sets the marker global `window.__xss` (and most call alert, which
 * would open a dialog), so a browser that runs one shows it.
 */
export const XSS_MARKER = '__xss';

export interface XssPayload {
  name: string;
  source: string;
}

export const xssCorpus: readonly XssPayload[] = [
  // Raw HTML: must be shown as text, never become elements.
  { name: 'script tag', source: '<script>window.__xss=1;alert(1)</script>' },
  { name: 'script tag split over lines', source: '<script>\nwindow.__xss=1\n</script>' },
  { name: 'img onerror', source: '<img src=x onerror="window.__xss=1;alert(1)">' },
  { name: 'svg onload', source: '<svg onload="window.__xss=1;alert(1)"></svg>' },
  { name: 'svg with script', source: '<svg><script>window.__xss=1</script></svg>' },
  { name: 'iframe javascript src', source: '<iframe src="javascript:window.__xss=1;alert(1)"></iframe>' },
  { name: 'iframe srcdoc', source: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  {
    name: 'html anchor javascript href',
    source: '<a href="javascript:window.__xss=1;alert(1)">html link</a>',
  },
  {
    name: 'html anchor entity-encoded href',
    source: '<a href="&#x6A;avascript&#x3A;window.__xss=1">encoded html link</a>',
  },
  { name: 'style url()', source: '<div style="background:url(javascript:window.__xss=1)">styled</div>' },
  { name: 'style expression()', source: '<p style="width: expression(window.__xss=1)">expression</p>' },
  {
    name: 'style element',
    source: "<style>@import 'javascript:window.__xss=1'; body { background: red }</style>",
  },
  {
    name: 'html comment hiding a script',
    source: 'before <!-- --><script>window.__xss=1</script><!-- --> after',
  },
  { name: 'object data', source: '<object data="javascript:window.__xss=1"></object>' },
  { name: 'embed src', source: '<embed src="javascript:window.__xss=1">' },
  {
    name: 'details ontoggle',
    source: '<details open ontoggle="window.__xss=1;alert(1)"><summary>x</summary></details>',
  },
  { name: 'input autofocus onfocus', source: '<input autofocus onfocus="window.__xss=1;alert(1)">' },
  { name: 'form action', source: '<form action="javascript:window.__xss=1"><button>go</button></form>' },
  {
    name: 'mutation XSS through math/style',
    source: '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  },
  { name: 'body onload', source: '<body onload="window.__xss=1;alert(1)">' },
  // Markdown links and images: unsafe destinations must be dropped.
  { name: 'markdown javascript link', source: '[click me](javascript:window.__xss=1)' },
  { name: 'markdown mixed-case javascript link', source: '[click me](JaVaScRiPt:window.__xss=1)' },
  { name: 'markdown javascript link in angle brackets', source: '[click me](<javascript:window.__xss=1>)' },
  { name: 'markdown entity-encoded javascript link', source: '[click me](jav&#x61;script:window.__xss=1)' },
  {
    name: 'markdown decimal-entity javascript link',
    source: '[click me](&#106;avascript&colon;window.__xss=1)',
  },
  { name: 'markdown tab inside the scheme', source: '[click me](java&#9;script:window.__xss=1)' },
  {
    name: 'markdown data: link',
    source: '[click me](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
  },
  { name: 'markdown vbscript: link', source: '[click me](vbscript:msgbox(1))' },
  { name: 'autolink javascript:', source: '<javascript:window.__xss=1>' },
  { name: 'autolink data:', source: '<data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==>' },
  {
    name: 'reference-style javascript link',
    source: '[click me][evil]\n\n[evil]: javascript:window.__xss=1',
  },
  {
    name: 'reference-style link with title',
    source: '[evil]\n\n[evil]: javascript:window.__xss=1 "a title"',
  },
  { name: 'markdown image with javascript src', source: '![picture](javascript:window.__xss=1)' },
  {
    name: 'markdown image with data: svg',
    source: '![picture](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIi8+)',
  },
  { name: 'markdown image breaking out of src', source: '![picture](x" onerror="window.__xss=1)' },
  {
    name: 'markdown link title breaking out',
    source: '[safe](https://example.com/ "t\\" onmouseover=\\"window.__xss=1")',
  },
];

/** The whole corpus as one document, each payload in a paragraph of its own. */
export const xssDocument = xssCorpus.map((p) => p.source).join('\n\n');

/**
 * Everything in `root` a browser could run: script-like elements, on* handler attributes, and
 * URL attributes whose scheme is javascript:, data: or vbscript: once the browser would normalize it
 * (entities decoded, which the DOM already did; percent-decoded; whitespace and control characters
 * removed, as the URL parser strips tabs and newlines; lowercased). Returns one line per finding.
 *
 * Self-contained (no imports, no helpers outside it), so the browser test can pass it to
 * page.evaluate and run the very same check inside Chromium.
 */
export function findUnsafeMarkup(root: ParentNode): string[] {
  const findings: string[] = [];
  const dangerousElements =
    'script, iframe, frame, object, embed, applet, base, meta, link, form, style, svg, math';
  const urlAttributes = [
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'data',
    'xlink:href',
    'poster',
    'background',
    'srcdoc',
  ];
  for (const el of Array.from(root.querySelectorAll(dangerousElements)))
    findings.push(`<${el.tagName.toLowerCase()}> element`);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value}">`);
      if (name === 'style' && /url\s*\(|expression\s*\(/i.test(attr.value))
        findings.push(`<${el.tagName.toLowerCase()} style="${attr.value}">`);
      if (!urlAttributes.includes(name)) continue;
      let value = attr.value;
      try {
        value = decodeURIComponent(value);
      } catch {
        // not percent-encoded text: check it as it is
      }
      const normalized = value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (/^(javascript|data|vbscript):/.test(normalized))
        findings.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value}">`);
    }
  }
  return findings;
}
