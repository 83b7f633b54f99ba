import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** apps/api, from this package's src/ or dist/. */
export const API_ROOT = path.resolve(__dirname, '../../../apps/api');
/** The API as production runs it, from source: start it with `registerTs: true`. */
export const API_MAIN_TS = path.join(API_ROOT, 'src/main.ts');
/** The built API (`pnpm --filter @deskline/api build`). */
export const API_DIST_MAIN = path.join(API_ROOT, 'dist/main.js');
/** The API's swc require hook: TypeScript from apps/api/src runs as it is, no build needed. */
export const REGISTER_TS = path.join(API_ROOT, 'test/support/register-ts.js');

/**
 * The line that says the server is ready, from the banner main.ts prints once every server process
 * listens (serve.ts, or the cluster primary once all its workers do), e.g.
 * `  health      http://127.0.0.1:3000/healthz`. It is waited for rather than polling /healthz because
 * /healthz answers as soon as the first of several workers listens. An entry of a caller's own that
 * serves the API (the concurrency tests' api-process.js) prints the same line. Only a whole line counts:
 * a chunk may end in the middle of one.
 */
const READY_LINE = /^[ \t]*health[ \t]+(http:\/\/\S+)\/healthz\r?\n/m;

const DEFAULT_READY_TIMEOUT_MS = 60_000;
const DEFAULT_STOP_GRACE_MS = 10_000;
/** After an early exit, how long to wait for the rest of its output: cluster workers left behind may hold the pipes open. */
const OUTPUT_DRAIN_MS = 1_000;
/** At most this much of the output goes into an error's message (all of it is in ApiStartError.output). */
const MESSAGE_OUTPUT_CHARS = 4_000;

export interface StartApiOptions {
  /** The script node runs: API_DIST_MAIN, API_MAIN_TS (with registerTs), or an entry of the caller's. */
  entry: string;
  /** Load REGISTER_TS first, so the entry, or what it imports, may be TypeScript from apps/api. */
  registerTs?: boolean;
  /** Node options before the entry: preloads (`-r file`), `--cpu-prof` … */
  nodeArgs?: string[];
  /** Default API_ROOT. */
  cwd?: string;
  /** The whole environment of the process (default process.env): not merged with ours, so a caller can run it on a bare one. */
  env?: NodeJS.ProcessEnv;
  /** Open an IPC channel (child.send / 'message'), for preloads and entries that answer over it. */
  ipc?: boolean;
  /** Named in errors; default 'the API'. */
  name?: string;
  /** How long to wait for the ready line before killing the process; default 60 s. */
  readyTimeoutMs?: number;
  /** Every chunk the process writes, as it comes (e.g. to append it to a log file or echo it). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

export interface ApiHandle {
  /** The base URL from the ready line, e.g. http://127.0.0.1:3000 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr interleaved as they arrived. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** Not yet exited. */
  readonly running: boolean;
  /**
   * SIGTERM (the API drains its requests and exits 0), then waits for the exit; SIGKILL if it is still
   * running after killAfterMs (default 10 s; null waits however long it takes).
   */
  stop(killAfterMs?: number | null): Promise<number | null>;
  /** Sends the signal (default SIGKILL: dies at once, mid-request, as in a crash) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The process exited, failed to spawn, or did not get ready in time (then it was killed); it is gone now. */
export class ApiStartError extends Error {
  constructor(
    message: string,
    readonly child: ChildProcess,
    /** Its exit code; null when a signal ended it (our SIGKILL after the timeout) or it never spawned. */
    readonly exitCode: number | null,
    /** Everything it wrote. */
    readonly output: string,
  ) {
    super(message);
    this.name = 'ApiStartError';
  }
}

/**
 * Starts `node [-r register-ts] [nodeArgs] entry` and resolves once the process prints the ready line
 * (see READY_LINE). Rejects with an ApiStartError carrying its output if it exits first or is not ready
 * within readyTimeoutMs.
 */
export async function startApi(options: StartApiOptions): Promise<ApiHandle> {
  const name = options.name ?? 'the API';
  const args = [
    ...(options.registerTs ? ['-r', REGISTER_TS] : []),
    ...(options.nodeArgs ?? []),
    options.entry,
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? API_ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  });

  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    // A process that never spawned emits no 'exit'.
    child.on('error', (err) => {
      if (child.pid !== undefined) return;
      spawnError = err;
      resolve(null);
    });
  });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));

  let output = '';
  // stdout until the ready line: it may arrive in pieces.
  let unscanned: string | null = '';
  let onReady: (url: string) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  const capture = (stream: 'stdout' | 'stderr') => (chunk: string) => {
    output += chunk;
    options.onOutput?.(chunk, stream);
    if (stream !== 'stdout' || unscanned === null) return;
    unscanned += chunk;
    const url = READY_LINE.exec(unscanned)?.[1];
    if (url) {
      unscanned = null;
      onReady(url);
    }
  };
  for (const stream of ['stdout', 'stderr'] as const) {
    const readable = child[stream];
    if (!readable) throw new Error(`spawn gave ${name} no ${stream} pipe`);
    // Decoded as a stream, so a character split between two chunks stays whole.
    readable.setEncoding('utf8');
    readable.on('data', capture(stream));
  }

  const timeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready.then((url) => ({ url })),
    exited.then((code) => ({ exitedWith: code })),
    new Promise<{ timedOut: true }>(
      (resolve) => (timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs)),
    ),
  ]);
  clearTimeout(timer);

  if (!('url' in outcome)) {
    if ('timedOut' in outcome) child.kill('SIGKILL');
    const code = await exited;
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS))]);
    const why =
      'timedOut' in outcome
        ? `was not ready within ${timeoutMs / 1000} s (killed)`
        : child.pid === undefined
          ? `could not be started (${spawnError?.message})`
          : `exited with ${code ?? child.signalCode} before it was ready`;
    const shown = output.length > MESSAGE_OUTPUT_CHARS ? `…${output.slice(-MESSAGE_OUTPUT_CHARS)}` : output;
    throw new ApiStartError(`${name} ${why}:\n${shown}`, child, code, output);
  }

  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url: outcome.url,
    port: Number(new URL(outcome.url).port || 80),
    pid: child.pid as number,
    child,
    output: () => output,
    exited,
    get running() {
      return running();
    },
    async stop(killAfterMs: number | null = DEFAULT_STOP_GRACE_MS) {
      if (!running()) return exited;
      child.kill('SIGTERM');
      const fallback =
        killAfterMs === null ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      const code = await exited;
      clearTimeout(fallback);
      return code;
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (running()) child.kill(signal);
      return exited;
    },
  };
}
