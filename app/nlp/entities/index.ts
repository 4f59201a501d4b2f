/*
|--------------------------------------------------------------------------
| Entities: from sections to a ParsedResume
|--------------------------------------------------------------------------
|
| Every field carries a confidence and the ids of the lines it was read from,
| so reports can show the lines behind each value. Skills are read by the
| skills module and added by the pipeline.
|
*/
import type { Line, ParsedResume, Section } from '../types.js'
import { extractBasics } from './contacts.js'
import { segmentEntries } from './blocks.js'
import { extractEducation, isDegreeEntry, mentionsSchool } from './education.js'
import { summarizeExperience } from './experience.js'
import { itemsOfKind, pageFurniture, type Item } from './items.js'
import { extractAwards, extractCertificates, extractLanguages, extractProjects } from './misc.js'
import { extractWork } from './work.js'

export { findDateRanges, parseDateRange, monthsBetween, isSpan, type DateRange, type PartialDate } from './dates.js'
export { extractBasics, nameLikeness } from './contacts.js'
export { extractWork } from './work.js'
export { extractEducation, educationLevel, findDegree } from './education.js'
export { extractAwards, extractCertificates, extractLanguages, extractProjects } from './misc.js'
export { summarizeExperience } from './experience.js'
export { findLocation } from './places.js'
export { sectionItems, pageFurniture, type Item } from './items.js'

export interface EntityOptions {
  /** Upload month "YYYY-MM": what "Present" means. */
  today: string
}

export function extractEntities(lines: Line[], sections: Section[], options: EntityOptions): Omit<ParsedResume, 'skills'> {
  const furniture = pageFurniture(lines)
  const of = (...kinds: Section['kind'][]) => itemsOfKind(lines, sections, kinds, furniture)
  const { jobs, degrees } = splitDegrees(of('experience'), options.today)
  const work = extractWork(jobs, options)
  return {
    basics: extractBasics(lines, sections),
    work,
    education: extractEducation([...of('education'), ...degrees], options),
    certificates: extractCertificates(of('certifications'), options),
    languages: extractLanguages(of('languages')),
    projects: extractProjects(of('projects'), options),
    awards: extractAwards(of('awards'), options),
    experience: summarizeExperience(work, options),
    sections,
  }
}

/** Degrees listed among the jobs (no Education heading) are read as education, not as jobs. */
function splitDegrees(sections: Item[][], today: string): { jobs: Item[][]; degrees: Item[][] } {
  const jobs: Item[][] = []
  const degrees: Item[][] = []
  for (const items of sections) {
    // Segmenting again costs as much as reading the jobs; only a section naming a school can hold a degree.
    if (!items.some((item) => mentionsSchool(item.text))) {
      jobs.push(items)
      continue
    }
    const ids = new Set(segmentEntries(items, today).filter(isDegreeEntry).flatMap((entry) => entry.lineIds))
    if (ids.size === 0) {
      jobs.push(items)
      continue
    }
    jobs.push(items.filter((item) => !ids.has(item.id)))
    degrees.push(items.filter((item) => ids.has(item.id)))
  }
  return { jobs, degrees }
}
