import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { onCleanup } from './cleanup';
import { sleep } from './stats';

/**
 * A MariaDB server of our own, in a temporary datadir on its own port and socket, so the fault
 * scenarios can stop and start it without touching the shared server on 3306. --no-defaults keeps
 * /etc/mysql's settings (port, socket, pid file, logs) of the shared server out of it.
 */
export class PrivateMariaDb {
  private child: ChildProcess | null = null;
  private readonly datadir: string;
  private readonly socket: string;
  private readonly errorLog: string;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.datadir = path.join(dir, 'data');
    this.socket = path.join(dir, 'mysqld.sock');
    this.errorLog = path.join(dir, 'mariadbd.err');
  }

  /** root with no password over TCP; append a database name for DATABASE_URL. */
  get serverUrl(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  static async create(port: number): Promise<PrivateMariaDb> {
    if (await portInUse(port))
      throw new Error(`Port ${port} is in use: a private MariaDB from an earlier run may still be running.`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-rel-mariadb-'));
    const server = new PrivateMariaDb(dir, port);
    onCleanup(`stop private MariaDB and remove ${dir}`, () => server.destroy());
    const init = spawnSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        '--auth-root-authentication-method=normal',
        '--user=root',
        `--datadir=${server.datadir}`,
        '--skip-test-db',
      ],
      { encoding: 'utf8' },
    );
    if (init.status !== 0)
      throw new Error(`mariadb-install-db failed (${init.status}):\n${init.stderr || init.stdout}`);
    await server.start();
    return server;
  }

  /** Starts mariadbd on the datadir and waits until it accepts connections; returns how long that took. */
  async start(): Promise<number> {
    if (this.child) throw new Error('the private MariaDB is already running');
    const startedAt = performance.now();
    const child = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${this.datadir}`,
        `--port=${this.port}`,
        `--socket=${this.socket}`,
        '--bind-address=127.0.0.1',
        '--user=root',
        `--pid-file=${path.join(this.dir, 'mariadbd.pid')}`,
        `--log-error=${this.errorLog}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=128M',
        '--max-connections=300',
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    for (;;) {
      if (!this.child)
        throw new Error(`mariadbd exited while starting; see ${this.errorLog}:\n${this.errorLogTail()}`);
      if (await this.ping()) return performance.now() - startedAt;
      if (performance.now() - startedAt > 60_000)
        throw new Error(`mariadbd did not accept connections within 60 s:\n${this.errorLogTail()}`);
      await sleep(50);
    }
  }

  /**
   * SIGTERM to mariadbd's pid: it closes every connection, shuts down cleanly and exits.
   * SIGKILL: a crash; the next start runs InnoDB's crash recovery.
   */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timeout);
  }

  get running(): boolean {
    return this.child !== null;
  }

  async ping(): Promise<boolean> {
    try {
      const conn = await mysql.createConnection({
        host: '127.0.0.1',
        port: this.port,
        user: 'root',
        connectTimeout: 1000,
      });
      await conn.query('SELECT 1');
      await conn.end();
      return true;
    } catch {
      return false;
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private errorLogTail(): string {
    try {
      return fs.readFileSync(this.errorLog, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no error log)';
    }
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
