// Writes one benchmark's section of the results file (docs/BENCHMARKS.md by default), between
// `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`. Only that section is replaced, so
// benchmarks run separately (or by other people) keep their sections.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMachine } from './machine.js';
import type { BenchOptions } from './module.js';

export const DEFAULT_RESULTS_FILE = fileURLToPath(new URL('../../docs/BENCHMARKS.md', import.meta.url));
/** Quick (smoke) runs write here unless told otherwise, so they never overwrite recorded numbers. */
export const QUICK_RESULTS_FILE = fileURLToPath(new URL('../results/quick.md', import.meta.url));

export function resultsFileFor(options: BenchOptions): string {
  return options.resultsFile ?? (options.quick ? QUICK_RESULTS_FILE : DEFAULT_RESULTS_FILE);
}

export interface SectionInput {
  /** Marker name, e.g. `store` → `<!-- bench:store:start -->`. Letters, digits, `-` and `_`. */
  name: string;
  /** Heading of the section (rendered as `## title`). */
  title: string;
  /** Dataset sizes in words, e.g. "10 000 and 100 000 profile documents (~1 KB)". */
  sizes: string;
  /** Markdown body: tables and notes. */
  body: string;
  /** Defaults to docs/BENCHMARKS.md. */
  file?: string;
  /** Defaults to now. */
  date?: Date;
  /** Defaults to this machine. */
  machine?: string;
  /** Defaults to the current 1-minute load average (other work on the machine skews numbers). */
  loadAverage?: number;
}

const NAME = /^[A-Za-z0-9_-]+$/;

export function markers(name: string): { start: string; end: string } {
  if (!NAME.test(name)) throw new Error(`invalid section name ${JSON.stringify(name)}`);
  return { start: `<!-- bench:${name}:start -->`, end: `<!-- bench:${name}:end -->` };
}

export function renderSection(input: Omit<SectionInput, 'file'>): string {
  const { start, end } = markers(input.name);
  const date = (input.date ?? new Date()).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return [
    start,
    `## ${input.title}`,
    '',
    `Measured ${date} on ${input.machine ?? formatMachine()}; 1-minute load average when written: ${(input.loadAverage ?? os.loadavg()[0]!).toFixed(1)}.  `,
    `Dataset: ${input.sizes}.`,
    '',
    input.body.trim(),
    end,
  ].join('\n');
}

/** Replace (or append) the section in `document` and return the new text. */
export function replaceSection(document: string, name: string, section: string): string {
  const { start, end } = markers(name);
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from !== -1 && to > from) return document.slice(0, from) + section + document.slice(to + end.length);
  if (from !== -1 || to !== -1) throw new Error(`section ${name} has an unmatched marker; fix the file by hand`);
  const base = document.replace(/\s*$/, '');
  return `${base}${base ? '\n\n' : ''}${section}\n`;
}

/** The current text of a section (markers included), or null. */
export function readSection(file: string, name: string): string | null {
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const { start, end } = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from !== -1 && to > from ? text.slice(from, to + end.length) : null;
}

export function writeSection(input: SectionInput): string {
  const file = input.file ?? DEFAULT_RESULTS_FILE;
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const section = renderSection(input);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, replaceSection(existing, input.name, section));
  return file;
}

// ── formatting ──────────────────────────────────────────────────────────────────────────────

export function table(headers: string[], rows: (string | number)[][]): string {
  // Numbers (optionally with a unit) are right-aligned so their digits line up.
  const numeric = (v: string | number | undefined) =>
    typeof v === 'number' || /^[\d\s.,×%~–-]+( ?(B|KB|MB|GB|ms|s|%))?$/.test(String(v ?? ''));
  const align = headers.map((_, i) => (rows.every((r) => numeric(r[i])) ? '---:' : '---'));
  return [`| ${headers.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.map(String).join(' | ')} |`)].join('\n');
}

/** Thousands separated by spaces, e.g. 12 345. */
export function int(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Milliseconds with precision that suits their size. */
export function ms(n: number): string {
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  if (n >= 1) return n.toFixed(2);
  return n.toFixed(3);
}

export function mb(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}
