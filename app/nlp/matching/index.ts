/*
|--------------------------------------------------------------------------
| Match a parsed résumé against a parsed job description
|--------------------------------------------------------------------------
|
| Framework-free and synchronous: the web process calls it per page view,
| `match:rank` calls it for every résumé of a folder. Same inputs, same
| report. Weights and why: ./weights.ts and docs/matching.md.
*/
import type { SectionKind } from '../types.js'
import { currentMonth, isMonth, monthIndex } from '../months.js'
import { gloveModel, type GloveModel } from '../embeddings/glove.js'
import { jobPartTexts, resumePartTexts, type JobPart, type ResumePart } from './section_texts.js'
import { alternativeSlots } from './alternatives.js'
import { listPhrase } from '../wording.js'
import {
  lineStems,
  matchEducationRequirement,
  matchSkillRequirement,
  matchYearsRequirement,
  roleLevel,
  round,
  type MatchContext,
} from './requirements.js'
import type {
  JobForMatch,
  MatchComponent,
  MatchComponentId,
  MatchReport,
  MatchWarning,
  RequirementMatch,
  ResumeForMatch,
  SemanticPair,
} from './types.js'
import {
  BASE_WEIGHTS,
  COMPONENT_LABELS,
  MATCHER_VERSION,
  PREFERRED_CAP_OF_ONE_REQUIRED,
  SEMANTIC_PAIR_WEIGHTS,
  SEMANTIC_RANGE,
  STUFFING_MIN_SHARE,
  STUFFING_MIN_SKILLS,
} from './weights.js'

export type * from './types.js'
export { MATCHER_VERSION } from './weights.js'
export { jobPartTexts, resumePartTexts } from './section_texts.js'

export interface MatchOptions {
  /** "YYYY-MM": what "now" is for recency (default: this month). */
  today?: string
  /** Word vectors for semantic matches; default: the built-in GloVe vectors when installed, `null` to switch off. */
  glove?: GloveModel | null
}

export function matchResume(resume: ResumeForMatch, job: JobForMatch, options: MatchOptions = {}): MatchReport {
  const today = options.today ?? currentMonth()
  if (!isMonth(today)) throw new Error(`matchResume: today must be "YYYY-MM", got "${today}"`)
  const glove = options.glove === undefined ? gloveModel() : options.glove
  const { profile } = resume

  const sectionOf = new Map<number, SectionKind>()
  for (const section of profile.sections) for (const id of section.lineIds) sectionOf.set(id, section.kind)
  const context: MatchContext = {
    profile,
    textOf: new Map(resume.lines.map((line) => [line.id, line.text])),
    lowerText: new Map(resume.lines.map((line) => [line.id, line.text.toLowerCase()])),
    sectionOf,
    mentions: new Map(profile.skills.map((skill) => [skill.id, skill])),
    stems: lineStems(resume.lines),
    today: monthIndex(today),
    glove,
  }

  const requirements: RequirementMatch[] = job.parsed.requirements.map((requirement) => {
    if (requirement.kind === 'experience') return matchYearsRequirement(requirement, profile, job.parsed)
    if (requirement.kind === 'education' && job.parsed.education) {
      return matchEducationRequirement(requirement, profile, job.parsed.education.level)
    }
    return matchSkillRequirement(requirement, context)
  })

  coverAlternatives(requirements)
  const skills = requirements.filter((match) => match.requirement.kind === 'skill')
  const required = skills.filter((match) => match.requirement.required)
  const preferred = skills.filter((match) => !match.requirement.required)
  const semantic = semanticPairs(resume, job, glove)
  const title = titleScore(job, resume, glove)
  const resumeYears = profile.experience.totalMonths / 12
  const yearsMatch = requirements.find((match) => match.requirement.kind === 'experience') ?? impliedYears(job, profile)
  const educationMatch = requirements.find((match) => match.requirement.kind === 'education')

  const raw: Record<MatchComponentId, { score: number; available: boolean; detail: string }> = {
    required: skillsComponent(required, 'required'),
    preferred: skillsComponent(preferred, 'preferred'),
    title,
    experience: yearsMatch
      ? { score: yearsMatch.credit, available: true, detail: yearsMatch.note }
      : { score: 0, available: false, detail: 'The ad asks for no number of years.' },
    education: educationMatch
      ? {
          // A preferred degree that is missing costs half.
          score: educationMatch.requirement.required ? educationMatch.credit : Math.max(0.5, educationMatch.credit),
          available: true,
          detail: educationMatch.note,
        }
      : { score: 0, available: false, detail: 'The ad asks for no degree.' },
    semantic: semantic.available
      ? { score: semantic.score, available: true, detail: semantic.detail }
      : { score: 0, available: false, detail: semantic.detail },
  }

  const components = weigh(raw, slotsOf(required).length)
  const score = Math.round(components.reduce((sum, component) => sum + component.weight * component.score, 0))

  const warnings = warningsOf(skills, profile, semantic.available ? null : semantic.detail)
  const missingKeywords = [...required, ...preferred]
    .filter((match) => match.status === 'missing')
    .map((match) => match.requirement.name)

  return {
    matcherVersion: MATCHER_VERSION,
    score: Math.max(0, Math.min(100, score)),
    components,
    requirements,
    missingKeywords,
    warnings,
    semantic: { embedder: semantic.embedder, pairs: semantic.pairs },
    experience: {
      resumeYears: Math.round(resumeYears * 10) / 10,
      ...(job.parsed.yearsOverall !== undefined ? { requiredYears: job.parsed.yearsOverall } : {}),
    },
  }
}

/*
| Components
*/

/** An ad with a seniority but no number of years ("Senior Engineer") is still pitched at a level. */
function impliedYears(job: JobForMatch, profile: ResumeForMatch['profile']): RequirementMatch | undefined {
  const level = roleLevel(job.parsed)
  if (!level || !job.parsed.seniority) return undefined
  const requirement = {
    id: 'years-overall',
    kind: 'experience' as const,
    name: `${job.parsed.seniority} level`,
    required: true,
    years: level.min,
    sentence: job.parsed.title ?? '',
    lineIndex: 0,
  }
  return matchYearsRequirement(requirement, profile, job.parsed)
}

/** Alternatives ("Python, Perl or PHP") fill one slot, which earns the best of its members. */
function slotsOf(matches: RequirementMatch[]): RequirementMatch[][] {
  return alternativeSlots(matches, (match) => match.requirement.oneOf)
}

function skillsComponent(matches: RequirementMatch[], kind: 'required' | 'preferred') {
  if (matches.length === 0) return { score: 0, available: false, detail: `The ad names no ${kind} skills.` }
  const slots = slotsOf(matches)
  const score = slots.reduce((sum, slot) => sum + Math.max(...slot.map((match) => match.credit)), 0) / slots.length
  const found = slots.filter((slot) => slot.some((match) => match.status !== 'missing')).length
  const grouped = slots.length < matches.length ? ` (alternatives counted once: ${matches.length} skills in ${slots.length} requirements)` : ''
  return { score, available: true, detail: `${found} of ${slots.length} ${kind} skills found${grouped}.` }
}

/**
 * An alternative the résumé lacks is covered by the one it has: it takes that one's
 * credit and evidence, and the note says so. A group with none of its members stays missing.
 */
function coverAlternatives(requirements: RequirementMatch[]) {
  for (const members of slotsOf(requirements)) {
    if (members.length < 2) continue
    const best = members.reduce((a, b) => (b.credit > a.credit ? b : a))
    if (best.status === 'missing') continue
    const list = listPhrase(members.map((member) => member.requirement.name), 'or')
    for (const member of members) {
      if (member === best || member.credit >= best.credit) continue
      Object.assign(member, {
        status: best.status,
        coveredBy: best.requirement.id,
        matchedAs: best.requirement.name,
        strength: best.strength,
        evidence: best.evidence,
        months: best.months,
        lastUsed: best.lastUsed,
        credit: best.credit,
        note: `The ad asks for one of ${list}; your ${best.requirement.name} covers it.`,
      })
      delete member.matchType
      delete member.suggestedSection
    }
  }
}

/** Base weights, minus what the ad does not ask, scaled back to 100; then the preferred cap. */
function weigh(
  raw: Record<MatchComponentId, { score: number; available: boolean; detail: string }>,
  requiredCount: number
): MatchComponent[] {
  const ids = Object.keys(BASE_WEIGHTS) as MatchComponentId[]
  const total = ids.filter((id) => raw[id].available).reduce((sum, id) => sum + BASE_WEIGHTS[id], 0)
  const weights = Object.fromEntries(ids.map((id) => [id, raw[id].available && total > 0 ? (BASE_WEIGHTS[id] * 100) / total : 0])) as Record<
    MatchComponentId,
    number
  >
  if (raw.required.available && raw.preferred.available) {
    const cap = (PREFERRED_CAP_OF_ONE_REQUIRED * weights.required) / requiredCount
    if (weights.preferred > cap) {
      weights.required += weights.preferred - cap
      weights.preferred = cap
    }
  }
  return ids.map((id) => ({
    id,
    label: COMPONENT_LABELS[id],
    weight: round(weights[id], 1),
    score: round(raw[id].score),
    points: round(weights[id] * raw[id].score, 1),
    available: raw[id].available,
    detail: raw[id].detail,
  }))
}

const SENIORITY_WORDS = new Set([
  'senior', 'sr', 'junior', 'jr', 'lead', 'principal', 'staff', 'head', 'chief', 'mid', 'level', 'entry', 'intern',
  'trainee', 'associate', 'i', 'ii', 'iii', 'iv', 'remote', 'hybrid', 'contract', 'full', 'part', 'time', 'the', 'a', 'an', 'of', 'and', 'for', 'with', 'in',
])

function roleWords(title: string): string[] {
  return (title.toLowerCase().match(/[a-z0-9+#.]+/g) ?? [])
    .map((word) => word.replace(/\.$/, ''))
    .filter((word) => word && !SENIORITY_WORDS.has(word) && !/^\d/.test(word))
}

/** The ad's title against the résumé's job titles (the latest counts most) and its headline. */
function titleScore(job: JobForMatch, resume: ResumeForMatch, glove: GloveModel | null) {
  const wanted = job.parsed.title ? roleWords(job.parsed.title) : []
  if (wanted.length === 0) return { score: 0, available: false, detail: 'The ad has no job title.' }
  const titles: Array<{ text: string; factor: number }> = []
  resume.profile.work.forEach((entry, index) => {
    if (entry.position) titles.push({ text: entry.position, factor: index === 0 ? 1 : index === 1 ? 0.9 : 0.8 })
  })
  if (resume.profile.basics.label) titles.push({ text: resume.profile.basics.label.value, factor: 1 })
  let best = { score: 0, text: '' }
  for (const { text, factor } of titles) {
    const words = roleWords(text)
    if (words.length === 0) continue
    const shared = wanted.filter((word) => words.includes(word)).length / wanted.length
    const similar = glove ? Math.max(0, glove.similarity(wanted.join(' '), words.join(' ')) ?? 0) : 0
    const score = Math.max(shared, similar * 0.9) * factor
    if (score > best.score) best = { score, text }
  }
  if (!best.text) return { score: 0, available: true, detail: 'No job title was found in your résumé.' }
  return {
    score: Math.min(1, best.score),
    available: true,
    detail: `Closest title: "${best.text}" for "${job.parsed.title}".`,
  }
}

/** Part pairs and their share of the semantic score: the whole documents weigh most, being the steadiest signal. */
const PAIRS: Array<[ResumePart, JobPart, number]> = [
  ['all', 'all', SEMANTIC_PAIR_WEIGHTS.all],
  ['experience', 'requirements', SEMANTIC_PAIR_WEIGHTS.experienceRequirements],
  ['experience', 'responsibilities', SEMANTIC_PAIR_WEIGHTS.experienceResponsibilities],
  ['skills', 'requirements', SEMANTIC_PAIR_WEIGHTS.skillsRequirements],
]

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i]
    na += a[i] * a[i]
    nb += b[i] * b[i]
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}

/** Stored vectors when both sides come from the same embedder; else the built-in GloVe vectors, computed here. */
function semanticPairs(resume: ResumeForMatch, job: JobForMatch, glove: GloveModel | null) {
  let resumeVectors: Partial<Record<string, ArrayLike<number>>>
  let jobVectors: Partial<Record<string, ArrayLike<number>>>
  let embedder: string
  if (resume.vectors && job.vectors && resume.vectors.embedder === job.vectors.embedder) {
    resumeVectors = resume.vectors.sections
    jobVectors = job.vectors.sections
    embedder = resume.vectors.embedder
  } else if (glove) {
    const resumeTexts = resumePartTexts(resume.profile, resume.lines)
    const jobTexts = jobPartTexts(job.parsed, job.text)
    resumeVectors = {}
    jobVectors = {}
    for (const [resumePart, jobPart] of PAIRS) {
      if (resumeTexts[resumePart] && !resumeVectors[resumePart]) resumeVectors[resumePart] = glove.embedText(resumeTexts[resumePart])
      if (jobTexts[jobPart] && !jobVectors[jobPart]) jobVectors[jobPart] = glove.embedText(jobTexts[jobPart])
    }
    embedder = glove.id
  } else {
    return {
      available: false,
      score: 0,
      embedder: null,
      pairs: [] as SemanticPair[],
      detail: 'Word vectors are not installed (run `npm run build:embeddings`), so wording was not compared.',
    }
  }

  const range = SEMANTIC_RANGE[embedder.startsWith('transformer:') ? 'transformer' : 'glove']
  const pairs: SemanticPair[] = []
  let weighted = 0
  let weights = 0
  for (const [resumePart, jobPart, weight] of PAIRS) {
    const a = resumeVectors[resumePart]
    const b = jobVectors[jobPart]
    if (!a || !b) continue
    const similarity = round(cosine(a, b))
    pairs.push({ resumeSection: resumePart, jobSection: jobPart, similarity })
    weighted += weight * similarity
    weights += weight
  }
  if (pairs.length === 0) {
    return { available: false, score: 0, embedder, pairs, detail: 'The résumé or the ad has too little text to compare.' }
  }
  const mean = weighted / weights
  const score = Math.max(0, Math.min(1, (mean - range.low) / (range.high - range.low)))
  const best = pairs.reduce((a, b) => (b.similarity > a.similarity ? b : a))
  return {
    available: true,
    score,
    embedder,
    pairs,
    detail: `Weighted similarity ${mean.toFixed(2)} over ${pairs.length} part pairs; closest: your ${best.resumeSection} and the ad's ${best.jobSection} (${best.similarity.toFixed(2)}).`,
  }
}

/*
| Warnings
*/

function warningsOf(skills: RequirementMatch[], profile: ResumeForMatch['profile'], semanticProblem: string | null): MatchWarning[] {
  const warnings: MatchWarning[] = []
  // Alternatives covered by another count once, through the one that covers them.
  const found = skills.filter((match) => match.status !== 'missing' && match.matchType !== 'semantic' && !match.coveredBy)
  const bare = found.filter((match) => match.strength === 'listed')
  if (bare.length >= STUFFING_MIN_SKILLS && bare.length >= found.length * STUFFING_MIN_SHARE) {
    warnings.push({
      id: 'keyword-stuffing',
      message: `${bare.length} of the ${found.length} skills this ad asks for that you have appear only in a list, with no job or project line showing them in use. Recruiters discount bare keyword lists; show each in a bullet of the job where you used it.`,
      skills: bare.map((match) => match.requirement.name),
      lines: [...new Set(bare.flatMap((match) => match.evidence))].sort((a, b) => a - b),
    })
  }
  if (profile.work.length > 0 && !profile.work.some((entry) => entry.startDate)) {
    warnings.push({
      id: 'no-dated-experience',
      message: 'None of your jobs has dates we could read, so years of experience (overall and per skill) could not be counted.',
      skills: [],
      lines: profile.work.flatMap((entry) => entry.lines.slice(0, 1)),
    })
  }
  if (semanticProblem) warnings.push({ id: 'semantic-unavailable', message: semanticProblem, skills: [], lines: [] })
  return warnings
}

