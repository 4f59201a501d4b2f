/*
|--------------------------------------------------------------------------
| Month arithmetic
|--------------------------------------------------------------------------
|
| Dates in the pipeline are "YYYY-MM" or "YYYY". For arithmetic they become
| month indexes (months since year 0). A bare year is its January as a start
| and its December as an end, so "2015–2017" then "2018–2020" shows no gap.
| Spans are inclusive: "May 2022 – Aug 2022" is 4 months.
|
*/

/** "YYYY-MM" or "YYYY". */
export type PartialDate = string

/** "2026-11": a full month, as uploads and --today give it. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

/** The month a date falls in (UTC), "YYYY-MM": what "Present" means for an upload made then. */
export function currentMonth(date = new Date()): string {
  return date.toISOString().slice(0, 7)
}

/** Inclusive [first, last] month indexes. */
export type MonthSpan = [number, number]

export function monthIndex(date: PartialDate, edge: 'start' | 'end' = 'start'): number {
  const [year, month] = date.split('-').map(Number)
  return year * 12 + ((month || (edge === 'start' ? 1 : 12)) - 1)
}

export function monthFromIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Overlapping or touching spans merged, in order. */
export function mergeSpans(spans: MonthSpan[]): MonthSpan[] {
  const sorted = spans
    .filter(([first, last]) => last >= first)
    .map(([first, last]): MonthSpan => [first, last])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: MonthSpan[] = []
  for (const [first, last] of sorted) {
    const current = merged[merged.length - 1]
    if (current && first <= current[1] + 1) current[1] = Math.max(current[1], last)
    else merged.push([first, last])
  }
  return merged
}

/** Months covered by the spans, overlaps counted once. */
export function unionMonths(spans: MonthSpan[]): number {
  return mergeSpans(spans).reduce((total, [first, last]) => total + last - first + 1, 0)
}
