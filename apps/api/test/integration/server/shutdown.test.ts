import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphqlClient } from '../../support/test-server';

const apiRoot = path.resolve(__dirname, '../../..');
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { agent { email } } }`;

/** src/main.ts as production runs it (configuration from the environment), on a SQLite file of its own. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /playground\s+(http:\/\/\S+)\/graphql/.exec(output)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) => reject(new Error(`main.ts exited with ${code} before listening:\n${output}`)));
  });
  listening.catch(() => undefined); // awaited by the tests that expect it to listen
  return { child, exited, listening, output: () => output };
}

describe('the process', () => {
  it('on SIGTERM finishes the requests in flight, then closes the database and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-shutdown-'));
    const main = startMain({ DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, PORT: String(20000 + Math.floor(Math.random() * 20000)) });
    try {
      const api = graphqlClient(await main.listening);
      // Sign-ups hash a password (scrypt), so they are still running when the signal arrives.
      const requests = Array.from({ length: 8 }, (_, i) =>
        api.execute(SIGN_UP, { input: { email: `drain-${i}@example.com`, password: 'a long password', name: `Agent ${i}`, workspaceName: 'Drain' } }),
      );
      await Promise.race(requests);
      main.child.kill('SIGTERM');
      const answers = await Promise.all(requests);
      expect(answers.map((a) => ({ status: a.status, errors: a.errors }))).toEqual(answers.map(() => ({ status: 200, errors: undefined })));
      expect(await main.exited).toBe(0);

      // Every acknowledged sign-up is in the database the process left behind.
      const again = startMain({ DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, PORT: String(20000 + Math.floor(Math.random() * 20000)) });
      try {
        const client = graphqlClient(await again.listening);
        const duplicate = await client.execute(SIGN_UP, { input: { email: 'drain-7@example.com', password: 'a long password', name: 'x', workspaceName: 'x' } });
        expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      } finally {
        again.child.kill('SIGTERM');
        await again.exited;
      }
    } finally {
      if (main.child.exitCode === null) main.child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on bad configuration with one clear message and exit code 1', async () => {
    const main = startMain({ PORT: 'eighty', DATABASE_URL: 'postgres://nope' });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain('Deskline cannot start, the configuration is invalid:');
    expect(main.output()).toContain('DATABASE_URL: must be sqlite:<path> or mysql://');
    expect(main.output()).not.toMatch(/\n\s+at /);
  });
});
