import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from './paths';

export interface Table {
  heading: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface Report {
  name: string;
  title: string;
  /** What was run, on what: a few lines above the tables. */
  setup: string[];
  tables: Table[];
  /** Broken guarantees; empty = every guarantee held. */
  failures: string[];
  notes?: string[];
}

/** Prints the figures as aligned text tables and writes them as markdown to results/<name>.md. */
export function publish(report: Report): string {
  const verdict =
    report.failures.length === 0
      ? 'PASS: every guarantee held'
      : `FAIL: ${report.failures.length} guarantee(s) broken`;
  const text = [`\n${report.title}`, ...report.setup.map((l) => `  ${l}`)];
  for (const table of report.tables) text.push('', table.heading, textTable(table));
  if (report.notes?.length) text.push('', ...report.notes.map((n) => `  note: ${n}`));
  text.push('', verdict, ...report.failures.slice(0, 50).map((f) => `  - ${f}`));
  console.log(text.join('\n'));

  const md = [
    `# ${report.title}`,
    '',
    `Run ${new Date().toISOString()} on ${process.platform}, Node ${process.version}.`,
    '',
  ];
  md.push(...report.setup.map((l) => `- ${l}`), '');
  for (const table of report.tables) md.push(`## ${table.heading}`, '', markdownTable(table), '');
  if (report.notes?.length) md.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  md.push(`## Result`, '', `**${verdict}**`, '');
  if (report.failures.length) md.push(...report.failures.slice(0, 200).map((f) => `- ${f}`), '');
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.name}.md`);
  fs.writeFileSync(file, md.join('\n'));
  console.log(`\nwritten to ${path.relative(process.cwd(), file) || file}`);
  return file;
}

function textTable({ columns, rows }: Table): string {
  const cells = [columns, ...rows.map((r) => r.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

function markdownTable({ columns, rows }: Table): string {
  const escape = (c: string | number) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}
