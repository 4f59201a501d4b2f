/*
|--------------------------------------------------------------------------
| Dates in résumés
|--------------------------------------------------------------------------
|
| Résumés write dates a dozen ways ("Jan 2020 – Present", "01/2020 - 03/2022",
| "Summer 2018", "since 2021"). Everything is reduced to "YYYY-MM" or "YYYY":
| days are dropped because no résumé reader needs them and they are often
| ambiguous (03/04/2020). "Present" is anchored to the upload month passed as
| `today`, the way Textkernel anchors it to the received date, so an analysis
| stays the same when it is re-read a year later.
|
*/

/** "YYYY-MM" or "YYYY". */
export type { PartialDate } from '../months.js'
import { monthIndex, monthFromIndex, type PartialDate } from '../months.js'
export { monthIndex, monthFromIndex }

export interface DateRange {
  start?: PartialDate
  /** The end as written, or `today` when the range is ongoing. */
  end?: PartialDate
  present: boolean
  /** Character offsets [from, to) of the whole range in the text it was found in. */
  span: [number, number]
}

export interface DateOptions {
  /** Upload month "YYYY-MM": what "Present" means. Without it an ongoing range has no end. */
  today?: string
}

// English first; German, French and Spanish names (and their usual abbreviations, "janv.", "abr.")
// because CVs from those markets keep them.
const MONTH_NAMES: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, janv: 1, enero: 1, ene: 1, jän: 1, jänner: 1,
  feb: 2, february: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, févr: 2, fevr: 2, fév: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, mär: 3, mrz: 3,
  apr: 4, april: 4, avril: 4, abril: 4, avr: 4, abr: 4,
  may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6,
  jul: 7, july: 7, juli: 7, juillet: 7, julio: 7, juil: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8, ago: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, oktober: 10, octobre: 10, octubre: 10, okt: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dez: 12, déc: 12, dic: 12,
}

// Academic terms as the month they usually start in; "Winter 2018" is the Winter quarter/term that opens the year.
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 1 }

const PRESENT_WORDS = [
  'present', 'current', 'currently', 'now', 'today', 'ongoing', 'to date', 'date',
  'heute', 'jetzt', 'aktuell', "aujourd'hui", 'aujourd’hui', 'actuel', 'presente', 'actualidad', 'actual',
]

const alternation = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const MONTH = `(?:${alternation(Object.keys(MONTH_NAMES))})`
const YEAR = `(?:19[4-9]\\d|20\\d\\d)`
const SHORT_YEAR = `(?:['’]\\d\\d)`
const SEASON = `(?:${alternation(Object.keys(SEASONS))})`
const PRESENT = `(?:${alternation(PRESENT_WORDS)})`
/** Between the two ends of a range. */
const CONNECTOR = `(?:\\s*(?:[-–—‒―−~→]+|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b|\\bbis\\b|\\bau\\b|\\bhasta\\b)\\s*)`

/**
 * One date, most specific form first so "Jan 2020" is not read as the bare year 2020.
 * The lookbehinds keep numbers such as "11,234,567" or "v2.2020" from being years.
 */
const ATOM = new RegExp(
  [
    // 2020-01, 2020/01, 2020-01-15
    `(?<isoY>${YEAR})[-/.](?<isoM>0?[1-9]|1[0-2])(?:[-/.]\\d{1,2})?(?![\\d])`,
    // 15.03.2018, 03/15/2020 (full dates: only the month is kept)
    `(?<dA>\\d{1,2})(?<dSep>[/.-])(?<dB>\\d{1,2})[/.-](?<dY>${YEAR})(?![\\d])`,
    // 01/2020, 03.2018, 3-2020
    `(?<numM>0?[1-9]|1[0-2])[/.-](?<numY>${YEAR})(?![\\d])`,
    // Jan 2020, Sep. 2015, January of 2019, Jan 5, 2020, 5 Jan 2020, Jan '20
    `(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+)?(?<mon>${MONTH})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s*(?:of\\s+)?(?<monY>${YEAR}|${SHORT_YEAR})(?![\\d])`,
    // Summer 2018
    `(?<season>${SEASON})\\s*(?<seasonY>${YEAR})(?![\\d])`,
    // Q3 2020
    `Q(?<q>[1-4])\\s*(?<qY>${YEAR})(?![\\d])`,
    // 2019
    `(?<year>${YEAR})(?![\\d])`,
  ]
    .map((pattern) => `(?<![\\p{L}\\p{N}.,/])(?:${pattern})`)
    .join('|'),
  'giu'
)

// "May – Aug 2022": the first month borrows the year of the second.
const SHARED_YEAR_RANGE = new RegExp(
  `(?<![\\p{L}])(?<m1>${MONTH})\\.?${CONNECTOR}(?<m2>${MONTH})\\.?,?\\s*(?<y>${YEAR})(?![\\d])`,
  'giu'
)

const AFTER_CONNECTOR_PRESENT = new RegExp(`^${CONNECTOR}(?<word>${PRESENT})(?![\\p{L}])`, 'iu')
const AFTER_CONNECTOR_OPEN = new RegExp(`^\\s*[-–—]+\\s*$`)
const AFTER_CONNECTOR_SHORT_YEAR = new RegExp(`^${CONNECTOR}(?<yy>\\d\\d)(?![\\d])`, 'u')
const BETWEEN_ATOMS = new RegExp(`^${CONNECTOR}$`, 'iu')
// "04/2022 07/2022", "2020 Present": some templates put only space between the two ends.
const ONLY_SPACE = /^\s+$/
const SPACE_PRESENT = new RegExp(`^\\s+(?<word>${PRESENT})(?![\\p{L}])`, 'iu')
const OPEN_START_WORD = /(?:\b(?:since|from|seit|depuis|desde|ab)\s*)$/iu
const PRESENT_ALONE = new RegExp(`^\\s*(?:[-–—]\\s*)?${PRESENT}\\s*$`, 'iu')

interface Atom {
  date: PartialDate
  from: number
  to: number
}

const pad = (month: number) => String(month).padStart(2, '0')

function atomFromMatch(match: RegExpExecArray): Atom | null {
  const g = match.groups ?? {}
  let date: string | null = null
  if (g.isoY) date = `${g.isoY}-${pad(Number(g.isoM))}`
  else if (g.dY) {
    // Dots are the European day.month.year; slashes are month/day unless the first number can't be a month.
    const a = Number(g.dA)
    const b = Number(g.dB)
    const month = g.dSep === '.' || a > 12 ? b : a
    if (month >= 1 && month <= 12) date = `${g.dY}-${pad(month)}`
  } else if (g.numY) date = `${g.numY}-${pad(Number(g.numM))}`
  else if (g.monY) {
    const year = g.monY.length === 3 ? `20${g.monY.slice(1)}` : g.monY
    date = `${year}-${pad(MONTH_NAMES[g.mon.toLowerCase()])}`
  } else if (g.seasonY) date = `${g.seasonY}-${pad(SEASONS[g.season.toLowerCase()])}`
  else if (g.qY) date = `${g.qY}-${pad((Number(g.q) - 1) * 3 + 1)}`
  else if (g.year) date = g.year
  if (!date) return null
  return { date, from: match.index, to: match.index + match[0].length }
}

function findAtoms(text: string): Atom[] {
  const atoms: Atom[] = []
  for (const match of text.matchAll(ATOM)) {
    const atom = atomFromMatch(match as RegExpExecArray)
    if (atom) atoms.push(atom)
  }
  return atoms
}

/** Every date or date range in `text`, left to right. */
export function findDateRanges(text: string, options: DateOptions = {}): DateRange[] {
  // Every date has a year in digits ("2019", "'19", "03/2020"); most description lines have none.
  if (!/\d/.test(text)) return []
  const ranges: DateRange[] = []
  const taken: Array<[number, number]> = []

  for (const match of text.matchAll(SHARED_YEAR_RANGE)) {
    const g = match.groups!
    const from = match.index
    const to = from + match[0].length
    ranges.push({
      start: `${g.y}-${pad(MONTH_NAMES[g.m1.toLowerCase()])}`,
      end: `${g.y}-${pad(MONTH_NAMES[g.m2.toLowerCase()])}`,
      present: false,
      span: [from, to],
    })
    taken.push([from, to])
  }

  const atoms = findAtoms(text).filter((atom) => !taken.some(([a, b]) => atom.from < b && atom.to > a))
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]
    const next = atoms[i + 1]
    const rest = text.slice(atom.to)

    const gap = next ? text.slice(atom.to, next.from) : ''
    if (next && (BETWEEN_ATOMS.test(gap) || (ONLY_SPACE.test(gap) && next.date >= atom.date))) {
      // "12/2021 – 01/2020" was written newest first: the dash says both ends belong to one range,
      // so the earlier date is its start (exporting an end before the start would count no months).
      const backwards = monthIndex(next.date, 'end') < monthIndex(atom.date, 'start')
      const [start, end] = backwards ? [next.date, atom.date] : [atom.date, next.date]
      ranges.push({ start, end, present: false, span: [atom.from, next.to] })
      i++
      continue
    }
    const present = AFTER_CONNECTOR_PRESENT.exec(rest) ?? SPACE_PRESENT.exec(rest)
    if (present) {
      ranges.push(presentRange(atom, atom.to + present[0].length, options))
      continue
    }
    const shortYear = AFTER_CONNECTOR_SHORT_YEAR.exec(rest)
    if (shortYear && /^\d{4}$/.test(atom.date)) {
      const end = `${atom.date.slice(0, 2)}${shortYear.groups!.yy}`
      if (end > atom.date) {
        ranges.push({ start: atom.date, end, present: false, span: [atom.from, atom.to + shortYear[0].length] })
        continue
      }
    }
    // "2019 –" at the end of a line, and "since 2021", are written for ongoing work.
    if (AFTER_CONNECTOR_OPEN.test(rest) && rest.trim().length > 0) {
      ranges.push(presentRange(atom, text.length, options))
      continue
    }
    const before = OPEN_START_WORD.exec(text.slice(0, atom.from))
    if (before) {
      ranges.push(presentRange(atom, atom.to, options, atom.from - before[0].length))
      continue
    }
    ranges.push({ start: atom.date, end: atom.date, present: false, span: [atom.from, atom.to] })
  }
  return ranges.sort((a, b) => a.span[0] - b.span[0])
}

function presentRange(atom: Atom, to: number, options: DateOptions, from = atom.from): DateRange {
  return { start: atom.date, end: options.today, present: true, span: [from, to] }
}

/**
 * The date range that `text` is about: the first range with two ends (or an
 * open end) if there is one, else the first single date. Null when there is none.
 */
export function parseDateRange(text: string, options: DateOptions = {}): DateRange | null {
  const ranges = findDateRanges(text, options)
  return ranges.find(isSpan) ?? ranges[0] ?? null
}

/** A range with two different ends or an open end, as opposed to a single date. */
export function isSpan(range: DateRange): boolean {
  return range.present || (range.start !== undefined && range.end !== undefined && range.start !== range.end)
}

/** Text that says "ongoing" on its own ("Present", "Current"), e.g. on a line of its own after a start date. */
export function isPresentWord(text: string): boolean {
  return PRESENT_ALONE.test(text)
}

/**
 * Calendar months from `from` to `to`, both included: Jan–Mar 2020 is 3, the
 * way résumé templates print "4 months" for May–Aug. A bare year runs from
 * January (as a start) to December (as an end), so "2015–2017" followed by
 * "2018–2020" shows no gap. Zero when `to` is before `from`.
 */
export function monthsBetween(from: PartialDate, to: PartialDate): number {
  return Math.max(0, monthIndex(to, 'end') - monthIndex(from, 'start') + 1)
}
