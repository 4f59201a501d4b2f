/*
|--------------------------------------------------------------------------
| The match score's weights and credits, in one place
|--------------------------------------------------------------------------
|
| docs/matching.md explains each number; change them together with it and
| bump MATCHER_VERSION, since stored scores are compared over time.
*/
import type { Seniority } from '../jobs/types.js'
import type { EvidenceStrength, MatchComponentId } from './types.js'

export const MATCHER_VERSION = '1.0.0'

/** Points out of 100 when the ad asks for everything; absent components hand theirs to the rest. */
export const BASE_WEIGHTS: Record<MatchComponentId, number> = {
  required: 35,
  semantic: 25,
  experience: 15,
  title: 10,
  preferred: 10,
  education: 5,
}

export const COMPONENT_LABELS: Record<MatchComponentId, string> = {
  required: 'Required skills',
  preferred: 'Preferred skills',
  title: 'Job title',
  experience: 'Years of experience',
  education: 'Education',
  semantic: 'Similar wording',
}

/**
 * All preferred skills together are worth less than one required skill:
 * the preferred component is capped at this share of one required skill's points.
 */
export const PREFERRED_CAP_OF_ONE_REQUIRED = 0.9

/** How much a skill earns by how the résumé backs it. */
export const STRENGTH_CREDIT: Record<EvidenceStrength, number> = {
  used: 1,
  mentioned: 0.85,
  listed: 0.65,
}

/** A skill found only by its word stem ("unit tests" for "unit testing"). */
export const STEM_FACTOR = 0.9
/** A skill found only as a near neighbour in meaning (MySQL for PostgreSQL) earns this share. */
export const SEMANTIC_FACTOR = 0.35
/** Word-vector similarity from which a neighbour counts (GloVe cosine). */
export const SEMANTIC_SKILL_THRESHOLD = 0.72

/** Recency: skills last used up to FRESH_YEARS ago keep full credit, falling to STALE_FACTOR at STALE_YEARS. */
export const FRESH_YEARS = 2
export const STALE_YEARS = 10
export const STALE_FACTOR = 0.6

/** Too few years of a skill keep this floor of the credit, plus the rest in proportion. */
export const YEARS_FLOOR = 0.5

/**
 * Cosine similarity → 0..1 for the semantic component, per kind of embedder:
 * below `low` counts as unrelated, above `high` as the same subject.
 */
export const SEMANTIC_RANGE: Record<'glove' | 'transformer', { low: number; high: number }> = {
  glove: { low: 0.45, high: 0.95 },
  transformer: { low: 0.15, high: 0.75 },
}

/** Share of each résumé-part/ad-part pair in the semantic score. */
export const SEMANTIC_PAIR_WEIGHTS = {
  all: 0.5,
  experienceRequirements: 0.25,
  experienceResponsibilities: 0.125,
  skillsRequirements: 0.125,
}

/** Keyword stuffing: this many asked-for skills backed by a bare list only, and at least this share of the matches. */
export const STUFFING_MIN_SKILLS = 3
export const STUFFING_MIN_SHARE = 0.5

/** Years a role's seniority implies when the ad gives no number. */
export const SENIORITY_YEARS: Record<Seniority, { min: number; max: number }> = {
  intern: { min: 0, max: 1 },
  junior: { min: 0, max: 3 },
  mid: { min: 2, max: 6 },
  senior: { min: 5, max: 15 },
  lead: { min: 7, max: 20 },
  principal: { min: 10, max: 30 },
  manager: { min: 5, max: 20 },
  director: { min: 10, max: 30 },
}
/** "N+ years" reads as a role for N to N + max(N, this) years. */
export const OVER_BAND_YEARS = 5
/** Each year beyond the role's level costs this share of the experience score, down to the floor. */
export const OVERQUALIFIED_PER_YEAR = 0.03
export const OVERQUALIFIED_FLOOR = 0.5
