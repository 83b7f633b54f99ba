/**
 * Binding TypeORM-style named parameters (`:name`, and `:...name` for a list) as the positional `?`
 * both drivers take. The SQL is read by a small tokenizer, not a regular expression: a `:word` inside
 * a string literal ('…', "…"), a quoted identifier (`…`) or a comment is text, never a parameter.
 */

/** The SQL split at its parameters, once per SQL text. */
export interface ParsedSql {
  /** The text around the parameters: one more than there are parameters. */
  texts: string[];
  parameters: { name: string; list: boolean }[];
  /** The SQL with every parameter a single `?`; null when a :...list parameter makes it vary. */
  fixed: string | null;
}

const NAME = /[A-Za-z0-9_.]/;

/** `backslashEscapes`: MySQL reads `\'` inside a literal as a quote; SQLite reads a backslash as itself. */
export function parseSql(sql: string, backslashEscapes: boolean): ParsedSql {
  const texts: string[] = [];
  const parameters: ParsedSql['parameters'] = [];
  let textStart = 0;
  let i = 0;
  const skipQuoted = (quote: string) => {
    // A doubled quote is an escaped quote in SQL; MySQL also takes a backslash escape in '…' and "…".
    for (i++; i < sql.length; i++) {
      const c = sql[i];
      if (c === '\\' && backslashEscapes && quote !== '`') i++;
      else if (c === quote) {
        if (sql[i + 1] === quote) i++;
        else break;
      }
    }
    i++;
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"' || c === '`') skipQuoted(c);
    else if (c === '-' && sql[i + 1] === '-') i = endOf(sql, '\n', i);
    else if (c === '/' && sql[i + 1] === '*') i = endOf(sql, '*/', i);
    else if (c === ':' && sql[i + 1] !== ':' && sql[i - 1] !== ':') {
      const list = sql.startsWith('...', i + 1);
      let end = i + 1 + (list ? 3 : 0);
      const nameStart = end;
      while (end < sql.length && NAME.test(sql[end] as string)) end++;
      if (end === nameStart) {
        i++;
        continue;
      }
      texts.push(sql.slice(textStart, i));
      parameters.push({ name: sql.slice(nameStart, end), list });
      textStart = i = end;
    } else i++;
  }
  texts.push(sql.slice(textStart));
  return { texts, parameters, fixed: parameters.some((p) => p.list) ? null : texts.join('?') };
}

function endOf(sql: string, terminator: string, from: number): number {
  const at = sql.indexOf(terminator, from + 2);
  return at === -1 ? sql.length : at + terminator.length;
}

/**
 * The SQL and its positional values. A parameter the SQL names but `given` lacks fails the statement
 * here, before anything is sent; a list parameter needs at least one value.
 */
export function bindParameters(
  parsed: ParsedSql,
  given: Record<string, unknown>,
  toDriver: (value: unknown) => unknown,
): [sql: string, values: unknown[]] {
  const values: unknown[] = [];
  let sql = parsed.texts[0] ?? '';
  parsed.parameters.forEach(({ name, list }, i) => {
    const value: unknown = given[name];
    if (value === undefined) throw new Error(`The SQL names :${name}, which was not given`);
    if (list) {
      if (!Array.isArray(value) || value.length === 0)
        throw new Error(`:...${name} needs a list of at least one value`);
      values.push(...value.map(toDriver));
      sql += value.map(() => '?').join(', ');
    } else {
      values.push(toDriver(value));
      sql += '?';
    }
    sql += parsed.texts[i + 1] ?? '';
  });
  return [parsed.fixed ?? sql, values];
}

// Parsed statements by their SQL text. Declared statements make a few thousand texts at most; a
// statement composed per request (a UNION ALL of n parts) makes one per n. Past the cap the cache
// starts over rather than grow without bound.
const MAX_PARSED = 10_000;
const parsedBySql = { escaping: new Map<string, ParsedSql>(), literal: new Map<string, ParsedSql>() };

/** parseSql, once per SQL text: the cache is keyed by the SQL itself, so no two statements can share an entry. */
export function parsedSql(sql: string, backslashEscapes: boolean): ParsedSql {
  const cache = backslashEscapes ? parsedBySql.escaping : parsedBySql.literal;
  let parsed = cache.get(sql);
  if (parsed === undefined) {
    if (cache.size >= MAX_PARSED) cache.clear();
    cache.set(sql, (parsed = parseSql(sql, backslashEscapes)));
  }
  return parsed;
}
