import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY read the way Express reads its 'trust proxy' setting: true, a number of hops, or a
 * comma-separated list of addresses, subnets and names (loopback, uniquelocal …). Throws on a bad address.
 */
export function compileTrustProxy(setting: boolean | number | string): TrustProxy {
  if (setting === true) return () => true;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  if (setting === false) return () => false;
  return proxyaddr.compile(setting.split(',').map((part) => part.trim()));
}

/** The client's address, read from X-Forwarded-For only as far as the proxies are trusted. */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(req, trust);
}
