/*
|--------------------------------------------------------------------------
| Certificates, languages, projects, awards
|--------------------------------------------------------------------------
*/
import type { LanguageEntry, SimpleEntry } from '../types.js'
import { segmentEntries, type RawEntry } from './blocks.js'
import { findDateRanges, type DateRange } from './dates.js'
import { roundConfidence as round, type Item } from './items.js'
import { joinWrapped, plain } from './vocabulary.js'

const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s,;|]+|(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|me|ai)\/[^\s,;|]*/i

/** One line that is a whole entry ("• AWS Certified Developer, Amazon (2019)"), or an entry laid out like a job. */
type ListEntry = { line: Item } | { block: RawEntry }

/**
 * Entries of a list section. A list of bullets or dated one-liners gives one
 * entry per line; a section laid out like jobs (name, issuer, date on lines
 * of their own) is segmented like jobs.
 */
function listEntries(items: Item[], today?: string): ListEntry[] {
  if (items.length === 0) return []
  const bulleted = items.filter((item) => item.line.bullet).length
  const datedOneLiners = items.every((item) => plain(item.text).split(' ').length >= 3 && /\d{4}/.test(item.text))
  // "PRINCE2 Practitioner – AXELOS – 2016" has its issuer and year on its own line, so an undated
  // name under it ("Certified ScrumMaster (CSM)") is an entry of its own, not the issuer of the one above.
  const selfContained = items.some(namesIssuerAndDate) && items.every((item) => namesIssuerAndDate(item) || undatedName(item))
  if (bulleted >= items.length * 0.6 || datedOneLiners || selfContained) return items.map((line) => ({ line }))
  return segmentEntries(items, today).map((block) => ({ block }))
}

// What follows a dash in a certificate's name as its level, not its issuer ("Solutions Architect – Associate").
const LEVEL = /^(?:associate|professional|practitioner|foundations?|fundamentals|expert|specialty|speciality|master|advanced|intermediate|beginner|entry[- ]level|level\s+(?:\d|[ivx]+)|part\s+(?:\d|[ivx]+))$/i
// Between a name and its issuer or description: a spaced dash or bar, or a comma before a capital.
const PARTS = /\s+[–—|-]\s+|,\s+(?=\p{Lu})/u

function withoutDates(text: string, ranges: DateRange[]): string {
  let rest = text
  for (const range of [...ranges].reverse()) rest = rest.slice(0, range.span[0]) + rest.slice(range.span[1])
  return rest
    .replace(/\(\s*(?:[,;]\s*)*\)/g, '')
    .replace(/\s*[–—,|-]\s*$|^\s*[–—,|-]\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function namesIssuerAndDate(item: Item): boolean {
  const text = plain(item.text)
  const ranges = findDateRanges(text)
  return ranges.length > 0 && withoutDates(text, ranges).split(PARTS).length >= 2
}

/** A short Title Case line without a date or a full stop: "Certified ScrumMaster (CSM)", not "Built with Go." */
function undatedName(item: Item): boolean {
  const words = plain(item.text).split(' ')
  return (
    words.length <= 8 &&
    !/[.!?]$/.test(item.text.trim()) &&
    findDateRanges(item.text).length === 0 &&
    words.every((word) => word.length <= 3 || !/^\p{Ll}/u.test(word))
  )
}

/**
 * The entries of one line: usually one, but "CCNA (2017), CCNP Enterprise (2021)" is two, each
 * closed by its own date. A list of dates for one entry ("Dean's List (2017, 2018)") is not cut.
 */
function lineEntries(item: Item, today?: string): SimpleEntry[] {
  const text = plain(item.text)
  const ranges = findDateRanges(text, { today })
  const cuts: number[] = []
  for (const range of ranges.slice(0, -1)) {
    const separator = /^\s*\)?\s*[,;·•|]\s*/.exec(text.slice(range.span[1]))
    if (!separator) break
    cuts.push(range.span[1] + separator[0].length)
  }
  const parts = cuts.length === ranges.length - 1 ? [0, ...cuts].map((from, k) => text.slice(from, cuts[k] ?? text.length)) : []
  if (parts.length > 1 && parts.every((part) => /\p{L}/u.test(withoutDates(part, findDateRanges(part, { today }))))) {
    return parts.flatMap((part) => lineEntry(part, item, today) ?? [])
  }
  const entry = lineEntry(text, item, today)
  return entry ? [entry] : []
}

function lineEntry(text: string, item: Item, today?: string): SimpleEntry | null {
  const ranges = findDateRanges(text, { today })
  const date = ranges[ranges.length - 1]
  const [title, ...detail] = withoutDates(text, ranges).split(PARTS)
  if (!title) return null
  // "AWS Certified Solutions Architect – Associate": a level after the name is part of it, not the issuer.
  const levelsEnd = detail.findIndex((part) => !LEVEL.test(part.trim()))
  const issuerFrom = levelsEnd === -1 ? detail.length : levelsEnd
  return {
    name: [title, ...detail.slice(0, issuerFrom)].join(' – '),
    detail: detail.slice(issuerFrom).join(', ') || undefined,
    date: date ? (date.present ? date.start : date.end) : undefined,
    url: URL_IN_TEXT.exec(text)?.[0],
    confidence: date ? 0.7 : 0.6,
    lines: [item.id],
  }
}

function blockEntry(entry: RawEntry): SimpleEntry | null {
  const headerTexts = entry.header.map((item) => item.rest).filter(Boolean)
  const name = headerTexts[0]
  if (!name) return null
  const body = entry.body.filter((item) => item.role !== 'url').map((item) => item.text)
  const detail = joinWrapped([...headerTexts.slice(1), ...body])
  const range = entry.range
  return {
    name,
    detail: detail || undefined,
    // An ongoing project is dated by its start; a finished one by when it ended.
    date: range ? (range.present ? range.start : range.end) : undefined,
    url: [...entry.header, ...entry.body].map((item) => URL_IN_TEXT.exec(plain(item.text))?.[0]).find(Boolean),
    confidence: round(range ? 0.75 : 0.6),
    lines: entry.lineIds,
  }
}

/**
 * Lines without a header above them: "Monsoon predictor — LSTM model in PyTorch. github.com/…" is an entry
 * written on one line, its name before the dash; the lines under it, up to the next such line, describe it.
 */
function headlessEntries(entry: RawEntry): SimpleEntry[] {
  const groups: Array<{ name: string; texts: string[]; items: typeof entry.body }> = []
  for (const item of entry.body) {
    const [name, ...rest] = plain(item.text).split(/\s+[–—|-]\s+/)
    if (rest.length > 0 && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name)) {
      groups.push({ name, texts: [rest.join(' – ')], items: [item] })
    } else if (groups.length > 0) {
      const group = groups[groups.length - 1]
      group.items.push(item)
      if (item.role !== 'url') group.texts.push(item.text)
    }
  }
  return groups.map((group) => ({
    name: group.name,
    detail: joinWrapped(group.texts) || undefined,
    url: group.items.map((item) => URL_IN_TEXT.exec(plain(item.text))?.[0]).find(Boolean),
    confidence: 0.6,
    lines: group.items.map((item) => item.id),
  }))
}

function simpleEntries(sections: Item[][], today?: string): SimpleEntry[] {
  return sections
    .flatMap((items) => listEntries(items, today))
    .flatMap((entry) => {
      if ('line' in entry) return lineEntries(entry.line, today)
      return entry.block.header.length > 0 ? (blockEntry(entry.block) ?? []) : headlessEntries(entry.block)
    })
}

/** Certificates: name, then issuer as `detail`, and the date obtained. */
export function extractCertificates(sections: Item[][], options: { today?: string } = {}): SimpleEntry[] {
  return simpleEntries(sections, options.today)
}

/** Awards and honours, with the year when written. */
export function extractAwards(sections: Item[][], options: { today?: string } = {}): SimpleEntry[] {
  return simpleEntries(sections, options.today)
}

/** Projects: name, description as `detail`, a date (the start of an ongoing one) and a link. */
export function extractProjects(sections: Item[][], options: { today?: string } = {}): SimpleEntry[] {
  return simpleEntries(sections, options.today)
}

const LANGUAGES = [
  'English', 'Spanish', 'French', 'German', 'Italian', 'Portuguese', 'Dutch', 'Russian', 'Ukrainian', 'Polish',
  'Czech', 'Slovak', 'Hungarian', 'Romanian', 'Bulgarian', 'Greek', 'Turkish', 'Arabic', 'Hebrew', 'Persian',
  'Farsi', 'Urdu', 'Hindi', 'Bengali', 'Punjabi', 'Tamil', 'Telugu', 'Marathi', 'Gujarati', 'Kannada',
  'Malayalam', 'Chinese', 'Mandarin', 'Cantonese', 'Japanese', 'Korean', 'Vietnamese', 'Thai', 'Indonesian',
  'Malay', 'Tagalog', 'Filipino', 'Swahili', 'Amharic', 'Yoruba', 'Hausa', 'Igbo', 'Zulu', 'Afrikaans',
  'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Icelandic', 'Estonian', 'Latvian', 'Lithuanian', 'Serbian',
  'Croatian', 'Bosnian', 'Slovenian', 'Albanian', 'Macedonian', 'Georgian', 'Armenian', 'Azerbaijani',
  'Kazakh', 'Uzbek', 'Catalan', 'Basque', 'Galician', 'Irish', 'Welsh', 'Latin', 'Esperanto', 'Sign Language',
  'American Sign Language', 'ASL', 'Luxembourgish', 'Maltese', 'Nepali', 'Sinhala', 'Burmese', 'Khmer', 'Lao',
  'Mongolian', 'Somali', 'Berber', 'Kurdish', 'Pashto',
  // Names in the languages themselves, for CVs written in them.
  'Deutsch', 'Englisch', 'Französisch', 'Spanisch', 'Italienisch', 'Anglais', 'Français', 'Allemand',
  'Espagnol', 'Inglés', 'Español', 'Francés', 'Alemán', 'Português', 'Italiano', 'Nederlands', 'Русский',
  'Portugués', 'Portugais', 'Portugiesisch', 'Italien', 'Inglês', 'Espanhol', 'Francês', 'Alemão', 'Chino', 'Chinois',
  'Chinesisch', 'Japonés', 'Japonais', 'Japanisch', 'Ruso', 'Russe', 'Russisch', 'Árabe', 'Arabe', 'Arabisch',
  'Catalán', 'Niederländisch', 'Néerlandais',
]

// English, then German, French, Spanish and Portuguese levels; the letters around a word may be accented, so no \b.
const FLUENCY = /(?<![\p{L}\p{N}])(?:native(?:\s+speaker)?|mother\s+tongue|bilingual|fluent|fluency|full professional(?: working)? proficiency|professional working proficiency|limited working proficiency|elementary proficiency|working proficiency|proficient|advanced|upper[- ]intermediate|intermediate|conversational|basic|beginner|elementary|good|excellent|business(?: level| fluent)?|muttersprache|fließend|verhandlungssicher|grundkenntnisse|gute kenntnisse|langue maternelle|courant|natif|bilingue|avancé|intermédiaire|débutant|nativ[oa]|lengua materna|bilingüe|fluido|avanzado|intermedio|básico|fluente|avançado|intermediário|[ABC][12])(?![\p{L}\p{N}])/iu

const LANGUAGE = new RegExp(`(?<![\\p{L}])(?<language>${[...LANGUAGES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu')

/** Languages spoken, each with its fluency as written ("Native", "C1", "Professional working proficiency"). */
export function extractLanguages(sections: Item[][]): LanguageEntry[] {
  const entries: LanguageEntry[] = []
  for (const items of sections) {
    items.forEach((item, index) => {
      const text = plain(item.text)
      const matches = [...text.matchAll(LANGUAGE)]
      matches.forEach((match, k) => {
        const from = match.index + match[0].length
        const to = matches[k + 1]?.index ?? text.length
        // The fluency is written after the language on its line, or alone on the next line.
        let fluency = FLUENCY.exec(text.slice(from, to))?.[0]
        let lines = [item.id]
        const next = items[index + 1]
        if (!fluency && matches.length === 1 && next && !LANGUAGE.test(plain(next.text))) {
          const nextText = plain(next.text)
          if (FLUENCY.test(nextText) && nextText.split(' ').length <= 5) {
            fluency = nextText
            lines = [item.id, next.id]
          }
        }
        LANGUAGE.lastIndex = 0
        fluency = fluency ? fluencyAsWritten(text.slice(from, to), fluency) : undefined
        entries.push({ language: match.groups!.language, fluency, confidence: fluency ? 0.85 : 0.7, lines })
      })
    })
  }
  return entries
}

/** "(Native)", ": C1 – fluent" → "Native", "C1 – fluent": the fluency phrase without the punctuation around it. */
function fluencyAsWritten(tail: string, found: string): string {
  let cleaned = tail.replace(/^[\s:–—,-]+|[\s–—,;|·•/-]+$/g, '').trim()
  if (/^\(.*\)$/.test(cleaned)) cleaned = cleaned.slice(1, -1).trim()
  return cleaned.length > 0 && cleaned.length <= 40 && cleaned.toLowerCase().includes(found.toLowerCase()) ? cleaned : found
}
