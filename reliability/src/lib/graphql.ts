/** A small GraphQL-over-HTTP client that never throws: every call reports what the client saw and how long it took. */

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface CallResult<T> {
  /** HTTP 200, data present and no errors: the server acknowledged the operation. */
  ok: boolean;
  /** null when no HTTP answer came (connection refused or reset, timeout). */
  status: number | null;
  data?: T;
  errors?: GraphQLErrorShape[];
  /** Why no HTTP answer came, e.g. ECONNREFUSED, UND_ERR_SOCKET, TIMEOUT. */
  network?: string;
  /** When the call started and how long it took, in ms (performance.now clock). */
  startedAt: number;
  ms: number;
}

/** A request still unanswered after this long counts as a hang. */
export const REQUEST_TIMEOUT_MS = 30_000;

export class GraphQLClient {
  constructor(readonly url: string) {}

  async call<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<CallResult<T>> {
    const startedAt = performance.now();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['authorization'] = `Bearer ${token}`;
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text();
      let body: { data?: T | null; errors?: GraphQLErrorShape[] } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        body = {
          errors: [
            { message: `not JSON: ${text.slice(0, 120)}`, extensions: { code: `HTTP_${res.status}` } },
          ],
        };
      }
      const ok = res.status === 200 && body.data != null && !body.errors?.length;
      return {
        ok,
        status: res.status,
        data: body.data ?? undefined,
        errors: body.errors,
        startedAt,
        ms: performance.now() - startedAt,
      };
    } catch (err) {
      return {
        ok: false,
        status: null,
        network: networkReason(err),
        startedAt,
        ms: performance.now() - startedAt,
      };
    }
  }

  /** Like call, but throws on anything but an acknowledged answer: for setting up fixtures. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const res = await this.call<T>(query, variables, token);
    if (!res.ok || res.data === undefined) throw new Error(`${this.url}: ${describeFailure(res)}`);
    return res.data;
  }

  async health(): Promise<{ status: number | null; ms: number; at: number }> {
    const at = performance.now();
    try {
      const res = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - at, at };
    } catch {
      return { status: null, ms: performance.now() - at, at };
    }
  }
}

function networkReason(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'TIMEOUT';
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? (err instanceof Error ? err.message : String(err));
}

/** The contract code a client would act on: extensions.code, else what went wrong on the wire. */
export function failureCode(res: CallResult<unknown>): string {
  if (res.ok) return 'OK';
  if (res.network) return `NETWORK ${res.network}`;
  return res.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
}

export function describeFailure(res: CallResult<unknown>): string {
  if (res.network) return `no answer (${res.network}) after ${Math.round(res.ms)} ms`;
  const first = res.errors?.[0];
  return `HTTP ${res.status} ${first?.extensions?.code ?? ''} ${first?.message ?? 'no data'}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** Round-robin over several servers: requests of one scenario split between API processes. */
export class ClientPool {
  private next = 0;
  constructor(readonly clients: GraphQLClient[]) {
    if (clients.length === 0) throw new Error('ClientPool needs at least one client');
  }
  pick(): GraphQLClient {
    const client = this.clients[this.next % this.clients.length] as GraphQLClient;
    this.next++;
    return client;
  }
  get first(): GraphQLClient {
    return this.clients[0] as GraphQLClient;
  }
}
