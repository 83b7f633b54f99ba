import { statementsDuring } from '../../support/database-probes';
import { testDialect } from '../../support/test-database';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/**
 * The isolation level is set once per pooled connection instead of before each transaction. Every
 * connection of the pool must have it, including the one TypeORM opened while initializing, before
 * the pool could be configured. (SQLite has one level, SERIALIZABLE: nothing to check there.)
 */
(testDialect === 'mysql' ? it : it.skip)('runs every transaction READ COMMITTED, on every pooled connection, without a SET per transaction', async () => {
  let inside = 0;
  let release!: () => void;
  const allInside = new Promise<void>((resolve) => (release = resolve));
  const parallel = 20; // the test pool's size: each transaction holds its own connection
  const statements = await statementsDuring(api.db, async () => {
    const levels = await Promise.all(
      Array.from({ length: parallel }, () =>
        api.db.transaction(async (tx) => {
          if (++inside === parallel) release();
          await allInside;
          const [row] = (await tx.query('SELECT @@tx_isolation AS level, CONNECTION_ID() AS id')) as { level: string; id: number }[];
          return row;
        }),
      ),
    );
    expect(new Set(levels.map((l) => l?.id)).size).toBe(parallel);
    expect(levels.map((l) => l?.level)).toEqual(Array(parallel).fill('READ-COMMITTED'));
  });
  expect(statements.filter((q) => /^SET .*ISOLATION/i.test(q))).toEqual([]);
});
