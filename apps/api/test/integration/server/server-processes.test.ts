import net from 'node:net';
import type { DatabaseConfig } from '../../../src/config';
import {
  childPids,
  postOnNewConnection,
  randomPort,
  startMain,
  type MainProcess,
} from '../../support/main-process';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { agent { email } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const ME = `{ __typename }`;

function databaseUrl(config: DatabaseConfig): string {
  return config.kind === 'sqlite' ? `sqlite:${config.file}` : config.url;
}

const signUp = (url: string, email: string) =>
  postOnNewConnection(url, SIGN_UP, {
    input: { email, password: 'a long password', name: 'Agent', workspaceName: 'Cluster' },
  });

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('WORKERS=2: two server processes on one port', () => {
  let database: TestDatabase;
  let main: MainProcess;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The processes open their own pools; this one only created (and migrated) the database.
    await database.db.dataSource.destroy();
    main = startMain({ DATABASE_URL: databaseUrl(database.config), PORT: randomPort(), WORKERS: '2' });
    url = await main.listening;
  });

  afterAll(async () => {
    if (main.child.exitCode === null) {
      main.child.kill('SIGKILL');
      await main.exited;
    }
    await database.drop();
  });

  it('announces itself once, with both processes, and both are children of the primary', () => {
    expect(main.output().match(/Deskline is running/g)).toHaveLength(1);
    expect(main.output()).toContain('with 2 server processes');
    expect(childPids(main.child.pid!)).toHaveLength(2);
  });

  it('counts failed sign-ins across both processes: the 6th failure for an account is refused on either', async () => {
    expect((await signUp(url, 'guessed@example.com')).errors).toBeUndefined();
    const codes: (string | undefined)[] = [];
    // Each attempt on a new connection: the primary hands them to the two processes in turn, so
    // counts kept per process would let attempts 6 to 9 through on the process that saw fewer.
    for (let i = 0; i < 9; i++) {
      const answer = await postOnNewConnection(url, SIGN_IN, {
        email: 'guessed@example.com',
        password: `wrong ${i}`,
      });
      codes.push(answer.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(4).fill('RATE_LIMITED')]);
  });

  it('replaces a process that dies, and keeps answering on the port', async () => {
    const [victim, survivor] = childPids(main.child.pid!);
    process.kill(victim!, 'SIGKILL');
    const replaced = await until('a replacement process', () => {
      const now = childPids(main.child.pid!);
      return now.length === 2 && !now.includes(victim!) ? now : undefined;
    });
    expect(replaced).toContain(survivor);
    // Every answer must come back, whichever process the connection lands on.
    const answers = await Promise.all(Array.from({ length: 6 }, () => postOnNewConnection(url, ME)));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
  });

  it('on SIGTERM lets both processes finish the requests in flight, then exits 0', async () => {
    // Sign-ups hash a password (scrypt), so they are still running when the signal arrives.
    const requests = Array.from({ length: 8 }, (_, i) => signUp(url, `drain-${i}@example.com`));
    await Promise.race(requests);
    main.child.kill('SIGTERM');
    const answers = await Promise.all(requests);
    expect(answers.map((a) => ({ status: a.status, errors: a.errors }))).toEqual(
      answers.map(() => ({ status: 200, errors: undefined })),
    );
    expect(await main.exited).toBe(0);
  });
});

describe('WORKERS=2 when a process cannot start', () => {
  it('stops the others and exits 1 with the reason and no stack trace', async () => {
    const taken = net.createServer();
    const port = await new Promise<number>((resolve) =>
      taken.listen(0, '127.0.0.1', () => resolve((taken.address() as net.AddressInfo).port)),
    );
    const database = await createTestDatabase();
    await database.db.dataSource.destroy();
    try {
      const main = startMain({
        DATABASE_URL: databaseUrl(database.config),
        PORT: String(port),
        WORKERS: '2',
      });
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain('the port is already in use');
      expect(main.output()).not.toMatch(/\n\s+at /);
      expect(main.output()).not.toContain('Deskline is running');
    } finally {
      taken.close();
      await database.drop();
    }
  });
});
