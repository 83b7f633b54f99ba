import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * Every string a client sends, in variables or written into the document, is made NFC before any
 * resolver sees it, and a string holding a lone surrogate (half of a UTF-16 pair, which no UTF-8
 * database can store) is refused. So "é" written as one code point or as e + U+0301 is one email, one
 * requester, one name; lengths are checked on what is stored; and what is stored is what is returned.
 */
export class LoneSurrogate extends GraphQLError {
  constructor(where: string) {
    super(`${where} contains a lone UTF-16 surrogate (half of a character): send valid Unicode text.`, {
      // http.status: an error returned by the executor is otherwise answered with 200.
      extensions: { code: 'BAD_USER_INPUT', field: where.replace(/^.*[.$]/, ''), http: { status: 400 } },
    });
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

function cleanString(value: string, where: string): string {
  if (LONE_SURROGATE.test(value)) throw new LoneSurrogate(where);
  return value.normalize('NFC');
}

function cleanValue(value: unknown, where: string): unknown {
  if (typeof value === 'string') return cleanString(value, where);
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item, i) => {
      const cleaned = cleanValue(item, `${where}[${i}]`);
      changed ||= cleaned !== item;
      return cleaned;
    });
    return changed ? items : value;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanValue(item, `${where}.${key}`);
      if (cleaned !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = cleaned;
    }
    return copy ?? value;
  }
  return value;
}

/** The request's variables with every string NFC; the same object when nothing changed. Throws LoneSurrogate. */
export function cleanVariables(
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!variables) return variables;
  let copy: Record<string, unknown> | null = null;
  for (const [name, value] of Object.entries(variables)) {
    const cleaned = cleanValue(value, `$${name}`);
    if (cleaned !== value) (copy ??= { ...variables })[name] = cleaned;
  }
  return copy ?? variables;
}

/**
 * The document with every string literal NFC; the same document when nothing changed (the usual case,
 * so callers can cache by document). Throws LoneSurrogate.
 */
export function cleanDocumentStrings(document: DocumentNode): DocumentNode {
  let changed = false;
  const cleaned = visit(document, {
    StringValue(node) {
      const value = cleanString(node.value, 'A string in the query');
      if (value === node.value) return undefined;
      changed = true;
      return { ...node, kind: Kind.STRING, value };
    },
  });
  return changed ? cleaned : document;
}
