/*
|--------------------------------------------------------------------------
| Content checks: what the experience bullets and summary say
|--------------------------------------------------------------------------
|
| A recruiter skims a résumé's bullets for results; checkers such as Resume
| Worded ("Impact", "Brevity", "Style") and Enhancv ("quantified impact",
| "repetition", "buzzwords", "long bullets") grade the same things. These
| checks look only at experience bullets and the summary: never at headings,
| contact lines or skills lists, where numbers and nouns mean something else.
| See docs/ats-rules.md, "Content".
|
*/
import { joinWrapped } from '../../entities/vocabulary.js'
import { findSkills } from '../../skills/matcher.js'
import type { Line } from '../../types.js'
import type { AtsCheck, CheckContext, CheckOutcome } from '../types.js'
import {
  FILLER_ADJECTIVES,
  IRREGULAR_PAST,
  NUMBER_WORDS,
  REPETITION_STOPWORDS,
  WEAK_OPENERS,
  WEAK_PHRASES,
  isActionVerb,
  verbKey,
} from '../lexicon.js'

/** One bullet (or one prose statement) of a job, with the lines a PDF wrapped it over. */
export interface Statement {
  lines: number[]
  text: string
  bullet: boolean
}

// How many flagged statements a message quotes as evidence: enough to see the pattern, few enough to read.
const EVIDENCE_LIMIT = 6

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i
const ENDS_SENTENCE = /[.!?:;]$/

/**
 * The statements of the experience section: each bullet with the lines it
 * wrapped onto, or, in jobs written without bullets, each prose sentence run.
 * Header lines (title, employer, place, dates) and bare links are left out.
 */
export function experienceStatements(context: CheckContext): Statement[] {
  // Six checks read the same statements from the same context: work them out once per report.
  let statements = statementsByContext.get(context)
  if (!statements) statementsByContext.set(context, (statements = readStatements(context)))
  return statements
}

const statementsByContext = new WeakMap<CheckContext, Statement[]>()

function readStatements(context: CheckContext): Statement[] {
  const { layout, parsed } = context
  const byId = layout.lines
  const entryOf = new Map<number, number>()
  parsed.work.forEach((entry, index) => entry.lines.forEach((id) => entryOf.set(id, index)))

  const isBody = (line: Line): boolean => {
    if (URL_ONLY.test(line.text)) return false
    if (line.bullet) return true
    const index = entryOf.get(line.id)
    if (index === undefined) return false
    const entry = parsed.work[index]
    const text = joinWrapped([line.text])
    // Body lines are the ones the work extractor put into the job's highlights or summary.
    return text.length > 0 && [entry.summary ?? '', ...entry.highlights].some((body) => body.includes(text))
  }

  const experienceLines = parsed.sections
    .filter((section) => section.kind === 'experience')
    .flatMap((section) => section.lineIds)
  const ids = [...new Set([...experienceLines, ...entryOf.keys()])].sort((a, b) => a - b)
  const headings = new Set(parsed.sections.map((section) => section.headingLineId))

  const statements: Statement[] = []
  let current: (Statement & { last: number }) | null = null
  for (const id of ids) {
    const line = byId[id]
    if (!line || headings.has(id) || !isBody(line)) continue
    if (current && !line.bullet && continues(current, line, layout.lines, entryOf)) {
      current.lines.push(id)
      current.last = id
      continue
    }
    current = { lines: [id], text: '', bullet: line.bullet, last: id }
    statements.push(current)
  }
  return statements.flatMap(({ lines, bullet }) =>
    bullet ? [{ lines, bullet, text: joinWrapped(lines.map((id) => byId[id].text)) }] : sentences(lines, byId)
  )
}

// A sentence ends at . ! or ? followed by a capital or a digit ("…tasks. Improved…").
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u

/**
 * A prose job description cut into sentences, each with the lines it touches: written
 * without bullets, each sentence is what a bullet would be.
 */
function sentences(lineIds: number[], byId: Line[]): Statement[] {
  const out: Statement[] = []
  let parts: string[] = []
  let lines: number[] = []
  const close = () => {
    if (parts.length > 0) out.push({ lines, bullet: false, text: joinWrapped(parts) })
    parts = []
    lines = []
  }
  for (const id of lineIds) {
    const pieces = byId[id].text.split(SENTENCE_BREAK)
    pieces.forEach((piece, index) => {
      if (index > 0) close()
      parts.push(piece)
      if (!lines.includes(id)) lines.push(id)
    })
    if (/[.!?]$/.test(byId[id].text)) close()
  }
  close()
  return out
}

/** Whether a line carries on the statement before it (a wrapped bullet or sentence). */
function continues(current: { last: number }, line: Line, lines: Line[], entryOf: Map<number, number>): boolean {
  if (entryOf.get(current.last) !== entryOf.get(line.id)) return false
  // Only page furniture (a running header or footer at a page break) may sit in between.
  for (let id = current.last + 1; id < line.id; id++) {
    if (lines[id].source !== 'header' && lines[id].source !== 'footer') return false
  }
  return /^\p{Ll}/u.test(line.text) || !ENDS_SENTENCE.test(lines[current.last].text)
}

/** Lines of the summary: its own section, or the paragraph under the name. */
function summaryLines(context: CheckContext): number[] {
  const { parsed } = context
  const ids = parsed.sections.filter((section) => section.kind === 'summary').flatMap((section) => section.lineIds)
  return [...new Set([...ids, ...(parsed.basics.summary?.lines ?? [])])].sort((a, b) => a - b)
}

/** Lines that hold who the person is and how to reach them: buzzword rules leave them alone. */
function contactLines(context: CheckContext): Set<number> {
  const { basics } = context.parsed
  const fields = [basics.name, basics.email, basics.phone, basics.url, basics.location, ...basics.profiles]
  return new Set(fields.flatMap((field) => field?.lines ?? []))
}

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
const percent = (share: number) => `${Math.round(share * 100)}%`
const evidence = (statements: Statement[]) => statements.slice(0, EVIDENCE_LIMIT).flatMap((s) => s.lines)
const quote = (text: string, max = 8) => {
  const all = words(text)
  return `“${all.slice(0, max).join(' ')}${all.length > max ? '…' : ''}”`
}

function noBullets(what: string): CheckOutcome {
  return {
    status: 'warn',
    message: `We found no experience bullets to check for ${what}.`,
    fix: 'Under each job, add 3–6 bullets that say what you did and what came of it, each on its own line starting with "•" or "-".',
  }
}

/*
| quantified-achievements
*/

// Years ("2021"), ranges of years and versions glued to names ("HTML5", "Q3", "S3") are not results.
const YEARS = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)?\d{2})?(?![\p{N}%])/gu
const DIGIT = /(?<![\p{L}\p{N}.])\p{N}/u
const MONEY = /[$€£¥₹]\s?\p{N}/u

/** A number, a percentage, money or a quantity word in the statement. */
export function isQuantified(text: string): boolean {
  const withoutYears = text.replace(YEARS, ' ')
  return DIGIT.test(withoutYears) || MONEY.test(text) || NUMBER_WORDS.test(text)
}

const quantifiedAchievements: AtsCheck = {
  id: 'quantified-achievements',
  category: 'content',
  weight: 5,
  title: 'Quantified achievements',
  run(context) {
    const statements = experienceStatements(context)
    if (statements.length === 0) return noBullets('numbers')
    const plain = statements.filter((statement) => !isQuantified(statement.text))
    const share = (statements.length - plain.length) / statements.length
    const counted = `${statements.length - plain.length} of your ${statements.length} experience bullets (${percent(share)})`
    const fix =
      'Add the scale or the result to your strongest bullets: how many, how much, how fast, how often ' +
      '(e.g. "cut build time from 20 to 8 minutes", "support 40 customers a week", "grew revenue 15%").'
    if (share >= 0.3) {
      return { status: 'pass', message: `${counted} show a number, a percentage, money or a time: readers can see the size of your results.`, fix }
    }
    const lines = evidence(plain)
    if (share >= 0.1) {
      return { status: 'warn', message: `Only ${counted} show a number. Recruiters skim for results they can size; these bullets describe duties without one.`, fix, lines }
    }
    return { status: 'fail', message: `${counted} show a number: the bullets say what you did, never how much or with what result.`, fix, lines }
  },
}

/*
| action-verbs
*/

interface Opener {
  statement: Statement
  kind: 'strong' | 'weak' | 'other'
  word: string
  weak?: string
}

/** How a statement opens: with a strong action verb, with a duty phrase ("Responsible for"), or otherwise. */
export function openerOf(statement: Statement): Opener {
  const text = statement.text.replace(/^[^\p{L}]+/u, '')
  const weak = WEAK_OPENERS.find((opener) => opener.pattern.test(text))
  const [first = '', second = ''] = text.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (weak) return { statement, kind: 'weak', word: first, weak: weak.phrase }
  // "Successfully led…": the adverb is filler, the verb after it is what counts.
  const word = /ly$/i.test(first) && isActionVerb(second) ? second : first
  return { statement, kind: isActionVerb(word) ? 'strong' : 'other', word }
}

const actionVerbs: AtsCheck = {
  id: 'action-verbs',
  category: 'content',
  weight: 4,
  title: 'Action verbs',
  run(context) {
    const statements = experienceStatements(context)
    if (statements.length === 0) return noBullets('action verbs')
    const openers = statements.map(openerOf)
    const weak = openers.filter((opener) => opener.kind === 'weak')
    const other = openers.filter((opener) => opener.kind === 'other')
    const share = (openers.length - weak.length - other.length) / openers.length
    const counted = `${openers.length - weak.length - other.length} of your ${openers.length} experience bullets (${percent(share)}) start with a strong action verb`
    const weakNote =
      weak.length > 0
        ? ` ${weak.length} start with a duty phrase (${[...new Set(weak.map((opener) => `“${opener.weak}”`))].slice(0, 3).join(', ')}), which says what you were meant to do, not what you did.`
        : ''
    const fix =
      'Start each bullet with a verb that says what you did, in the past tense for past jobs: "Led", "Built", "Designed", "Reduced", "Negotiated". ' +
      'Replace "Responsible for X" with the verb for X ("Managed X"), and "Helped/Assisted with X" with your own part of X.'
    const lines = evidence([...weak, ...other].map((opener) => opener.statement))
    if (share >= 0.7 && weak.length <= 1) {
      return { status: 'pass', message: `${counted}.${weakNote}`, fix, lines: weak.flatMap((opener) => opener.statement.lines) }
    }
    if (share >= 0.4) return { status: 'warn', message: `${counted}.${weakNote}`, fix, lines }
    return { status: 'fail', message: `Only ${counted}.${weakNote}`, fix, lines }
  },
}

/*
| weak-phrases
*/

const weakPhrases: AtsCheck = {
  id: 'weak-phrases',
  category: 'content',
  weight: 3,
  title: 'Buzzwords and clichés',
  run(context) {
    const { parsed, layout } = context
    const skip = new Set([...contactLines(context), ...parsed.sections.map((section) => section.headingLineId)])
    // Every section's text, in order, as runs of consecutive lines; a phrase may wrap across two of them.
    const runs = parsed.sections.map((section) => section.lineIds.filter((id) => !skip.has(id) && layout.lines[id]))
    const found = new Map<string, Set<number>>()
    const note = (phrase: string, ids: number[]) => {
      const lines = found.get(phrase) ?? new Set<number>()
      ids.forEach((id) => lines.add(id))
      found.set(phrase, lines)
    }
    for (const run of runs) {
      run.forEach((id, index) => {
        const text = layout.lines[id].text
        const next = run[index + 1]
        const pair = next !== undefined && next === id + 1 ? joinWrapped([text, layout.lines[next].text]) : null
        for (const { phrase, pattern } of WEAK_PHRASES) {
          if (pattern.test(text)) note(phrase, [id])
          else if (pair && pattern.test(pair) && !pattern.test(layout.lines[next].text)) note(phrase, [id, next])
        }
      })
    }
    const phrases = [...found.keys()]
    const lines = [...found.values()].flatMap((ids) => [...ids])
    const fix =
      'Replace each phrase with the fact behind it: instead of "detail-oriented", the error rate you kept low; ' +
      'instead of "team player", what the team shipped with you. Drop "references available upon request" altogether.'
    if (phrases.length === 0) return { status: 'pass', message: 'No buzzwords or clichés found.', fix }
    const named = phrases.slice(0, 4).map((phrase) => `“${phrase}”`).join(', ') + (phrases.length > 4 ? ` and ${phrases.length - 4} more` : '')
    const message = `Your résumé uses ${phrases.length === 1 ? 'a phrase' : `${phrases.length} phrases`} that any applicant could write: ${named}. Readers skip them, and they take space a result could use.`
    return { status: phrases.length >= 3 ? 'fail' : 'warn', message, fix, lines }
  },
}

/*
| first-person
*/

// "I" as a pronoun, not a Roman numeral ("Engineer I", "Phase I") or "I/O".
const FIRST_PERSON =
  /(?<!\b(?:[Pp]hase|[Ll]evel|[Tt]ier|[Pp]art|[Tt]ype|[Gg]rade|[Ss]tage|[Cc]lass|[Ss]eries|[Ee]ngineer|[Aa]nalyst|[Dd]eveloper|[Aa]ssociate|[Ss]pecialist|[Tt]echnician)\s)\bI(?:['’](?:m|ve|d|ll))?\b(?![/&.-]\p{L})|\b(?:me|my|mine|myself)\b|\b(?:Me|My|Mine|Myself)\b/u

const firstPerson: AtsCheck = {
  id: 'first-person',
  category: 'content',
  weight: 2,
  title: 'First person',
  run(context) {
    const { layout } = context
    const statementLines = experienceStatements(context).flatMap((statement) => statement.lines)
    const scope = [...new Set([...summaryLines(context), ...statementLines])].sort((a, b) => a - b)
    const lines = scope.filter((id) => layout.lines[id] && FIRST_PERSON.test(layout.lines[id].text))
    const fix =
      'Drop the pronouns and start with the verb: "I led a team of 5" becomes "Led a team of 5"; "My role was to test releases" becomes "Tested releases". ' +
      'Résumés are read as written about you, so "I" and "my" only take space.'
    if (lines.length === 0) return { status: 'pass', message: 'Your bullets and summary are written without "I", "me" or "my".', fix }
    const message = `${lines.length === 1 ? 'One line' : `${lines.length} lines`} of your summary and bullets use "I", "me" or "my". Résumé convention is the implied first person, starting with the verb.`
    return { status: lines.length >= 3 ? 'fail' : 'warn', message, fix, lines }
  },
}

/*
| bullet-length
*/

// Past ~30 words, or wrapped onto a third line, a bullet stops being skimmable; under four words it
// is a label, not an achievement. The line rule needs 25+ words too, so a narrow column that wraps a
// normal bullet three times is not blamed for the template's width.
const LONG_WORDS = 30
const LONG_LINES = 2
const LONG_LINES_MIN_WORDS = 25
const SHORT_WORDS = 4

const bulletLength: AtsCheck = {
  id: 'bullet-length',
  category: 'content',
  weight: 3,
  title: 'Bullet length',
  run(context) {
    const statements = experienceStatements(context)
    const fix =
      'Keep each bullet to one or two lines (about 12–30 words): one action, one result. Split a long bullet in two, ' +
      'and give a very short one its context or result ("Built X" → "Built X, used by 200 analysts").'
    if (statements.length === 0) return { status: 'pass', message: 'No experience bullets to measure.', fix }
    const long = statements.filter((s) => {
      const count = words(s.text).length
      return count > LONG_WORDS || (s.lines.length > LONG_LINES && count > LONG_LINES_MIN_WORDS)
    })
    const short = statements.filter((s) => words(s.text).length < SHORT_WORDS)
    const flagged = long.length + short.length
    if (flagged === 0) {
      return { status: 'pass', message: `All ${statements.length} experience bullets are between ${SHORT_WORDS} and ${LONG_WORDS} words: easy to skim.`, fix }
    }
    const parts = [
      long.length > 0 ? `${long.length} ${long.length === 1 ? 'bullet runs' : 'bullets run'} past ${LONG_WORDS} words or ${LONG_LINES} lines (e.g. ${quote(long[0].text)})` : '',
      short.length > 0 ? `${short.length} ${short.length === 1 ? 'is' : 'are'} under ${SHORT_WORDS} words (e.g. ${quote(short[0].text)})` : '',
    ].filter(Boolean)
    const message = `${parts.join('; ')}. Long bullets get skimmed past; very short ones say too little.`
    const share = flagged / statements.length
    return { status: share > 0.25 ? 'fail' : 'warn', message, fix, lines: evidence([...long, ...short]), credit: share > 0.25 ? 0 : 1 - share * 2 }
  },
}

/*
| repetition
*/

// The same opener on three bullets reads as a template; a word in this many statements is a verbal tic.
const REPEATED_OPENER = 3
const OVERUSED_MIN = 4
const OVERUSED_SHARE = 0.3
const NOT_ADVERBS = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'family', 'supply', 'apply', 'reply', 'assembly', 'italy', 'july', 'fly', 'rely', 'ally', 'anomaly', 'butterfly'])

/**
 * Words whose repetition a reader notices: action verbs in their past or -ing form ("developed",
 * "managing"), adverbs ("successfully") and filler adjectives. Nouns are left alone: a data
 * engineer's "data" or a backend engineer's "system" recurs because it is the job.
 */
function isOveruseCandidate(word: string): boolean {
  if (word.length < 4 || REPETITION_STOPWORDS.has(word)) return false
  if (FILLER_ADJECTIVES.has(word)) return true
  if (/ly$/.test(word)) return !NOT_ADVERBS.has(word)
  return (/(?:ed|ing)$/.test(word) || IRREGULAR_PAST.has(word)) && isActionVerb(word)
}

const repetition: AtsCheck = {
  id: 'repetition',
  category: 'content',
  weight: 3,
  title: 'Repetition',
  run(context) {
    const { parsed, layout } = context
    const statements = experienceStatements(context)
    const fix =
      'Vary your openers and wording: if three bullets start with "Developed", use "Built", "Shipped", "Designed" or "Automated" where it is true. ' +
      'Where one word recurs, say the specific thing instead.'
    if (statements.length === 0) return { status: 'pass', message: 'No experience bullets to compare.', fix }

    // Openers: a verb by its stem ("Led"/"Leading"), otherwise the first two words ("Responsible for").
    const byOpener = new Map<string, { label: string; statements: Statement[] }>()
    for (const opener of statements.map(openerOf)) {
      const firstTwo = words(opener.statement.text).slice(0, 2).join(' ').toLowerCase()
      const key = opener.kind === 'strong' ? `verb:${verbKey(opener.word)}` : firstTwo
      if (!key) continue
      const group = byOpener.get(key) ?? { label: opener.kind === 'strong' ? opener.word : firstTwo, statements: [] }
      group.statements.push(opener.statement)
      byOpener.set(key, group)
    }
    const repeatedOpeners = [...byOpener.values()]
      .filter((group) => group.statements.length >= REPEATED_OPENER)
      .sort((a, b) => b.statements.length - a.statements.length || a.label.localeCompare(b.label))

    // Content words across bullets and summary, by stem; skills and job-title words are expected to recur.
    const units = [...statements.map((s) => ({ text: s.text, lines: s.lines })), ...summaryLines(context).map((id) => ({ text: layout.lines[id].text, lines: [id] }))]
    const titleWords = new Set(parsed.work.flatMap((entry) => words(entry.position ?? '').map((word) => verbKey(word))))
    const byWord = new Map<string, { label: string; lines: number[][] }>()
    for (const unit of units) {
      const seen = new Set<string>()
      for (const raw of unit.text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
        const word = raw.toLowerCase()
        if (!isOveruseCandidate(word)) continue
        const key = verbKey(word)
        if (seen.has(key) || titleWords.has(key)) continue
        seen.add(key)
        const entry = byWord.get(key) ?? { label: word, lines: [] }
        entry.lines.push(unit.lines)
        byWord.set(key, entry)
      }
    }
    const threshold = Math.max(OVERUSED_MIN, Math.ceil(units.length * OVERUSED_SHARE))
    // Counted per statement and by stem, so "managed" and "managing" are one habit.
    const overused = [...byWord.values()]
      .filter((entry) => entry.lines.length >= threshold && findSkills(entry.label).length === 0)
      .sort((a, b) => b.lines.length - a.lines.length || a.label.localeCompare(b.label))
      .slice(0, 3)

    if (repeatedOpeners.length === 0 && overused.length === 0) {
      return { status: 'pass', message: 'Your bullets open with varied verbs and no word is overused.', fix }
    }
    const parts = [
      ...repeatedOpeners.slice(0, 3).map((group) => `${group.statements.length} bullets start with “${capitalise(group.label)}”`),
      ...overused.map((entry) => `“${entry.label}” appears in ${entry.lines.length} bullets`),
    ]
    const lines = [
      ...repeatedOpeners.flatMap((group) => evidence(group.statements)),
      ...overused.flatMap((entry) => entry.lines.slice(0, EVIDENCE_LIMIT).flat()),
    ]
    const worst = repeatedOpeners[0]?.statements.length ?? 0
    const fails = worst >= 5 || repeatedOpeners.length + overused.length >= 3
    return { status: fails ? 'fail' : 'warn', message: `${parts.join('; ')}. Repeated wording makes different achievements read alike.`, fix, lines }
  },
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export const CONTENT_CHECKS: readonly AtsCheck[] = [
  quantifiedAchievements,
  actionVerbs,
  weakPhrases,
  firstPerson,
  bulletLength,
  repetition,
]
