import { screen } from '@testing-library/react';
import { LAZY_CHUNK_MS, renderMarkdown } from './render-markdown';

jest.setTimeout(LAZY_CHUNK_MS + 10_000);

test('renders Markdown', async () => {
  const container = await renderMarkdown('Hello **world**\n\n- one\n- two');
  expect(container.querySelector('strong')).toHaveTextContent('world');
  expect(container.querySelectorAll('li')).toHaveLength(2);
});

test('shows raw HTML as text, never as elements', async () => {
  const container = await renderMarkdown(
    'a <script>alert(1)</script> b\n\n<img src=x onerror=alert(1)>\n\n<a href="javascript:alert(1)">y</a>',
  );
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('a')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
  expect(container).toHaveTextContent('<script>alert(1)</script>');
  expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
});

test('drops javascript:, data: and vbscript: links', async () => {
  const container = await renderMarkdown(
    '[x](javascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox(1)) [ok](https://example.com/a)',
  );
  const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
  const ok = screen.getByRole('link', { name: 'ok' });
  expect(ok).toHaveAttribute('href', 'https://example.com/a');
  expect(ok).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  expect(ok).toHaveAttribute('target', '_blank');
});

test('turns images into links instead of loading them', async () => {
  const container = await renderMarkdown(
    '![logo](https://example.com/pixel.png) ![bad](javascript:alert(1))',
  );
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByRole('link', { name: '[Image: logo]' })).toHaveAttribute(
    'href',
    'https://example.com/pixel.png',
  );
  expect(screen.queryByRole('link', { name: '[Image: bad]' })).toBeNull();
});
