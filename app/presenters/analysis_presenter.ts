import type { LayoutDocument, LayoutFlags, Line, ParsedResume, SectionKind } from '#nlp/types'
import type { AtsReport, CheckResult } from '#nlp/scoring/types'
import type Analysis from '#models/analysis'
import type ResumeVersion from '#models/resume_version'

/** What each layout flag means for an applicant-tracking system, in plain words. */
const FLAG_NOTES: Record<keyof LayoutFlags, { label: string; note: string }> = {
  multiColumn: {
    label: 'Several columns',
    note: 'Text runs in columns. Many ATSs read straight across the page and mix the columns up.',
  },
  sidebar: { label: 'Sidebar', note: 'A narrow side column. Its content is often read out of order or dropped.' },
  tables: { label: 'Tables', note: 'Content sits in a table or grid. Some ATSs skip tables or read cells out of order.' },
  textBoxes: { label: 'Text boxes', note: 'Text inside text boxes or shapes is skipped by many ATSs.' },
  headerFooterText: {
    label: 'Header or footer text',
    note: 'Some text is in the page header or footer, which many ATSs ignore.',
  },
  images: { label: 'Images', note: 'The file has images or icons. An ATS cannot read text inside them.' },
  ocr: { label: 'Read by OCR', note: 'Some pages had no text layer and were read from their image, which may contain errors.' },
  garbled: {
    label: 'Unreadable characters',
    note: 'Some characters did not map to real letters (a font problem). An ATS sees them as garbage.',
  },
}

export const SECTION_LABELS: Record<SectionKind, string> = {
  header: 'Header (name and contacts)',
  summary: 'Summary',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  certifications: 'Certifications',
  languages: 'Languages',
  awards: 'Awards',
  publications: 'Publications',
  volunteer: 'Volunteering',
  interests: 'Interests',
  references: 'References',
  other: 'Other section',
}

export interface AtsLineRow {
  line: Line
  /** Set on the first row of a section (its heading, or its first line). */
  sectionStart?: { label: string; heading: string | null }
  isHeading: boolean
  garbled: boolean
  notes: string[]
  /** Titles of the flagged ATS checks that point at this line. */
  flaggedBy: string[]
}

/** The "What an ATS sees" view: lines in reading order with their section and what is unusual about them. */
export function presentAtsView(layout: LayoutDocument, profile: ParsedResume, report: AtsReport | null = null) {
  const flaggedBy = checksByLine(report)
  const sectionOf = new Map<number, { kind: SectionKind; heading: string | null; first: boolean; isHeading: boolean }>()
  for (const section of profile.sections) {
    const ids = section.headingLineId === null ? section.lineIds : [section.headingLineId, ...section.lineIds]
    ids.forEach((id, index) =>
      sectionOf.set(id, {
        kind: section.kind,
        heading: section.heading,
        first: index === 0,
        isHeading: id === section.headingLineId,
      })
    )
  }
  const garbled = new Set(layout.garbledLineIds)

  const rows: AtsLineRow[] = layout.lines.map((line) => {
    const section = sectionOf.get(line.id)
    const notes: string[] = []
    if (line.source !== 'text') notes.push(SOURCE_NOTES[line.source])
    if (line.column > 0) notes.push(`column ${line.column + 1}`)
    if (garbled.has(line.id)) notes.push('unreadable characters')
    const flaggedChecks = flaggedBy.get(line.id) ?? []
    return {
      line,
      flaggedBy: flaggedChecks.map((check) => check.title),
      sectionStart: section?.first ? { label: SECTION_LABELS[section.kind], heading: section.heading } : undefined,
      isHeading: section?.isHeading ?? false,
      garbled: garbled.has(line.id),
      notes,
    }
  })

  const flags = (Object.keys(FLAG_NOTES) as (keyof LayoutFlags)[])
    .filter((key) => layout.flags[key])
    .map((key) => ({ key, ...FLAG_NOTES[key] }))

  const { basics } = profile
  const location = basics.location
  const facts: Array<{ label: string; text: string; field?: { confidence: number; lines: number[] } }> = [
    { label: 'Name', text: basics.name?.value ?? '', field: basics.name },
    { label: 'Headline', text: basics.label?.value ?? '', field: basics.label },
    { label: 'Email', text: basics.email?.value ?? '', field: basics.email },
    { label: 'Phone', text: basics.phone?.value ?? '', field: basics.phone },
    { label: 'Website', text: basics.url?.value ?? '', field: basics.url },
    {
      label: 'Location',
      text: location ? [location.value.city, location.value.region, location.value.countryCode].filter(Boolean).join(', ') : '',
      field: location,
    },
  ]

  return { rows, flags, facts }
}

const SOURCE_NOTES: Record<Line['source'], string> = {
  text: '',
  ocr: 'read by OCR',
  table: 'in a table',
  'text-box': 'in a text box',
  header: 'in the page header',
  footer: 'in the page footer',
}

/** "2019-03" → "Mar 2019" */
export function formatMonth(value: string | undefined) {
  if (!value) return ''
  const [year, month] = value.split('-')
  if (!month) return year
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${names[Number(month) - 1]} ${year}`
}

/** 27 → "2 yrs 3 mos" */
export function formatMonths(months: number | null | undefined) {
  if (months === null || months === undefined) return ''
  const years = Math.floor(months / 12)
  const rest = months % 12
  const parts = []
  if (years) parts.push(`${years} yr${years === 1 ? '' : 's'}`)
  if (rest || !years) parts.push(`${rest} mo${rest === 1 ? '' : 's'}`)
  return parts.join(' ')
}

/** View data for one analysis: "What an ATS sees", the ATS report, and formatting helpers. */
export function presentAnalysis(analysis: Analysis) {
  const ats = analysis.layout && analysis.profile ? presentAtsView(analysis.layout, analysis.profile, analysis.atsReport) : null
  const report = analysis.atsReport ? presentReport(analysis.atsReport) : null
  return { ats, report, formatMonth, formatMonths }
}

const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 } as const

/** Flagged checks first (fails, then warnings, heaviest first); passes after. */
export function presentReport(report: AtsReport) {
  const sorted = [...report.checks].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.weight - a.weight || a.id.localeCompare(b.id)
  )
  return {
    ...report,
    flagged: sorted.filter((check) => check.status !== 'pass'),
    passed: sorted.filter((check) => check.status === 'pass'),
  }
}

/** Checks by the line ids they point at, to highlight those lines in place. */
export function checksByLine(report: AtsReport | null) {
  const map = new Map<number, CheckResult[]>()
  for (const check of report?.checks ?? []) {
    if (check.status === 'pass') continue
    for (const { line } of check.evidence) map.set(line, [...(map.get(line) ?? []), check])
  }
  return map
}

/**
 * The résumé's versions with their scores, for the history table and chart,
 * and what changed from the version before the one shown.
 */
export function presentHistory(versions: ResumeVersion[], shown: ResumeVersion) {
  const rows = versions.map((version) => {
    const analysis = version.analyses[0]
    return {
      number: version.number,
      fileName: version.fileName,
      uploadedAt: version.createdAt,
      status: analysis?.status ?? 'queued',
      score: analysis?.atsScore ?? null,
      report: analysis?.atsReport ?? null,
    }
  })
  const index = rows.findIndex((row) => row.number === shown.number)
  const current = rows[index]
  const previous = rows
    .slice(0, index)
    .reverse()
    .find((row) => row.report)

  let changes = null
  if (current?.report && previous?.report) {
    const before = new Map(previous.report.checks.map((check) => [check.id, check]))
    changes = {
      fromVersion: previous.number,
      scoreDelta: current.report.score - previous.report.score,
      checks: current.report.checks
        .filter((check) => before.get(check.id) && before.get(check.id)!.status !== check.status)
        .map((check) => ({ id: check.id, title: check.title, from: before.get(check.id)!.status, to: check.status })),
    }
  }

  const chart = rows.filter((row) => row.score !== null).map((row) => ({ version: row.number, score: row.score }))
  return { rows, changes, chart, chartJson: JSON.stringify(chart) }
}
