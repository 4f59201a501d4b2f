/*
|--------------------------------------------------------------------------
| ATS report types
|--------------------------------------------------------------------------
|
| A check looks at what the pipeline read (layout + parsed profile) and says
| pass / warn / fail, with a message, a concrete fix and the lines behind
| it. The report is deterministic: same input, same report, and it names
| the rules version that produced it. See docs/ats-rules.md.
|
*/
import type { LayoutDocument, ParsedResume } from '../types.js'

export type CheckCategory = 'parseability' | 'contact' | 'structure' | 'content' | 'skills'
export type CheckStatus = 'pass' | 'warn' | 'fail'

export interface CheckContext {
  layout: LayoutDocument
  parsed: ParsedResume
  /** Upload month 'YYYY-MM' (what "present" means, how recent a gap is). */
  today: string
}

/** What a check's `run` returns; the engine adds id, category, weight, points and line texts. */
export interface CheckOutcome {
  status: CheckStatus
  /** What was found, in plain words ("Your phone number is only in the page header."). */
  message: string
  /** What to do about it; empty when the check passes. */
  fix: string
  /** Ids of the lines behind the outcome (highlighted on the page). */
  lines?: number[]
  /** Partial credit between 0 and 1; by default pass = 1, warn = 0.5, fail = 0. */
  credit?: number
}

export interface AtsCheck {
  /** Stable kebab-case id: reports, docs and tests refer to it. */
  id: string
  category: CheckCategory
  /** Points the check is worth out of the report's total. */
  weight: number
  /** Short name for the report ("Email address"). */
  title: string
  run(context: CheckContext): CheckOutcome
}

export interface CheckResult {
  id: string
  category: CheckCategory
  title: string
  status: CheckStatus
  weight: number
  points: number
  message: string
  fix: string
  evidence: Array<{ line: number; text: string }>
}

export interface CategoryScore {
  id: CheckCategory
  label: string
  points: number
  weight: number
  /** 0–100 */
  score: number
}

export interface AtsReport {
  rulesVersion: string
  /** 0–100, rounded: a diagnostic, not a prediction of rejection. */
  score: number
  categories: CategoryScore[]
  checks: CheckResult[]
}
