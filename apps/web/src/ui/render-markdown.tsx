import { render, waitFor } from '@testing-library/react';
import { Markdown } from './Markdown';

/** How long the Markdown tests wait for the lazy renderer; their jest timeout leaves room for it. */
export const LAZY_CHUNK_MS = 20_000;

/**
 * Renders Markdown for a test and waits until the lazy renderer chunk has replaced the plain-text
 * fallback. Its first load transforms the renderer's modules, which took over waitFor's default 1 s
 * when CI ran the API's tests on the same two cores.
 */
export async function renderMarkdown(source: string): Promise<HTMLElement> {
  const { container } = render(<Markdown source={source} />);
  await waitFor(() => expect(container.querySelector('.markdown-fallback')).toBeNull(), {
    timeout: LAZY_CHUNK_MS,
  });
  return container;
}
