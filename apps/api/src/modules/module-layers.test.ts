import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
const modulesDir = __dirname;

/**
 * The messages the repository's ESLint config gives `code` as if it were `file` of a module. The CLI
 * in a child process: the flat config is an ES module, which Jest's CommonJS runtime cannot import.
 */
async function lintAs(file: string, code: string): Promise<string[]> {
  const eslint = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
  const run = spawnSync(
    process.execPath,
    [eslint, '--stdin', '--stdin-filename', path.join(modulesDir, file), '--format', 'json'],
    { cwd: repoRoot, input: code, encoding: 'utf8' },
  );
  if (run.status === 2 || !run.stdout) throw new Error(`ESLint failed to run: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module faces (the ESLint rule pnpm lint runs)', () => {
  it('fails a module that reaches into another module’s files', async () => {
    const messages = await lintAs(
      'message/example.ts',
      "import { TicketEntity } from '../ticket/ticket.entity';\nexport const t = TicketEntity;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*through its face/)]);
  });

  it('fails a module that reaches past the database’s face or into TypeORM internals', async () => {
    const messages = await lintAs(
      'ticket/example.ts',
      [
        "import { readRows } from '../../database/driver-statements';",
        "import { DateUtils } from 'typeorm/util/DateUtils';",
        'export const x = [readRows, DateUtils];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*database through its face/),
      expect.stringMatching(/^no-restricted-imports: .*typeorm-internals/),
    ]);
  });

  it('lets a module import another through its face, and the shared layers', async () => {
    const messages = await lintAs(
      'message/example.ts',
      [
        "import { Ticket } from '../ticket';",
        "import { rows } from '../../database';",
        "import { byId } from '../../graphql/loaders';",
        'export const x = [Ticket, rows, byId];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});

/** Which modules each module's files import (through faces or not), read from the source. */
function moduleImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const modules = fs
    .readdirSync(modulesDir)
    .filter((d) => fs.statSync(path.join(modulesDir, d)).isDirectory());
  for (const module of modules) {
    const imports = new Set<string>();
    for (const file of fs.readdirSync(path.join(modulesDir, module))) {
      if (!file.endsWith('.ts')) continue;
      const source = fs.readFileSync(path.join(modulesDir, module, file), 'utf8');
      for (const [, target] of source.matchAll(/from '\.\.\/([a-z-]+)[/']/g))
        if (target && target !== module) imports.add(target);
    }
    graph.set(module, imports);
  }
  return graph;
}

it('has no import cycles between modules', () => {
  const graph = moduleImports();
  expect(graph.size).toBeGreaterThanOrEqual(9);
  const cycles: string[] = [];
  const visit = (module: string, trail: string[]) => {
    for (const next of graph.get(module) ?? []) {
      if (trail.includes(next)) cycles.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
      else visit(next, [...trail, next]);
    }
  };
  for (const module of graph.keys()) visit(module, [module]);
  expect(cycles).toEqual([]);
  // The check sees imports at all: the message module builds on tickets.
  expect(graph.get('message')).toContain('ticket');
});
