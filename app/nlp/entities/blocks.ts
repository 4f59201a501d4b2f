/*
|--------------------------------------------------------------------------
| Splitting a section into entries
|--------------------------------------------------------------------------
|
| Work, education, projects and certificates share one shape: a few short
| header lines (title, organisation, place, dates) followed by a body of
| bullets or sentences. Templates differ in where the dates sit: on the first
| header line, after the organisation, or after the body (RenderCV "classic"
| prints them below the bullets). The first entry tells which: if its header
| block holds a date, every header block opens an entry and its dates sit at
| the same place; if not, dates close entries.
|
*/
import { findDateRanges, isSpan, type DateRange } from './dates.js'
import type { Item } from './items.js'
import { findLocation } from './places.js'
import { companyScore, isCareerBreak, isLowerWord, plain, startsLower, titleScore } from './vocabulary.js'

export type Role = 'header' | 'date' | 'duration' | 'body' | 'url'

export interface ClassifiedItem extends Item {
  role: Role
  /** The date range on the line, for `date` lines. */
  range?: DateRange
  /** The line without its date range and the separators around it. */
  rest: string
  /** Description text that shares a header line ("Apr 2005 – Jan 2016 Work with clients…"). */
  tail?: string
  /** Further ranges listed after `range` ("Jun 2019 – Sep 2019, Jan 2020 – Present"): the same role held again. */
  more?: DateRange[]
}

export interface RawEntry {
  /** Header lines (titles, organisations, places, dates) in reading order. */
  header: ClassifiedItem[]
  /** Bullets, sentences and links. */
  body: ClassifiedItem[]
  range?: DateRange
  /** Further ranges on the line of `range`: the same role held again. */
  more?: DateRange[]
  /** Ids of every line of the entry, sorted. */
  lineIds: number[]
}

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i
const DURATION = /^\(?\s*\d+\s*(?:years?|yrs?|months?|mos?)\b(?:,?\s*\d+\s*(?:months?|mos?)\b)?\s*\)?$/i
// Words ending in "ed" that start titles and names rather than sentences.
const NOT_VERBS = new Set(['advanced', 'certified', 'licensed', 'registered', 'distinguished', 'united', 'applied', 'accredited', 'chartered', 'qualified', 'integrated', 'embedded', 'automated', 'red', 'ted', 'ned', 'fred', 'ahmed', 'mohammed', 'muhammed', 'ed'])
const ABBREVIATION_END = /\b(?:inc|ltd|co|corp|jr|sr|s\.a|n\.v|b\.v|llc|plc|st|dr|mr|ms|mrs|u\.s|u\.k|e\.g|etc|dept|univ|intl|assoc)\.$/i
// Labels that introduce header fields rather than lists ("Position: Data Analyst", "Company: Acme").
const HEADER_LABELS = /^(?:position|title|role|job title|company|employer|client|organi[sz]ation|location|place|period|dates?)$/i
const SEPARATORS = /^[\s,|–—·•:;/[\]-]+|[\s,|–—·•:;/[\]-]+$/g

/** Separators cut from both ends; a bracket only when its partner is gone ("(2019 – 2021)" → ""). */
function trimSeparators(text: string): string {
  let out = text.replace(SEPARATORS, '')
  for (;;) {
    const before = out
    const open = (out.match(/\(/g) ?? []).length
    const close = (out.match(/\)/g) ?? []).length
    if (open > close && /\($/.test(out)) out = out.slice(0, -1)
    else if (open > close && /^\(/.test(out)) out = out.slice(1)
    else if (close > open && /^\)/.test(out)) out = out.slice(1)
    else if (close > open && /\)$/.test(out)) out = out.slice(0, -1)
    else if (/^\(\s*\)$/.test(out)) out = ''
    out = out.replace(SEPARATORS, '')
    if (out === before) return out
  }
}

/** Spans listed one after another after the first ("Jun 2019 – Sep 2019, Jan 2020 – Present"). */
function repeatedRanges(text: string, ranges: DateRange[]): DateRange[] {
  const spans = ranges.filter(isSpan)
  const more: DateRange[] = []
  for (let i = 1; i < spans.length; i++) {
    if (!/^\s*(?:[,;/&+]|and|und|et|y)\s*$/i.test(text.slice(spans[i - 1].span[1], spans[i].span[0]))) break
    more.push(spans[i])
  }
  return more
}

/** The prominent date range of a header line: it opens or closes the line, or is most of it. */
function prominentRange(line: string, today?: string): { range: DateRange; rest: string; more?: DateRange[] } | null {
  let text = line
  let ranges = findDateRanges(text, { today })
  if (ranges.length === 0) return null
  // Further ranges after the first are blanked out (offsets kept) and read as the line's range too.
  const more = repeatedRanges(text, ranges)
  if (more.length > 0) {
    const [from, to] = [ranges.filter(isSpan)[0].span[1], more.at(-1)!.span[1]]
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
    ranges = ranges.filter((range) => !more.includes(range))
  }
  const candidates = [...ranges].sort((a, b) => Number(isSpan(b)) - Number(isSpan(a)))
  for (const range of candidates) {
    const before = trimSeparators(text.slice(0, range.span[0]))
    const after = trimSeparators(text.slice(range.span[1]).replace(DURATION_ANYWHERE, ''))
    const rest = `${before}${before && after ? ' – ' : ''}${after}`.trim()
    const restWords = rest.split(/\s+/).filter(Boolean).length
    const atEdge = before.length === 0 || after.length === 0
    if (isSpan(range)) {
      if ((atEdge || restWords <= 3 || !/[.!?]$/.test(text)) && restWords <= 14) return { range, rest, more: more.length > 0 && range === ranges.find(isSpan) ? more : undefined }
      continue
    }
    // A lone date heads an entry when it stands alone or beside a short name ("NeuralPrune Jan 2021");
    // "(Class of 2022)" or "…published in JMLR (2023)" are dates inside a sentence.
    const inPhrase = /\b(?:of|in|since|from|by|at|on)\s*\(?\s*$/i.test(text.slice(0, range.span[0]))
    const leads = before.length === 0
    // "B.S. Computer Science, University of Texas at Austin, May 2016": a date set off by a comma or
    // a bar at the end of a list of names closes that list.
    const closesList = after.length === 0 && /[,|–—]\s*$/.test(text.slice(0, range.span[0])) && rest.includes(',')
    if (!inPhrase && !isProse(rest) && ((leads && restWords <= 12) || (atEdge && (restWords <= 6 || (closesList && restWords <= 12))) || restWords === 0)) {
      return { range, rest }
    }
  }
  return null
}

const DURATION_ANYWHERE = /\(?\s*\d+\s*(?:years?|yrs?|months?|mos?)\b(?:,?\s*\d+\s*(?:months?|mos?)\b)?\s*\)?/gi

/** Reads like a sentence of a description rather than a header line. */
export function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean)
  if (startsLower(text)) return true
  if (/[.!?;]$/.test(text) && !ABBREVIATION_END.test(text) && words.length >= 2) return true
  return isSentence(text)
}

/** The word-level signs of a sentence: long, mostly lower-case words, or an opening past-tense verb. */
function isSentence(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length > 12) return true
  // Titles, organisations and places are capitalised; a line of mostly lower-case words is a sentence.
  if (words.length >= 5 && words.filter(isLowerWord).length > words.length / 2) return true
  const first = words[0]?.toLowerCase() ?? ''
  return words.length >= 5 && /^[a-z]+ed$/.test(first) && !NOT_VERBS.has(first)
}

export function classify(item: Item, today?: string): ClassifiedItem {
  const text = plain(item.text)
  if (URL_ONLY.test(text)) return { ...item, role: 'url', rest: text }
  if (item.line.bullet) {
    // "• 2021–present: Frontend developer": a list of jobs written as bullets, each opening an entry.
    const leading = prominentRange(text, today)
    if (leading && isSpan(leading.range) && leading.range.span[0] === 0 && !isProse(leading.rest)) {
      return { ...item, role: 'date', range: leading.range, rest: leading.rest }
    }
    // A right-aligned date printed level with an entry's first bullet is read into that bullet's line.
    const trailing = findDateRanges(text, { today }).at(-1)
    if (trailing && isSpan(trailing) && text.slice(trailing.span[1]).trim() === '' && trailing.span[0] > 0) {
      return { ...item, role: 'body', range: trailing, rest: trimSeparators(text.slice(0, trailing.span[0])) }
    }
    return { ...item, role: 'body', rest: text }
  }
  if (DURATION.test(text)) return { ...item, role: 'duration', rest: '' }
  // "Gap: 12/2021 – 01/2023 bootcamp…": dated time away from work is an entry of its own, not a job's description.
  const pause = isCareerBreak(text) ? findDateRanges(text, { today }).find(isSpan) : undefined
  if (pause) {
    const rest = [text.slice(0, pause.span[0]), text.slice(pause.span[1])].map(trimSeparators).filter(Boolean).join(' – ')
    return { ...item, role: 'date', range: pause, rest }
  }
  const dated = prominentRange(text, today)
  if (dated && isSpan(dated.range) && isProse(dated.rest) && dated.rest.split(' ').length >= 5) {
    // A sentence with a date range at its end is a description line that a right-aligned date was read into.
    if (dated.range.span[0] > 0) return { ...item, role: 'body', range: dated.range, rest: dated.rest }
    // "Apr 2005 - Jan 2016 Work with clients…": the dates open the entry, the sentence describes it;
    // "2012 - 2021, Network Engineer, Moscow, Russia. Full cycle of…": the header ends at the first sentence.
    const [head, ...sentences] = dated.rest.split(/(?<=[a-z)]\.)\s+(?=\p{Lu})/u)
    const trimmed = head.replace(/[.]$/, '')
    const header = !isSentence(trimmed) && trimmed.split(' ').length <= 14 ? trimmed : ''
    const tail = header ? sentences.join(' ') : dated.rest
    return { ...item, role: 'date', range: dated.range, rest: header, tail: tail || undefined }
  }
  if (dated) return { ...item, role: 'date', range: dated.range, rest: dated.rest, more: dated.more }
  // "Technologies used: HTML5, CSS3", "Stack: React": a labelled list inside the entry, not a header.
  const label = /^([\p{L} /&-]{2,30}):\s+\S/u.exec(text)
  if (label && !HEADER_LABELS.test(label[1])) return { ...item, role: 'body', rest: text }
  // "Responsibilities:", "Key projects:" introduce a list inside the entry.
  if (isProse(text) || /:$/.test(text)) return { ...item, role: 'body', rest: text }
  return { ...item, role: 'header', rest: text }
}

const isHeaderish = (item: ClassifiedItem) => item.role === 'header' || item.role === 'date' || item.role === 'duration'

/** Runs of header lines, each with the body lines that follow it. */
function blocks(items: ClassifiedItem[]): Array<{ header: ClassifiedItem[]; body: ClassifiedItem[] }> {
  const out: Array<{ header: ClassifiedItem[]; body: ClassifiedItem[] }> = []
  for (const item of items) {
    const last = out[out.length - 1]
    if (isHeaderish(item)) {
      if (last && last.body.length === 0) last.header.push(item)
      else out.push({ header: [item], body: [] })
    } else if (last) last.body.push(item)
    else out.push({ header: [], body: [item] })
  }
  return out
}

function entry(header: ClassifiedItem[], body: ClassifiedItem[]): RawEntry {
  let dates = header.filter((item) => item.role === 'date').map((item) => item.range!)
  if (dates.length === 0) dates = body.flatMap((item) => (item.range ? [item.range] : []))
  const range = dates.find(isSpan) ?? dates[0]
  return {
    header,
    body,
    range,
    more: header.find((item) => item.range === range)?.more,
    lineIds: [...header, ...body].map((item) => item.id).sort((a, b) => a - b),
  }
}

/**
 * A line that carries on the body line above it: a bullet's wrapped end ("…a16z and Founders" /
 * "Fund") or the rest of a sentence. With boxes the indent decides: a wrapped bullet line starts
 * right of the bullet, and an indented description keeps its indent while header lines sit at the
 * entry's left edge. Without boxes, a short line under a body line that filled its width does; a
 * title, organisation or place under it is let through by its words.
 */
function continues(previous: ClassifiedItem, item: ClassifiedItem, longest: number, left: number | null): boolean {
  const a = previous.line.box
  const b = item.line.box
  if (a && b && left !== null && previous.line.page === item.line.page && previous.line.column === item.line.column) {
    const below = b.y - a.y > 0 && b.y - a.y <= Math.max(a.height, 1) * 2.2
    if (!below) return false
    return previous.line.bullet ? b.x > a.x + 1 : b.x >= a.x - 1 && a.x > left + 4
  }
  const before = plain(previous.text)
  const text = plain(item.text)
  const full = before.length >= longest * 0.9 && !/[.!?:;]$/.test(before)
  return full && text.split(' ').length <= 4 && titleScore(text) < 0.8 && companyScore(text) < 0.7 && !findLocation(text, { wholeSegment: true })
}

function markContinuations(items: ClassifiedItem[]): ClassifiedItem[] {
  // Lines with a date read into them are longer than any wrapped line; they don't set the width.
  const longest = Math.max(0, ...items.filter((item) => !item.range).map((item) => plain(item.text).length))
  const xs = items.flatMap((item) => (item.line.box ? [item.line.box.x] : []))
  const left = xs.length === items.length && xs.length > 0 ? Math.min(...xs) : null
  const out: ClassifiedItem[] = []
  for (const item of items) {
    const previous = out[out.length - 1]
    const carries = item.role === 'header' && previous?.role === 'body' && continues(previous, item, longest, left)
    out.push(carries ? { ...item, role: 'body' } : item)
  }
  return out.map((item, i) => (item.role === 'header' && out[i + 1] && carriedOn(item, out[i + 1]) ? { ...item, role: 'body' } : item))
}

/**
 * "Configured Cisco routers; automated" / "provisioning with Python…": a sentence's first line
 * is known by the line below carrying it on in lower case, when it has no title, organisation
 * or place words of its own.
 */
function carriedOn(item: ClassifiedItem, next: ClassifiedItem): boolean {
  const text = plain(item.text)
  return (
    next.role === 'body' &&
    !next.line.bullet &&
    startsLower(plain(next.text)) &&
    !/[.!?:]$/.test(text) &&
    text.split(' ').length >= 3 &&
    titleScore(text) < 0.8 &&
    companyScore(text) < 0.7 &&
    !findLocation(text, { wholeSegment: true })
  )
}

/** Splits a section's lines into entries (jobs, degrees, projects…). */
export function segmentEntries(items: Item[], today?: string): RawEntry[] {
  const classified = markContinuations(items.map((item) => classify(item, today)))
  const runs = blocks(classified)
  if (runs.length === 0) return []
  const hasDate = (header: ClassifiedItem[]) => header.some((item) => item.role === 'date')
  const firstWithHeader = runs.find((run) => run.header.length > 0)
  const datesLead = firstWithHeader ? hasDate(firstWithHeader.header) : true
  const anyDate = runs.some((run) => hasDate(run.header))

  if (datesLead || !anyDate) return leadingDates(runs)
  return trailingDates(runs)
}

/**
 * Dates in the header: every header block opens an entry. A block with several
 * dates (entries without bullets, or several roles) is cut so each date sits
 * where the first entry had its date.
 */
function leadingDates(runs: Array<{ header: ClassifiedItem[]; body: ClassifiedItem[] }>): RawEntry[] {
  const first = runs.find((run) => run.header.some((item) => item.role === 'date'))
  const offset = first ? first.header.findIndex((item) => item.role === 'date') : 0
  const entries: RawEntry[] = []
  for (const run of runs) {
    if (run.header.length === 0) {
      // Body before any header (a section's opening sentence) joins the first entry.
      if (entries.length > 0) entries[entries.length - 1].body.push(...run.body)
      else entries.push(entry([], run.body))
      continue
    }
    const datePositions = run.header.flatMap((item, i) => (item.role === 'date' ? [i] : []))
    const starts = [0]
    for (let k = 1; k < datePositions.length; k++) {
      starts.push(Math.max(datePositions[k - 1] + 1, datePositions[k] - offset))
    }
    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? run.header.length
      const isLast = k === starts.length - 1
      entries.push(entry(run.header.slice(start, end), isLast ? run.body : []))
    })
  }
  return entries.map((e) => entry(e.header, e.body))
}

/** Dates after the body: a date line (and a duration under it) closes the entry it ends. */
function trailingDates(runs: Array<{ header: ClassifiedItem[]; body: ClassifiedItem[] }>): RawEntry[] {
  const entries: Array<{ header: ClassifiedItem[]; body: ClassifiedItem[]; closed: boolean }> = []
  const open = () => {
    const current = { header: [] as ClassifiedItem[], body: [] as ClassifiedItem[], closed: false }
    entries.push(current)
    return current
  }
  let current = open()
  for (const run of runs) {
    for (const item of run.header) {
      if (current.closed && item.role !== 'duration') current = open()
      current.header.push(item)
      if (item.role === 'date') current.closed = true
    }
    current.body.push(...run.body)
  }
  return entries.filter((e) => e.header.length + e.body.length > 0).map((e) => entry(e.header, e.body))
}
