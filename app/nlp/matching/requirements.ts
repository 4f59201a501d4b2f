/*
|--------------------------------------------------------------------------
| One job requirement against one résumé
|--------------------------------------------------------------------------
|
| A skill is found, in this order, by its taxonomy id (the résumé parser
| already resolved aliases: "k8s" is Kubernetes), by word stems ("unit
| tests" for "unit testing"), or as a near neighbour in meaning (word
| vectors). How the résumé backs it decides its credit: used in a dated job
| beats mentioned in undated text, which beats a bare skills list; years
| asked and recency scale it. "No experience with X yet" is not X.
*/
import { createRequire } from 'node:module'
import type { JobRequirement, ParsedJob } from '../jobs/types.js'
import type { EducationLevel, ParsedResume, SectionKind, SkillMention } from '../types.js'
import { findSkills, isListLine, skillById } from '../skills/index.js'
import { negatedAt } from '../skills/negation.js'
import { aliasKey } from '../skills/tokens.js'
import { monthIndex } from '../months.js'
import type { GloveModel } from '../embeddings/glove.js'
import type { EvidenceStrength, MatchType, RequirementMatch } from './types.js'
import {
  FRESH_YEARS,
  OVER_BAND_YEARS,
  OVERQUALIFIED_FLOOR,
  OVERQUALIFIED_PER_YEAR,
  SENIORITY_YEARS,
  SEMANTIC_FACTOR,
  SEMANTIC_SKILL_THRESHOLD,
  STALE_FACTOR,
  STALE_YEARS,
  STEM_FACTOR,
  STRENGTH_CREDIT,
  YEARS_FLOOR,
} from './weights.js'

const require = createRequire(import.meta.url)
// The stemmer module alone: the `natural` entry point loads every corpus.
const porter: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer.js')

export interface MatchContext {
  profile: ParsedResume
  textOf: Map<number, string>
  /** The same lines in lower case, for cheap substring checks. */
  lowerText: Map<number, string>
  sectionOf: Map<number, SectionKind>
  mentions: Map<string, SkillMention>
  /** Stemmed words per résumé line, for the stem fallback. */
  stems: Map<number, string[]>
  /** Month index of "today" (recency, ongoing jobs). */
  today: number
  glove: GloveModel | null
}

/** The résumé's surface for a skill on a line, and whether that mention is negated. */
function mentionOn(text: string, id: string): { surface: string; negated: boolean } | null {
  const found = findSkills(text, { listContext: true }).filter((match) => match.id === id)
  if (found.length === 0) return null
  const kept = found.find((match) => !negatedAt(text, match.start))
  const match = kept ?? found[0]
  return { surface: text.slice(match.start, match.end), negated: !kept }
}

/*
| Skills
*/

function stemsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9+#.]*/g) ?? []).map((word) => porter.stem(word.replace(/\.$/, '')))
}

export function lineStems(lines: Array<{ id: number; text: string }>): Map<number, string[]> {
  return new Map(lines.map((line) => [line.id, stemsOf(line.text)]))
}

function yearsText(months: number): string {
  const years = months / 12
  return years >= 1 ? `${Math.round(years * 10) / 10} years` : `${months} months`
}

function recencyFactor(lastUsed: string | undefined, today: number): number {
  if (!lastUsed) return 1
  const yearsAgo = (today - monthIndex(lastUsed, 'end')) / 12
  if (yearsAgo <= FRESH_YEARS) return 1
  if (yearsAgo >= STALE_YEARS) return STALE_FACTOR
  return 1 - ((1 - STALE_FACTOR) * (yearsAgo - FRESH_YEARS)) / (STALE_YEARS - FRESH_YEARS)
}

function suggestedSectionFor(requirement: JobRequirement): SectionKind {
  if (requirement.kind === 'education') return 'education'
  if (requirement.kind === 'experience') return 'experience'
  // Shown in use beats listed: a required skill belongs in a job's lines.
  return requirement.required ? 'experience' : 'skills'
}

function missing(requirement: JobRequirement, note: string): RequirementMatch {
  return { requirement, status: 'missing', evidence: [], credit: 0, suggestedSection: suggestedSectionFor(requirement), note }
}

export function matchSkillRequirement(requirement: JobRequirement, context: MatchContext): RequirementMatch {
  const mention = context.mentions.get(requirement.id)
  if (mention) {
    const byId = matchById(requirement, mention, context)
    if (byId) return byId
    const negatedLine = mention.lines[0]
    return missing(
      requirement,
      `Your résumé names ${requirement.name} only as something you have not used yet ("${context.textOf.get(negatedLine) ?? ''}").`
    )
  }
  const found = matchByStem(requirement, context) ?? matchBySemantics(requirement, context)
  if (found) return found
  const negatedLine = negatedMention(requirement, context)
  return missing(
    requirement,
    negatedLine === undefined
      ? 'Not found in your résumé.'
      : `Your résumé names ${requirement.name} only as something you have not used yet ("${context.textOf.get(negatedLine)}").`
  )
}

/** A line that names the skill under a negation ("No experience with Kubernetes yet"), which the extractor left out. */
function negatedMention(requirement: JobRequirement, context: MatchContext): number | undefined {
  const skill = skillById(requirement.id)
  const spellings = [requirement.name, ...(skill?.aliases ?? [])].map((name) => name.toLowerCase()).filter((name) => name.length >= 3)
  for (const [lineId, lower] of context.lowerText) {
    if (!spellings.some((spelling) => lower.includes(spelling))) continue
    const text = context.textOf.get(lineId)!
    const mention = mentionOn(text, requirement.id)
    if (mention?.negated) return lineId
  }
  return undefined
}

function matchById(requirement: JobRequirement, mention: SkillMention, context: MatchContext): RequirementMatch | null {
  const adKeys = new Set([aliasKey(requirement.name), aliasKey(requirement.written ?? requirement.name)])

  const kept: number[] = []
  let surface: string | null = null
  for (const lineId of mention.lines) {
    const text = context.textOf.get(lineId)
    if (!text) continue
    const on = mentionOn(text, requirement.id)
    if (on?.negated) continue
    kept.push(lineId)
    surface ??= on?.surface ?? null
  }
  if (kept.length === 0) return null

  const keptSet = new Set(kept)
  const usedLines = mention.usedIn.filter((id) => keptSet.has(id))
  const otherLines = kept.filter((id) => !usedLines.includes(id))
  const inProse = otherLines.some((id) => context.sectionOf.get(id) !== 'skills' && !isListLine(context.textOf.get(id) ?? ''))
  // Months and last use come from the jobs; they count only when a kept line is a job's line.
  const dated = usedLines.length > 0 && mention.months !== null
  const strength: EvidenceStrength = dated ? 'used' : usedLines.length > 0 || inProse ? 'mentioned' : 'listed'

  let credit = STRENGTH_CREDIT[strength]
  const notes: string[] = []
  if (strength === 'used') {
    const ongoing = mention.lastUsed !== undefined && monthIndex(mention.lastUsed, 'end') >= context.today
    const last = ongoing ? ', and still in use' : mention.lastUsed ? `, last in ${mention.lastUsed}` : ''
    notes.push(`Used in your jobs for ${yearsText(mention.months!)}${last}.`)
  }
  else if (strength === 'mentioned') notes.push('Named in your experience or projects, without dates.')
  else notes.push('Only listed in your skills; a job line that shows it in use counts more.')

  if (strength === 'used') {
    const recency = recencyFactor(mention.lastUsed, context.today)
    if (recency < 1) {
      credit *= recency
      notes.push('Last used a while ago, so it counts less than current experience.')
    }
  }

  let status: RequirementMatch['status'] = 'matched'
  if (requirement.years) {
    const have = dated ? mention.months! / 12 : 0
    if (have < requirement.years) {
      credit *= YEARS_FLOOR + ((1 - YEARS_FLOOR) * have) / requirement.years
      status = 'partial'
      notes.push(dated ? `The ad asks for ${requirement.years}+ years.` : `The ad asks for ${requirement.years}+ years; no dated job shows them.`)
    }
  }

  const matchType: MatchType = surface && !adKeys.has(aliasKey(surface)) ? 'synonym' : 'exact'
  const result: RequirementMatch = {
    requirement,
    status,
    matchType,
    strength,
    evidence: [...usedLines, ...otherLines],
    months: dated ? mention.months : null,
    credit: round(credit),
    note: notes.join(' '),
  }
  if (matchType === 'synonym' && surface) result.matchedAs = surface
  if (dated && mention.lastUsed) result.lastUsed = mention.lastUsed
  return result
}

/** "unit tests" for "unit testing": every stem of the name, adjacent, on one line. */
function matchByStem(requirement: JobRequirement, context: MatchContext): RequirementMatch | null {
  const wanted = stemsOf(requirement.name)
  // Short names ("R", "Go", "C") are too ambiguous to find by stem.
  if (wanted.length === 0 || requirement.name.replace(/[^a-z]/gi, '').length < 4) return null
  const lines: number[] = []
  for (const [lineId, stems] of context.stems) {
    if (!containsRun(stems, wanted)) continue
    const text = context.textOf.get(lineId) ?? ''
    const at = text.toLowerCase().indexOf(wanted[0].slice(0, 4))
    if (!negatedAt(text, Math.max(0, at))) lines.push(lineId)
  }
  if (lines.length === 0) return null
  const prose = lines.filter((id) => context.sectionOf.get(id) !== 'skills')
  const strength: EvidenceStrength = prose.length ? 'mentioned' : 'listed'
  return {
    requirement,
    status: 'matched',
    matchType: 'stem',
    strength,
    evidence: [...prose, ...lines.filter((id) => !prose.includes(id))],
    months: null,
    credit: round(STRENGTH_CREDIT[strength] * STEM_FACTOR),
    note: 'Found as a form of the same words; using the ad\'s exact wording helps keyword filters.',
  }
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** A near neighbour among the résumé's skills (MySQL for PostgreSQL): partial credit. */
function matchBySemantics(requirement: JobRequirement, context: MatchContext): RequirementMatch | null {
  const glove = context.glove
  if (!glove) return null
  let best: { mention: SkillMention; similarity: number } | null = null
  for (const mention of context.mentions.values()) {
    const similarity = glove.similarity(requirement.name, mention.name)
    if (similarity !== null && similarity >= SEMANTIC_SKILL_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { mention, similarity }
    }
  }
  if (!best) return null
  const { mention } = best
  const strength: EvidenceStrength = mention.usedIn.length && mention.months !== null ? 'used' : mention.usedIn.length ? 'mentioned' : 'listed'
  return {
    requirement,
    status: 'partial',
    matchType: 'semantic',
    matchedAs: mention.name,
    strength,
    evidence: [...mention.usedIn, ...mention.lines.filter((id) => !mention.usedIn.includes(id))],
    months: mention.months,
    credit: round(STRENGTH_CREDIT[strength] * SEMANTIC_FACTOR),
    suggestedSection: suggestedSectionFor(requirement),
    note: `Not named, but you have ${mention.name}, which is close (similarity ${best.similarity.toFixed(2)}). If you know ${requirement.name}, name it.`,
  }
}

/*
| Years overall and education
*/

/**
 * The years a role is pitched at: the ad's range, else its number plus a band
 * (2+ years reads as a 2–7-year role), else what its seniority implies.
 */
export function roleLevel(job: ParsedJob): { min: number; max: number } | null {
  const implied = job.seniority ? SENIORITY_YEARS[job.seniority] : undefined
  if (job.yearsOverall !== undefined) {
    return { min: job.yearsOverall, max: job.yearsMax ?? implied?.max ?? job.yearsOverall + Math.max(OVER_BAND_YEARS, job.yearsOverall) }
  }
  return implied ?? null
}

export function matchYearsRequirement(requirement: JobRequirement, profile: ParsedResume, job: ParsedJob): RequirementMatch {
  const level = roleLevel(job) ?? { min: requirement.years ?? 0, max: Number.POSITIVE_INFINITY }
  const have = profile.experience.totalMonths / 12
  const evidence = profile.work.filter((entry) => entry.startDate).flatMap((entry) => entry.lines.slice(0, 1))
  const haveText = `${Math.round(have * 10) / 10} years of dated experience`
  const band = Number.isFinite(level.max) ? `${level.min}–${level.max} years` : `${level.min}+ years`
  if (evidence.length === 0) {
    return missing(requirement, `No job with dates was found, so your years of experience cannot be counted; the ad asks for ${band}.`)
  }
  if (have < level.min) {
    const ratio = level.min > 0 ? have / level.min : 1
    return {
      requirement,
      status: ratio >= 0.5 ? 'partial' : 'missing',
      evidence,
      credit: round(ratio),
      suggestedSection: 'experience',
      note: `${haveText}; the ad asks for ${band}. Make sure every job shows its start and end dates.`,
    }
  }
  if (have > level.max) {
    const credit = Math.max(OVERQUALIFIED_FLOOR, 1 - OVERQUALIFIED_PER_YEAR * (have - level.max))
    return {
      requirement,
      status: 'matched',
      evidence,
      credit: round(credit),
      note: `${haveText}; the role is pitched at ${band}, so you may read as overqualified for it.`,
    }
  }
  return { requirement, status: 'matched', evidence, credit: 1, note: `${haveText}; the ad asks for ${band}.` }
}

const LEVEL_RANK: Record<EducationLevel, number> = {
  other: 0,
  secondary: 1,
  certificate: 1.5,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
}

export function highestEducation(profile: ParsedResume): { rank: number; lines: number[]; name?: string } {
  let best = { rank: 0, lines: [] as number[], name: undefined as string | undefined }
  for (const entry of profile.education) {
    const rank = entry.level ? LEVEL_RANK[entry.level] : 0
    if (rank > best.rank) best = { rank, lines: entry.lines, name: entry.studyType ?? entry.level }
  }
  return best
}

export function matchEducationRequirement(requirement: JobRequirement, profile: ParsedResume, askedLevel: EducationLevel): RequirementMatch {
  const asked = LEVEL_RANK[askedLevel]
  const have = highestEducation(profile)
  if (have.rank >= asked) {
    return { requirement, status: 'matched', evidence: have.lines, credit: 1, note: `Your ${have.name ?? 'degree'} meets it.` }
  }
  if (have.rank > 0 && asked - have.rank <= 1) {
    return {
      requirement,
      status: 'partial',
      evidence: have.lines,
      credit: 0.5,
      suggestedSection: 'education',
      note: `Your highest degree found (${have.name}) is one level below what the ad asks.`,
    }
  }
  return missing(
    requirement,
    have.rank > 0 ? `Your highest degree found (${have.name}) is below what the ad asks.` : 'No degree was found in your education section.'
  )
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
