import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { readCpuMs, readRssMiB } from './api-process';

/** A bare Apollo server (bare-apollo-server.ts, or stack-floor-server.ts with its arguments) in a process of its own, like the API. */
export class BareApolloProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(
    port: number,
    script = 'bare-apollo-server.js',
    args: string[] = [],
  ): Promise<BareApolloProcess> {
    const child = spawn(process.execPath, [path.join(__dirname, script), String(port), ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const server = new BareApolloProcess(child, `http://127.0.0.1:${port}`);
    for (let i = 0; i < 150; i++) {
      if (child.exitCode !== null) throw new Error(`The bare Apollo server exited (${child.exitCode})`);
      try {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
        if (res.ok) return server;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGKILL');
    throw new Error('The bare Apollo server did not start');
  }

  rssMiB(): number {
    return readRssMiB(this.child.pid ?? -1);
  }

  cpuMs(): number {
    return readCpuMs(this.child.pid ?? -1);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    await exited;
  }
}
