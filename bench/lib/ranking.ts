/*
|--------------------------------------------------------------------------
| Ranking metrics: graded NDCG@k, reciprocal rank, rank agreement
|--------------------------------------------------------------------------
|
| NDCG follows Järvelin & Kekäläinen (2002) in the exponential-gain form of
| Burges et al. (2005): gain 2^grade − 1, discount 1 / log2(position + 1).
| Equal scores are a tie, not an order: a tied group shares the mean
| discount of the positions it spans (McSherry & Najork, ECIR 2008), which
| equals the expectation over every order of the group. So a matcher that
| gives five jobs the same score is measured as random, not as "whatever
| order the sort left them in". The rules are written up in docs/accuracy.md.
|
*/

export type GainForm = 'exponential' | 'linear'

/** One candidate of one ranked list, with the score the method gave it. */
export interface Scored {
  id: string
  score: number
}

/** The gain of a graded item: 2^grade − 1 (exponential, the default) or the grade itself. */
export function gain(grade: number, form: GainForm = 'exponential'): number {
  return form === 'exponential' ? 2 ** grade - 1 : grade
}

/** Discount of a 1-based position. */
export const discount = (position: number) => 1 / Math.log2(position + 1)

/** Highest score first; groups of equal scores, each with the 1-based positions it spans. */
export function tieGroups(ranked: readonly Scored[]): Array<{ items: Scored[]; first: number; last: number }> {
  const sorted = ranked.toSorted((a, b) => b.score - a.score)
  const groups: Array<{ items: Scored[]; first: number; last: number }> = []
  for (const item of sorted) {
    const current = groups.at(-1)
    if (current && current.items[0]?.score === item.score) {
      current.items.push(item)
      current.last++
    } else {
      const first = (current?.last ?? 0) + 1
      groups.push({ items: [item], first, last: first })
    }
  }
  return groups
}

/** Tie-aware DCG@k; unjudged candidates have grade 0. */
export function dcgAtK(ranked: readonly Scored[], grades: ReadonlyMap<string, number>, k: number, form: GainForm = 'exponential'): number {
  let dcg = 0
  for (const group of tieGroups(ranked)) {
    if (group.first > k) break
    let discounts = 0
    for (let position = group.first; position <= Math.min(group.last, k); position++) discounts += discount(position)
    const meanDiscount = discounts / group.items.length
    for (const item of group.items) dcg += gain(grades.get(item.id) ?? 0, form) * meanDiscount
  }
  return dcg
}

/** DCG@k of the grades in the best order. */
export function idealDcgAtK(grades: Iterable<number>, k: number, form: GainForm = 'exponential'): number {
  return [...grades]
    .toSorted((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, index) => sum + gain(grade, form) * discount(index + 1), 0)
}

/** NDCG@k in 0..1; null when nothing in the list has a positive grade (no ideal to compare with). */
export function ndcgAtK(ranked: readonly Scored[], grades: ReadonlyMap<string, number>, k: number, form: GainForm = 'exponential'): number | null {
  const ideal = idealDcgAtK(
    ranked.map((item) => grades.get(item.id) ?? 0),
    k,
    form
  )
  return ideal > 0 ? dcgAtK(ranked, grades, k, form) / ideal : null
}

/**
 * Expected reciprocal rank of the first relevant candidate, ties broken at random.
 * In the first tie group holding r relevant of its g candidates, the first relevant
 * one sits at offset j with probability C(g−1−j, r−1) / C(g, r). 0 when none is relevant.
 */
export function reciprocalRank(ranked: readonly Scored[], relevant: ReadonlySet<string>): number {
  for (const group of tieGroups(ranked)) {
    const g = group.items.length
    const r = group.items.filter((item) => relevant.has(item.id)).length
    if (r === 0) continue
    let expected = 0
    for (let j = 0; j <= g - r; j++) expected += (binomial(g - 1 - j, r - 1) / binomial(g, r)) / (group.first + j)
    return expected
  }
  return 0
}

/** What a random order scores on average: every candidate tied. */
export function randomNdcgAtK(grades: readonly number[], k: number, form: GainForm = 'exponential'): number | null {
  const map = new Map(grades.map((grade, index) => [String(index), grade]))
  return ndcgAtK(
    grades.map((_, index) => ({ id: String(index), score: 0 })),
    map,
    k,
    form
  )
}

/** Expected reciprocal rank of a random order with `relevant` of `total` candidates relevant. */
export function randomReciprocalRank(total: number, relevant: number): number {
  const ids = Array.from({ length: total }, (_, index) => ({ id: String(index), score: 0 }))
  return reciprocalRank(ids, new Set(ids.slice(0, relevant).map((item) => item.id)))
}

/**
 * Kendall's τ-b between two scorings of the same items (ties allowed on either side);
 * null when one side is all ties.
 */
export function kendallTauB(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length) throw new Error(`kendallTauB: lengths differ (${a.length} vs ${b.length})`)
  let concordant = 0
  let discordant = 0
  let tiesA = 0
  let tiesB = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const da = Math.sign((a[i] ?? 0) - (a[j] ?? 0))
      const db = Math.sign((b[i] ?? 0) - (b[j] ?? 0))
      if (da === 0 && db === 0) continue
      if (da === 0) tiesA++
      else if (db === 0) tiesB++
      else if (da === db) concordant++
      else discordant++
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB))
  return denominator > 0 ? (concordant - discordant) / denominator : null
}

/** Mean of the non-null values; null when there are none. */
export function mean(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null)
  return present.length ? present.reduce((sum, value) => sum + value, 0) / present.length : null
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0
  let result = 1
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i
  return result
}
