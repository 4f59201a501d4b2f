/**
 * The order a careful reader (and a column-aware ATS) reads a page in.
 *
 * A region of the page splits where a vertical gutter runs through a run of consecutive
 * rows: a strip that no segment crosses, just left of an edge several segments share
 * (the left edge of a column, or the right edge of a flush-right block). What the run
 * holds decides how it reads:
 *  - columns: the left side top to bottom, then the right side (sidebars, cards of uneven length);
 *  - labels: one side is sparse short captions that each belong to the text beside them
 *    ("Experience", "2019 – 2021" on the left; dates and places on the right), read band by band;
 *  - grid: rows whose cells pair up on both sides, read row by row when they are records
 *    (a table), column by column when they are items set side by side (project cards).
 * Each part splits again the same way, so cards inside the main column of a sidebar layout
 * still read card by card. Geometry only (sizes, no font names): OCR boxes go through it too.
 * The thresholds were tuned on the evaluation set's RenderCV, Reactive-Resume and LaTeX layouts.
 */
import { median, type Row, type Segment } from './geometry.js'

export interface ReadingUnit {
  /** Becomes one line. */
  segments: Segment[]
  /** 0 for the main (or only) column, then 1, 2… for further page-level columns in reading order. */
  column: number
  /** A cell of a table-like grid. */
  table: boolean
}

export interface PageReading {
  units: ReadingUnit[]
  multiColumn: boolean
  sidebar: boolean
  tables: boolean
}

export interface ReadingOptions {
  /** The page that holds the résumé's name, whose header block is read before the columns. */
  firstPage: boolean
  /** How far apart two x-positions may be and still count as aligned (OCR boxes are rougher). */
  alignTolerance: number
  /** Page columns must cover a fair share of the page, not just of a near-empty page's text. */
  pageHeight: number
}

interface RegionUnit {
  segments: Segment[]
  region: number
  table: boolean
}

interface Context extends ReadingOptions {
  /** Centred headings that close any columns above them (see centredHeadings). */
  spanning: Set<Row>
  bodyHeight: number
  textWidth: number
  largestSize: number
  bodySize: number
  nextRegion: number
  multiColumn: boolean
  sidebar: boolean
  tables: boolean
}

/** Where a run of rows may split: left of x, with the right side aligned on x or flush right on an edge. */
interface Gutter {
  x: number
  flushRight?: number
}

interface RowGroup {
  row: Row
  segments: Segment[]
}

type RunKind = 'columns' | 'labels' | 'grid'

interface Run {
  kind: RunKind
  /** For labels: the side holding the captions. */
  captions: 'left' | 'right'
  /** For grids: one record per row (a real table) rather than one item per column (cards side by side). */
  across: boolean
  x: number
  rows: RowGroup[]
  left: Segment[]
  right: Segment[]
  height: number
  tableRows: Set<Row>
}

// A gutter only counts as page-level columns when it runs through most of the page body.
const PAGE_COLUMN_SHARE = 0.5
const PAGE_COLUMN_MIN_SHARE = 0.25
const SIDEBAR_SHARE = 0.35
// Captions are short and sparse: at most this many rows each, and at most this share of the other side's rows.
const LABEL_MAX_ROWS = 3
const LABEL_ROW_SHARE = 0.7
const CAPTION_BLOCK_EM = 2.5
const CAPTION_LEAD_EM = 3
const COLUMN_INDENT_EM = 3
const COLUMN_ALIGNED_SHARE = 0.6
const FLUSH_RIGHT_PAIRED_SHARE = 0.34
const GRID_PAIRED_SHARE = 0.75
const TABLE_MIN_ROWS = 3
const MAX_EDGE_CANDIDATES = 12
// A name set this much larger than the body text marks the résumé's header block.
const NAME_SIZE_RATIO = 1.25

export function readingOrder(rows: Row[], options: ReadingOptions): PageReading {
  const segments = rows.flatMap((row) => row.segments)
  const wordy = segments.filter((segment) => segment.wordy)
  if (wordy.length === 0) {
    return { units: rows.map((row) => ({ segments: row.segments, column: 0, table: false })), multiColumn: false, sidebar: false, tables: false }
  }
  const context: Context = {
    ...options,
    spanning: centredHeadings(rows),
    bodyHeight: Math.max(...rows.map((row) => row.bottom)) - Math.min(...rows.map((row) => row.top)),
    textWidth: Math.max(...wordy.map((segment) => segment.x1)) - Math.min(...wordy.map((segment) => segment.x0)),
    largestSize: Math.max(...wordy.map((segment) => segment.size)),
    bodySize: median(wordy.map((segment) => segment.size)),
    nextRegion: 1,
    multiColumn: false,
    sidebar: false,
    tables: false,
  }
  const units = arrange(segments, context, 0, false)
  return {
    units: numberColumns(units),
    multiColumn: context.multiColumn,
    sidebar: context.sidebar,
    tables: context.tables,
  }
}

function arrange(segments: Segment[], context: Context, region: number, insideColumns: boolean): RegionUnit[] {
  if (segments.length === 0) return []
  const rows = groupByRow(segments)
  const run = rows.length >= 2 ? findRun(rows, context) : undefined
  if (!run) return rows.map((group) => ({ segments: group.segments, region, table: false }))

  const first = rows.indexOf(run.rows[0]!)
  const last = rows.indexOf(run.rows.at(-1)!)
  let above = rows.slice(0, first).flatMap((group) => group.segments)
  const below = rows.slice(last + 1).flatMap((group) => group.segments)
  const recurse = (part: Segment[], partRegion = region, inside = insideColumns) => arrange(part, context, partRegion, inside)

  switch (run.kind) {
    case 'grid': {
      if (run.tableRows.size > 0) context.tables = true
      const gridUnits = run.across
        ? run.rows.flatMap((group): RegionUnit[] => {
            const cells = [...group.segments].sort((a, b) => a.x0 - b.x0)
            if (!run.tableRows.has(group.row)) return [{ segments: cells, region, table: false }]
            return cells.map((cell) => ({ segments: [cell], region, table: true }))
          })
        : [...recurse(run.left), ...recurse(run.right)].map((unit) =>
            unit.segments.some((segment) => run.tableRows.has(segment.row)) ? { ...unit, table: true } : unit
          )
      return [...recurse(above), ...gridUnits, ...recurse(below)]
    }
    case 'labels':
      return [...recurse(above), ...readLabelled(run, recurse), ...recurse(below)]
    case 'columns': {
      let { left, right } = run
      const pageLevel = !insideColumns && isPageLevel(run, context)
      if (pageLevel && context.firstPage) {
        const header = headerAboveColumns(left, right, context)
        if (header.length > 0) {
          const moved = new Set(header)
          left = left.filter((segment) => !moved.has(segment))
          right = right.filter((segment) => !moved.has(segment))
          above = [...above, ...header]
        }
      }
      let leftRegion = region
      let rightRegion = region
      if (pageLevel) {
        leftRegion = context.nextRegion++
        rightRegion = context.nextRegion++
        context.multiColumn = true
        if (Math.min(sideWidth(left), sideWidth(right)) < SIDEBAR_SHARE * context.textWidth) context.sidebar = true
      }
      return [
        ...recurse(above),
        ...recurse(left, leftRegion, insideColumns || pageLevel),
        ...recurse(right, rightRegion, insideColumns || pageLevel),
        ...recurse(below),
      ]
    }
  }
}

function groupByRow(segments: Segment[]): RowGroup[] {
  const byRow = new Map<Row, Segment[]>()
  for (const segment of segments) {
    const list = byRow.get(segment.row)
    if (list) list.push(segment)
    else byRow.set(segment.row, [segment])
  }
  return [...byRow]
    .map(([row, rowSegments]) => ({ row, segments: rowSegments.sort((a, b) => a.x0 - b.x0) }))
    .sort((a, b) => a.row.index - b.row.index)
}

/** The tallest run of rows, over every candidate gutter, that splits into a known shape. */
function findRun(rows: RowGroup[], context: Context): Run | undefined {
  const segments = rows.flatMap((group) => group.segments)
  const tolerance = context.alignTolerance
  const gutter = Math.max(4, 0.5 * context.bodySize)
  const leftmost = Math.min(...segments.map((segment) => segment.x0))
  const wordy = segments.filter((segment) => segment.wordy)
  // A column is found by its aligned edge: left edges for most, right edges for a block set
  // flush right (contacts beside the name).
  const gutters: Gutter[] = [
    ...clusterEdges(wordy.map((segment) => segment.x0), tolerance).map((x) => ({ x })),
    ...clusterEdges(wordy.map((segment) => segment.x1), tolerance).map((edge) => ({
      x: Math.min(...wordy.filter((segment) => Math.abs(segment.x1 - edge) <= tolerance).map((segment) => segment.x0)),
      flushRight: edge,
    })),
  ].filter((candidate) => candidate.x > leftmost + gutter)

  let best: Run | undefined
  for (const candidate of gutters) {
    const { x } = candidate
    let start = 0
    for (let i = 0; i <= rows.length; i++) {
      const crosses =
        i === rows.length ||
        context.spanning.has(rows[i]!.row) ||
        rows[i]!.segments.some((segment) => segment.x0 < x - tolerance && segment.x1 > x - gutter)
      if (!crosses) continue
      if (i > start) {
        for (const piece of splitAtHeadings(rows.slice(start, i), rows[start - 1], rows[i], x, context)) {
          const runRows = attachEdgesToNeighbours(piece.rows, piece.before, piece.after, x, context.alignTolerance)
          const run = classifyRun(runRows, candidate, context)
          if (run && (!best || run.height > best.height + 0.5)) best = run
        }
      }
      start = i + 1
    }
  }
  return best
}

/**
 * A short heading centred on the page with space above and below ("Experience" over
 * side-by-side cards) spans the page in spirit, wherever the gutter below or above it is.
 * The spacing tells it from a column's short line that happens to sit mid-page.
 */
function centredHeadings(rows: Row[]): Set<Row> {
  const wordy = rows.flatMap((row) => row.segments.filter((segment) => segment.wordy))
  const left = Math.min(...wordy.map((segment) => segment.x0))
  const right = Math.max(...wordy.map((segment) => segment.x1))
  // The gap between lines of a paragraph: the lower quartile, as the gaps between entries are many too.
  const gaps = rows.slice(1).map((row, i) => Math.max(0, row.top - rows[i]!.bottom)).sort((a, b) => a - b)
  const lineGap = gaps[Math.floor(gaps.length / 4)] ?? 0
  const headings = new Set<Row>()
  rows.forEach((row, i) => {
    const words = row.segments.filter((segment) => segment.wordy)
    if (words.length !== 1) return
    const [segment] = words as [Segment]
    const centred = Math.abs((segment.x0 + segment.x1) / 2 - (left + right) / 2) <= Math.max(3, 0.02 * (right - left))
    const short = segment.x1 - segment.x0 <= 0.3 * (right - left)
    const above = rows[i - 1]
    const below = rows[i + 1]
    const space = Math.max(0.6 * row.size, 2 * lineGap)
    const spaced = (!above || row.top - above.bottom >= space) && (!below || below.top - row.bottom >= space)
    if (centred && short && spaced) headings.add(row)
  })
  return headings
}

interface RunPiece {
  rows: RowGroup[]
  before: RowGroup | undefined
  after: RowGroup | undefined
}

/**
 * Stacked sections of side-by-side cards ("Projects", then "Certifications") leave no line
 * crossing the gutter between them; the left-aligned heading that starts both columns
 * afresh just below it is what separates them. Only within runs too short to be page
 * columns, where a sidebar heading can't be mistaken for one.
 */
function splitAtHeadings(
  rows: RowGroup[],
  before: RowGroup | undefined,
  after: RowGroup | undefined,
  x: number,
  context: Context
): RunPiece[] {
  const height = rows.at(-1)!.row.bottom - rows[0]!.row.top
  if (height >= PAGE_COLUMN_SHARE * context.bodyHeight) return [{ rows, before, after }]
  const tolerance = context.alignTolerance
  const leftTop = (group: RowGroup) => group.segments.find((segment) => segment.wordy && segment.x0 < x - tolerance)?.top
  const rightTop = (group: RowGroup) => group.segments.find((segment) => segment.wordy && segment.x0 >= x - tolerance)?.top
  const pieces: RunPiece[] = []
  let start = 0
  for (let k = 1; k < rows.length - 1; k++) {
    const heading = rows[k]!
    const above = rows[k - 1]!
    const below = rows[k + 1]!
    const leftOnly = heading.segments.every((segment) => segment.x0 < x - tolerance)
    const [belowLeft, belowRight] = [leftTop(below), rightTop(below)]
    const restarts = belowLeft !== undefined && belowRight !== undefined && Math.abs(belowLeft - belowRight) <= 0.3 * below.row.size
    const spacedAbove = heading.row.top - above.row.bottom >= below.row.top - heading.row.bottom
    if (leftOnly && restarts && rightTop(above) !== undefined && spacedAbove) {
      pieces.push({ rows: rows.slice(start, k), before: start === 0 ? before : rows[start - 1], after: heading })
      start = k + 1
      continue
    }
    // A heading after the right-hand side has ended starts full-width text again ("References").
    const rightDone = rows.slice(k).every((group) => rightTop(group) === undefined)
    const clearlySpaced = heading.row.top - above.row.bottom > 1.5 * Math.max(0, below.row.top - heading.row.bottom)
    if (rightDone && clearlySpaced && rightTop(above) !== undefined) {
      pieces.push({ rows: rows.slice(start, k), before: start === 0 ? before : rows[start - 1], after: heading })
      return pieces.filter((piece) => piece.rows.length > 0)
    }
  }
  pieces.push({ rows: rows.slice(start), before: start === 0 ? before : rows[start - 1], after })
  return pieces.filter((piece) => piece.rows.length > 0)
}

/**
 * A heading just above a full-width paragraph doesn't cross the gutter, yet it belongs
 * with that paragraph, not with the columns above it: one-sided rows at either end of a
 * run go to the neighbouring row they sit closer to.
 */
function attachEdgesToNeighbours(
  rows: RowGroup[],
  before: RowGroup | undefined,
  after: RowGroup | undefined,
  x: number,
  tolerance: number
): RowGroup[] {
  const oneSided = (group: RowGroup) =>
    group.segments.every((segment) => segment.x0 >= x - tolerance) || group.segments.every((segment) => segment.x0 < x - tolerance)
  const gap = (upper: RowGroup, lower: RowGroup) => lower.row.top - upper.row.bottom
  // A row with text on the left and text that floats right of the gutter (a right-aligned date
  // beside an entry) reads across as one line: it is not part of the columns.
  const readsAcrossGutter = (group: RowGroup) => {
    const right = group.segments.filter((segment) => segment.x0 >= x - tolerance)
    return (
      right.length > 0 &&
      right.length < group.segments.length &&
      right.every((segment) => segment.x0 - x > COLUMN_INDENT_EM * segment.size)
    )
  }
  let first = 0
  let last = rows.length - 1
  const anchored = (group: RowGroup) => group.segments.some((segment) => Math.abs(segment.x0 - x) <= tolerance)
  for (let i = 0; i < last && !anchored(rows[i]!); i++) if (readsAcrossGutter(rows[i]!)) first = i + 1
  while (last > first && readsAcrossGutter(rows[last]!)) last--
  while (after && last - first >= 2 && oneSided(rows[last]!) && gap(rows[last]!, after) < 0.8 * gap(rows[last - 1]!, rows[last]!)) {
    after = rows[last]
    last--
  }
  while (before && last - first >= 2 && oneSided(rows[first]!) && gap(before, rows[first]!) < 0.8 * gap(rows[first]!, rows[first + 1]!)) {
    before = rows[first]
    first++
  }
  return rows.slice(first, last + 1)
}

function classifyRun(rows: RowGroup[], gutter: Gutter, context: Context): Run | undefined {
  const { x, flushRight } = gutter
  const tolerance = context.alignTolerance
  const left: Segment[] = []
  const right: Segment[] = []
  for (const group of rows) for (const segment of group.segments) (segment.x0 >= x - tolerance ? right : left).push(segment)

  const leftWordy = left.filter((segment) => segment.wordy)
  const rightWordy = right.filter((segment) => segment.wordy)
  const onEdge = (segment: Segment) =>
    flushRight === undefined ? Math.abs(segment.x0 - x) <= tolerance : Math.abs(segment.x1 - flushRight) <= tolerance
  const anchored = rightWordy.filter(onEdge).length
  if (leftWordy.length === 0 || rightWordy.length < 2 || anchored < 2) return undefined

  const leftRows = rows.filter((group) => group.segments.some((segment) => segment.wordy && segment.x0 < x - tolerance))
  const rightRows = rows.filter((group) => group.segments.some((segment) => segment.wordy && segment.x0 >= x - tolerance))
  const onBothSides = new Set(leftRows)
  const paired = rightRows.filter((group) => onBothSides.has(group))
  const height = rows.at(-1)!.row.bottom - rows[0]!.row.top
  const base = { x, rows, left, right, height, tableRows: new Set<Row>(), captions: 'left' as const, across: false }

  if (flushRight !== undefined) {
    // A flush-right block is a column only when it stands mostly on rows of its own; beside
    // each entry's title it is a date or place that reads across with it.
    // Beside a comparable block of its own (name and title beside the contacts), not a short
    // date block beside a long entry.
    const standsAlone = paired.length <= FLUSH_RIGHT_PAIRED_SHARE * rightRows.length && rightRows.length >= 2
    const extent = (side: RowGroup[]) => side.at(-1)!.row.bottom - side[0]!.row.top
    const comparable = Math.min(extent(leftRows), extent(rightRows)) >= 0.5 * Math.max(extent(leftRows), extent(rightRows))
    return standsAlone && comparable && overlapsVertically(leftRows, rightRows) ? { ...base, kind: 'columns' } : undefined
  }
  if (areCaptions('left', leftRows, rightRows, rightWordy, left)) return { ...base, kind: 'labels' }
  if (leftRows.length < 2 || rightRows.length < 2) return undefined
  // Dates and places set in a narrow right-hand column beside each entry's title (RenderCV, LaTeX
  // templates). Two entries at least: one short block on the right is as likely a grid's last column.
  if (captionBlocks(rightRows, right, left).length >= 2 && areCaptions('right', rightRows, leftRows, leftWordy, right)) {
    return { ...base, kind: 'labels', captions: 'right' }
  }

  // A column's lines start at its edge or a little indented; text far right of the gutter
  // (further grid columns aside) means the "column" is really several things side by side.
  const nearEdge = rightRows.filter((group) => {
    const side = group.segments.filter((segment) => segment.wordy && segment.x0 >= x - tolerance)
    if (flushRight !== undefined) return side.every(onEdge)
    return Math.min(...side.map((segment) => segment.x0)) - x <= COLUMN_INDENT_EM * group.row.size
  })
  if (nearEdge.length < COLUMN_ALIGNED_SHARE * rightRows.length) return undefined
  if (!overlapsVertically(leftRows, nearEdge)) return undefined

  // Headings over the grid and over what follows it sit on rows of their own in the left cells' column.
  const leftOnly = (group: RowGroup) => onBothSides.has(group) && !rightRows.includes(group)
  const framed = rows.filter((group, i) => !((i === 0 || i === rows.length - 1) && leftOnly(group)))
  if (paired.length >= GRID_PAIRED_SHARE * framed.length) {
    const across = readsAcross(rows, paired, x, tolerance)
    // Two page columns that happen to share a baseline grid are columns, not a table: their text runs on down each side.
    if (across || !isPageLevel({ ...base, kind: 'columns' }, context)) {
      return { ...base, kind: 'grid', tableRows: tableRows(paired, x, tolerance), across }
    }
  }
  return { ...base, kind: 'columns' }
}

/** Side by side means side by side: a name right of a photo above full-width text is not two columns. */
function overlapsVertically(left: RowGroup[], right: RowGroup[]): boolean {
  const extent = (side: RowGroup[]) => [side[0]!.row.top, side.at(-1)!.row.bottom] as const
  const [leftTop, leftBottom] = extent(left)
  const [rightTop, rightBottom] = extent(right)
  const overlap = Math.min(leftBottom, rightBottom) - Math.max(leftTop, rightTop)
  return overlap >= 0.5 * Math.min(leftBottom - leftTop, rightBottom - rightTop)
}

/**
 * Rows of one side closer than two and a half lines apart belong to one caption (a wrapped
 * label, a section name over a date range), unless that is clearly wider than the side's own
 * line spacing (date blocks of two short entries almost touch). A sidebar's evenly spaced
 * lines make one long block. Two exceptions start a caption of their own however close:
 * a key of a "key: value" row after another (each labels its own row), and a heading
 * below the last line of text (it labels what follows).
 */
function captionBlocks(captionRows: RowGroup[], captions: Segment[], text: Segment[]): RowGroup[][] {
  const spacing = median(captionRows.slice(1).map((group, i) => group.row.baseline - captionRows[i]!.row.baseline))
  const lastText = Math.max(...text.filter((segment) => segment.wordy).map((segment) => segment.row.index))
  const isKey = (group: RowGroup) => isKeyRow(group, captions, text)
  const blocks: RowGroup[][] = []
  for (const group of captionRows) {
    const block = blocks.at(-1)
    const previous = block?.at(-1)
    const limit = Math.min(CAPTION_BLOCK_EM * Math.max(group.row.size, previous?.row.size ?? 0), 1.5 * spacing)
    const own = group.row.index > lastText || (previous !== undefined && isKey(previous) && isKey(group))
    if (block && previous && !own && group.row.baseline - previous.row.baseline <= limit) {
      block.push(group)
    } else {
      blocks.push([group])
    }
  }
  return blocks
}

/**
 * A caption that names the value on its own baseline: it ends in ":" ("Languages:"), or it is
 * bold beside plain text (a key column set in bold).
 */
function isKeyRow(group: RowGroup, captions: Segment[], text: Segment[]): boolean {
  const key = group.segments.filter((segment) => segment.wordy && captions.includes(segment))
  const values = group.segments.filter((segment) => segment.wordy && text.includes(segment))
  if (key.length !== 1 || values.length === 0) return false
  const bold = (segment: Segment) => segment.fragments.every((fragment) => fragment.bold)
  return segmentText(key[0]!).endsWith(':') || (bold(key[0]!) && !values.some(bold))
}

function segmentText(segment: Segment): string {
  return segment.fragments.map((fragment) => fragment.text).join(' ').trim()
}

/**
 * One side is sparse short blocks (a sidebar's lines follow each other at the usual line
 * spacing, so they make long blocks), each beside or just above text on the other side.
 */
function areCaptions(
  side: 'left' | 'right',
  captionRows: RowGroup[],
  textRows: RowGroup[],
  text: Segment[],
  captions: Segment[]
): boolean {
  const blocks = captionBlocks(captionRows, captions, text)
  // Captions set flush against the gutter (right-aligned on the left) are labels whatever their height.
  const ends = captions.filter((segment) => segment.wordy).map((segment) => segment.x1)
  const flush = side === 'left' && blocks.length >= 2 && Math.max(...ends) - Math.min(...ends) <= 2 && Math.min(...captions.map((segment) => segment.x0)) < Math.max(...ends) - 20
  // Europass-style section captions sit on a rule, a little above their text; date captions
  // sit level with the entry. Half level and the rest just above keeps both; a sparse
  // sidebar lines up that well only by chance.
  const level = blocks.filter((block) => block.some((row) => besideText(row, text))).length
  // A label is no bigger than what it labels; a name beside the contact block is not a label.
  // Section headings on rows of their own above a column of dates may be larger: they label no line beside them.
  const levelRows = new Set(captionRows.filter((row) => besideText(row, text)).map((row) => row.row))
  const wordyCaptions = captions.filter((segment) => segment.wordy)
  const levelCaptions = wordyCaptions.filter((segment) => levelRows.has(segment.row))
  const textSize = median(text.map((segment) => segment.size))
  const small = Math.max(...(levelCaptions.length > 0 ? levelCaptions : wordyCaptions).map((segment) => segment.size)) <= 1.2 * textSize
  // Those headings don't count against the captions' sparseness either.
  const headings = captionRows.filter(
    (row) => !levelRows.has(row.row) && row.segments.some((segment) => segment.fragments.some((fragment) => fragment.size > 1.2 * textSize))
  )
  // A heading below the last line of text labels what follows the run (a full-width paragraph that closed it).
  const lastText = Math.max(...textRows.map((group) => group.row.index))
  const closing = (block: RowGroup[]) => block[0] === captionRows.at(-1) && block[0]!.row.index > lastText
  return (
    small &&
    captionRows.length - headings.length <= LABEL_ROW_SHARE * textRows.length &&
    blocks.every((block) => block.length <= LABEL_MAX_ROWS && (leadsText(block[0]!, text) || closing(block))) &&
    (flush || level >= (blocks.length <= 2 ? blocks.length : 0.5 * blocks.length))
  )
}

/** The caption's text starts level with it or within a couple of lines below. */
function leadsText(caption: RowGroup, text: Segment[]): boolean {
  const top = Math.min(...caption.segments.map((segment) => segment.top))
  const size = caption.row.size
  return text.some((segment) => segment.top >= top - 0.3 * size && segment.top <= top + CAPTION_LEAD_EM * size)
}

/**
 * A caption starts level with the text it labels: on its baseline, or (set in another size)
 * with its top. Tight on purpose: lines of two independent columns meet that way only by chance.
 */
function besideText(caption: RowGroup, text: Segment[]): boolean {
  const top = Math.min(...caption.segments.map((segment) => segment.top))
  return text.some((segment) => segment.row === caption.row || Math.abs(segment.top - top) <= 0.3 * Math.min(segment.size, caption.row.size))
}

/** Paired rows whose left cells start together too: 3 or more in a row make a table. */
function tableRows(paired: RowGroup[], x: number, tolerance: number): Set<Row> {
  const rows = new Set<Row>()
  let streak: RowGroup[] = []
  const flush = () => {
    if (streak.length >= TABLE_MIN_ROWS) for (const group of streak) rows.add(group.row)
    streak = []
  }
  for (const group of paired) {
    const leftStart = group.segments.find((segment) => segment.wordy && segment.x0 < x - tolerance)?.x0
    const previousStart = streak.at(-1)?.segments.find((segment) => segment.wordy && segment.x0 < x - tolerance)?.x0
    const consecutive = streak.length === 0 || group.row.index === streak.at(-1)!.row.index + 1
    if (leftStart === undefined || !consecutive || (previousStart !== undefined && Math.abs(leftStart - previousStart) > tolerance)) flush()
    if (leftStart !== undefined) streak.push(group)
  }
  flush()
  return rows
}

/**
 * Whether a grid holds one record per row (skills table, "Email: … / Phone: …") or one item
 * per column (project cards side by side, each a title over a description). Wrapped text
 * inside a column, or a style that changes down the columns but not along the rows, means
 * cards; keys ending in ":" or a column of dates, or a style that changes along the rows, mean records.
 */
function readsAcross(rows: RowGroup[], paired: RowGroup[], x: number, tolerance: number): boolean {
  const isLeft = (segment: Segment) => segment.wordy && segment.x0 < x - tolerance
  const isRight = (segment: Segment) => segment.wordy && segment.x0 >= x - tolerance
  const text = (segment: Segment) => segment.fragments.map((fragment) => fragment.text).join(' ').trim()
  const keys = paired.map((group) => group.segments.find(isLeft)!)
  if (keys.filter((key) => text(key).endsWith(':')).length * 2 >= keys.length) return true
  if (keys.every((key) => /\b(19|20)\d{2}\b/.test(text(key)) && text(key).length <= 25)) return true

  for (const side of [isLeft, isRight]) {
    const cells = rows.map((group) => ({ index: group.row.index, cell: group.segments.find(side) }))
    for (let i = 1; i < cells.length; i++) {
      const upper = cells[i - 1]!.cell
      const lower = cells[i]!.cell
      if (!upper || !lower || cells[i]!.index !== cells[i - 1]!.index + 1) continue
      if (/[,;\-–—/&]$|\b(and|or|of|the|for|to|in|with|a)$/i.test(text(upper)) || /^\p{Ll}/u.test(text(lower))) return false
    }
  }

  const style = (segment: Segment) => `${Math.round(segment.size * 2)}|${segment.fragments.every((fragment) => fragment.bold)}`
  const sameStyle = (segments: Segment[]) => new Set(segments.map(style)).size <= 1
  const alongRows = paired.every((group) => sameStyle(group.segments.filter((segment) => segment.wordy)))
  const downColumns = sameStyle(keys) && sameStyle(paired.map((group) => group.segments.find(isRight)!))
  if (alongRows !== downColumns) return !alongRows

  // Cells alike along a row ("2020" | "2019") are items side by side; alike down a column, records.
  const values = paired.map((group) => [group.segments.find(isLeft)!, group.segments.find(isRight)!].map((cell) => shape(text(cell))))
  const along = values.filter(([left, right]) => left === right).length / values.length
  let alike = 0
  for (let i = 1; i < values.length; i++) for (const side of [0, 1]) if (values[i]![side] === values[i - 1]![side]) alike++
  const down = values.length > 1 ? alike / (2 * (values.length - 1)) : 0
  if (along !== down) return down > along
  return paired.length >= TABLE_MIN_ROWS
}

/** A coarse kind of cell: a year or number, or a short, medium or long phrase. */
function shape(text: string): string {
  if (/^\W*(19|20)\d{2}\W*$/.test(text)) return 'year'
  if (/^[\d\s.,%+\-–/]+$/.test(text)) return 'number'
  const words = text.split(/\s+/).length
  return words <= 2 ? 'short' : words <= 5 ? 'medium' : 'long'
}

/**
 * Band by band, a band running from one caption down to the next. A left caption is read
 * before its band ("2019 – 2021", then the job); a right one after the band's first row
 * (the title, then its dates and place, then the bullets).
 */
function readLabelled(run: Run, recurse: (part: Segment[]) => RegionUnit[]): RegionUnit[] {
  const side = run.captions === 'left' ? run.left : run.right
  const captionRows = run.rows.filter((group) => group.segments.some((segment) => segment.wordy && side.includes(segment)))
  const captions = captionBlocks(captionRows, side, side === run.left ? run.right : run.left).map((block) => block.flatMap((group) => group.segments.filter((segment) => side.includes(segment))))
  const inCaption = new Set(captions.flat())
  const tops = captions.map((caption) => Math.min(...caption.map((segment) => segment.top)))
  const bands: Segment[][] = captions.map(() => [])
  const before: Segment[] = []
  for (const segment of [...run.left, ...run.right]) {
    if (inCaption.has(segment)) continue
    let band = -1
    for (let i = 0; i < tops.length; i++) if (segment.top >= tops[i]! - 0.5 * segment.size) band = i
    if (band === -1) before.push(segment)
    else bands[band]!.push(segment)
  }
  const units = recurse(before)
  captions.forEach((caption, i) => {
    const band = bands[i]!
    if (run.captions === 'left') {
      units.push(...recurse(caption), ...recurse(band))
      return
    }
    const firstRow = Math.min(...caption.map((segment) => segment.row.index))
    units.push(
      ...recurse(band.filter((segment) => segment.row.index <= firstRow)),
      ...recurse(caption),
      ...recurse(band.filter((segment) => segment.row.index > firstRow))
    )
  })
  return units
}

/** Columns of the page, not a local block: through most of the text on the page, and no mere corner of a near-empty one. */
function isPageLevel(run: Run, context: Context): boolean {
  const rowsWithText = (side: Segment[]) => new Set(side.filter((segment) => segment.wordy).map((segment) => segment.row)).size
  return (
    run.height >= PAGE_COLUMN_SHARE * context.bodyHeight &&
    run.height >= PAGE_COLUMN_MIN_SHARE * context.pageHeight &&
    rowsWithText(run.left) >= 3 &&
    rowsWithText(run.right) >= 3
  )
}

/**
 * Templates that put the photo at the top of the sidebar start the other column with the
 * name and contacts; that block heads the résumé, so it is read before either column.
 * It is recognised by holding the page's largest text (the name) above the other column's
 * first line, and it ends before any paragraph that runs on past that line (a summary).
 */
function headerAboveColumns(left: Segment[], right: Segment[], context: Context): Segment[] {
  if (context.largestSize < NAME_SIZE_RATIO * context.bodySize) return []
  for (const [side, other] of [
    [left, right],
    [right, left],
  ] as const) {
    const otherTop = Math.min(...other.filter((segment) => segment.wordy).map((segment) => segment.top))
    const rows = groupByRow(side)
    const header: Segment[] = []
    let block: Segment[] = []
    for (const [i, group] of rows.entries()) {
      const previous = rows[i - 1]
      if (previous && group.row.top - previous.row.bottom >= group.row.size) {
        header.push(...block)
        block = []
      }
      if (group.row.bottom > otherTop + 0.2 * group.row.size) break
      block.push(...group.segments)
      if (i === rows.length - 1) header.push(...block)
    }
    if (header.some((segment) => segment.wordy && segment.size >= context.largestSize - 0.5)) return header
  }
  return []
}

function sideWidth(side: Segment[]): number {
  const wordy = side.filter((segment) => segment.wordy)
  if (wordy.length === 0) return 0
  return Math.max(...wordy.map((segment) => segment.x1)) - Math.min(...wordy.map((segment) => segment.x0))
}

/**
 * x-positions where at least two segments start (or end), each given as the first of its
 * cluster. Only the most shared ones: a real column edge is shared by many lines, and the
 * cap keeps a page of ragged tiny print from costing seconds.
 */
function clusterEdges(edges: number[], tolerance: number): number[] {
  const sorted = [...edges].sort((a, b) => a - b)
  const clusters: number[][] = []
  for (const start of sorted) {
    const cluster = clusters.at(-1)
    if (cluster && start - cluster[0]! <= tolerance) cluster.push(start)
    else clusters.push([start])
  }
  return clusters
    .filter((cluster) => cluster.length >= 2)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .slice(0, MAX_EDGE_CANDIDATES)
    .map((cluster) => cluster[0]!)
}

/** The column with the most text is 0; the others are numbered in the order they are read. */
function numberColumns(units: RegionUnit[]): ReadingUnit[] {
  const textByRegion = new Map<number, number>()
  for (const unit of units) {
    const length = unit.segments.reduce((sum, segment) => sum + segment.fragments.reduce((n, fragment) => n + fragment.text.length, 0), 0)
    textByRegion.set(unit.region, (textByRegion.get(unit.region) ?? 0) + length)
  }
  const main = [...textByRegion].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  const numbers = new Map<number, number>([
    [0, 0],
    [main, 0],
  ])
  let next = 1
  for (const unit of units) if (!numbers.has(unit.region)) numbers.set(unit.region, next++)
  return units.map((unit) => ({ segments: unit.segments, column: numbers.get(unit.region)!, table: unit.table }))
}
