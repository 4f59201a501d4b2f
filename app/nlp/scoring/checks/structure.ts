/*
|--------------------------------------------------------------------------
| Structure: will the ATS file each part of the résumé in the right field?
|--------------------------------------------------------------------------
|
| Sections under headings an ATS knows, jobs newest first with dates it can
| read, and a length recruiters read to the end. The heading table is the one
| the section detector uses (app/nlp/sections/headings.ts), so "recognised"
| means the same thing in both places. Rationale and sources: docs/ats-rules.md.
|
*/
import { monthIndex } from '../../months.js'
import { findDateRanges } from '../../entities/index.js'
import { headingKind } from '../../sections/index.js'
import type { EducationEntry, Line, SectionKind, WorkEntry } from '../../types.js'
import type { AtsCheck } from '../types.js'
import { capitalize, documentWords, listPhrase, plural, quote } from './shared.js'

/** Gaps from this many months up are worth preparing an answer for. */
export const GAP_MONTHS = 6
/** Only gaps that end within this many months of the upload are mentioned. */
export const GAP_LOOKBACK_MONTHS = 120
/** Words: below SHORT the résumé warns; IDEAL is the range the message calls ideal; above LONG it warns. */
export const WORDS = { short: 200, idealFrom: 400, idealTo: 800, long: 1000 } as const
/** Pages: more than IDEAL warns, more than MAX fails. */
export const PAGES = { ideal: 2, max: 3 } as const

const ESSENTIAL: Array<{ kind: SectionKind; name: string }> = [
  { kind: 'experience', name: 'Experience' },
  { kind: 'education', name: 'Education' },
  { kind: 'skills', name: 'Skills' },
]

const standardHeadings: AtsCheck = {
  id: 'standard-headings',
  category: 'structure',
  weight: 6,
  title: 'Standard section headings',
  run({ parsed }) {
    const found = new Set(parsed.sections.map((section) => section.kind))
    const missing = ESSENTIAL.filter((essential) => !found.has(essential.kind))
    const unknownWording = parsed.sections.filter(
      (section) => section.heading !== null && section.headingLineId !== null && headingKind(section.heading) === null
    )
    // A section recognised only by its last word ("Where I Gained Experience") was guessed; one
    // not recognised at all ('other') matters when an essential section is missing, since it may be that one.
    const unusual = unknownWording.filter((section) => section.kind !== 'other' || missing.length > 0)
    const unusualIds = unusual.map((section) => section.headingLineId!)
    const unusualText = unusual.length
      ? `${plural(unusual.length, 'heading')} (${listPhrase(unusual.map((section) => quote(section.heading!, 40)))}) ${unusual.length === 1 ? 'isn’t' : 'aren’t'} wording an ATS recognises, so ${unusual.length === 1 ? 'its section' : 'those sections'} may be filed in the wrong place or dropped`
      : ''

    if (missing.length === 0 && unusual.length === 0) {
      return { status: 'pass', message: 'Experience, Education and Skills are each under a heading ATSs recognise.', fix: '' }
    }
    const missingNames = missing.map((essential) => `“${essential.name}”`)
    const missingText = missing.length ? `no ${listPhrase(missingNames, 'or')} section was found` : ''
    const experienceMissing = missing.some((essential) => essential.kind === 'experience')
    return {
      status: experienceMissing ? 'fail' : 'warn',
      message: `${capitalize(listPhrase([missingText, unusualText].filter(Boolean)))}.${experienceMissing ? ' Without an experience section an ATS has no jobs to put in your profile.' : ''}`,
      fix: `Use plain headings such as “Experience”, “Education” and “Skills”${unusual.length ? ` instead of ${listPhrase(unusual.map((section) => quote(section.heading!, 40)))}` : ''}. If you have no jobs yet, list internships, projects or volunteering under “Experience”.`,
      lines: unusualIds,
    }
  },
}

const reverseChronological: AtsCheck = {
  id: 'reverse-chronological',
  category: 'structure',
  weight: 4,
  title: 'Newest job first',
  run({ parsed, today }) {
    const groups = jobsBySection(parsed.work, parsed.sections)
    let pairs = 0
    const outOfOrder: Array<{ job: WorkEntry; above: WorkEntry }> = []
    for (const jobs of groups) {
      const dated = jobs.filter((job) => jobSpan(job, today) !== null)
      for (let i = 1; i < dated.length; i++) {
        pairs++
        const above = jobSpan(dated[i - 1], today)!
        const below = jobSpan(dated[i], today)!
        if (below.end > above.end || (below.end === above.end && below.start > above.start)) {
          outOfOrder.push({ job: dated[i], above: dated[i - 1] })
        }
      }
    }
    if (outOfOrder.length === 0) {
      return {
        status: 'pass',
        message: pairs ? 'Your jobs are listed newest first.' : 'There aren’t two dated jobs to compare, so the order can’t be wrong.',
        fix: '',
      }
    }
    const first = outOfOrder[0]
    const mostlyOldestFirst = outOfOrder.length >= 2 && outOfOrder.length * 2 >= pairs
    return {
      status: mostlyOldestFirst ? 'fail' : 'warn',
      message: mostlyOldestFirst
        ? 'Your jobs are listed oldest first. ATSs and recruiters expect the newest first, and some parsers take the first job as your current title.'
        : `${capitalize(jobName(first.job))} is listed below an older one, ${jobName(first.above)}. ATSs and recruiters expect the newest job first, and some parsers take the first job as your current title.`,
      fix: 'List jobs newest first: your current or latest role at the top, then backwards in time.',
      lines: outOfOrder.flatMap((item) => item.job.lines),
    }
  },
}

type DateStyle = 'month name' | 'MM/YYYY' | 'YYYY-MM' | 'year only'

const dateConsistency: AtsCheck = {
  id: 'date-consistency',
  category: 'structure',
  weight: 4,
  title: 'Clear, consistent dates',
  run({ layout, parsed, today }) {
    const jobs = parsed.work
    if (jobs.length === 0) {
      // Jobs are told apart by their dates: an experience heading with no job found under it is one without dates.
      const experience = parsed.sections.filter((section) => section.kind === 'experience')
      if (experience.length === 0) return { status: 'pass', message: 'No jobs were found, so there are no dates to check.', fix: '' }
      return {
        status: 'fail',
        message: 'No job with dates was found under your experience heading, so an ATS can’t tell your jobs apart or how long and how recently you held them.',
        fix: 'Give every job a start and end date on its title line, e.g. “Jan 2021 – Present”.',
        lines: experience.map((section) => section.headingLineId ?? section.lineIds[0]).filter((id) => id !== undefined),
      }
    }
    const undated = jobs.filter((job) => !job.startDate && !job.endDate && !job.present)
    const yearOnly = jobs.filter(
      (job) => (job.startDate !== undefined && job.startDate.length === 4) || (!job.present && job.endDate !== undefined && job.endDate.length === 4)
    )
    const styled = jobs.map((job) => writtenDate(job, layout.lines, today)).filter((date) => date !== null)
    const counts = new Map<DateStyle, number>()
    for (const { style } of styled) counts.set(style, (counts.get(style) ?? 0) + 1)
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
    const odd = styled.filter((date) => date.style !== main && date.style !== 'year only')

    if (undated.length === jobs.length) {
      return {
        status: 'fail',
        message: `None of your ${plural(jobs.length, 'job')} has dates that could be read, so an ATS can’t tell how long or how recently you did anything.`,
        fix: 'Give every job a start and end date, e.g. “Jan 2021 – Present”.',
        lines: undated.map((job) => job.lines[0]).filter((id) => id !== undefined),
      }
    }
    const issues: string[] = []
    if (undated.length) issues.push(`${plural(undated.length, 'job')} ${undated.length === 1 ? 'has' : 'have'} no dates`)
    if (yearOnly.length) issues.push(`${plural(yearOnly.length, 'job')} ${yearOnly.length === 1 ? 'gives' : 'give'} years without months, so the ATS has to guess how long you stayed`)
    if (odd.length && main) issues.push(`dates are written in more than one style (mostly ${main}, but also ${listPhrase([...new Set(odd.map((date) => date.style))])})`)
    if (issues.length === 0) {
      return { status: 'pass', message: `Every job has dates with months, written in one style (${main ?? 'month name'}).`, fix: '' }
    }
    return {
      status: 'warn',
      message: `${capitalize(listPhrase(issues))}.`,
      fix: 'Date every job the same way, with months: “Jan 2021 – Present” is the form ATSs read most reliably.',
      lines: [
        ...undated.map((job) => job.lines[0]).filter((id) => id !== undefined),
        ...yearOnly.map((job) => writtenDate(job, layout.lines, today)?.line ?? job.lines[0]).filter((id) => id !== undefined),
        ...odd.map((date) => date.line),
      ],
    }
  },
}

const employmentGaps: AtsCheck = {
  id: 'employment-gaps',
  category: 'structure',
  weight: 2,
  title: 'Gaps between jobs',
  run({ layout, parsed, today }) {
    const recentFrom = monthIndex(today) - GAP_LOOKBACK_MONTHS
    const gaps = parsed.experience.gaps.filter(
      (gap) =>
        gap.months >= GAP_MONTHS && monthIndex(gap.to, 'end') >= recentFrom && !coveredByStudy(gap, parsed.education, today)
    )
    if (gaps.length === 0) {
      return { status: 'pass', message: `No gap of ${GAP_MONTHS} months or more between jobs in the last ten years (time in education doesn’t count as a gap).`, fix: '' }
    }
    const described = gaps.map((gap) => `${plural(gap.months, 'month')} (${gap.from} to ${gap.to})`)
    return {
      status: 'warn',
      // A gap is a question a recruiter may ask, not a parsing problem: it costs little.
      credit: 0.75,
      message: `There ${gaps.length === 1 ? 'is a gap' : 'are gaps'} of ${listPhrase(described)} between your jobs. That is common and not a problem in itself; be ready to explain ${gaps.length === 1 ? 'it' : 'them'}.`,
      fix: 'If you studied, freelanced, cared for family or volunteered then, say so in a line (e.g. “Career break: caring for a family member”), or be ready to explain it in an interview.',
      lines: gaps.flatMap((gap) => jobsAroundGap(gap, parsed.work, layout.lines, today)),
    }
  },
}

const length: AtsCheck = {
  id: 'length',
  category: 'structure',
  weight: 4,
  title: 'Length',
  run({ layout }) {
    const words = documentWords(layout.lines)
    const pages = layout.pageCount
    // DOCX and text have no pages until printed; only PDFs have a count to judge.
    const pageText = layout.kind === 'pdf' ? ` on ${plural(pages, 'page')}` : ''
    const firstLineAfterIdeal = layout.lines.find((line) => line.page > PAGES.ideal)?.id
    if (layout.kind === 'pdf' && pages > PAGES.max) {
      return {
        status: 'fail',
        message: `Your résumé runs to ${plural(pages, 'page')} (${plural(words, 'word')}). Some ATSs (Workday is reported to) truncate long files, and recruiters rarely read past page two.`,
        fix: 'Cut to two pages: keep the last ten years in detail, shorten older jobs to a line each, and drop bullets that don’t show a result.',
        lines: firstLineAfterIdeal === undefined ? [] : [firstLineAfterIdeal],
      }
    }
    const issues: string[] = []
    const fixes: string[] = []
    if (layout.kind === 'pdf' && pages > PAGES.ideal) {
      issues.push(`it runs to ${plural(pages, 'page')} (one or two is the norm, and longer files may be truncated)`)
      fixes.push('cut to two pages by shortening older jobs')
    }
    if (words < WORDS.short) {
      issues.push(`it has only ${plural(words, 'word')}, too few for an ATS to find your skills and experience`)
      fixes.push(`describe each job in 3–5 bullets with what you did and achieved (${WORDS.idealFrom}–${WORDS.idealTo} words is typical)`)
    } else if (words > WORDS.long) {
      issues.push(`it has ${plural(words, 'word')} (recruiters’ ratings drop past about ${WORDS.idealTo}–900)`)
      fixes.push('trim bullets that repeat or don’t show a result')
    }
    if (issues.length === 0) {
      const note = words < WORDS.idealFrom ? ' It’s on the short side; more detail on results would help.' : words > WORDS.idealTo ? ' It’s on the long side; tighter bullets would help.' : ''
      return { status: 'pass', message: `Your résumé has ${plural(words, 'word')}${pageText}, a length recruiters read.${note}`, fix: '' }
    }
    return {
      status: 'warn',
      message: `Your résumé is ${words < WORDS.short ? 'short' : 'long'}: ${issues.join('; ')}.`,
      fix: `${capitalize(listPhrase(fixes))}.`,
      lines: pages > PAGES.ideal && firstLineAfterIdeal !== undefined ? [firstLineAfterIdeal] : [],
    }
  },
}

export const STRUCTURE_CHECKS: readonly AtsCheck[] = [standardHeadings, reverseChronological, dateConsistency, employmentGaps, length]

/** Jobs grouped by the section they're in ("Industry Experience" and "Research Experience" are each ordered on their own). */
function jobsBySection(work: WorkEntry[], sections: Parameters<AtsCheck['run']>[0]['parsed']['sections']): WorkEntry[][] {
  const groups = new Map<number, WorkEntry[]>()
  for (const job of work) {
    const first = job.lines[0]
    const index = first === undefined ? -1 : sections.findIndex((section) => section.lineIds.includes(first) || section.headingLineId === first)
    groups.set(index, [...(groups.get(index) ?? []), job])
  }
  return [...groups.values()]
}

/** A job's months for ordering: ongoing ends today; a single date is both ends. */
function jobSpan(job: WorkEntry, today: string): { start: number; end: number } | null {
  const end = job.present ? today : (job.endDate ?? job.startDate)
  const start = job.startDate ?? end
  if (!end || !start) return null
  return { start: monthIndex(start, 'start'), end: monthIndex(end, 'end') }
}

function jobName(job: WorkEntry): string {
  const what = [job.position, job.name].filter(Boolean).join(' at ')
  const when = [job.startDate, job.present ? 'present' : job.endDate].filter(Boolean).join(' to ')
  return `${what ? quote(what, 50) : 'a job'}${when ? ` (${when})` : ''}`
}

/** The first date range written in a job's lines, its line and the style it is written in. */
function writtenDate(job: WorkEntry, lines: readonly Line[], today: string): { line: number; style: DateStyle } | null {
  for (const id of job.lines) {
    const text = lines[id]?.text ?? ''
    const range = findDateRanges(text, { today })[0]
    if (!range) continue
    return { line: id, style: dateStyle(text.slice(range.span[0], range.span[1])) }
  }
  return null
}

function dateStyle(written: string): DateStyle {
  if (/\p{L}{3,}/u.test(written.replace(/\b(?:present|current|currently|now|today|to|since|ongoing|date)\b/gi, ''))) return 'month name'
  if (/\b\d{4}[-/.]\d{1,2}\b/.test(written)) return 'YYYY-MM'
  if (/\b\d{1,2}[/.\-]\d{4}\b/.test(written)) return 'MM/YYYY'
  return 'year only'
}

/** A gap during which the person was studying (an education entry spans it) isn't a gap in their story. */
function coveredByStudy(gap: { from: string; to: string }, education: EducationEntry[], today: string): boolean {
  return education.some((entry) => {
    if (!entry.startDate) return false
    const end = entry.endDate ?? today
    return monthIndex(entry.startDate, 'start') <= monthIndex(gap.from, 'start') && monthIndex(end, 'end') >= monthIndex(gap.to, 'end')
  })
}

/** The first line and the date line of the jobs on either side of a gap. */
function jobsAroundGap(gap: { from: string; to: string }, work: WorkEntry[], lines: readonly Line[], today: string): number[] {
  const before = monthIndex(gap.from) - 1
  const after = monthIndex(gap.to) + 1
  return work
    .filter((job) => {
      const span = jobSpan(job, today)
      return span !== null && (span.end === before || span.start === after)
    })
    .flatMap((job) => [job.lines[0], writtenDate(job, lines, today)?.line].filter((id): id is number => id !== undefined))
}
