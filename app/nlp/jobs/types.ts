/*
|--------------------------------------------------------------------------
| A job description, parsed
|--------------------------------------------------------------------------
|
| What a job ad asks for, in the shape a résumé can be matched against:
| skills (required or preferred), years overall and per skill, education,
| and the ad's own sentence behind every requirement, so a match report can
| quote the ad.
*/

export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'principal' | 'manager' | 'director'

export type WorkArrangement = 'remote' | 'hybrid' | 'onsite'

export type EducationLevel = 'bachelor' | 'master' | 'doctorate' | 'associate' | 'secondary'

export interface JobRequirement {
  /** The taxonomy skill id, or 'years-overall' / 'education'. */
  id: string
  kind: 'skill' | 'experience' | 'education'
  name: string
  /** A skill as the ad writes it ("k8s", "Postgres"), to tell an exact match from a synonym. */
  written?: string
  /** False when the ad marks it as preferred, or only mentions it outside its requirements. */
  required: boolean
  /** "5+ years of Python": the lower bound, 5. */
  years?: number
  /** "3-5 years of experience": the upper bound, 5. */
  yearsMax?: number
  /**
   * Skills the ad offers as alternatives ("Python, Perl or PHP", "a framework such as React or Vue")
   * share one key: any one of them meets the requirement.
   */
  oneOf?: string
  /** The ad's sentence (or bullet) that asks for it. */
  sentence: string
  /** 0-based index of the ad's line where that sentence starts. */
  lineIndex: number
}

export interface ParsedJob {
  title?: string
  seniority?: Seniority
  location?: string
  remote?: WorkArrangement
  /** Years of experience asked for overall ("3-5 years of experience" → 3). */
  yearsOverall?: number
  /** The upper bound when the ad gives a range ("3-5 years" → 5): the level of the role. */
  yearsMax?: number
  education?: { level: EducationLevel; required: boolean; sentence: string }
  /** In the ad's order; one per skill id. */
  requirements: JobRequirement[]
  responsibilities: string[]
}
