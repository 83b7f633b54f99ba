import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:4000 on the embedded SQLite file', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('./data/deskline.sqlite') });
  });

  it('reads sqlite:<path> and mysql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).database).toEqual({
      kind: 'sqlite',
      file: '/tmp/x.sqlite',
    });
    expect(
      loadConfig({ DATABASE_URL: 'mysql://u:p@db:3306/deskline', DATABASE_POOL_SIZE: '5' }).database,
    ).toEqual({
      kind: 'mysql',
      url: 'mysql://u:p@db:3306/deskline',
      poolSize: 5,
      allowUnsafeDurability: false,
    });
    expect(
      loadConfig({ DATABASE_URL: 'mysql://u@db/x', DATABASE_ALLOW_UNSAFE_DURABILITY: 'true' }).database,
    ).toMatchObject({
      allowUnsafeDurability: true,
    });
  });

  it('reads TRUST_PROXY as express does: false by default, true, a hop count or addresses', () => {
    expect(
      [undefined, 'true', '2', 'loopback'].map(
        (v) => loadConfig(v === undefined ? {} : { TRUST_PROXY: v }).trustProxy,
      ),
    ).toEqual([false, true, 2, 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' })).not.toThrow();
    expect(() => loadConfig({ TRUST_PROXY: 'my-proxy' })).toThrow(
      /TRUST_PROXY: true, false, a number of proxy hops/,
    );
  });

  it('runs one server process unless WORKERS asks for a number or one per core (auto)', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'mysql://u@db/x' }).workers).toBe(1);
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBe(os.availableParallelism());
    for (const bad of ['0', '65', 'two', '1.5'])
      expect(() => loadConfig({ WORKERS: bad })).toThrow(
        'WORKERS: must be auto or a whole number from 1 to 64',
      );
  });

  it('lists every problem in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x', LOG_LEVEL: 'loud' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL: must be sqlite:<path> or mysql://');
    expect(message).toContain('LOG_LEVEL');
  });
});
