/*
|--------------------------------------------------------------------------
| Skills of a résumé: what it lists, what its jobs used, for how long
|--------------------------------------------------------------------------
|
| Two kinds of evidence, kept apart because recruiters weigh them apart:
| a skill *listed* in a skills section is a claim; a skill *used* in a job's
| lines is backed by that job, and the job's dates give it months and a
| last-used date (the "years of X" a job ad asks for).
*/
import type { Line, Section, SkillMention, WorkEntry } from '../types.js'
import { findSkills, type SkillMatch } from './matcher.js'
import { isMonth, monthFromIndex, monthIndex, unionMonths, type MonthSpan } from '../months.js'
import { skillById } from './taxonomy.js'
import { negatedAt } from './negation.js'

export { createSkillMatcher, findSkills, isListLine, skillMatcher } from './matcher.js'
export type { FindSkillsOptions, MatchContext, SkillMatch, SkillMatcher } from './matcher.js'
export { loadTaxonomy, skillById } from './taxonomy.js'
export type { Taxonomy, TaxonomySkill, TaxonomySource } from './taxonomy.js'

export interface ExtractSkillsOptions {
  /** The month ongoing ("present") jobs run to: the upload month, "YYYY-MM". */
  today: string
}

// Listed and used beats used only (the job backs it), which beats listed only (a bare claim).
const CONFIDENCE_LISTED_AND_USED = 0.95
const CONFIDENCE_USED = 0.85
const CONFIDENCE_LISTED = 0.7
// Named in a project, the summary or the header, neither listed nor dated.
const CONFIDENCE_MENTIONED = 0.6
// Every mention went through an alias that is also an ordinary word ("Go", "R").
const AMBIGUOUS_FACTOR = 0.8

/** Sections whose lines can name a skill without listing it or dating it. */
const MENTION_SECTIONS = new Set<Section['kind']>(['header', 'summary', 'projects', 'volunteer', 'experience', 'other'])

interface Tally {
  id: string
  first: number
  listed: boolean
  usedIn: Set<number>
  lines: Set<number>
  spans: MonthSpan[]
  lastUsed: number | null
  onlyAmbiguous: boolean
}

export function extractSkills(
  lines: Line[],
  sections: Section[],
  work: WorkEntry[],
  options: ExtractSkillsOptions
): SkillMention[] {
  if (!isMonth(options.today)) {
    throw new Error(`extractSkills: today must be "YYYY-MM", got "${options.today}"`)
  }
  const today = monthIndex(options.today)
  const textOf = new Map(lines.map((line) => [line.id, line.text]))
  const tallies = new Map<string, Tally>()

  const record = (match: SkillMatch, lineId: number): Tally => {
    let tally = tallies.get(match.id)
    if (!tally) {
      tally = {
        id: match.id,
        first: Number.POSITIVE_INFINITY,
        listed: false,
        usedIn: new Set(),
        lines: new Set(),
        spans: [],
        lastUsed: null,
        onlyAmbiguous: true,
      }
      tallies.set(match.id, tally)
    }
    // Reading order: line ids are in reading order, offsets order mentions within a line.
    tally.first = Math.min(tally.first, lineId * 100_000 + match.start)
    tally.lines.add(lineId)
    if (!match.ambiguous) tally.onlyAmbiguous = false
    return tally
  }

  const skillLines = new Set<number>()
  for (const section of sections) {
    if (section.kind !== 'skills') continue
    for (const lineId of section.lineIds) {
      skillLines.add(lineId)
      for (const match of findSkills(textOf.get(lineId) ?? '', { listContext: true })) {
        record(match, lineId).listed = true
      }
    }
  }

  for (const entry of work) {
    const span = jobSpan(entry, today)
    const jobLines = [...new Set(entry.lines)]
      .filter((id) => textOf.has(id) && !skillLines.has(id))
      .sort((a, b) => a - b)
    // The employer's name is not a skill of theirs ("Oracle", "Google DeepMind"): skip it where the job names it.
    const employerLine = entry.name ? jobLines.find((id) => includesText(textOf.get(id)!, entry.name!)) : undefined
    const mentioned = new Set<Tally>()
    for (const lineId of jobLines) {
      const ignore = lineId === employerLine && entry.name ? [entry.name] : []
      const text = textOf.get(lineId)!
      for (const match of findSkills(text, { ignore })) {
        if (negatedAt(text, match.start)) continue
        const tally = record(match, lineId)
        tally.usedIn.add(lineId)
        mentioned.add(tally)
      }
    }
    if (!span) continue
    for (const tally of mentioned) {
      tally.spans.push(span)
      tally.lastUsed = Math.max(tally.lastUsed ?? span[1], span[1])
    }
  }

  // Named elsewhere (projects, summary, a "Technologies: …" line in the header): the résumé says so, without
  // a job's dates behind it. Neither listed nor used; the matcher calls it "mentioned".
  const workLines = new Set(work.flatMap((entry) => entry.lines))
  for (const section of sections) {
    if (!MENTION_SECTIONS.has(section.kind)) continue
    for (const lineId of section.lineIds) {
      if (skillLines.has(lineId) || workLines.has(lineId)) continue
      const text = textOf.get(lineId) ?? ''
      for (const match of findSkills(text)) if (!negatedAt(text, match.start)) record(match, lineId)
    }
  }

  return [...tallies.values()]
    .sort((a, b) => a.first - b.first || a.id.localeCompare(b.id))
    .map((tally) => toMention(tally))
}

/** A job's months, when it is dated at both ends (an ongoing job ends today). */
function jobSpan(entry: WorkEntry, today: number): MonthSpan | null {
  if (!entry.startDate) return null
  const first = monthIndex(entry.startDate, 'start')
  const end = entry.present ? today : entry.endDate ? monthIndex(entry.endDate, 'end') : null
  if (end === null) return null
  // A bare end year in the current year, or a typo in the future, does not run past today.
  const last = Math.min(end, today)
  return last >= first ? [first, last] : null
}

function toMention(tally: Tally): SkillMention {
  const skill = skillById(tally.id)
  const used = tally.usedIn.size > 0
  let confidence = tally.listed && used ? CONFIDENCE_LISTED_AND_USED : used ? CONFIDENCE_USED : tally.listed ? CONFIDENCE_LISTED : CONFIDENCE_MENTIONED
  if (tally.onlyAmbiguous) confidence *= AMBIGUOUS_FACTOR
  const mention: SkillMention = {
    name: skill?.name ?? tally.id,
    id: tally.id,
    listed: tally.listed,
    usedIn: [...tally.usedIn].sort((a, b) => a - b),
    months: tally.spans.length > 0 ? unionMonths(tally.spans) : null,
    confidence: Math.round(confidence * 100) / 100,
    lines: [...tally.lines].sort((a, b) => a - b),
  }
  if (skill?.category) mention.category = skill.category
  if (tally.lastUsed !== null) mention.lastUsed = monthFromIndex(tally.lastUsed)
  return mention
}

function includesText(text: string, phrase: string): boolean {
  return text.toLowerCase().includes(phrase.trim().toLowerCase())
}
