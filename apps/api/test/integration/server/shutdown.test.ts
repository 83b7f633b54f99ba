import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomPort, startMain } from '../../support/main-process';
import { graphqlClient } from '../../support/test-server';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { agent { email } } }`;

describe('the process', () => {
  it('on SIGTERM finishes the requests in flight, then closes the database and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-shutdown-'));
    const main = startMain({ DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, PORT: randomPort() });
    try {
      const api = graphqlClient(await main.listening);
      // Sign-ups hash a password (scrypt), so they are still running when the signal arrives.
      const requests = Array.from({ length: 8 }, (_, i) =>
        api.execute(SIGN_UP, {
          input: {
            email: `drain-${i}@example.com`,
            password: 'a long password',
            name: `Agent ${i}`,
            workspaceName: 'Drain',
          },
        }),
      );
      await Promise.race(requests);
      main.child.kill('SIGTERM');
      const answers = await Promise.all(requests);
      expect(answers.map((a) => ({ status: a.status, errors: a.errors }))).toEqual(
        answers.map(() => ({ status: 200, errors: undefined })),
      );
      expect(await main.exited).toBe(0);

      // Every acknowledged sign-up is in the database the process left behind.
      const again = startMain({ DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, PORT: randomPort() });
      try {
        const client = graphqlClient(await again.listening);
        const duplicate = await client.execute(SIGN_UP, {
          input: { email: 'drain-7@example.com', password: 'a long password', name: 'x', workspaceName: 'x' },
        });
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
