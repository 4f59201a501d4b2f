/*
|--------------------------------------------------------------------------
| Skill phrase matcher
|--------------------------------------------------------------------------
|
| A token trie over every alias of the taxonomy, built once per thread.
| Matching walks the text left to right and takes the longest alias that
| starts at each token ("Spring Boot" before "Spring", "C++" before "C"), so
| the result depends only on the text and the taxonomy: the same input gives
| the same output, as an explainable ATS-style keyword match should.
|
| Ambiguous aliases ("Go", "R", "Excel", "Access"…) are ordinary words or
| letters too. They only count with one of three kinds of context, and each
| accepted match says which one (`context`) so a report can show why:
|
| - 'list':        the alias is a whole item of a list: a skills-section line
|                  (`listContext: true`), a labelled list ("Languages: R,
|                  Python"), or a line of three or more short comma-separated
|                  items.
| - 'near-tech':   it sits next to another accepted skill, joined only by a
|                  list separator ("Python and R", "C/C++"), or is followed by
|                  a tech noun ("Go developer", "R programming").
| - 'capitalised': it keeps its capitals after a lower-case word, mid-sentence
|                  ("services in Go", "advanced Excel"), and is not followed by
|                  a word that makes it a phrase ("Go to market", "Excel at").
|                  One-letter names need a preposition instead ("models in R").
|
| And in every case an ambiguous alias must be written with its capitals:
| "go", "excel" and "teams" in lower case are never skills. Aliases that mean
| something else outside tech ("RN", "TS") count only as 'near-tech'.
*/
import type { TaxonomySkill, Taxonomy } from './taxonomy.js'
import { loadTaxonomy } from './taxonomy.js'
import { joinKey, tokenize, type Token } from './tokens.js'

export type MatchContext = 'list' | 'near-tech' | 'capitalised'

export interface SkillMatch {
  id: string
  name: string
  /** Offsets into the text: `text.slice(start, end)` is the mention as written. */
  start: number
  end: number
  /** The taxonomy alias that matched ("k8s" for Kubernetes). */
  alias: string
  /** The alias is also an ordinary word or letter. */
  ambiguous: boolean
  /** Why an ambiguous alias was accepted; null for unambiguous ones. */
  context: MatchContext | null
}

export interface FindSkillsOptions {
  /**
   * The caller knows this text is a list of skills (a skills-section line):
   * ambiguous aliases that stand as whole list items count. Without it the
   * matcher still recognises list-shaped lines on its own.
   */
  listContext?: boolean
  /** Phrases that are not skills here, e.g. the employer in a job's header line ("Oracle", "Google"). */
  ignore?: string[]
}

export interface SkillMatcher {
  findSkills(text: string, options?: FindSkillsOptions): SkillMatch[]
}

type Level = 'plain' | 'ambiguous' | 'tech-only'

interface AliasEntry {
  skill: TaxonomySkill
  alias: string
  level: Level
  /** Token texts as written, when the alias is case-sensitive. */
  exact: string[] | null
  /** The alias has capitals that an ambiguous mention must keep. */
  hasCapital: boolean
  singleLetter: boolean
}

interface TrieNode {
  children: Map<string, TrieNode>
  entry: AliasEntry | null
}

interface Candidate {
  entry: AliasEntry
  /** Token range [first, end). */
  first: number
  end: number
  accepted: MatchContext | 'plain' | null
}

// Separators between list items; "and"/"or" join the last items of a list.
const DELIMITERS = new Set([
  ',', ';', '|', '/', '•', '·', '(', ')', '[', ']', ':', '&', '+', '*', '–', '—', '-', '▪', '◦', '●', '○', '■', '►', '➢', '✓', '>',
])
const DELIMITER_WORDS = new Set(['and', 'or'])
// Words before a colon that announce a list of skills ("Languages: R, Python").
const LIST_LABELS = new Set([
  'skills', 'skill', 'languages', 'language', 'tools', 'tool', 'technologies', 'technology', 'tech', 'stack',
  'frameworks', 'framework', 'libraries', 'platforms', 'databases', 'software', 'programming', 'environment',
  'environments', 'infrastructure', 'cloud', 'devops', 'competencies', 'expertise', 'proficiencies', 'toolkit',
])
// Nouns after a name that make it tech ("Go developer", "R programming", "Excel macros").
const TECH_NOUNS = new Set([
  'programming', 'language', 'developer', 'developers', 'development', 'engineer', 'engineers', 'programmer',
  'programmers', 'code', 'codebase', 'script', 'scripts', 'scripting', 'framework', 'library', 'libraries', 'sdk',
  'api', 'apis', 'app', 'apps', 'microservices', 'backend', 'frontend', 'stack', 'package', 'packages', 'modules',
  'cluster', 'clusters', 'pipelines', 'macros', 'formulas', 'spreadsheets', 'workbooks', 'pivot', 'dashboards',
  'queries', 'notebooks', 'jobs', 'streaming', 'components', 'templates', 'playbooks', 'cookbooks', 'charts',
])
// Words after an ambiguous name that make it an ordinary phrase ("go to", "excel at", "make sure").
const PHRASE_FOLLOWERS = new Set([
  'to', 'at', 'than', 'sure', 'ahead', 'live', 'beyond', 'the', 'a', 'an', 'of', 'it', 'up', 'out',
])
const PREPOSITIONS = new Set(['in', 'using', 'with', 'via'])
// A season before a year or a term is a date ("Spring 2019", "Fall semester"), not the framework Spring.
const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter'])
const TERM_WORDS = new Set(['semester', 'term', 'quarter', 'session', 'intake', 'cohort', 'internship', 'break', 'graduation'])
const SENTENCE_ENDS = new Set(['.', '!', '?'])

// URLs and e-mail addresses name domains and user names, not skills ("github.com/johndoe").
// Not .js/.io/.net: "Node.js", "Socket.io" and "ASP.NET" look like domains.
const MASKED = new RegExp(
  [
    String.raw`\b(?:https?://|www\.)\S+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|dev|me|co|edu|gov|info|biz|uk|de|fr|nl|ca|au)\b(?:/\S*)?`,
  ].join('|'),
  'g'
)

export function createSkillMatcher(taxonomy: Pick<Taxonomy, 'skills' | 'curatedIds'>): SkillMatcher {
  const root: TrieNode = { children: new Map(), entry: null }

  const insert = (skill: TaxonomySkill, alias: string) => {
    // Open-data labels like "a computer" or "the hardware industry" are phrases, not names.
    if (ARTICLE_LED.test(alias) && !taxonomy.curatedIds.has(skill.id)) return
    const tokens = tokenize(alias)
    if (tokens.length === 0) return
    let node = root
    for (let i = 0; i < tokens.length; i++) {
      const key = joinKey(tokens, i)
      let next = node.children.get(key)
      if (!next) {
        next = { children: new Map(), entry: null }
        node.children.set(key, next)
      }
      node = next
    }
    if (node.entry) return // an earlier, higher-priority skill already owns this spelling
    const level: Level = skill.techOnly?.includes(alias)
      ? 'tech-only'
      : skill.ambiguous?.includes(alias)
        ? 'ambiguous'
        : 'plain'
    node.entry = {
      skill,
      alias,
      level,
      exact:
        skill.caseSensitive?.includes(alias) ||
        openDataAcronym(skill, alias, taxonomy.curatedIds) ||
        vendorlessProductName(skill, alias, taxonomy.curatedIds)
          ? tokens.map((token) => alias.slice(token.start, token.end))
          : null,
      hasCapital: /\p{Lu}/u.test(alias),
      singleLetter: /^\p{L}$/u.test(alias),
    }
  }

  // Curated spellings first, so they win any clash with the open data; then every name before any alias.
  const curated = taxonomy.skills.filter((skill) => taxonomy.curatedIds.has(skill.id))
  for (const skill of curated) for (const alias of [skill.name, ...skill.aliases]) insert(skill, alias)
  for (const skill of taxonomy.skills) insert(skill, skill.name)
  for (const skill of taxonomy.skills) for (const alias of skill.aliases) insert(skill, alias)

  return {
    findSkills(text, options = {}) {
      const tokens = tokenize(text)
      const masked = maskedTokens(text, tokens, options.ignore ?? [])
      const candidates = longestMatches(text, tokens, masked, root)
      decideContext(text, tokens, candidates, options.listContext === true)
      return candidates
        .filter((candidate) => candidate.accepted !== null)
        .map((candidate) => ({
          id: candidate.entry.skill.id,
          name: candidate.entry.skill.name,
          start: tokens[candidate.first].start,
          end: tokens[candidate.end - 1].end,
          alias: candidate.entry.alias,
          ambiguous: candidate.entry.level !== 'plain',
          context: candidate.accepted === 'plain' ? null : candidate.accepted,
        }))
    },
  }
}

/**
 * An acronym from the open data ("CLOS", "RAC") is matched only as written: in lower or mixed case it is
 * usually another word ("CLOs" are collateralized loan obligations). Curated aliases say so themselves.
 */
function openDataAcronym(skill: TaxonomySkill, alias: string, curatedIds: Set<string>): boolean {
  return !curatedIds.has(skill.id) && /^[A-Z]{2,6}$/.test(alias)
}

const ARTICLE_LED = /^(?:a|an|the)\s/i
const VENDOR = /^(?:Amazon|AWS|Microsoft|Oracle|Apache|Google|IBM|SAP|Adobe|Atlassian|Autodesk|Salesforce|Cisco|VMware|Red Hat)\b/

/**
 * A product name from the open data with its vendor dropped and several words left ("Data Pipeline" for Amazon
 * Data Pipeline, "HTTP Server" for Apache's) is matched only as written: in lower case it is ordinary prose
 * ("data pipeline construction"). One-word names (Tomcat, SageMaker) stay case-insensitive.
 */
function vendorlessProductName(skill: TaxonomySkill, alias: string, curatedIds: Set<string>): boolean {
  return !curatedIds.has(skill.id) && VENDOR.test(skill.name) && !VENDOR.test(alias) && /\s/.test(alias.trim()) && /\p{Lu}/u.test(alias)
}

let defaultMatcher: SkillMatcher | null = null

/** The matcher over the bundled taxonomy, built on first use and kept for the thread. */
export function skillMatcher(): SkillMatcher {
  defaultMatcher ??= createSkillMatcher(loadTaxonomy())
  return defaultMatcher
}

export function findSkills(text: string, options?: FindSkillsOptions): SkillMatch[] {
  return skillMatcher().findSkills(text, options)
}

/*
| Matching
*/

function longestMatches(text: string, tokens: Token[], masked: boolean[], root: TrieNode): Candidate[] {
  const candidates: Candidate[] = []
  let i = 0
  while (i < tokens.length) {
    let best: Candidate | null = null
    let node = masked[i] ? undefined : root.children.get(tokens[i].key)
    let j = i
    while (node) {
      const entry = node.entry
      if (
        entry &&
        fitsTokenBoundaries(tokens, i, j + 1, entry) &&
        keepsCase(text, tokens, i, entry) &&
        !anotherVendorsProduct(text, tokens, i, j + 1, entry)
      ) {
        best = { entry, first: i, end: j + 1, accepted: null }
      }
      j++
      if (j >= tokens.length || masked[j]) break
      node = node.children.get(joinKey(tokens, j))
    }
    if (best) {
      candidates.push(best)
      i = best.end
    } else i++
  }
  return candidates
}

/**
 * A match must not be a piece of a longer token-glued word: "js" in
 * "Node.js", "C" in "C-level" or "R&D", ".NET" in "internet.", "Go" in
 * "go-live". Hyphenated compounds of unambiguous names still count
 * ("Python-based", "Kubernetes-native").
 */
function fitsTokenBoundaries(tokens: Token[], first: number, end: number, entry: AliasEntry): boolean {
  const plain = entry.level === 'plain'
  const head = tokens[first]
  if (first > 0 && !head.spaced) {
    if (head.hyphenated && !plain) return false
    const before = tokens[first - 1]
    if (!head.hyphenated && before.word) return false
    if (!before.word && ['.', '#', '+', '_', '@', '&', "'", '-', '$', '%'].includes(before.key)) {
      const word = tokens[first - 2]
      if (word?.word && !before.spaced) return false
    }
  }
  const next = tokens[end]
  if (next && !next.spaced) {
    if (next.hyphenated) return plain
    if (next.word) return false
    if (next.key === '#' || next.key === '+') return false
    const after = tokens[end + 1]
    if (after?.word && !after.spaced) {
      if (next.key === "'" && after.key === 's') return true // possessive: "Python's"
      if (['.', '_', '@', '&', "'", '-'].includes(next.key)) return false
    }
  }
  return true
}

function keepsCase(text: string, tokens: Token[], first: number, entry: AliasEntry): boolean {
  if (!entry.exact) return true
  return entry.exact.every((written, k) => text.slice(tokens[first + k].start, tokens[first + k].end) === written)
}

/**
 * "Cisco IOS" is Cisco's network OS, not Apple's iOS: a name with inner capitals ("iOS", "macOS", "gRPC")
 * written in other capitals right after another vendor's name is that vendor's product.
 */
function anotherVendorsProduct(text: string, tokens: Token[], first: number, end: number, entry: AliasEntry): boolean {
  const { alias, skill } = entry
  if (first === 0 || !/\p{Lu}/u.test(alias.slice(1)) || !/\p{Ll}/u.test(alias)) return false
  const before = tokens[first - 1]
  if (!before.word || tokens[first].lineStart) return false
  const vendor = text.slice(before.start, before.end)
  if (!VENDOR.test(vendor) || [skill.name, ...skill.aliases].some((name) => name.includes(vendor))) return false
  return text.slice(tokens[first].start, tokens[end - 1].end) !== alias
}

function maskedTokens(text: string, tokens: Token[], ignore: string[]): boolean[] {
  const ranges: Array<[number, number]> = []
  for (const match of text.matchAll(MASKED)) ranges.push([match.index, match.index + match[0].length])
  const lower = text.toLowerCase()
  for (const phrase of ignore) {
    const needle = phrase.trim().toLowerCase()
    if (needle.length === 0) continue
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length])
    }
  }
  if (ranges.length === 0) return tokens.map(() => false)
  return tokens.map((token) => ranges.some(([start, end]) => token.start < end && token.end > start))
}

/*
| Context for ambiguous aliases
*/

function decideContext(text: string, tokens: Token[], candidates: Candidate[], listContext: boolean) {
  const lists = listShapedSpans(tokens, listContext)
  for (const candidate of candidates) {
    const { entry } = candidate
    if (entry.level === 'plain') {
      candidate.accepted = 'plain'
      continue
    }
    if (!keepsCapitals(text, tokens, candidate) || namesADate(tokens, candidate)) continue
    if (entry.level === 'tech-only') continue // decided below, by its neighbours only
    if (lists[candidate.first] && isWholeItem(tokens, candidate)) candidate.accepted = 'list'
    else if (followedByTechNoun(tokens, candidate)) candidate.accepted = 'near-tech'
    else if (capitalisedMidSentence(text, tokens, candidate)) candidate.accepted = 'capitalised'
  }
  // "Python and R", "Go, Rust": a neighbour that counts lends its context; repeat until nothing changes.
  let changed = true
  while (changed) {
    changed = false
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[k]
      if (candidate.accepted !== null || !keepsCapitals(text, tokens, candidate) || namesADate(tokens, candidate)) continue
      const neighbours = [candidates[k - 1], candidates[k + 1]].filter(
        (other): other is Candidate => other !== undefined && other.accepted !== null
      )
      // The candidate must be a whole item itself: "Kotlin, Clean Architecture" is not the language Clean.
      if (isWholeItem(tokens, candidate) && neighbours.some((other) => joinedAsListItems(tokens, candidate, other))) {
        candidate.accepted = 'near-tech'
        changed = true
      }
    }
  }
}

/** "go", "excel", "teams" in lower case are the words, not the products. */
function keepsCapitals(text: string, tokens: Token[], candidate: Candidate): boolean {
  if (!candidate.entry.hasCapital) return true
  const written = text.slice(tokens[candidate.first].start, tokens[candidate.end - 1].end)
  return /\p{Lu}/u.test(written)
}

/** A line that is a list of names ("Technologies: React, Node.js", "Go, Rust, Kafka"), wherever it stands. */
export function isListLine(text: string): boolean {
  const tokens = tokenize(text)
  return tokens.length > 0 && listShapedSpans(tokens, false)[tokens.length - 1]
}

/** For each token: whether it sits in a list (a skills line, a labelled list, or a comma list of short items). */
function listShapedSpans(tokens: Token[], listContext: boolean): boolean[] {
  const inList = new Array<boolean>(tokens.length).fill(listContext)
  if (listContext) return inList
  for (const [from, to] of lineRanges(tokens)) {
    let items = 1
    let words = 0
    let longest = 0
    let labelEnd = -1
    for (let k = from; k < to; k++) {
      const token = tokens[k]
      if (token.key === ':' && k > from && LIST_LABELS.has(tokens[k - 1].key) && labelEnd === -1) labelEnd = k
      if (token.key === ',' || token.key === ';' || token.key === '|' || token.key === '•') {
        items++
        longest = Math.max(longest, words)
        words = 0
      } else if (token.word) words++
    }
    longest = Math.max(longest, words)
    const shortItems = items >= 3 && longest <= 4
    for (let k = from; k < to; k++) inList[k] = shortItems || (labelEnd !== -1 && k > labelEnd)
  }
  return inList
}

function lineRanges(tokens: Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let from = 0
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k].lineStart) {
      ranges.push([from, k])
      from = k
    }
  }
  return ranges
}

function isDelimiter(token: Token | undefined): boolean {
  return token !== undefined && (DELIMITERS.has(token.key) || DELIMITER_WORDS.has(token.key))
}

function isWholeItem(tokens: Token[], candidate: Candidate): boolean {
  const head = tokens[candidate.first]
  const next = tokens[candidate.end]
  const startsItem = head.lineStart || isDelimiter(tokens[candidate.first - 1])
  const endsItem = next === undefined || next.lineStart || isDelimiter(next) || SENTENCE_ENDS.has(next.key)
  return startsItem && endsItem
}

/** "Spring 2019", "Spring '21", "Fall term": the season of a date. */
function namesADate(tokens: Token[], candidate: Candidate): boolean {
  if (candidate.end - candidate.first !== 1 || !SEASONS.has(tokens[candidate.first].key)) return false
  let next = tokens[candidate.end]
  if (next?.key === "'" || next?.key === '’') next = tokens[candidate.end + 1]
  if (next === undefined || next.lineStart) return false
  return /^(?:(?:19|20)\d{2}|\d{2})$/.test(next.key) || TERM_WORDS.has(next.key)
}

function followedByTechNoun(tokens: Token[], candidate: Candidate): boolean {
  const next = tokens[candidate.end]
  return next !== undefined && !next.lineStart && next.word && TECH_NOUNS.has(next.key)
}

function capitalisedMidSentence(text: string, tokens: Token[], candidate: Candidate): boolean {
  const { entry } = candidate
  const head = tokens[candidate.first]
  const before = tokens[candidate.first - 1]
  const next = tokens[candidate.end]
  if (head.lineStart || before === undefined || !before.word) return false
  const endsPhrase = next === undefined || next.lineStart || isDelimiter(next) || SENTENCE_ENDS.has(next.key)
  if (entry.singleLetter) return PREPOSITIONS.has(before.key) && endsPhrase
  const written = text.slice(head.start, tokens[candidate.end - 1].end)
  if (!/^\p{Lu}/u.test(written)) return false
  const shouting = written === written.toUpperCase() && entry.alias !== entry.alias.toUpperCase()
  const beforeWritten = text.slice(before.start, before.end)
  if (shouting || beforeWritten !== beforeWritten.toLowerCase()) return false
  if (next === undefined || next.lineStart || !next.word) return true
  // "Go to market" is a phrase; "on Edge Devices" is Title Case, where a capital says nothing.
  const nextWritten = text.slice(next.start, next.end)
  return !PHRASE_FOLLOWERS.has(next.key) && nextWritten === nextWritten.toLowerCase()
}

/** Two matches separated only by list separators: "Python and R", "C/C++", "Go, Rust". */
function joinedAsListItems(tokens: Token[], a: Candidate, b: Candidate): boolean {
  const [left, right] = a.first < b.first ? [a, b] : [b, a]
  if (tokens[right.first].lineStart) return false
  const between = tokens.slice(left.end, right.first)
  return between.length <= 2 && between.every((token) => isDelimiter(token) && !token.lineStart)
}
