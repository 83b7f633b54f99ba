import { bindParameters, parseSql, parsedSql } from './sql-parameters';

const bind = (sql: string, given: Record<string, unknown>, backslashEscapes = true) =>
  bindParameters(parseSql(sql, backslashEscapes), given, (v) => v);

describe('named parameters', () => {
  it('binds :name and :...list as positional ?', () => {
    expect(bind('SELECT * FROM t WHERE a = :a AND b IN (:...bs) AND c = :a', { a: 1, bs: [2, 3] })).toEqual([
      'SELECT * FROM t WHERE a = ? AND b IN (?, ?) AND c = ?',
      [1, 2, 3, 1],
    ]);
  });

  it('leaves a :word inside a string literal, a quoted identifier or a comment alone', () => {
    const sql =
      "SELECT ':a' AS x, \"col:a\", `t:a`, 'it''s :a' FROM t -- where :a\nWHERE id = :id /* :a */ AND n = 'x\\' :a'";
    expect(bind(sql, { id: 7 })).toEqual([sql.replace('= :id', '= ?'), [7]]);
  });

  it('reads a backslash as itself where the database does (SQLite)', () => {
    // In SQLite 'a\' is a whole literal: the :id after it is a parameter.
    expect(bind("SELECT 'a\\' AS x WHERE id = :id", { id: 1 }, false)).toEqual([
      "SELECT 'a\\' AS x WHERE id = ?",
      [1],
    ]);
  });

  it('ignores what is not a parameter: :: casts, a lone colon', () => {
    expect(bind("SELECT a::text, ':' , b FROM t WHERE c = : AND d = :d", { d: 1 })).toEqual([
      "SELECT a::text, ':' , b FROM t WHERE c = : AND d = ?",
      [1],
    ]);
  });

  it('refuses a parameter not given, and an empty list', () => {
    expect(() => bind('SELECT :a', {})).toThrow('The SQL names :a, which was not given');
    expect(() => bind('SELECT 1 WHERE a IN (:...a)', { a: [] })).toThrow(
      'needs a list of at least one value',
    );
  });

  it('parses each SQL text once: the cache is keyed by the text itself', () => {
    const sql = `SELECT :x /* ${Math.random()} */`;
    expect(parsedSql(sql, true)).toBe(parsedSql(sql, true));
    expect(parsedSql(`${sql} `, true)).not.toBe(parsedSql(sql, true));
  });
});
