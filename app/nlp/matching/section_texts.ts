/*
|--------------------------------------------------------------------------
| The parts of a résumé and of a job ad that get a sentence vector
|--------------------------------------------------------------------------
|
| Semantic similarity compares parts, not whole documents: what the ad asks
| (requirements) against what the person did (experience) says more than
| one vector per document. These names are the keys of SectionVectors.
*/
import type { ParsedJob } from '../jobs/types.js'
import type { Line, ParsedResume, SectionKind } from '../types.js'

export type ResumePart = 'summary' | 'experience' | 'skills' | 'all'
export type JobPart = 'requirements' | 'responsibilities' | 'all'

const PARTS_BY_KIND: Partial<Record<SectionKind, ResumePart>> = {
  summary: 'summary',
  experience: 'experience',
  projects: 'experience',
  volunteer: 'experience',
  skills: 'skills',
}

/** Text per résumé part; parts without text are left out. */
export function resumePartTexts(profile: ParsedResume, lines: Array<Pick<Line, 'id' | 'text'>>): Partial<Record<ResumePart, string>> {
  const textOf = new Map(lines.map((line) => [line.id, line.text]))
  const parts: Partial<Record<ResumePart, string[]>> = {}
  for (const section of profile.sections) {
    const part = PARTS_BY_KIND[section.kind]
    if (!part) continue
    for (const id of section.lineIds) {
      const text = textOf.get(id)
      if (text) (parts[part] ??= []).push(text)
    }
  }
  if (!parts.summary && profile.basics.summary) parts.summary = [profile.basics.summary.value]
  if (!parts.experience && profile.work.length) {
    parts.experience = profile.work.flatMap((entry) => [entry.position ?? '', entry.summary ?? '', ...entry.highlights]).filter(Boolean)
  }
  if (!parts.skills && profile.skills.length) parts.skills = [profile.skills.map((skill) => skill.name).join(', ')]
  const out: Partial<Record<ResumePart, string>> = {}
  for (const [part, texts] of Object.entries(parts) as [ResumePart, string[]][]) {
    if (texts.length) out[part] = texts.join('\n')
  }
  const all = lines.map((line) => line.text).join('\n').trim()
  if (all) out.all = all
  return out
}

/** Text per job part; parts without text are left out. */
export function jobPartTexts(job: ParsedJob, text: string): Partial<Record<JobPart, string>> {
  const out: Partial<Record<JobPart, string>> = {}
  const asked = [...new Set(job.requirements.map((requirement) => requirement.sentence))]
  if (job.education) asked.push(job.education.sentence)
  if (asked.length) out.requirements = [...new Set(asked)].join('\n')
  if (job.responsibilities.length) out.responsibilities = job.responsibilities.join('\n')
  if (text.trim()) out.all = text.trim()
  return out
}
