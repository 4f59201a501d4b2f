/*
|--------------------------------------------------------------------------
| Printing tables and saving results
|--------------------------------------------------------------------------
*/
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { REPO_ROOT } from './corpus.js'

export const RESULTS_DIR = join(REPO_ROOT, 'bench/results')

/** A goal from the issue and whether this run meets it. */
export interface TargetCheck {
  name: string
  target: string
  actual: number | null
  pass: boolean
}

export type Cell = string | number | null | undefined

/** A plain-text table: first column left-aligned, the others right-aligned (they are numbers). */
export function formatTable(headers: string[], rows: Cell[][], options: { leftColumns?: number } = {}): string {
  const left = options.leftColumns ?? 1
  const text = [headers, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? '—' : String(cell))))
  const widths = headers.map((_, column) => Math.max(...text.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < left ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  const [head, ...body] = text
  return [line(head ?? []), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(line)].join('\n')
}

export const fixed = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined || Number.isNaN(value) ? null : value.toFixed(digits)

export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

/** "2025-11-25T12-48-03Z": sortable and safe in file names. */
export function timestampForFile(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')
}

/** Writes `<kind>-<timestamp>.json` and `<kind>-latest.json`; returns the timestamped path. */
export async function saveResults(kind: string, data: unknown, date = new Date()): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true })
  const json = `${JSON.stringify(data, null, 2)}\n`
  const path = join(RESULTS_DIR, `${kind}-${timestampForFile(date)}.json`)
  await writeFile(path, json)
  await writeFile(join(RESULTS_DIR, `${kind}-latest.json`), json)
  return path
}
