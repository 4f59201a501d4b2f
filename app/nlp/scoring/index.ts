import type { AtsCheck, AtsReport, CategoryScore, CheckCategory, CheckContext, CheckResult } from './types.js'
import { ATS_CHECKS } from './checks/index.js'

export type * from './types.js'

/** Bumped whenever a check, weight or message changes, so old reports say which rules made them. */
export const RULES_VERSION = '1.0.0'

const CATEGORY_LABELS: Record<CheckCategory, string> = {
  parseability: 'Parseability',
  contact: 'Contact details',
  structure: 'Structure',
  content: 'Content',
  skills: 'Skills',
}

const DEFAULT_CREDIT = { pass: 1, warn: 0.5, fail: 0 } as const

/** Runs every check. Pure and deterministic: same layout, profile and month, same report. */
export function scoreResume(context: CheckContext, checks: readonly AtsCheck[] = ATS_CHECKS): AtsReport {
  const results: CheckResult[] = checks.map((check) => {
    const outcome = check.run(context)
    const credit = Math.min(1, Math.max(0, outcome.credit ?? DEFAULT_CREDIT[outcome.status]))
    const lines = [...new Set(outcome.lines ?? [])].sort((a, b) => a - b)
    return {
      id: check.id,
      category: check.category,
      title: check.title,
      status: outcome.status,
      weight: check.weight,
      points: round(check.weight * credit),
      message: outcome.message,
      fix: outcome.status === 'pass' ? '' : outcome.fix,
      evidence: lines
        .filter((id) => context.layout.lines[id])
        .map((id) => ({ line: id, text: context.layout.lines[id].text })),
    }
  })

  const categories: CategoryScore[] = (Object.keys(CATEGORY_LABELS) as CheckCategory[])
    .map((id) => {
      const own = results.filter((result) => result.category === id)
      const weight = sum(own.map((result) => result.weight))
      const points = sum(own.map((result) => result.points))
      return { id, label: CATEGORY_LABELS[id], points: round(points), weight, score: weight ? Math.round((points / weight) * 100) : 100 }
    })
    .filter((category) => category.weight > 0)

  const totalWeight = sum(results.map((result) => result.weight))
  const totalPoints = sum(results.map((result) => result.points))
  return {
    rulesVersion: RULES_VERSION,
    score: totalWeight ? Math.round((totalPoints / totalWeight) * 100) : 0,
    categories,
    checks: results,
  }
}

function sum(values: number[]) {
  return values.reduce((total, value) => total + value, 0)
}

function round(value: number) {
  return Math.round(value * 100) / 100
}
