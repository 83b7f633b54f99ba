import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import accepts from 'accepts';
import express, { type Router } from 'express';
import { searchOf } from '../http/graphql-route';

// Served from our own node_modules: the playground must work with no internet, so no CDN.
const packageFile = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const assets: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
};

// No inline script or style: the Content-Security-Policy (security-headers.ts) allows only files from 'self'.
const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Deskline GraphQL playground</title>
  <link rel="stylesheet" href="/playground/graphiql.css" />
  <link rel="stylesheet" href="/playground/playground.css" />
</head>
<body>
  <div id="root">Loading the playground…</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script src="/playground/playground.js"></script>
</body>
</html>`;

const own: Record<string, { type: string; text: string }> = {
  'playground.css': { type: 'css', text: 'html, body, #root { height: 100%; margin: 0; }\n' },
  'playground.js': {
    type: 'js',
    text: `var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
var defaultQuery = [
  '# Sign up (or sign in), then put the token in the Headers tab below:',
  '#   { "Authorization": "Bearer <token>" }',
  'mutation SignUp {',
  '  signUp(input: { email: "you@example.com", password: "pick a long passphrase", name: "You", workspaceName: "Support" }) {',
  '    token',
  '    agent { id name memberships { id workspace { id name } } }',
  '  }',
  '}',
  ''
].join('\\n');
ReactDOM.createRoot(document.getElementById('root')).render(
  React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultHeaders: '{\\n  "Authorization": "Bearer <token>"\\n}',
    headerEditorEnabled: true,
    shouldPersistHeaders: true,
    isHeadersEditorEnabled: true
  })
);
`,
  },
};

/** A browser opening /graphql (it prefers HTML, and asks no query): it gets GraphiQL rather than GraphQL. */
export function wantsPlayground(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || accepts(req).type(['application/json', 'text/html']) !== 'text/html')
    return false;
  return !new URLSearchParams(searchOf(req.url)).has('query');
}

/** GraphiQL, with a headers editor for the bearer token, and its assets. The server sends it only wantsPlayground requests for /graphql. */
export function playgroundRouter(): Router {
  const router = express.Router();
  router.get('/graphql', (_req, res) => {
    res.type('html').send(html);
  });
  router.get('/playground/:asset', (req, res, next) => {
    const mine = own[req.params.asset];
    if (mine) {
      res.type(mine.type).send(mine.text);
      return;
    }
    const file = assets[req.params.asset];
    if (!file) return next();
    // pnpm keeps packages under node_modules/.pnpm, which send() would refuse as a dotfile path.
    res.sendFile(file, { maxAge: '1d', dotfiles: 'allow' });
  });
  return router;
}
