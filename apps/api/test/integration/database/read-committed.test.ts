import { statementsDuring } from '../../support/database-probes';
import { testDialect } from '../../support/test-database';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PARALLEL = 20; // the MySQL test pool's size: there, each transaction holds a connection of its own

/**
 * Find-or-create and the claim rely on a read after a lock wait seeing the winner's committed row:
 * READ COMMITTED on MySQL, set once per pooled connection (including the one TypeORM opened while
 * initializing, before the pool could be configured) rather than before each transaction. SQLite
 * has no levels: its transactions run one at a time (Database's write lock), which is stronger.
 */
it('runs every transaction at least READ COMMITTED, without a SET per transaction', async () => {
  let inside = 0;
  let overlapped = false;
  let release!: () => void;
  const allInside = new Promise<void>((resolve) => (release = resolve));
  const statements = await statementsDuring(api.db, async () => {
    const seen = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        api.db.transaction(async (tx) => {
          if (testDialect === 'sqlite') {
            overlapped ||= ++inside > 1;
            await new Promise((resolve) => setTimeout(resolve, 2));
            inside--;
            return null;
          }
          if (++inside === PARALLEL) release();
          await allInside;
          const [row] = (await tx.query('SELECT @@tx_isolation AS level, CONNECTION_ID() AS id')) as {
            level: string;
            id: number;
          }[];
          return row ?? null;
        }),
      ),
    );
    if (testDialect === 'mysql') {
      expect(new Set(seen.map((s) => s?.id)).size).toBe(PARALLEL);
      expect(seen.map((s) => s?.level)).toEqual(Array(PARALLEL).fill('READ-COMMITTED'));
    } else {
      expect(overlapped).toBe(false);
    }
  });
  expect(statements.filter((q) => /^SET .*ISOLATION/i.test(q))).toEqual([]);
});
