import {
  mysqlPool,
  rawColumnName,
  sqliteDatetime,
  transactionConnection,
} from '../../../src/database/typeorm-internals';
import { findOneByOrFail, insertOne } from '../../../src/database';
import { AgentEntity } from '../../../src/modules/agent';
import { startTestApi, type TestApi } from '../../support/test-server';

// Each reliance on TypeORM beyond its documented API (database/typeorm-internals.ts), checked on the
// database this run uses: an upgrade that changes one fails here, by name.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const insertAgent = (tx: Parameters<Parameters<TestApi['db']['transaction']>[0]>[0], email: string) =>
  insertOne(tx, AgentEntity, { email, name: 'Internals', passwordHash: 'x', createdAt: new Date() });

it('names a raw column <alias>_<column>, as getRawMany() does', async () => {
  await api.db.transaction((tx) => insertAgent(tx, 'raw-names@example.com'));
  const [row] = await api.db.manager.createQueryBuilder(AgentEntity, 'a').limit(1).getRawMany();
  const columns = api.db.dataSource.getMetadata(AgentEntity).columns;
  expect(Object.keys(row as object).sort()).toEqual(columns.map((c) => rawColumnName('a', c)).sort());
});

it('answers the generated id of an INSERT (mysql2’s header, better-sqlite3’s last rowid)', async () => {
  const id = await api.db.transaction((tx) => insertAgent(tx, 'insert-id@example.com'));
  expect((await findOneByOrFail(api.db.manager, AgentEntity, { id })).email).toBe('insert-id@example.com');
});

if (process.env.TEST_DATABASE_URL) {
  it('reaches the mysql2 pool (MysqlDriver.pool) and a transaction’s connection (databaseConnection)', async () => {
    const pool = mysqlPool(api.db.dataSource);
    expect(typeof pool.getConnection).toBe('function');
    expect(typeof pool.on).toBe('function');
    const [viaRunner, viaConnection] = await api.db.transaction(async (tx) => {
      const connection = transactionConnection(tx.queryRunner!);
      expect(connection).toBeDefined();
      const ours = (await tx.query('SELECT CONNECTION_ID() AS id')) as { id: number }[];
      const theirs = await new Promise<{ id: number }[]>((resolve, reject) =>
        connection!.query('SELECT CONNECTION_ID() AS id', [], (err, result) =>
          err ? reject(err) : resolve(result as { id: number }[]),
        ),
      );
      return [ours[0]?.id, theirs[0]?.id];
    });
    expect(viaConnection).toBe(viaRunner);
  });
} else {
  it('stores a datetime on SQLite as sqliteDatetime writes it (DateUtils)', async () => {
    const createdAt = new Date('2026-05-06T07:08:09.012Z');
    await api.db.manager.insert(AgentEntity, {
      email: 'datetime@example.com',
      name: 'Dates',
      passwordHash: 'x',
      createdAt,
    });
    const [row] = (await api.db.manager.query('SELECT created_at AS at FROM agents WHERE email = ?', [
      'datetime@example.com',
    ])) as { at: string }[];
    expect(row?.at).toBe(sqliteDatetime(createdAt));
  });
}
