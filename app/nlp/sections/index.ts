/*
|--------------------------------------------------------------------------
| Sections: which lines belong to which part of the résumé
|--------------------------------------------------------------------------
|
| A heading is recognised by what it says (the synonyms table in
| headings.ts) or, for headings the table doesn't know, by how it looks:
| short, larger than the body text, bold, ALL CAPS, a DOCX Heading style.
| Bare lines (TXT, or text before the layout reader) only have the words and
| their case, so unknown headings there need ALL CAPS in a document whose
| known headings are ALL CAPS too.
|
*/
import type { Line, Section, SectionKind } from '../types.js'
import { ICON_GLYPHS, headingKey, headingKind, headingKindByHeadWord, qualifiedHeadingKind } from './headings.js'

export { SECTION_HEADINGS, headingKind, headingKindByHeadWord, headingKey, qualifiedHeadingKind } from './headings.js'
export { linesFromText } from './lines.js'

interface Cues {
  short: boolean
  larger: boolean
  bold: boolean
  allCaps: boolean
  titleCase: boolean
  headingStyle: boolean
  colon: boolean
}

interface Heading {
  lineId: number
  kind: SectionKind
  heading: string
  /** The heading shares its line with content ("Experience Acme Corp" from a two-column row read across). */
  inline: boolean
}

/** Kinds whose consecutive headings are separate sections: contact blocks, and unknown headings that may differ. */
const MAY_REPEAT = new Set<SectionKind>(['header', 'other'])

const SMALL_WORDS = new Set(['and', 'of', 'the', 'in', 'for', 'to', 'a', 'an', 'at', 'on', '&', 'und', 'et', 'de', 'y'])

/** The line's words without icons, bullets' leftovers or a trailing colon. */
function headingText(text: string): string {
  const cleaned = text.replace(ICON_GLYPHS, '').replace(/[:：]\s*$/, '').trim()
  // "E X P E R I E N C E", "W O R K   H I S T O R Y": letters spaced out for looks.
  if (/^\p{L}(?: {1,3}\p{L})+$/u.test(cleaned) && /^\p{L}(?: \p{L})+/u.test(cleaned)) {
    return cleaned.split(/ {2,}/).map((word) => word.replace(/ /g, '')).join(' ')
  }
  return cleaned.replace(/\s+/g, ' ')
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function cuesOf(line: Line, bodySize: number | null, boldIsRare: boolean): Cues {
  const text = headingText(line.text)
  const words = text.split(' ').filter(Boolean)
  const letters = text.replace(/[^\p{L}]/gu, '')
  return {
    // A slash only between spaces: "Education / Ausbildung" is a heading in two languages, "04/2016" and links are not.
    short:
      !line.bullet && words.length > 0 && words.length <= 6 && text.length <= 60 && !/@|\S\/|\/\S|https?:|www\./i.test(text) && !/[.!?]$/.test(text),
    larger: line.fontSize !== null && bodySize !== null && line.fontSize >= bodySize * 1.12,
    bold: line.bold && boldIsRare,
    allCaps: letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    titleCase: words.every((word) => SMALL_WORDS.has(word.toLowerCase()) || !/\p{Ll}/u.test(word[0] ?? '')),
    // "Heading1", "heading 2", "Überschrift1"; not "Title", which word processors give the name.
    headingStyle: /^(?:heading|überschrift|titre|título|encabezado|kop)\s*\d/i.test(line.style ?? ''),
    colon: /[:：]\s*$/.test(line.text),
  }
}

/** Looks set apart from the body text: the cues a typesetter uses for headings. */
function styled(cues: Cues): boolean {
  return cues.larger || cues.bold || cues.allCaps || cues.headingStyle || cues.colon
}

/**
 * When most recognised headings share a look (a larger size, bold, capitals),
 * a candidate without it is more likely a label inside a section ("Languages"
 * over a list of programming languages) than a new section.
 */
function sharedLook(cues: Cues[]): (candidate: Cues) => boolean {
  if (cues.length < 3) return () => true
  const most = (pick: (c: Cues) => boolean) => cues.filter(pick).length >= Math.ceil(cues.length * 0.75)
  const needLarger = most((c) => c.larger)
  const needBold = most((c) => c.bold)
  const needCaps = most((c) => c.allCaps)
  return (candidate) =>
    (!needLarger || candidate.larger || candidate.headingStyle) &&
    (!needBold || candidate.bold || candidate.larger || candidate.headingStyle) &&
    (!needCaps || candidate.allCaps)
}

/** Has text in it that a heading wouldn't: dates, separators of "Company | City" or "Developer / Analyst" lines, numbers. */
function looksLikeContent(text: string): boolean {
  return /\d/.test(text) || /\s[|/–—•·]\s|,/.test(text)
}

/**
 * "Experience Creative Solutions Inc.": a heading of a left column read on the
 * same line as the right column's first line. Only believed when several
 * different sections start that way, which a layout does and prose doesn't.
 */
function inlineHeadings(lines: Line[], taken: Set<number>): Heading[] {
  const found: Heading[] = []
  for (const line of lines) {
    if (taken.has(line.id) || line.bullet) continue
    const words = line.text.replace(ICON_GLYPHS, '').trim().split(/\s+/)
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const head = words.slice(0, n).join(' ')
      const rest = words.slice(n).join(' ')
      const kind = headingKind(head)
      if (!kind || !/^[\p{Lu}\p{N}]/u.test(rest) || !/^\p{Lu}/u.test(head)) continue
      found.push({ lineId: line.id, kind, heading: head, inline: true })
      break
    }
  }
  const kinds = new Set(found.map((h) => h.kind))
  return kinds.size >= 3 && kinds.size === found.length ? found : []
}

/** The headings of a résumé, in reading order. */
/** The size most of the text is set in (by characters, so a page of short headings doesn't skew it). */
function bodyFontSize(lines: Line[]): number | null {
  const chars = new Map<number, number>()
  for (const line of lines) {
    if (line.fontSize === null) continue
    const size = Math.round(line.fontSize * 2) / 2
    chars.set(size, (chars.get(size) ?? 0) + line.text.length)
  }
  let best: number | null = null
  for (const [size, count] of chars) if (best === null || count > chars.get(best)!) best = size
  return best
}

export function findHeadings(lines: Line[]): Heading[] {
  const bodySize = bodyFontSize(lines)
  const boldIsRare = lines.filter((l) => l.bold).length < lines.length * 0.5
  const cues = lines.map((line) => cuesOf(line, bodySize, boldIsRare))

  const exact = lines.filter((line, i) => cues[i].short && qualifiedHeadingKind(headingText(line.text)) !== null)
  const fitsLook = sharedLook(exact.map((line) => cues[line.id]))

  const headings: Heading[] = []
  for (const line of lines) {
    const cue = cues[line.id]
    if (!cue.short) continue
    const text = headingText(line.text)
    const kind = qualifiedHeadingKind(text)
    if (kind && fitsLook(cue)) {
      headings.push({ lineId: line.id, kind, heading: text, inline: false })
      continue
    }
    if (kind) continue
    const byWord = headingKindByHeadWord(text)
    if (byWord && styled(cue) && !looksLikeContent(text) && fitsLook(cue)) {
      headings.push({ lineId: line.id, kind: byWord, heading: text, inline: false })
    }
  }

  // Headings the table doesn't know ("Invited Talks") end the section above them
  // only when they look like the known ones; before any known heading a styled
  // line is more likely the name.
  const known = headings.map((h) => cues[h.lineId])
  const knownAllCaps = known.length > 0 && known.every((c) => c.allCaps)
  // Where the known headings have a size, an unknown one has about the same: the name over a
  // sidebar template is larger than any heading, a job title in bold is body-sized.
  const knownSize = median(headings.map((h) => lines[h.lineId].fontSize).filter((s): s is number => s !== null))
  const sizeFits = (line: Line) => knownSize === null || headings.length < 2 || line.fontSize === null || Math.abs(line.fontSize - knownSize) <= knownSize * 0.15
  const contactNear = (line: Line) =>
    lines.slice(line.id + 1, line.id + 4).some((next) => /@[\w-]+\.|\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{3,4}/.test(next.text))
  const firstKnown = headings[0]?.lineId ?? Infinity
  const taken = new Set(headings.map((h) => h.lineId))
  for (const line of lines) {
    const cue = cues[line.id]
    const text = headingText(line.text)
    if (taken.has(line.id) || !cue.short || looksLikeContent(text)) continue
    if (line.id < firstKnown && !cue.headingStyle) continue
    if (line.id === lines.length - 1) continue
    const words = text.split(' ').length
    const rich = line.fontSize !== null || line.bold || line.style !== undefined
    const strong = rich
      ? cue.headingStyle || (cue.larger && (cue.bold || cue.allCaps || cue.titleCase)) || (cue.bold && cue.allCaps)
      : cue.allCaps && knownAllCaps && words <= 4
    if (strong && fitsLook(cue) && sizeFits(line) && !contactNear(line)) headings.push({ lineId: line.id, kind: 'other', heading: text, inline: false })
  }

  for (const heading of inlineHeadings(lines, new Set(headings.map((h) => h.lineId)))) headings.push(heading)
  return headings.sort((a, b) => a.lineId - b.lineId)
}

// Schools and degrees, enough to tell a list of them from a profile; the education reader knows them all.
const SCHOOL = /(?<!\p{L})(?:universit|college|institut|school|academy|polytechnic|hochschule|école|escuela|gymnasium)/iu
const DEGREE =
  /(?<!\p{L})(?:B\.?Sc|M\.?Sc|B\.?A|M\.?A|B\.?Eng|M\.?Eng|MBA|Ph\.?D|BTEC|HND|GCSEs?|A[- ]?Levels?|Abitur|Bachelor|Master|Diplom|Diploma|Degree)(?!\p{L})/u

/**
 * "Qualifications" heads a profile in one résumé and a list of degrees in
 * another (common in the UK). The table files it under summary; it opens
 * education when at least half of its lines name a school or a degree.
 */
function kindByContent(kind: SectionKind, heading: string, content: Line[]): SectionKind {
  const key = headingKey(heading)
  if (kind !== 'summary' || !key.endsWith('qualifications') || key.includes('summary') || content.length === 0) return kind
  const schooling = content.filter((line) => SCHOOL.test(line.text) || DEGREE.test(line.text)).length
  return schooling * 2 >= content.length ? 'education' : kind
}

/**
 * Splits lines into sections. Lines before the first heading form a `header`
 * section (name and contacts). A heading that shares its line with content
 * (see `inlineHeadings`) is both the section's `headingLineId` and its first
 * content line; the entity readers strip `heading` from the front of it.
 */
export function detectSections(lines: Line[]): Section[] {
  const headings = findHeadings(lines)
  const sections: Section[] = []
  const firstHeading = headings[0]?.lineId ?? lines.length
  if (firstHeading > 0) {
    sections.push({ kind: 'header', heading: null, headingLineId: null, lineIds: lines.slice(0, firstHeading).map((l) => l.id) })
  }
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.lineId ?? lines.length
    const from = heading.inline ? heading.lineId : heading.lineId + 1
    const kind = kindByContent(heading.kind, heading.heading, lines.slice(from, end))
    // "Technical Skills" then "Soft Skills": one section with a sub-heading, not two.
    const previous = sections[sections.length - 1]
    if (previous && previous.kind === kind && !MAY_REPEAT.has(kind) && previous.heading !== null) {
      previous.lineIds.push(...lines.slice(heading.lineId, end).map((l) => l.id))
      return
    }
    sections.push({
      kind,
      heading: heading.heading,
      headingLineId: heading.lineId,
      lineIds: lines.slice(from, end).map((l) => l.id),
    })
  })
  return sections
}
