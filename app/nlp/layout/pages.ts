/**
 * Positioned pages (PDF text layer or OCR) → lines in reading order, with the
 * layout flags only geometry can tell: columns, sidebars, grids, running headers.
 */
import type { Box, LineSource } from '../types.js'
import { buildRows, joinFragments, type Fragment, type PageFragments, type Row, type Segment } from './geometry.js'
import { readingOrder } from './reading_order.js'
import { cleanLineText, isPageNumber, repetitionKey } from './text.js'
import type { LineDraft } from './lines.js'

export interface PagesLayout {
  lines: LineDraft[]
  multiColumn: boolean
  sidebar: boolean
  tables: boolean
  headerFooterText: boolean
}

// Running headers and footers live in the top and bottom strips of a page…
const FURNITURE_ZONE = 0.15
// …among its first or last few rows.
const FURNITURE_ROWS = 3

const WORDY = /[\p{L}\p{N}]/u

// Segments already split where a gap passes an em; one this much wider is the template's doing, not a word space:
// a place or date set against the right margin, contacts spread along a row, a label and its value.
const LAYOUT_GAP_EM = 2
// How the entity readers are told two phrases on one line are separate things ("Paysera | Vilnius, Lithuania").
const LAYOUT_SEPARATOR = ' | '

export function linesFromPages(pages: PageFragments[]): PagesLayout {
  const rowsByPage = pages.map((page) => buildRows(page.fragments))
  const furniture = findFurniture(pages, rowsByPage)
  const firstPageWithText = pages.find((_, i) => rowsByPage[i]!.length > 0)?.page

  const layout: PagesLayout = { lines: [], multiColumn: false, sidebar: false, tables: false, headerFooterText: false }
  pages.forEach((page, i) => {
    const rows = rowsByPage[i]!
    const headers: Row[] = []
    const footers: Row[] = []
    const body: Row[] = []
    for (const row of rows) {
      const place = furniture.get(row)
      if (place === 'header') headers.push(row)
      else if (place === 'footer') footers.push(row)
      else body.push(row)
    }
    const reading = readingOrder(body, {
      firstPage: page.page === firstPageWithText,
      alignTolerance: page.source === 'ocr' ? 4 : 2,
      pageHeight: page.height,
    })
    layout.multiColumn ||= reading.multiColumn
    layout.sidebar ||= reading.sidebar
    layout.tables ||= reading.tables

    const furnitureLine = (row: Row, source: 'header' | 'footer') => {
      const line = draftLine(page, row.segments, 0, source)
      // An ATS that drops "Page 2 of 3" loses nothing; the flag is for text that matters (a name, contacts).
      if (line.text && !isPageNumber(line.text)) layout.headerFooterText = true
      return line
    }
    layout.lines.push(
      ...headers.map((row) => furnitureLine(row, 'header')),
      ...reading.units.map((unit) =>
        draftLine(page, unit.segments, unit.column, page.source === 'ocr' ? 'ocr' : unit.table ? 'table' : 'text')
      ),
      ...footers.map((row) => furnitureLine(row, 'footer'))
    )
  })
  return layout
}

function draftLine(page: PageFragments, segments: Segment[], column: number, source: LineSource): LineDraft {
  const fragments = segments.flatMap((segment) => segment.fragments)
  const { text, bullet, garbled } = cleanLineText(joinSegments(segments))
  const wordy = fragments.filter((fragment) => WORDY.test(fragment.text))
  return {
    page: page.page,
    text,
    box: boxOf(fragments),
    fontSize: page.source === 'ocr' ? null : dominantSize(wordy.length > 0 ? wordy : fragments),
    bold: wordy.length > 0 && wordy.every((fragment) => fragment.bold),
    column,
    source,
    bullet,
    garbled,
  }
}

/** The segments of one row left to right: word spaces inside a phrase, a separator across a layout gap. */
function joinSegments(segments: Segment[]): string {
  const phrases: Segment[][] = []
  for (const segment of [...segments].sort((a, b) => a.x0 - b.x0)) {
    const phrase = phrases.at(-1)
    const previous = phrase?.at(-1)
    const layoutGap = previous !== undefined && segment.x0 - previous.x1 > LAYOUT_GAP_EM * Math.min(previous.size, segment.size)
    // A bullet or icon, however far the template pushed it, only marks the text beside it.
    if (phrase && (!layoutGap || !segment.wordy || !phrase.some((member) => member.wordy))) phrase.push(segment)
    else phrases.push([segment])
  }
  return phrases.map((phrase) => joinFragments(phrase.flatMap((segment) => segment.fragments))).join(LAYOUT_SEPARATOR)
}

function boxOf(fragments: Fragment[]): Box {
  const x0 = Math.min(...fragments.map((fragment) => fragment.x))
  const y0 = Math.min(...fragments.map((fragment) => fragment.top))
  const x1 = Math.max(...fragments.map((fragment) => fragment.x + fragment.width))
  const y1 = Math.max(...fragments.map((fragment) => fragment.top + fragment.height))
  return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) }
}

/** The size most of the line's characters are set in. */
function dominantSize(fragments: Fragment[]): number {
  const weight = new Map<number, number>()
  for (const fragment of fragments) {
    const size = round(fragment.size)
    weight.set(size, (weight.get(size) ?? 0) + fragment.text.length)
  }
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0]
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * Rows in the top or bottom strip that repeat on two or more pages (same text once
 * digits are masked, same place, same size), and page numbers anywhere in those strips.
 */
function findFurniture(pages: PageFragments[], rowsByPage: Row[][]): Map<Row, 'header' | 'footer'> {
  interface Candidate {
    row: Row
    page: number
    place: 'header' | 'footer'
    key: string
    text: string
  }
  const candidates: Candidate[] = []
  pages.forEach((page, i) => {
    const rows = rowsByPage[i]!
    const zone = FURNITURE_ZONE * page.height
    const add = (row: Row, place: 'header' | 'footer') => {
      const text = cleanLineText(joinSegments(row.segments)).text
      if (text) candidates.push({ row, page: page.page, place, key: repetitionKey(text), text })
    }
    for (const row of rows.slice(0, FURNITURE_ROWS)) if (row.bottom <= zone) add(row, 'header')
    for (const row of rows.slice(-FURNITURE_ROWS)) if (row.top >= page.height - zone && !candidates.some((c) => c.row === row)) add(row, 'footer')
  })

  const found = new Map<Row, 'header' | 'footer'>()
  for (const candidate of candidates) {
    const repeated = candidates.some(
      (other) =>
        other.page !== candidate.page &&
        other.place === candidate.place &&
        other.key === candidate.key &&
        Math.abs(other.row.top - candidate.row.top) <= Math.max(6, 0.5 * candidate.row.size) &&
        Math.abs(other.row.size - candidate.row.size) <= 0.15 * candidate.row.size
    )
    if (repeated || isPageNumber(candidate.text)) found.set(candidate.row, candidate.place)
  }
  return found
}
