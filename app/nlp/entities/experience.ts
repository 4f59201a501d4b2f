import type { ExperienceSummary, WorkEntry } from '../types.js'
import { mergeSpans, monthFromIndex, monthIndex, type MonthSpan } from '../months.js'

/**
 * Months of dated work and the gaps between jobs. Overlapping jobs (a side
 * job during a full-time one) count once. An ongoing job runs to `today`, the
 * upload month; a job with only a start date counts as that one month rather
 * than as ongoing, since nothing says it is.
 */
export function summarizeExperience(work: WorkEntry[], options: { today: string }): ExperienceSummary {
  const now = monthIndex(options.today, 'end')
  const intervals = work
    .filter((job) => job.startDate)
    .map((job) => {
      const from = monthIndex(job.startDate!, 'start')
      const to = job.present ? now : monthIndex(job.endDate ?? job.startDate!, 'end')
      return [from, Math.min(Math.max(to, from), Math.max(now, from))] as MonthSpan
    })
  const merged = mergeSpans(intervals)

  const totalMonths = merged.reduce((sum, [from, to]) => sum + (to - from + 1), 0)
  const gaps: ExperienceSummary['gaps'] = []
  for (let i = 1; i < merged.length; i++) {
    const months = merged[i][0] - merged[i - 1][1] - 1
    if (months >= 3) gaps.push({ from: monthFromIndex(merged[i - 1][1] + 1), to: monthFromIndex(merged[i][0] - 1), months })
  }
  return { totalMonths, gaps }
}
