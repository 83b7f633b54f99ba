import { LAZY_CHUNK_MS, renderMarkdown } from './render-markdown';
import { findUnsafeMarkup, XSS_MARKER, xssCorpus, xssDocument } from './xss-corpus';

jest.setTimeout(LAZY_CHUNK_MS + 10_000);

afterEach(() => {
  expect((window as unknown as Record<string, unknown>)[XSS_MARKER]).toBeUndefined();
});

test('the corpus holds the classic payloads', () => {
  expect(xssCorpus.length).toBeGreaterThanOrEqual(30);
  expect(new Set(xssCorpus.map((p) => p.name)).size).toBe(xssCorpus.length);
});

test('the checker does find what it looks for (so a clean result means something)', () => {
  const probe = document.createElement('div');
  probe.innerHTML =
    '<script></script><iframe></iframe><img src="x" onerror="1"><a href=" JAVA&#9;SCRIPT:x">a</a><a href="%64ata:text/html,x">b</a><p style="background:url(x)">c</p>';
  expect(findUnsafeMarkup(probe)).toEqual([
    '<script> element',
    '<iframe> element',
    '<img onerror="1">',
    '<a href=" JAVA\tSCRIPT:x">',
    '<a href="%64ata:text/html,x">',
    '<p style="background:url(x)">',
  ]);
  const safe = document.createElement('div');
  safe.innerHTML =
    '<a href="https://example.com/javascript:x">ok</a><a href="/t/TK-1">ok</a><a href="mailto:a@b.c">ok</a>';
  expect(findUnsafeMarkup(safe)).toEqual([]);
});

test.each(xssCorpus.map((p) => [p.name, p.source]))('%s: rendered inert', async (_name, source) => {
  const container = await renderMarkdown(source);
  expect(findUnsafeMarkup(container)).toEqual([]);
  // Whatever the payload became, it is still there for the agent to read (nothing silently vanishes).
  expect(container.textContent?.trim()).not.toBe('');
});

test('the whole corpus in one document: nothing unsafe, raw HTML shown as text, safe links kept', async () => {
  const container = await renderMarkdown(`${xssDocument}\n\n[a safe link](https://example.com/help)`);
  expect(findUnsafeMarkup(container)).toEqual([]);
  expect(container).toHaveTextContent('<script>window.__xss=1;alert(1)</script>');
  expect(container).toHaveTextContent('<img src=x onerror="window.__xss=1;alert(1)">');
  const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  expect(hrefs).toContain('https://example.com/help');
  // Only the safe link and the harmless relative image target survive as links.
  // Only the two https links survive (every unsafe destination became plain text).
  expect(hrefs).toEqual(['https://example.com/', 'https://example.com/help']);
});
