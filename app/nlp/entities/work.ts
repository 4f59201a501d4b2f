/*
|--------------------------------------------------------------------------
| Work entries
|--------------------------------------------------------------------------
|
| A job's header lines hold a title, an organisation, a place and dates in
| any order and on one line or several ("Software Engineer at Acme",
| "Acme — Senior Engineer", "Acme Corp | Remote" above the title). Each line is
| cut into pieces at the separators people use; places are recognised by
| shape, and titles and organisations by their words. When the words don't
| decide, the order the résumé's other entries use does, at lower confidence.
|
*/
import type { WorkEntry } from '../types.js'
import { segmentEntries, type ClassifiedItem, type RawEntry } from './blocks.js'
import { roundConfidence as round, type Item } from './items.js'
import { monthFromIndex, monthIndex, type DateRange } from './dates.js'
import { MAJOR_CITIES, findLocation, isWorkMode } from './places.js'
import { companyScore, isCareerBreak, joinWrapped, plain, startsLower, titleScore } from './vocabulary.js'

export interface Piece {
  text: string
  lineId: number
  /** Position in the entry's header, for order-based guesses. */
  order: number
  /** "Engineer at Acme": the side of "at" it was on, when it was. */
  side?: 'title' | 'company'
}

// The separators of header lines; commas only after places were taken out, since "San Francisco, CA" has one.
const STRONG_SEPARATOR = /\s+[|•·–—]\s+|\s+-\s+|\t|\s{3,}|\s*[|•·]\s*/
const COMMA = /,\s+/
const AT = /\s+(?:at|@|chez|bei|en)\s+/i
const TRAILING_DURATION = /\s*\(?\b\d+\s*(?:years?|yrs?)(?:,?\s*\d+\s*(?:months?|mos?))?\)?\s*$|\s*\(?\b\d+\s*(?:months?|mos?)\)?\s*$/i
const JOB_NOTE = /\b(?:remote|hybrid|on-?site|part[- ]time|full[- ]time|contract|contractor|freelance|temporary|internship|project employment)\b/i
// "Skills: Java, Kafka" under the last job is the résumé's list, not that job's description.
const RESUME_LIST = /^(?:(?:key|technical|core|soft|other)\s+)?(?:skills|competencies|languages|interests|hobbies|references)\s*:/i
const LEGAL_SUFFIX = /^(?:inc\.?|llc|ltd\.?|limited|corp\.?|co\.|gmbh|ag|s\.a\.|sa|plc|pty ltd|b\.v\.|n\.v\.|l\.l\.c\.)$/i

/** The header lines of an entry cut into title/organisation/place candidates. */
export function headerPieces(header: ClassifiedItem[]): { pieces: Piece[]; location?: { text: string; lineId: number; confidence: number } } {
  const pieces: Piece[] = []
  let location: { text: string; lineId: number; confidence: number } | undefined
  let order = 0
  for (const item of header) {
    let text = item.rest.replace(/^(?:position|title|role|job title|company|employer|client|organi[sz]ation|location|place|period|dates?)\s*:\s*/i, '')
    if (!text) continue
    // "(Israel, Rehovot)", "(Remote)": a bracketed place is a segment of its own; "(remote, part-time)"
    // is a note on the job; anything else in brackets stays with the words before it ("Domclick (Sberbank)").
    text = text.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
      if (findLocation(inner, { wholeSegment: true }) || isWorkMode(inner)) return ` | ${inner} | `
      if (JOB_NOTE.test(inner)) return ` | ${/remote|hybrid/i.test(inner) ? 'Remote' : ''} | `
      return whole.replace(/,/g, '\u0000')
    })
    const found = findLocation(text)
    if (found) {
      if (!location) location = { text: text.slice(...found.span).trim(), lineId: item.id, confidence: found.confidence }
      text = `${text.slice(0, found.span[0])} | ${text.slice(found.span[1])}`
    }
    for (const strong of text.split(STRONG_SEPARATOR)) {
      const whole = strong.trim()
      if (whole && (findLocation(whole, { wholeSegment: true }) || isWorkMode(whole))) {
        if (!location) location = { text: whole, lineId: item.id, confidence: 0.7 }
        continue
      }
      const parts = mergeSuffixes(strong.split(COMMA))
      for (const part of parts) {
        const cleaned = part.replace(/^[\s.,;:()–—-]+|[\s,;:(–—-]+$/g, '').replace(/^\((.*)\)$/, '$1').trim()
        if (!cleaned) continue
        // "Google (Software Engineer)" is two pieces; "Telerik (Progress Software)" and
        // "Software Engineer (Backend)" are one thing with a note on it.
        const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(cleaned)
        const texts = paren && differentSides(paren[1]!, paren[2]!) ? [paren[1]!, paren[2]!] : [cleaned]
        for (let piece of texts) {
          piece = piece.replace(/\u0000/g, ',')
          if (isWorkMode(piece) || findLocation(piece, { wholeSegment: true })) {
            if (!location) location = { text: piece, lineId: item.id, confidence: 0.6 }
            continue
          }
          const trailing = trailingCity(piece)
          if (trailing) {
            if (!location) location = { text: trailing.city, lineId: item.id, confidence: 0.55 }
            piece = trailing.rest
          }
          // "Freelance" over "UX Designer": working on one's own account is where the work was done.
          if (SELF_EMPLOYED_ALONE.test(piece)) {
            pieces.push({ text: piece, lineId: item.id, order: order++, side: 'company' })
            continue
          }
          const at = piece.split(AT)
          if (at.length === 2 && at[0] && at[1]) {
            pieces.push({ text: at[0], lineId: item.id, order: order++, side: 'title' })
            pieces.push({ text: at[1], lineId: item.id, order: order++, side: 'company' })
          } else pieces.push({ text: piece, lineId: item.id, order: order++ })
        }
      }
    }
  }
  return { pieces, location }
}

/** One reads as a job title and the other doesn't, and isn't just the title's discipline ("Backend"). */
function differentSides(a: string, b: string): boolean {
  const isTitle = (text: string) => titleScore(text) - companyScore(text) > 0.2
  return isTitle(a) !== isTitle(b) && !DISCIPLINE.test(b.trim())
}

/**
 * "Flipkart Internet Pvt. Ltd.      Bengaluru": a right-aligned city joined to the employer or the
 * title when the layout kept no separator. Split off only when what is left is surely an
 * organisation or a title ("Mu Sigma Bengaluru" could be one name, and stays whole).
 */
function trailingCity(piece: string): { city: string; rest: string } | null {
  const words = piece.split(' ')
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const city = words.slice(-n).join(' ')
    const rest = words.slice(0, -n).join(' ')
    // "University of Toronto", "Bank of London": the city is the end of the name.
    if (/\s(?:of|de|du|des|di|del|da|do|for|and|&|the|in|at|am)$/i.test(` ${rest}`)) continue
    if (MAJOR_CITIES[city] && (companyScore(rest) >= 0.7 || titleScore(rest) >= 0.8)) return { city, rest }
  }
  return null
}

/**
 * "Acme", "Inc." → "Acme, Inc.": a legal suffix belongs to the name before it; so does a
 * discipline after a title ("Intern, Software", "Manager, Product"), which no employer is called.
 */
function mergeSuffixes(parts: string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const previous = out.at(-1)
    const discipline = previous !== undefined && DISCIPLINE.test(part.trim()) && titleScore(previous) >= 0.8
    if (previous !== undefined && (LEGAL_SUFFIX.test(part.trim()) || discipline)) out[out.length - 1] = `${previous}, ${part.trim()}`
    else out.push(part)
  }
  return out
}

const DISCIPLINE =
  /^(?:software|hardware|engineering|product|design|marketing|sales|finance|operations|research|data|analytics|security|infrastructure|platform|mobile|web|front[- ]?end|back[- ]?end|qa|quality|support|legal|hr|it|communications|content|growth|strategy)(?:\s+(?:development|engineering|team|department|division|group))?$/i

/** How a piece got its role: its own words, being the only piece left, or the résumé's order. */
type Basis = 'words' | 'rest' | 'order'

interface Assignment {
  title?: Piece
  company?: Piece
  titleBy?: Basis
  companyBy?: Basis
}

function assign(pieces: Piece[], titleFirst: boolean | null): Assignment {
  const scored = pieces.map((piece) => ({
    piece,
    lean:
      piece.side === 'title' ? 2 : piece.side === 'company' ? -2 : titleScore(piece.text) - companyScore(piece.text),
  }))
  const byTitle = [...scored].sort((a, b) => b.lean - a.lean || a.piece.order - b.piece.order)
  const byCompany = [...scored].sort((a, b) => a.lean - b.lean || a.piece.order - b.piece.order)
  const title = byTitle[0] && byTitle[0].lean > 0.2 ? byTitle[0].piece : undefined
  const company = byCompany.find((s) => s.piece !== title && s.lean < -0.2)?.piece
  if (title && company) return { title, company, titleBy: 'words', companyBy: 'words' }
  const rest = pieces.filter((p) => p !== title && p !== company)
  const basis: Basis = rest.length === 1 ? 'rest' : 'order'
  if (title) return { title, company: rest[0], titleBy: 'words', companyBy: rest[0] && basis }
  if (company) return { title: rest[0], company, companyBy: 'words', titleBy: rest[0] && basis }
  if (rest.length === 0) return {}
  if (rest.length === 1) return titleFirst === false ? { company: rest[0], companyBy: 'order' } : { title: rest[0], titleBy: 'order' }
  return titleFirst === false
    ? { company: rest[0], title: rest[1], titleBy: 'order', companyBy: 'order' }
    : { title: rest[0], company: rest[1], titleBy: 'order', companyBy: 'order' }
}

function highlights(body: ClassifiedItem[]): { highlights: string[]; summary?: string } {
  const bullets: string[][] = []
  const prose: string[] = []
  for (const item of body) {
    if (item.role === 'url') continue
    if (item.tail) {
      prose.push(item.tail)
      continue
    }
    // A right-aligned date or "4 months" read into a body line is not part of it.
    const text = (item.range ? item.rest : item.text).replace(TRAILING_DURATION, '')
    if (!text || RESUME_LIST.test(text)) continue
    if (item.line.bullet) bullets.push([text])
    // A line continuing a bullet that the PDF wrapped.
    else if (bullets.length > 0 && (startsLower(item.text) || !/[.!?:]$/.test(bullets[bullets.length - 1].at(-1)!))) {
      bullets[bullets.length - 1].push(text)
    } else prose.push(text)
  }
  return {
    highlights: bullets.map((parts) => joinWrapped(parts)),
    summary: prose.length > 0 ? joinWrapped(prose) : undefined,
  }
}

/** Which way round this résumé writes title and organisation, from the entries whose words decide it. */
function learnOrder(all: Piece[][]): boolean | null {
  let titleFirst = 0
  let companyFirst = 0
  for (const pieces of all) {
    const a = assign(pieces, null)
    // Only entries whose words decided at least one side teach the order.
    if (!a.title || !a.company || (a.titleBy !== 'words' && a.companyBy !== 'words')) continue
    if (a.title.order < a.company.order) titleFirst++
    else companyFirst++
  }
  if (titleFirst === companyFirst) return null
  return titleFirst > companyFirst
}

/** Jobs from the lines of the experience sections. */
export function extractWork(sections: Item[][], options: { today?: string } = {}): WorkEntry[] {
  const raw: RawEntry[] = sections.flatMap((items) => segmentEntries(items, options.today))
  const parsed = raw.map((entry) => ({ entry, ...headerPieces(entry.header) }))
  const titleFirst = learnOrder(parsed.map((p) => p.pieces))

  const work: WorkEntry[] = []
  let previousCompany: string | undefined
  for (const { entry, pieces, location } of parsed) {
    if (pieces.length === 0 && !entry.range) continue
    // Time away from work is no job: counting it would hide the gap it fills.
    if (careerBreak(entry, pieces)) {
      previousCompany = undefined
      continue
    }
    const { title, company, titleBy, companyBy } = assign(pieces, titleFirst)
    let name = company?.text
    let inherited = false
    // A second role at the same employer often repeats only the title, under an employer line of its
    // own ("Contoso Ltd." / "Senior Engineer" / "Engineer"). Where each title shares its line with
    // the employer, or the work was on one's own account, a title alone has no employer.
    if (!name && title && previousCompany && pieces.length === 1 && !SELF_EMPLOYED.test(title.text)) {
      name = previousCompany
      inherited = true
    }
    const { highlights: bullets, summary } = highlights([...entry.header.filter((item) => item.tail), ...entry.body])
    // Words are the best evidence; the only piece left is next; an order learned from the other entries
    // beats a default guess.
    const sureness = (basis: Basis | undefined) =>
      basis === 'words' ? 0.9 : basis === 'rest' ? 0.75 : basis === 'order' ? (titleFirst !== null ? 0.6 : 0.4) : 0
    // "Jun 2019 – Sep 2019, Jan 2020 – Present": the same role held twice is two stints, so the months
    // between them stay a gap; the description goes with the first.
    const stints = [seasonLong(entry), ...(entry.more ?? [])]
    stints.forEach((range, k) => {
      const parts = [sureness(titleBy), inherited ? 0.5 : sureness(companyBy), range ? (range.present || range.start !== range.end ? 0.9 : 0.6) : 0]
      work.push({
        name,
        position: title?.text,
        location: location?.text,
        startDate: range?.start,
        endDate: range && !range.present ? range.end : undefined,
        present: range?.present ?? false,
        summary: k === 0 ? summary : undefined,
        highlights: k === 0 ? bullets : [],
        confidence: round(parts.reduce((a, b) => a + b, 0) / parts.length),
        lines: k === 0 ? entry.lineIds : entry.header.map((item) => item.id),
      })
    })
    previousCompany = company && !pieces.some((p) => p !== company && p.lineId === company.lineId) ? company.text : inherited ? name : undefined
  }
  return work
}

/**
 * "Summer 2018" alone is a term of about three months (the date reader keeps its first month),
 * as is "Q3 2021": an internship, not a one-month job.
 */
function seasonLong(entry: RawEntry): DateRange | undefined {
  const range = entry.range
  const start = range?.start
  if (!range || !start || range.present || start !== range.end || !/^\d{4}-\d{2}$/.test(start)) return range
  const written = entry.header.find((item) => item.range === range)
  const text = written ? plain(written.text).slice(...range.span) : ''
  if (!/^(?:spring|summer|fall|autumn|winter|q[1-4])\b/i.test(text)) return range
  return { ...range, end: monthFromIndex(monthIndex(start) + 2) }
}

const SELF_EMPLOYED_ALONE = /^(?:freelance|freelancer|self[- ]employed|independent(?: contractor| consultant)?|own business)$/i
const SELF_EMPLOYED = /\b(?:freelance|freelancer|self[- ]employed|independent|sole trader|own business)\b/i

/** An entry whose header opens with a career break ("Career break — caring for…", "Sabbatical"). */
function careerBreak(entry: RawEntry, pieces: Piece[]): boolean {
  const lead = entry.header.map((item) => item.rest || item.tail || '').find(Boolean)
  // "Gap — Store Manager" is a job at Gap: a title beside the words says so.
  return lead !== undefined && isCareerBreak(lead) && pieces.every((p) => isCareerBreak(p.text) || titleScore(p.text) < 0.8)
}

