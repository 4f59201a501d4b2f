/*
|--------------------------------------------------------------------------
| Certificates, languages, projects, awards
|--------------------------------------------------------------------------
*/
import type { LanguageEntry, SimpleEntry } from '../types.js'
import { segmentEntries, type RawEntry } from './blocks.js'
import { findDateRanges } from './dates.js'
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
  if (bulleted >= items.length * 0.6 || datedOneLiners) return items.map((line) => ({ line }))
  return segmentEntries(items, today).map((block) => ({ block }))
}

function lineEntry(item: Item, today?: string): SimpleEntry | null {
  const text = plain(item.text)
  const ranges = findDateRanges(text, { today })
  const date = ranges[ranges.length - 1]
  let withoutDates = text
  for (const range of [...ranges].reverse()) withoutDates = withoutDates.slice(0, range.span[0]) + withoutDates.slice(range.span[1])
  const name = withoutDates
    .replace(/\(\s*(?:[,;]\s*)*\)/g, '')
    .replace(/\s*[–—,|-]\s*$|^\s*[–—,|-]\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const [title, ...detail] = name.split(/\s+[–—|-]\s+|,\s+(?=\p{Lu})/u)
  if (!title) return null
  return {
    name: title,
    detail: detail.join(', ') || undefined,
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

function simpleEntries(sections: Item[][], today?: string): SimpleEntry[] {
  return sections
    .flatMap((items) => listEntries(items, today))
    .map((entry) => ('line' in entry ? lineEntry(entry.line, today) : blockEntry(entry.block)))
    .filter((entry): entry is SimpleEntry => entry !== null)
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
]

const FLUENCY = /\b(?:native(?:\s+speaker)?|mother\s+tongue|bilingual|fluent|fluency|full professional(?: working)? proficiency|professional working proficiency|limited working proficiency|elementary proficiency|working proficiency|proficient|advanced|upper[- ]intermediate|intermediate|conversational|basic|beginner|elementary|good|excellent|business(?: level| fluent)?|muttersprache|fließend|verhandlungssicher|grundkenntnisse|gute kenntnisse|langue maternelle|courant|nativo|[ABC][12])\b/i

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
  let cleaned = tail.replace(/^[\s:–—,-]+|[\s–—,;|-]+$/g, '').trim()
  if (/^\(.*\)$/.test(cleaned)) cleaned = cleaned.slice(1, -1).trim()
  return cleaned.length > 0 && cleaned.length <= 40 && cleaned.toLowerCase().includes(found.toLowerCase()) ? cleaned : found
}
