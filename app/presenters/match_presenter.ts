import type { Line } from '#nlp/types'
import type { MatchReport, MatchType, RequirementMatch, EvidenceStrength } from '#nlp/matching/types'
import type { JobRequirement, ParsedJob, Seniority, EducationLevel, WorkArrangement } from '#nlp/jobs/types'
import { SECTION_LABELS, formatMonth, formatMonths } from '#presenters/analysis_presenter'
import { alternativeSlots } from '#nlp/matching/alternatives'
import { listPhrase } from '#nlp/wording'

const STATUS_LABELS: Record<RequirementMatch['status'], string> = {
  matched: 'Matched',
  partial: 'Partly',
  missing: 'Missing',
}

const MATCH_TYPE_NOTES: Record<MatchType, { label: string; note: string }> = {
  exact: { label: 'exact', note: 'The ad’s words appear as written.' },
  synonym: { label: 'synonym', note: 'Another name for the same skill (k8s for Kubernetes).' },
  stem: { label: 'word form', note: 'The same word in another form ("testing" for "tests").' },
  semantic: { label: 'similar', note: 'Close in meaning, not the same skill.' },
}

const STRENGTH_LABELS: Record<EvidenceStrength, string> = {
  used: 'used in a dated job',
  mentioned: 'mentioned, undated',
  listed: 'only listed',
}

/** Parts of a résumé and of an ad that get a sentence vector (app/nlp/matching/section_texts.ts). */
const PART_LABELS: Record<string, string> = {
  summary: 'Summary',
  experience: 'Experience',
  skills: 'Skills',
  requirements: 'Requirements',
  responsibilities: 'Responsibilities',
}

const SENIORITY_LABELS: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
  principal: 'Principal',
  manager: 'Manager',
  director: 'Director',
}

const EDUCATION_LABELS: Record<EducationLevel, string> = {
  secondary: 'Secondary school',
  associate: 'Associate degree',
  bachelor: 'Bachelor’s degree',
  master: 'Master’s degree',
  doctorate: 'Doctorate',
}

const ARRANGEMENT_LABELS: Record<WorkArrangement, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' }

/** How many résumé lines a requirement quotes before "and N more". */
const EVIDENCE_SHOWN = 3

export interface EvidenceLine {
  /** 1-based, as "What an ATS sees" numbers lines. */
  number: number
  text: string
  href: string
}

/**
 * A job's parsed facts for its page: labels for the enums, and the
 * requirements split into required and preferred.
 */
/** Alternatives ("Python, Perl or PHP") shown as one entry, as the matcher counts them. */
function grouped(requirements: JobRequirement[]) {
  return alternativeSlots(requirements, (requirement) => requirement.oneOf).map((slot) => ({
    name: listPhrase(slot.map((requirement) => requirement.name), 'or'),
    years: slot[0].years,
    sentence: slot[0].sentence,
    oneOf: slot.length > 1,
  }))
}

export function presentJob(parsed: ParsedJob) {
  const skills = parsed.requirements.filter((requirement) => requirement.kind === 'skill')
  return {
    seniority: parsed.seniority ? SENIORITY_LABELS[parsed.seniority] : null,
    remote: parsed.remote ? ARRANGEMENT_LABELS[parsed.remote] : null,
    education: parsed.education
      ? { ...parsed.education, label: EDUCATION_LABELS[parsed.education.level] }
      : null,
    required: grouped(skills.filter((requirement) => requirement.required)),
    preferred: grouped(skills.filter((requirement) => !requirement.required)),
    experience: parsed.requirements.filter((requirement) => requirement.kind === 'experience'),
  }
}

/**
 * View data for a match report: every number with its breakdown, every
 * requirement with the résumé lines behind it (quoted, and linked to the
 * résumé page's "What an ATS sees" rows at `resumeUrl`).
 */
export function presentMatch(report: MatchReport, lines: Array<Pick<Line, 'id' | 'text'>>, resumeUrl: string) {
  const textOf = new Map(lines.map((line) => [line.id, line.text]))
  const quote = (ids: number[]): EvidenceLine[] =>
    ids
      .filter((id) => textOf.has(id))
      .map((id) => ({ number: id + 1, text: textOf.get(id)!, href: `${resumeUrl}#line-${id + 1}` }))

  // Required first, each group in the ad's order (Array.prototype.sort is stable).
  const requirements = [...report.requirements]
    .sort((a, b) => Number(b.requirement.required) - Number(a.requirement.required))
    .map((match) => {
      const evidence = quote(match.evidence)
      return {
        id: match.requirement.id,
        name: match.requirement.name,
        kind: match.requirement.kind,
        required: match.requirement.required,
        years: match.requirement.years ?? null,
        sentence: match.requirement.sentence,
        status: match.status,
        statusLabel: STATUS_LABELS[match.status],
        matchType: match.matchType ? { id: match.matchType, ...MATCH_TYPE_NOTES[match.matchType] } : null,
        matchedAs: match.matchedAs && match.matchedAs !== match.requirement.name ? match.matchedAs : null,
        strength: match.strength ? STRENGTH_LABELS[match.strength] : null,
        used: match.months ? formatMonths(match.months) : null,
        lastUsed: match.lastUsed ? formatMonth(match.lastUsed) : null,
        suggestedSection: match.suggestedSection ? SECTION_LABELS[match.suggestedSection] : null,
        note: match.note,
        evidence: evidence.slice(0, EVIDENCE_SHOWN),
        moreEvidence: Math.max(0, evidence.length - EVIDENCE_SHOWN),
      }
    })

  const requiredByName = new Map(report.requirements.map((match) => [match.requirement.name, match.requirement.required]))
  // Alternatives ("Python, Ruby or Java") count once, as the score counts them.
  const count = (required: boolean) => {
    const slots = alternativeSlots(
      report.requirements.filter((match) => match.requirement.required === required),
      (match) => match.requirement.oneOf
    )
    return { total: slots.length, matched: slots.filter((slot) => slot.some((match) => match.status !== 'missing')).length }
  }

  return {
    score: report.score,
    matcherVersion: report.matcherVersion,
    components: report.components.map((component) => ({ ...component, percent: Math.round(component.score * 100) })),
    requirements,
    counts: { required: count(true), preferred: count(false) },
    missingKeywords: report.missingKeywords.map((name) => ({ name, required: requiredByName.get(name) ?? false })),
    warnings: report.warnings.map((warning) => ({ ...warning, lines: quote(warning.lines) })),
    semantic: {
      embedder: report.semantic.embedder,
      pairs: [...report.semantic.pairs]
        .sort((a, b) => b.similarity - a.similarity)
        .map((pair) => ({
          resumeSection: PART_LABELS[pair.resumeSection] ?? (pair.resumeSection === 'all' ? 'Whole résumé' : pair.resumeSection),
          jobSection: PART_LABELS[pair.jobSection] ?? (pair.jobSection === 'all' ? 'Whole ad' : pair.jobSection),
          similarity: pair.similarity.toFixed(2),
          percent: Math.round(Math.max(0, pair.similarity) * 100),
        })),
    },
    experience: {
      resumeYears: Math.round(report.experience.resumeYears * 10) / 10,
      requiredYears: report.experience.requiredYears ?? null,
    },
  }
}

export type MatchView = ReturnType<typeof presentMatch>
