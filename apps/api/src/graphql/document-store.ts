import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';

/** About how much heap the parsed documents Apollo keeps may hold. */
export const DOCUMENT_STORE_BYTES = 32 * 1024 * 1024;

// A parsed document takes about 4 times its JSON length on the heap (an introspection query: 15 KB
// of JSON, 61 KB of heap, measured with node --expose-gc). Apollo's default store counts the JSON
// length against 30 MiB, so it held some 120 MiB of documents; this one counts the heap.
const HEAP_PER_JSON_BYTE = 4;

/**
 * Apollo's cache of parsed and validated documents, bounded by their size on the heap: a client sending
 * ever-new documents (6,500 distinct introspection queries grew RSS from 267 to 876 MiB) evicts the
 * oldest instead of growing the process.
 */
export function boundedDocumentStore(maxBytes = DOCUMENT_STORE_BYTES): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document) => InMemoryLRUCache.sizeCalculation(document) * HEAP_PER_JSON_BYTE,
  });
}
