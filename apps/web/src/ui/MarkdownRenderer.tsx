import type { ComponentProps } from 'react';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';

// Loaded lazily by Markdown.tsx; import that instead.

type WithNode<T extends 'a' | 'img'> = ComponentProps<T> & { node?: unknown };

function SafeLink(props: WithNode<'a'>) {
  // `node` is react-markdown's syntax tree node: keep it off the DOM.
  const { node: _node, children, ...rest } = props;
  // urlTransform empties unsafe URLs (javascript: and the like): show the text, not a dead link.
  if (!rest.href) return <span>{children}</span>;
  return (
    <a {...rest} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

/**
 * Pictures from requesters are not loaded inline: a remote image tells its host who opened the
 * ticket and when (a tracking pixel). They become links the agent can choose to open.
 */
function ImageAsLink(props: WithNode<'img'>) {
  const { src, alt } = props;
  const label = `Image: ${alt || 'untitled'}`;
  if (typeof src !== 'string' || src === '') return <span>[{label}]</span>;
  return (
    <a href={src} target="_blank" rel="noopener noreferrer nofollow">
      [{label}]
    </a>
  );
}

/**
 * Raw HTML is never rendered: react-markdown shows it as text unless rehype-raw is added (it must not
 * be). defaultUrlTransform drops javascript:, data:, vbscript: and other unsafe URLs from links and images.
 */
export default function MarkdownRenderer(props: { source: string }) {
  return (
    <ReactMarkdown urlTransform={defaultUrlTransform} components={{ a: SafeLink, img: ImageAsLink }}>
      {props.source}
    </ReactMarkdown>
  );
}
