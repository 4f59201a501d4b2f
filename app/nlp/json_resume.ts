/*
|--------------------------------------------------------------------------
| ParsedResume → JSON Resume
|--------------------------------------------------------------------------
|
| The export format (https://jsonresume.org/schema). Only what was read is
| written: unknown fields are left out rather than guessed. Evidence and
| confidence stay in ParsedResume; JSON Resume has no place for them.
|
*/
import type { ParsedResume } from './types.js'

export type JsonResume = Record<string, unknown>

export function toJsonResume(parsed: ParsedResume, meta: { pipelineVersion?: string } = {}): JsonResume {
  const { basics } = parsed
  const resume: JsonResume = {
    basics: compact({
      name: basics.name?.value,
      label: basics.label?.value,
      email: basics.email?.value,
      phone: basics.phone?.value,
      url: asUrl(basics.url?.value),
      summary: basics.summary?.value,
      location: basics.location ? compact({ ...basics.location.value }) : undefined,
      profiles: basics.profiles.map((profile) =>
        compact({ network: profile.value.network, username: profile.value.username, url: asUrl(profile.value.url) })
      ),
    }),
    work: parsed.work.map((job) =>
      compact({
        name: job.name,
        position: job.position,
        location: job.location,
        startDate: job.startDate,
        endDate: job.present ? undefined : job.endDate,
        summary: job.summary,
        highlights: job.highlights.length ? job.highlights : undefined,
      })
    ),
    education: parsed.education.map((entry) =>
      compact({
        institution: entry.institution,
        area: entry.area,
        studyType: entry.studyType,
        startDate: entry.startDate,
        endDate: entry.endDate,
        score: entry.score,
      })
    ),
    skills: claimedSkills(parsed).map((skill) =>
      compact({ name: skill.name, keywords: skill.category ? [skill.category] : undefined })
    ),
    certificates: parsed.certificates.map((entry) =>
      compact({ name: entry.name, issuer: entry.detail, date: entry.date, url: asUrl(entry.url) })
    ),
    languages: parsed.languages.map((entry) => compact({ language: entry.language, fluency: entry.fluency })),
    projects: parsed.projects.map((entry) =>
      compact({ name: entry.name, description: entry.detail, startDate: entry.date, url: asUrl(entry.url) })
    ),
    awards: parsed.awards.map((entry) => compact({ title: entry.name, summary: entry.detail, date: entry.date })),
  }
  if (meta.pipelineVersion) resume.meta = { version: `sift-${meta.pipelineVersion}` }
  return resume
}

/**
 * The skills the résumé claims: those in its skills section. A résumé without
 * one claims what its experience mentions. (ParsedResume keeps both, with
 * where each was seen.)
 */
function claimedSkills(parsed: ParsedResume) {
  const listed = parsed.skills.filter((skill) => skill.listed)
  return listed.length > 0 ? listed : parsed.skills
}

/** JSON Resume wants absolute URIs; résumés often write "github.com/x". */
function asUrl(value: string | undefined) {
  if (!value) return undefined
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`
}

function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    result[key] = value
  }
  return result as Partial<T>
}
