import type { BenchDocument } from '../lib/registry.js'
import { fixed } from '../lib/report.js'
import { median, percentile } from '../lib/timing.js'

export interface DocumentTimings {
  id: string
  format: BenchDocument['format']
  pageCount: number
  /** Milliseconds, one per timed run. */
  samples: number[]
}

export interface GroupStats {
  group: string
  files: number
  runs: number
  medianMs: number | null
  p95Ms: number | null
  maxMs: number | null
  medianMsPerPage: number | null
}

/** The groups every timing table reports: each format, and 2-page PDFs (the unit of the speed target). */
export const GROUPS: Array<{ group: string; includes: (doc: { format: string; pageCount: number }) => boolean }> = [
  { group: 'PDF', includes: (doc) => doc.format === 'pdf' },
  { group: 'PDF, 2 pages', includes: (doc) => doc.format === 'pdf' && doc.pageCount === 2 },
  { group: 'DOCX', includes: (doc) => doc.format === 'docx' },
  { group: 'TXT', includes: (doc) => doc.format === 'txt' },
]

/** Median and p95 over every timed run of every file in the group (not over per-file medians). */
export function groupStats(timings: DocumentTimings[], group: (typeof GROUPS)[number]): GroupStats {
  const members = timings.filter(group.includes)
  const samples = members.flatMap((doc) => doc.samples)
  const perPage = members.flatMap((doc) => doc.samples.map((ms) => ms / Math.max(1, doc.pageCount)))
  return {
    group: group.group,
    files: members.length,
    runs: samples.length,
    medianMs: median(samples),
    p95Ms: percentile(samples, 95),
    maxMs: samples.length ? Math.max(...samples) : null,
    medianMsPerPage: median(perPage),
  }
}

export const ms = (value: number | null | undefined) => fixed(value, 1)
