/**
 * Positioned text → rows → segments: the plain geometry the reading-order and
 * header/footer code work on. Shared by the PDF text layer and OCR output, so a
 * scanned two-column résumé is read the same way as a typeset one.
 */

/** One run of text at one position, in page coordinates (points, origin top-left). */
export interface Fragment {
  text: string
  x: number
  top: number
  width: number
  height: number
  baseline: number
  /** The em size used for every distance threshold (the font size, or an estimate for OCR). */
  size: number
  bold: boolean
  /** The writer put a space next to this run (a whitespace item or trailing blank), whatever the gap. */
  spaceBefore: boolean
  spaceAfter: boolean
  /** The writer's text flow broke the line after this run (pdf.js hasEOL). */
  lineEnd: boolean
  /** Text not running left to right (vertical labels); kept on a row of its own. */
  rotated: boolean
}

export interface PageFragments {
  page: number
  width: number
  height: number
  source: 'text' | 'ocr'
  fragments: Fragment[]
}

/** Fragments sharing a baseline across the whole page width. */
export interface Row {
  index: number
  top: number
  bottom: number
  baseline: number
  size: number
  segments: Segment[]
}

/**
 * Fragments of one row close enough to read as one phrase. A wide gap ends a segment:
 * it may be a column gutter, a table cell boundary or just a right-aligned date, which
 * is for the reading-order code to decide.
 */
export interface Segment {
  fragments: Fragment[]
  row: Row
  x0: number
  x1: number
  top: number
  bottom: number
  size: number
  /** Holds letters or digits (not only a bullet or an icon). */
  wordy: boolean
}

// Baselines closer than this (in ems of the smaller font) are one row; subscripts aside, lines of one column are ≥ 1 em apart.
const SAME_ROW_EM = 0.4
// Word gaps, even in justified text, stay below an em; gutters and table gaps are wider.
const SEGMENT_GAP_EM = 1.0
// pdf.js drops the space between separately positioned words; a gap wider than this is one.
const SPACE_GAP_EM = 0.25
// A lone bullet or icon belongs to the text beside it, however far the template pushed it.
const MARKER_GAP_EM = 3

const WORDY = /[\p{L}\p{N}]/u

export function buildRows(fragments: Fragment[]): Row[] {
  const sorted = fragments.filter((fragment) => fragment.text.length > 0).sort((a, b) => a.baseline - b.baseline || a.x - b.x)
  const groups: Fragment[][] = []
  let current: Fragment[] = []
  let baseline = Number.NaN
  let size = 0
  for (const fragment of sorted) {
    const sameRow =
      current.length > 0 &&
      !fragment.rotated &&
      !current[0]!.rotated &&
      Math.abs(fragment.baseline - baseline) <= SAME_ROW_EM * Math.min(fragment.size, size)
    if (!sameRow) {
      if (current.length > 0) groups.push(current)
      current = []
      baseline = fragment.baseline
      size = fragment.size
    }
    current.push(fragment)
  }
  if (current.length > 0) groups.push(current)

  return groups.map((group, index) => {
    const row: Row = {
      index,
      top: Math.min(...group.map((fragment) => fragment.top)),
      bottom: Math.max(...group.map((fragment) => fragment.top + fragment.height)),
      baseline: group[0]!.baseline,
      size: median(group.map((fragment) => fragment.size)),
      segments: [],
    }
    row.segments = splitSegments(group, row)
    return row
  })
}

function splitSegments(fragments: Fragment[], row: Row): Segment[] {
  const sorted = [...fragments].sort((a, b) => a.x - b.x)
  const groups: Fragment[][] = []
  for (const fragment of sorted) {
    const current = groups.at(-1)
    const previous = current?.at(-1)
    if (current && previous) {
      const gap = fragment.x - (previous.x + previous.width)
      // The smaller font sets the scale: a caption beside a large name is still a separate thing.
      const em = Math.min(previous.size, fragment.size)
      const markerOnly = !current.some((item) => WORDY.test(item.text))
      // Text that ended its line in the writer's flow and text that started another only share a
      // baseline by layout ("June 2020 –" right-aligned beside an entry): a narrow gap still separates them.
      const flowBreak = previous.lineEnd && gap > SPACE_GAP_EM * em
      if (!flowBreak && (gap <= SEGMENT_GAP_EM * em || (markerOnly && gap <= MARKER_GAP_EM * em))) {
        current.push(fragment)
        continue
      }
    }
    groups.push([fragment])
  }
  return groups.map((group) => segmentOf(group, row))
}

function segmentOf(fragments: Fragment[], row: Row): Segment {
  return {
    fragments,
    row,
    x0: Math.min(...fragments.map((fragment) => fragment.x)),
    x1: Math.max(...fragments.map((fragment) => fragment.x + fragment.width)),
    top: Math.min(...fragments.map((fragment) => fragment.top)),
    bottom: Math.max(...fragments.map((fragment) => fragment.top + fragment.height)),
    size: median(fragments.map((fragment) => fragment.size)),
    wordy: fragments.some((fragment) => WORDY.test(fragment.text)),
  }
}

/**
 * Joins fragments left to right, putting back the spaces PDF writers leave out
 * when they position each word (or each glyph) on its own.
 */
export function joinFragments(fragments: Fragment[]): string {
  const sorted = [...fragments].sort((a, b) => a.x - b.x)
  let text = ''
  let previous: Fragment | undefined
  for (const fragment of sorted) {
    // Fake bold: some writers draw the same run twice, a fraction of a point apart.
    if (previous && fragment.text === previous.text && Math.abs(fragment.x - previous.x) < 1) continue
    if (previous) {
      const gap = fragment.x - (previous.x + previous.width)
      const em = Math.max(previous.size, fragment.size)
      if (previous.spaceAfter || fragment.spaceBefore || gap > SPACE_GAP_EM * em) text += ' '
    }
    text += fragment.text
    previous = fragment
  }
  return text
}

export function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
