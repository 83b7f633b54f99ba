import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The headers every answer carries, API and pages alike: nosniff, no framing (clickjacking), no
 * referrer to other sites, and a Content-Security-Policy that runs only the server's own files: the
 * web app (Vite writes no inline script) and the playground (its script and style are files too), so
 * an injected <script> or inline handler does not run even if something slipped past the Markdown
 * sanitiser. HSTS is left to the TLS-terminating proxy: Deskline itself serves plain HTTP.
 */
const helmetMiddleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
  strictTransportSecurity: false,
  // The API is called from other origins by integrations; the default same-origin would block them.
  crossOriginResourcePolicy: { policy: 'same-site' },
});

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  // helmet only sets headers and calls next at once; it never fails for a request.
  helmetMiddleware(req, res, () => {});
}
