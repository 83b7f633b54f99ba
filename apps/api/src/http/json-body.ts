import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

const MAX_BODY_BYTES = 1024 * 1024;

/** A request the server refuses before GraphQL sees it, answered in GraphQL's error shape. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function mediaType(contentType: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (contentType ?? '').split(';');
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  return {
    type: type.trim().toLowerCase(),
    charset: charset ? charset.slice('charset='.length).replace(/"/g, '') : null,
  };
}

/**
 * The parsed body of an application/json request, or undefined for any other content type (Apollo then
 * answers 400, or its CSRF prevention does). At most MAX_BODY_BYTES, UTF-8 unless it says otherwise, uncompressed.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const { type, charset } = mediaType(req.headers['content-type']);
  if (type !== 'application/json') {
    req.resume();
    return undefined;
  }
  // The charsets JSON allows (RFC 8259 wants UTF-8; body-parser and Apollo's standalone server also take UTF-16 and -32).
  if (charset !== null && !/^utf-?(8|((16|32)(le|be)?))$/.test(charset))
    throw new HttpRequestError(415, `The request body's charset ${charset} is not supported; send UTF-8.`);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new HttpRequestError(415, 'The request body must not be compressed.');
  let text: string;
  try {
    text = await getRawBody(req, {
      length: req.headers['content-length'],
      limit: MAX_BODY_BYTES,
      encoding: charset ?? 'utf-8',
    });
  } catch (err) {
    // Read off the rest, as body-parser does, so that the client is sure to receive the answer.
    req.resume();
    if ((err as { type?: string }).type === 'entity.too.large')
      throw new HttpRequestError(413, 'The request body is larger than 1 MiB.');
    throw new HttpRequestError(400, 'The request body could not be read.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpRequestError(400, 'The request body is not valid JSON.');
  }
}
