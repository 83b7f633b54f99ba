import { createHash } from 'node:crypto';

/**
 * Every seeded agent gets a known bearer token, stored as the API stores them (SHA-256 hex), so the
 * load authenticates without signIn (whose scrypt would dominate any profile).
 */
export function benchToken(agentId: number): string {
  return `bench-token-${String(agentId).padStart(8, '0')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function reference(ticketId: number): string {
  return `TK-${String(ticketId).padStart(5, '0')}`;
}

export function encodeQueueCursor(priority: number, id: number): string {
  return Buffer.from(JSON.stringify({ p: priority, id })).toString('base64url');
}
