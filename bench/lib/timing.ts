/*
|--------------------------------------------------------------------------
| Timing helpers
|--------------------------------------------------------------------------
*/
import { performance } from 'node:perf_hooks'

/** Nearest-rank percentile (p in 0..100) of unsorted samples; null for none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null
  const sorted = samples.toSorted((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null
}

/** The middle sample, or the mean of the two middle ones. */
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null
  const sorted = samples.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export async function timeOnce(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await task()
  return performance.now() - started
}

/** `warmup` untimed runs, then `runs` timed ones (milliseconds). */
export async function timeRuns(task: () => Promise<unknown>, runs: number, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) samples.push(await timeOnce(task))
  return samples
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024
}
