/*
|--------------------------------------------------------------------------
| Job-description parser
|--------------------------------------------------------------------------
|
| Plain text of a job ad → ParsedJob. Rules only, no model, so the same ad
| always gives the same result and every requirement carries the sentence
| that asked for it.
|
| The ad is read as blocks (a bullet, or a paragraph whose hard-wrapped lines
| are joined back), each under the heading in force ("Requirements", "Nice to
| have", "Responsibilities"…; also inline: "Requirements: 4+ years…"). Blocks
| are cut into sentences and list items (";"). A sentence is required or
| preferred by its heading unless a cue inside it says otherwise ("must",
| "at least" / "a plus", "ideally"). A cue inside parentheses speaks only for
| what is inside them: "Bachelor's degree (MBA preferred)".
*/
import { findSkills, type SkillMatch } from '../skills/index.js'
import type { EducationLevel, JobRequirement, ParsedJob, Seniority, WorkArrangement } from './types.js'

export type { EducationLevel, JobRequirement, ParsedJob, Seniority, WorkArrangement } from './types.js'

type SectionKind = 'required' | 'preferred' | 'responsibilities' | 'other' | 'ignored'

interface Block {
  text: string
  /** Ad line index of each joined line, with its offset in `text`. */
  starts: { offset: number; lineIndex: number }[]
  bullet: boolean
  section: SectionKind
}

interface Sentence {
  text: string
  lineIndex: number
  bullet: boolean
  section: SectionKind
}

type Cue = 'required' | 'preferred'

/*
| Vocabulary
*/

// Headings as written, lower-cased, apostrophes straightened, trailing colon dropped.
const HEADINGS: [SectionKind, string[]][] = [
  ['preferred', [
    'nice to have', 'nice to haves', 'nice-to-have', 'nice-to-haves', 'bonus', 'bonus points', 'preferred',
    'preferred qualifications', 'preferred skills', 'preferred experience', 'pluses', 'plus', 'desired', 'desirable',
    'desired skills', 'desired qualifications', 'good to have', 'extra credit', 'even better', 'bonus skills',
    'preferred requirements', 'additional qualifications', 'optional skills',
  ]],
  ['required', [
    'requirements', 'requirement', 'qualifications', 'required qualifications', 'minimum qualifications',
    'basic qualifications', 'must have', 'must haves', 'must-have', 'must-haves', "what you'll need", 'what you need',
    'what you will need', "what we're looking for", 'what we are looking for', 'who you are', 'you have', 'your profile',
    'required skills', 'skills', 'skills and experience', 'skills & experience', 'experience', 'about you',
    'required experience', 'key skills', 'key requirements', 'job requirements', 'technical skills', "what you'll bring",
    'what you bring', 'skills and qualifications', 'skills & qualifications', 'minimum required skills',
    'required skills and experience', 'skills required', 'skills required for the position', 'what you need for this position',
  ]],
  ['responsibilities', [
    'responsibilities', 'key responsibilities', 'job responsibilities', "what you'll do", 'what you will do',
    'the role', 'your role', 'role', 'duties', 'day to day', 'day-to-day', 'your impact', 'in this role',
    'what you will be doing', "what you'll be doing", 'your responsibilities', 'the job',
    'essential duties and responsibilities', 'duties and responsibilities', 'primary purpose',
  ]],
  ['ignored', [
    'benefits', 'perks', 'perks and benefits', 'about us', 'about the company', 'who we are', 'how to apply',
    'compensation', 'salary', 'what we offer', 'why join us', 'why us', 'equal opportunity', 'our culture',
    "what's in it for you", 'what is in it for you', 'your right to work', 'pay options',
  ]],
  ['other', ['job description', 'description', 'overview', 'summary', 'the opportunity', 'about the role', 'position']],
]
const HEADING_KIND = new Map(HEADINGS.flatMap(([kind, names]) => names.map((name): [string, SectionKind] => [name, kind])))

// "not required" and "appreciated but not required" are looked for before "required".
const PREFERRED_CUES =
  /\b(?:nice[- ]to[- ]haves?|bonus|preferred|preferably|(?:is |are |would be |as )?an? plus|pluses|ideally|desirable|desired|advantageous|an advantage|appreciated|not required|optional)\b/gi
const REQUIRED_CUES = /\b(?:must|required|requires|mandatory|minimum|at least|essential)\b/gi

const ROLE_NOUNS =
  /\b(?:engineer|developer|manager|designer|scientist|analyst|architect|intern|internship|lead|director|specialist|consultant|administrator|officer|coordinator|head|vp|programmer|writer|researcher|representative|accountant|recruiter|owner|strategist|technician|associate|executive|assistant|sre|devops|tester|editor|marketer|advocate)s?\b/i
// "Product Manager" is a role, not a rung of the management ladder.
const NON_PEOPLE_MANAGER = /\b(?:product|project|program|programme|account|marketing|content|community|release|office|success|sales|brand|category)\s+manager\b/i

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20,
}
const NUMBER = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`
const YEARS = new RegExp(
  String.raw`\b${NUMBER}\s*(?:\+|plus\b)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b(?:['’]|\s+of\b)?`,
  'gi'
)
// What follows "N years" when it is experience overall ("of experience", "in software").
const OVERALL_AFTER =
  /^\s*(?:(?:professional|relevant|industry|hands-on|related|prior|proven|practical|commercial|work|working|total|overall|full-time|post-graduate)\s+)*(?:experience|exp\b)/i
const OVERALL_FIELD =
  /^\s*(?:in|within)\s+(?:the\s+)?(?:software|industry|tech|technology|engineering|a similar role|a similar position|similar roles?|professional|development)\b/i
// Between "N years" and the skill it is about: a preposition and up to two words ("of professional Python").
const YEARS_TO_SKILL = /^\s*(?:(?:of|in|with|using|building|writing|developing|working with|programming in)\s+)?(?:[\w-]+\s+){0,2}$/i
const SKILL_CHAIN = /^\s*(?:,|\/|and|or|&|,\s*and|,\s*or)\s*$/i

const EDUCATION_PATTERNS: [EducationLevel, RegExp][] = [
  ['doctorate', /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree)/gi],
  ['master', /\b(?:master['’]?s?\b|m\.?sc?\.?(?=\s|\/|,|$)|mba\b|m\.eng\b|graduate degree)/gi],
  ['bachelor', /\b(?:bachelor['’]?s?\b|b\.?sc?\.?(?=\s|\/|,|$)|b\.a\.|b\.eng\b|undergraduate degree|(?:university|college|four-year|4-year)\s+degree)/gi],
  ['associate', /\bassociate['’]?s?\s+degree/gi],
  ['secondary', /\b(?:high school|secondary school|ged\b)/gi],
]
const EDUCATION_NAMES: Record<EducationLevel, string> = {
  secondary: 'High school diploma',
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
}
const LEVEL_ORDER: EducationLevel[] = ['secondary', 'associate', 'bachelor', 'master', 'doctorate']

/*
| Entry point
*/

export function parseJob(text: string): ParsedJob {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, ' ').trim())
  const { title, next } = findTitle(lines)
  const meta = findMeta(lines, next)
  const sentences = blocksOf(lines, meta.skipUntil).flatMap(sentencesOf)
  const anyRequirementsSection = sentences.some((sentence) => sentence.section === 'required')

  const job: ParsedJob = { requirements: [], responsibilities: [] }
  if (title) {
    job.title = title
    const seniority = seniorityOf(title)
    if (seniority) job.seniority = seniority
  }
  if (meta.location) job.location = meta.location
  const remote = meta.remote ?? workArrangementOf(sentences.filter((s) => s.section !== 'ignored').map((s) => s.text).join('\n'))
  if (remote) job.remote = remote

  const skills = new Map<string, JobRequirement>()
  let overall: JobRequirement | null = null
  let education: (NonNullable<ParsedJob['education']> & { lineIndex: number }) | null = null

  for (const sentence of sentences) {
    if (sentence.section === 'ignored') continue
    if (sentence.section === 'responsibilities') job.responsibilities.push(sentence.text)
    const cues = cuesOf(sentence.text)
    const requiredAt = (offset: number): boolean => {
      const cue = cueAt(cues, groupsOf(sentence.text), offset, sentence.text)
      if (cue) return cue === 'required'
      if (sentence.section === 'required') return true
      if (sentence.section === 'preferred') return false
      return !anyRequirementsSection
    }

    const matches = findSkills(sentence.text, {
      listContext: sentence.bullet && (sentence.section === 'required' || sentence.section === 'preferred'),
    }).filter((match) => !DEGREE_FIELD_BEFORE.test(sentence.text.slice(Math.max(0, match.start - 60), match.start)))
    const years = yearsOf(sentence.text, matches)
    const alternatives = alternativesOf(sentence.text, matches)
    for (const match of matches) {
      const required = requiredAt(match.start)
      const existing = skills.get(match.id)
      const skillYears = years.bySkill.get(match.id)
      if (!existing || (required && !existing.required)) {
        const requirement: JobRequirement = {
          id: match.id,
          kind: 'skill',
          name: match.name,
          written: sentence.text.slice(match.start, match.end),
          required,
          sentence: sentence.text,
          lineIndex: sentence.lineIndex,
        }
        const keptYears = skillYears ?? existing?.years
        if (keptYears !== undefined) requirement.years = keptYears
        const group = alternatives.get(match.id)
        if (group !== undefined && !existing) requirement.oneOf = `${sentence.lineIndex}:${group}`
        skills.set(match.id, requirement)
      } else if (skillYears !== undefined && existing.years === undefined) {
        existing.years = skillYears
      }
    }
    if (years.overall) {
      const required = requiredAt(years.overall.offset)
      // A year count the requirements ask for beats one from the introduction.
      if (!overall || (required && !overall.required)) {
        overall = overallRequirement(years.overall, required, sentence.text, sentence.lineIndex)
      }
    }
    const degree = educationOf(sentence.text, requiredAt)
    if (degree && (!education || (degree.required && !education.required))) {
      education = { ...degree, sentence: sentence.text, lineIndex: sentence.lineIndex }
    }
  }

  // "Junior Developer (1-4 years experience)": the title line is the ad's only word on years.
  if (!overall) {
    for (let i = 0; i < Math.max(next, 1) && i < lines.length; i++) {
      const inTitle = yearsOf(lines[i], []).overall
      if (inTitle) {
        overall = overallRequirement(inTitle, true, lines[i], i)
        break
      }
    }
  }

  const requirements: JobRequirement[] = [...skills.values()]
  if (overall) {
    job.yearsOverall = overall.years
    if (overall.yearsMax) job.yearsMax = overall.yearsMax
    requirements.push(overall)
  }
  if (education) {
    job.education = { level: education.level, required: education.required, sentence: education.sentence }
    requirements.push({
      id: 'education',
      kind: 'education',
      name: EDUCATION_NAMES[education.level],
      required: education.required,
      sentence: education.sentence,
      lineIndex: education.lineIndex,
    })
  }
  // Stable sort: the ad's order, ties in the order found.
  job.requirements = requirements.sort((a, b) => a.lineIndex - b.lineIndex)
  return job
}

/*
| Title, location, arrangement
*/

const TITLE_LABEL = /^(?:job title|title|position|role|job description|job|vacancy|opening)\s*[:\-–—]\s*/i

/** The title and the index of the first line after it. */
function findTitle(lines: string[]): { title?: string; next: number } {
  const first = lines.findIndex((line) => line !== '')
  if (first === -1) return { next: 0 }
  const fromFirst = titleFrom(lines, first)
  if (fromFirst) return fromFirst

  for (let i = 0; i < lines.length; i++) {
    if (/^(?:job title|title|position|role)\s*:/i.test(lines[i])) {
      const labelled = titleFrom(lines, i)
      if (labelled) return { title: labelled.title, next: 0 }
    }
  }
  // "We are looking for a Senior Backend Engineer to join…"
  const prose = lines.slice(first, first + 5).join(' ')
  const sought = prose.match(
    /\b(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+|our\s+(?:next|first)\s+)?((?:[A-Z][\w/&+.-]*\s+){0,5}?[A-Z][\w/&+.-]*)(?=\s+(?:to|who|with|for|that|in|at|on|and)\b|[.,])/
  )
  if (sought && ROLE_NOUNS.test(sought[1])) return { title: sought[1], next: 0 }
  return { next: 0 }
}

function titleFrom(lines: string[], index: number): { title: string; next: number } | null {
  let line = lines[index]
  let next = index + 1
  // A parenthesis left open runs on to the next lines: "(5+ Years of" / "Experience)".
  if (line.includes('(') && !line.includes(')')) {
    while (next < lines.length && next < index + 3 && !lines[next - 1].includes(')')) next++
  }
  line = line.replace(TITLE_LABEL, '').replace(/\s*[(\[].*$/, '').replace(/\s*[|–—,-]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract).*$/i, '').trim()
  const words = line.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > 8 || /[.!?:]$/.test(line) || !ROLE_NOUNS.test(line)) return null
  // Titles are capitalised; a sentence that happens to name a role is not one.
  if (!/^[A-Z]/.test(line) || /\b(?:we|you|our|are|is|will)\b/i.test(line)) return null
  return { title: line, next }
}

function seniorityOf(title: string): Seniority | undefined {
  const t = title.toLowerCase()
  if (/\b(?:director|vp|vice president|head of|chief)\b/.test(t)) return 'director'
  if (/\bmanager\b/.test(t) && !NON_PEOPLE_MANAGER.test(title)) return 'manager'
  if (/\bprincipal\b/.test(t)) return 'principal'
  if (/\b(?:lead|tech lead|team lead)\b/.test(t)) return 'lead'
  if (/\b(?:senior|sr\.?|staff)(?=\s|$)/.test(t)) return 'senior'
  if (/\b(?:mid-level|mid level|intermediate|mid)\b/.test(t)) return 'mid'
  if (/\b(?:intern|internship|trainee)\b/.test(t)) return 'intern'
  if (/\b(?:junior|jr\.?|entry[- ]level|graduate|associate)(?=\s|$)/.test(t)) return 'junior'
  return undefined
}

const ARRANGEMENT_LABEL = /^(?:location|based in|office|workplace|work location|where)\s*:\s*(.+)$/i

interface Meta {
  location?: string
  remote?: WorkArrangement
  /** Lines before this index belong to the title and company line, not the body. */
  skipUntil: number
}

function findMeta(lines: string[], afterTitle: number): Meta {
  const meta: Meta = { skipUntil: afterTitle }
  const labelled = lines.map((line) => line.match(ARRANGEMENT_LABEL)).find((match) => match !== null)
  if (labelled) {
    Object.assign(meta, placeOf(labelled[1]))
  } else if (afterTitle > 0) {
    // "Tech Solutions, San Francisco, CA, USA" under the title: the employer, then the place.
    const line = lines[afterTitle] ?? ''
    const parts = line.split(',').map((part) => part.trim())
    const placeLike = parts.every((part) => /^[A-Z][\w.'’ -]*$/.test(part) && part.split(' ').length <= 4)
    if (parts.length >= 3 && placeLike && !/[.!?]$/.test(line)) {
      meta.location = parts.slice(1).join(', ')
      meta.skipUntil = afterTitle + 1
    } else if (/^(?:remote|hybrid|on-?site)\b/i.test(line)) {
      Object.assign(meta, placeOf(line))
      meta.skipUntil = afterTitle + 1
    }
  }
  return meta
}

/** "Remote (EU)" → remote, "EU"; "Berlin, Germany (Hybrid)" → hybrid, "Berlin, Germany". */
function placeOf(value: string): Pick<Meta, 'location' | 'remote'> {
  const remote = workArrangementOf(value)
  const place = value
    .replace(/\b(?:fully\s+|100%\s+)?(?:remote(?:[- ]first|[- ]friendly)?|hybrid|on-?site|in[- ]office)\b/gi, '')
    .replace(/[()]/g, ' ')
    .replace(/^[\s,/|–—-]+|[\s,/|–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return { ...(place ? { location: place } : {}), ...(remote ? { remote } : {}) }
}

function workArrangementOf(text: string): WorkArrangement | undefined {
  if (/\bhybrid\b/i.test(text)) return 'hybrid'
  if (/\b(?:remote(?![- ](?:sensing|control|teams?|colleagues|sites?|monitoring|access|desktop|servers?))|work from home|wfh)\b/i.test(text)) return 'remote'
  if (/\b(?:on-?site|in[- ]office|in the office|in-person)\b/i.test(text)) return 'onsite'
  return undefined
}

/*
| Blocks and sentences
*/

const BULLET = /^(?:[•·▪◦●○■►➢✓*–—-]|\d{1,2}[.)])\s+/

function headingKind(line: string): SectionKind | null {
  const key = line
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[:.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
  const known = HEADING_KIND.get(key)
  if (known) return known
  // "Additional Experience (Not Required)", "Skills (optional)": the parenthesis decides.
  const marked = key.match(/^([a-z' &-]{3,40}?)\s*\(([^)]*)\)$/)
  if (marked && HEADING_KIND.has(marked[1].trim()) || (marked && /\b(?:additional|other)\b/.test(marked[1]))) {
    if (/\b(?:not required|optional|preferred|nice to have|a plus|bonus)\b/.test(marked![2])) return 'preferred'
    if (/\b(?:required|must)\b/.test(marked![2])) return 'required'
  }
  return null
}

/** Headings written inside running text ("… Preferred Qualifications: Strong Java …") start a new piece. */
const INLINE_HEADING = new RegExp(
  String.raw`(?<=\S\s+)(?=(?:${[...HEADING_KIND.keys()]
    .filter((name) => name.includes(' ') && name.length >= 10)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('|')}|additional [a-z]+ \((?:not required|optional)\))\s*:\s)`,
  'gi'
)

function splitInlineHeadings(line: string): string[] {
  if (line.length < 80) return [line]
  const cuts = [0, ...[...line.matchAll(INLINE_HEADING)].map((m) => m.index), line.length]
  const pieces: string[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    const piece = line.slice(cuts[k], cuts[k + 1]).trim()
    if (piece) pieces.push(piece)
  }
  return pieces
}

function blocksOf(lines: string[], from: number): Block[] {
  const blocks: Block[] = []
  let section: SectionKind = 'other'
  let open: Block | null = null

  const pieces: { raw: string; i: number }[] = []
  for (let i = from; i < lines.length; i++) for (const raw of splitInlineHeadings(lines[i])) pieces.push({ raw, i })

  for (const { raw, i } of pieces) {
    // Blank lines and bare page numbers end a paragraph.
    if (raw === '' || /^\d{1,3}$/.test(raw)) {
      open = null
      continue
    }
    if (ARRANGEMENT_LABEL.test(raw) || /^(?:job title|title|position)\s*:/i.test(raw)) {
      open = null
      continue
    }
    const words = raw.split(' ').length
    const heading = words <= 6 && !BULLET.test(raw) ? headingKind(raw) : null
    if (heading) {
      section = heading
      open = null
      continue
    }
    let text = raw
    const bullet = BULLET.test(text)
    if (bullet) text = text.replace(BULLET, '')
    // "Requirements: 4+ years of…" opens a section inline.
    const inline = text.match(/^([A-Za-z][A-Za-z'’ &()-]{2,60}):\s+(.+)$/)
    const inlineKind = inline ? headingKind(inline[1]) : null
    if (inline && inlineKind) {
      section = inlineKind
      text = inline[2]
      open = null
    }
    const continues = open !== null && !bullet && !inlineKind && !/[.!?]$/.test(open.text)
    if (continues && open) {
      open.starts.push({ offset: open.text.length + 1, lineIndex: i })
      open.text += ` ${text}`
      continue
    }
    open = { text, starts: [{ offset: 0, lineIndex: i }], bullet, section }
    blocks.push(open)
  }
  return blocks
}

// Sentence ends, not abbreviations ("e.g. Python", "Sr. Engineer").
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|sr|jr|incl|approx|esp|ca|no)\.)(?<=[.!?])\s+(?=[A-Z(“"])/gi

function sentencesOf(block: Block): Sentence[] {
  const sentences: Sentence[] = []
  const cut = (start: number, end: number) => {
    const piece = block.text.slice(start, end)
    const text = piece.trim()
    if (text.length < 2) return
    const offset = start + piece.indexOf(text)
    const line = [...block.starts].reverse().find((s) => s.offset <= offset) ?? block.starts[0]
    sentences.push({ text, lineIndex: line.lineIndex, bullet: block.bullet, section: block.section })
  }
  // Sentences, then list items: "4+ years of Python; deep knowledge of asyncio; …".
  let start = 0
  const ends = [...block.text.matchAll(SENTENCE_END)].map((m) => m.index)
  for (const end of [...ends, block.text.length]) {
    const sentence = block.text.slice(start, end)
    let itemStart = start
    for (const semi of sentence.matchAll(/;\s*/g)) {
      cut(itemStart, start + semi.index)
      itemStart = start + semi.index + semi[0].length
    }
    cut(itemStart, end)
    start = end
  }
  return sentences
}

/*
| Cues
*/

interface CueAt {
  cue: Cue
  start: number
  group: number
}

function cuesOf(text: string): { cue: Cue; start: number; end: number }[] {
  const cues: { cue: Cue; start: number; end: number }[] = []
  for (const m of text.matchAll(PREFERRED_CUES)) cues.push({ cue: 'preferred', start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(REQUIRED_CUES)) {
    // "not required" is already a preferred cue.
    if (!cues.some((c) => m.index >= c.start && m.index < c.end)) cues.push({ cue: 'required', start: m.index, end: m.index + m[0].length })
  }
  return cues.sort((a, b) => a.start - b.start)
}

/** For each offset: 0 outside parentheses, else the number of the parenthesis it sits in. */
function groupsOf(text: string): number[] {
  const groups: number[] = []
  let depth = 0
  let current = 0
  let count = 0
  for (const char of text) {
    if (char === '(' || char === '[') {
      depth++
      if (depth === 1) current = ++count
    }
    for (let k = 0; k < char.length; k++) groups.push(depth > 0 ? current : 0)
    if ((char === ')' || char === ']') && depth > 0) depth--
  }
  return groups
}

/**
 * The cue that speaks for the text at `offset`: one of its group, the nearest if they disagree.
 * A parenthesis holding nothing but a cue ("(Not Required)", "(optional)") speaks for the text around it.
 */
function cueAt(cues: { cue: Cue; start: number; end?: number }[], groups: number[], offset: number, text = ''): Cue | null {
  const group = groups[offset] ?? 0
  const groupOf = (c: { start: number; end?: number }) => {
    const g = groups[c.start] ?? 0
    if (g === 0 || c.end === undefined) return g
    const open = text.lastIndexOf('(', c.start)
    const close = text.indexOf(')', c.end)
    const inside = open >= 0 && close >= 0 ? text.slice(open + 1, close).replace(/[^a-z ]/gi, '').trim() : ''
    return inside.toLowerCase() === text.slice(c.start, c.end).toLowerCase().trim() ? 0 : g
  }
  const local: CueAt[] = cues.map((c) => ({ ...c, group: groupOf(c) })).filter((c) => c.group === group)
  if (local.length === 0) return null
  if (local.every((c) => c.cue === local[0].cue)) return local[0].cue
  return local.reduce((best, c) => (Math.abs(c.start - offset) < Math.abs(best.start - offset) ? c : best)).cue
}

/*
| Years
*/

function overallRequirement(found: OverallYears, required: boolean, sentence: string, lineIndex: number): JobRequirement {
  return {
    id: 'years-overall',
    kind: 'experience',
    name: found.max ? `${found.years}–${found.max} years of experience` : `${found.years}+ years of experience`,
    required,
    years: found.years,
    ...(found.max ? { yearsMax: found.max } : {}),
    sentence,
    lineIndex,
  }
}

interface OverallYears {
  years: number
  /** "3-5 years": 5. */
  max?: number
  offset: number
}

function yearsOf(text: string, matches: SkillMatch[]): { bySkill: Map<string, number>; overall?: OverallYears } {
  const bySkill = new Map<string, number>()
  let overall: OverallYears | undefined
  for (const m of text.matchAll(YEARS)) {
    const word = m[1].toLowerCase()
    const years = NUMBER_WORDS[word] ?? Number.parseInt(word, 10)
    if (!years || years > 40) continue
    const upper = m[2] ? Number.parseInt(m[2], 10) : undefined
    const max = upper !== undefined && upper > years ? upper : undefined
    const end = m.index + m[0].length
    const rest = text.slice(end)
    const skillsAfter = (from: number): SkillMatch[] => {
      const following = matches.filter((s) => s.start >= from)
      const first = following[0]
      if (!first || !YEARS_TO_SKILL.test(text.slice(from, first.start))) return []
      const chain = [first]
      for (const next of following.slice(1)) {
        if (!SKILL_CHAIN.test(text.slice(chain[chain.length - 1].end, next.start))) break
        chain.push(next)
      }
      return chain
    }
    const experience = rest.match(OVERALL_AFTER)
    if (experience || OVERALL_FIELD.test(rest)) {
      overall ??= { years, ...(max ? { max } : {}), offset: m.index }
      // "5+ years of experience with Python": Python's years too.
      if (experience) {
        const tail = rest.slice(experience[0].length).match(/^\s*(?:with|in|using)\s+/)
        if (tail) for (const skill of skillsAfter(end + experience[0].length + tail[0].length)) bySkill.set(skill.id, years)
      }
      continue
    }
    const chain = skillsAfter(end)
    if (chain.length > 0) for (const skill of chain) bySkill.set(skill.id, years)
    else overall ??= { years, ...(max ? { max } : {}), offset: m.index }
  }
  return { bySkill, ...(overall ? { overall } : {}) }
}

/*
| Alternatives: "Python, Perl or PHP", "a framework such as React, Vue or Angular"
*/

// "Bachelor's degree in Computer Science": the field of a degree, which the education requirement covers.
const DEGREE_FIELD_BEFORE =
  /\b(?:degree|bachelor['’]?s?|master['’]?s?|b\.?s\.?c?\.?|m\.?s\.?c?\.?|b\.?a\.?|ph\.?d\.?|undergrad(?:uate)?|major(?:ing)?|diploma)\b[^.;:]{0,30}?\b(?:in|of)\s+(?:[a-z]+\s+)?$/i

const EXAMPLES_BEFORE = /\b(?:such as|e\.g\.?|for example|like|one of|any of|either|including)\s*:?\s*$/i

/**
 * Skill id → group key for skills offered as alternatives: a chain of two or more names joined by
 * commas and "or" or "/" (not "and"), or any chain given as examples ("such as", "one of", "e.g.").
 */
function alternativesOf(text: string, matches: SkillMatch[]): Map<string, number> {
  const groups = new Map<string, number>()
  let chain: SkillMatch[] = []
  const close = () => {
    if (chain.length >= 2) {
      const joins = chain.slice(1).map((match, k) => text.slice(chain[k].end, match.start))
      // "Python, Ruby or Java": any one. "Python, Ruby and Java": each, unless they are examples of a kind
      // ("server-side languages such as Python, Ruby, and Java"), which any one of them shows.
      const anded = joins.some((join) => /\band\b|&/i.test(join))
      const ored = joins.some((join) => /\bor\b|\//i.test(join))
      const before = text.slice(Math.max(0, chain[0].start - 40), chain[0].start)
      if ((ored && !anded) || EXAMPLES_BEFORE.test(before)) for (const match of chain) groups.set(match.id, chain[0].start)
    }
    chain = []
  }
  for (const match of matches) {
    const previous = chain[chain.length - 1]
    if (previous && !SKILL_CHAIN.test(text.slice(previous.end, match.start))) close()
    chain.push(match)
  }
  close()
  return groups
}

/*
| Education
*/

function educationOf(text: string, requiredAt: (offset: number) => boolean): { level: EducationLevel; required: boolean } | null {
  const found: { level: EducationLevel; required: boolean }[] = []
  for (const [level, pattern] of EDUCATION_PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push({ level, required: requiredAt(m.index) })
  }
  // A bare "Degree in Computer Science" is read as a bachelor's.
  if (found.length === 0) {
    const generic = text.match(/\bdegree\s+(?:in|or)\b/i)
    if (generic) found.push({ level: 'bachelor', required: requiredAt(generic.index ?? 0) })
  }
  if (found.length === 0) return null
  // The lowest degree that is required, else the lowest preferred: "BS/MS" asks for a bachelor's.
  const rank = (d: { level: EducationLevel }) => LEVEL_ORDER.indexOf(d.level)
  const pool = found.some((d) => d.required) ? found.filter((d) => d.required) : found
  return pool.reduce((low, d) => (rank(d) < rank(low) ? d : low))
}
