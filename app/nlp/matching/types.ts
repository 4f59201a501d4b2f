/*
|--------------------------------------------------------------------------
| A résumé matched against a job description
|--------------------------------------------------------------------------
|
| For every requirement of the ad: matched or missing, how it matched, and
| the résumé lines that prove it. The overall score is the sum of documented
| components (docs/matching.md), each with its own points and reasons.
*/
import type { JobRequirement, ParsedJob } from '../jobs/types.js'
import type { Line, ParsedResume, SectionKind } from '../types.js'
import type { SectionVectors } from '../embeddings/types.js'

/**
 * exact: the ad's words appear as written; synonym: through the taxonomy's
 * aliases (k8s → Kubernetes); stem: same word stem ("testing" for "tests");
 * semantic: close in meaning (word vectors), not the same skill.
 */
export type MatchType = 'exact' | 'synonym' | 'stem' | 'semantic'

/** How the résumé backs a skill: used in a dated job, used in undated text, or only listed. */
export type EvidenceStrength = 'used' | 'mentioned' | 'listed'

export interface RequirementMatch {
  requirement: JobRequirement
  /** partial: present, but fewer years than asked, or only a semantic neighbour. */
  status: 'matched' | 'partial' | 'missing'
  matchType?: MatchType
  /** The résumé's own wording when it differs from the ad's ("Postgres" for PostgreSQL). */
  matchedAs?: string
  strength?: EvidenceStrength
  /** Résumé line ids that prove it; lines of work entries first. */
  evidence: number[]
  /** Months of dated work that use it. */
  months?: number | null
  /** "YYYY-MM" of the latest job using it. */
  lastUsed?: string
  /** For an alternative the résumé lacks ("Ruby" in "Python, Ruby or Java"): the id of the one that covers it. */
  coveredBy?: string
  /** For a missing requirement: the résumé section where it would belong. */
  suggestedSection?: SectionKind
  /** 0..1: how much of this requirement's weight the résumé earns. */
  credit: number
  /** One human sentence: why this status ("Used at Acme 2021–2024 (3.2 years; 5 asked)"). */
  note: string
}

export type MatchComponentId = 'required' | 'preferred' | 'title' | 'experience' | 'education' | 'semantic'

export interface MatchComponent {
  id: MatchComponentId
  label: string
  /** Points this component is worth out of 100 (after redistributing unavailable ones). */
  weight: number
  /** 0..1 */
  score: number
  /** weight × score, rounded to one decimal. */
  points: number
  /** False when the ad does not ask for it (no preferred skills, no education…): its weight went to the others. */
  available: boolean
  detail: string
}

export interface MatchWarning {
  id: 'keyword-stuffing' | 'no-dated-experience' | 'semantic-unavailable'
  message: string
  /** Skill names concerned, when any. */
  skills: string[]
  lines: number[]
}

export interface SemanticPair {
  resumeSection: string
  jobSection: string
  /** Cosine similarity, -1..1. */
  similarity: number
}

export interface MatchReport {
  matcherVersion: string
  /** 0..100, integer. */
  score: number
  components: MatchComponent[]
  /** In the ad's order. */
  requirements: RequirementMatch[]
  /** Names of missing skills, required ones first. */
  missingKeywords: string[]
  warnings: MatchWarning[]
  semantic: { embedder: string | null; pairs: SemanticPair[] }
  experience: { resumeYears: number; requiredYears?: number }
}

/** What the matcher needs of a résumé analysis. */
export interface ResumeForMatch {
  profile: ParsedResume
  lines: Array<Pick<Line, 'id' | 'text'>>
  vectors?: SectionVectors | null
}

/** What the matcher needs of a job. */
export interface JobForMatch {
  parsed: ParsedJob
  /** The ad's text (lines as `parsed.requirements[].lineIndex` counts them). */
  text: string
  vectors?: SectionVectors | null
}
