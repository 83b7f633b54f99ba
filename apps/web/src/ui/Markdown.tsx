import { lazy, Suspense } from 'react';
import './markdown.css';

// The Markdown library lives in its own chunk, fetched the first time something renders Markdown,
// so it stays out of the initial bundle.
const MarkdownRenderer = lazy(() => import('./MarkdownRenderer'));

/**
 * Untrusted Markdown (ticket descriptions, messages) rendered safely: raw HTML is shown as text,
 * javascript:/data:/vbscript: links are dropped, and links open in a new tab without referrer.
 * Shows the source as plain text while the renderer loads.
 */
export function Markdown(props: { source: string }) {
  return (
    <div className="markdown">
      <Suspense fallback={<p className="markdown-fallback">{props.source}</p>}>
        <MarkdownRenderer source={props.source} />
      </Suspense>
    </div>
  );
}
