/*
| Month arithmetic for skill experience. Kept here, tiny and local, so skills
| do not depend on the date parser in entities/ (written concurrently); the
| conventions are the same ones a parsed WorkEntry uses ("YYYY-MM" | "YYYY").
*/

/** Months since year 0: "2021-03" → 2021 * 12 + 2. A bare year is its January, or its December as an end. */
export function monthIndex(date: string, as: 'start' | 'end' = 'start'): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(date.trim())
  if (!match) return null
  const year = Number(match[1])
  if (match[2] === undefined) return year * 12 + (as === 'start' ? 0 : 11)
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  return year * 12 + month - 1
}

export function formatMonth(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** Inclusive month ranges [first, last]; "May 2022 – Aug 2022" is 4 months. */
export type MonthSpan = [number, number]

/** Months covered by the spans, overlaps counted once. */
export function unionMonths(spans: MonthSpan[]): number {
  const sorted = [...spans].filter(([first, last]) => last >= first).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let total = 0
  let current: MonthSpan | null = null
  for (const [first, last] of sorted) {
    if (current && first <= current[1] + 1) {
      current[1] = Math.max(current[1], last)
      continue
    }
    if (current) total += current[1] - current[0] + 1
    current = [first, last]
  }
  if (current) total += current[1] - current[0] + 1
  return total
}
