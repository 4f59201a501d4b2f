/*
|--------------------------------------------------------------------------
| Builds app/nlp/skills/data/taxonomy.json from open taxonomies
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec scripts/build_taxonomy.ts [taxonomy-dir]
|
| Inputs (the shared eval set's taxonomy/ folder, or SIFT_EVAL_DIR/taxonomy):
| - curated skills (app/nlp/skills/curated.ts): first, they win every conflict
| - GitHub Linguist languages (MIT): programming and markup languages
| - O*NET 29.2 technology skills (CC BY 4.0), filtered (see keepOnetRow)
| - ESCO 1.2.0 digital skills (CC BY 4.0): "knowledge" concepts only
|
| Entries that name the same thing are merged: "Oracle Java" (O*NET), "Java"
| (Linguist) and the curated Java become one skill. The output is sorted and
| free of timestamps, so the same inputs always give the same bytes.
*/
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CURATED_SKILLS } from '../app/nlp/skills/curated.js'
import { curatedSkill, TAXONOMY_URL, type TaxonomyFile, type TaxonomySkill } from '../app/nlp/skills/taxonomy.js'
import { aliasKey, tokenize } from '../app/nlp/skills/tokens.js'
import { csvRows } from '../bench/lib/csv.js'

const VERSION = '1.0.0'

const SOURCES = [
  {
    name: 'O*NET 29.2 Database: Technology Skills',
    licence: 'CC BY 4.0',
    attribution:
      'This product incorporates information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Modified: entries filtered, vendor prefixes and acronyms split into aliases, merged with other sources.',
    url: 'https://www.onetcenter.org/database.html',
  },
  {
    name: 'ESCO v1.2.0: digital skills collection',
    licence: 'CC BY 4.0 (European Commission reuse policy, Decision 2011/833/EU)',
    attribution:
      'ESCO v1.2.0, © European Union, https://esco.ec.europa.eu. Modified: knowledge concepts only, alternative labels filtered, merged with other sources.',
    url: 'https://esco.ec.europa.eu/en/use-esco/download',
  },
  {
    name: 'GitHub Linguist languages.yml',
    licence: 'MIT',
    attribution:
      'Copyright (c) 2017 GitHub, Inc. Programming and markup language names and aliases from github-linguist/linguist lib/linguist/languages.yml (commit b45dbe9b2825a43285bcd035861be91cc0a7299e), MIT License.',
    url: 'https://github.com/github-linguist/linguist',
  },
]

// O*NET commodities where even a niche, single-occupation entry is a software-engineering
// technology someone writes on a résumé; elsewhere single-occupation entries are mostly vendor SKUs
// ("Accela KIVA DMS", "Acrendo Medical Software Ob/Gyn EMR").
const TECH_COMMODITIES = new Set([
  'Application server software',
  'Authentication server software',
  'Business intelligence and data analysis software',
  'Cloud-based data access and sharing software',
  'Cloud-based management software',
  'Cloud-based protection or security software',
  'Clustering software',
  'Compiler and decompiler software',
  'Configuration management software',
  'Data base management system software',
  'Data mining software',
  'Development environment software',
  'Enterprise application integration software',
  'File versioning software',
  'Graphical user interface development software',
  'Metadata management software',
  'Network monitoring software',
  'Object or component oriented development software',
  'Object oriented data base management software',
  'Operating system software',
  'Program testing software',
  'Transaction server software',
  'Web platform development software',
])

// Vendor prefixes to split off ("Microsoft Power BI" is written "Power BI"); longest first.
const VENDORS = [
  'Amazon Web Services AWS',
  'Amazon Web Services',
  'Hewlett-Packard',
  'Hewlett Packard',
  'The MathWorks',
  'Dassault Systemes',
  'Red Hat',
  'Microsoft',
  'Oracle',
  'IBM',
  'Autodesk',
  'Adobe',
  'SAP',
  'Apache',
  'Google',
  'Apple',
  'Amazon',
  'Atlassian',
  'Bentley',
  'Corel',
  'Cisco',
  'Trimble',
  'Siemens',
  'ESRI',
  'Intuit',
  'Symantec',
  'HP',
  'Salesforce',
  'VMware',
  'Citrix',
  'JetBrains',
  'Mozilla',
  'Novell',
  'Teradata',
  'Elastic',
  'Meta',
].sort((a, b) => b.length - a.length)

// Bare names that are an employer or a search engine far more often than a skill.
const DROPPED_NAMES = new Set(['google', 'amazon', 'apple', 'microsoft', 'oracle', 'email', 'internet', 'web'])

// ESCO alt labels that describe the concept rather than name it ("coding in Angular", "types of optical fibre").
const ESCO_PARAPHRASE =
  /\b(techniques|principles|paradigms|algorithms|related|typology|types|kinds|range|coding|testing|programming in)\b/i

// Everyday words the (1990s) lexicon lacks.
const NEWER_WORDS = new Set([
  'email', 'e-mail', 'online', 'website', 'web', 'internet', 'app', 'apps', 'blog', 'wiki', 'workflow', 'smartphone',
  'analytics', 'cloud', 'software',
])

const STOP_WORDS = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'in', 'on', 'to', 'with', 'or'])

function main() {
  const from = taxonomyDir()
  const lexicon = loadLexicon()
  const builder = new TaxonomyBuilder(lexicon)

  for (const entry of CURATED_SKILLS) builder.addCurated(curatedSkill(entry))
  addLinguist(builder, from)
  addOnet(builder, from, lexicon)
  addEsco(builder, from)

  const file: TaxonomyFile = { version: VERSION, sources: SOURCES, skills: builder.finish() }
  const json = `${JSON.stringify(file)}\n`
  writeFileSync(TAXONOMY_URL, json)
  const counts = builder.counts()
  console.log(
    `wrote ${fileURLToPath(TAXONOMY_URL)}: ${file.skills.length} skills, ${(json.length / 1024).toFixed(0)} KiB`,
    counts
  )
}

/*
| Merging
*/

interface Candidate {
  /** Display name for a new skill. */
  name: string
  category?: string
  /** Forms that identify the thing (name, vendor-less name, acronym): a match on any merges. */
  identity: string[]
  /** Forms that merge into an existing skill but are too plain to stand for a new one ("Word" of "Microsoft Word"). */
  mergeOnly?: string[]
  /**
   * Bare acronyms ("SVN", "PMS"): aliases, but they merge only into a curated or Linguist skill,
   * because two catalogue entries sharing an acronym are rarely the same thing.
   */
  acronyms?: string[]
  /** Further spellings, added as aliases but never used to merge. */
  aliases: string[]
  hot?: boolean
  /** Only merge into an existing skill; never add a new one. */
  onlyMerge?: boolean
  source: string
}

class TaxonomyBuilder {
  private skills: TaxonomySkill[] = []
  private byKey = new Map<string, TaxonomySkill>()
  private curatedKeys = new Set<string>()
  private merged = 0
  private added: Record<string, number> = {}

  constructor(readonly lexicon: Set<string>) {}

  addCurated(skill: TaxonomySkill) {
    this.skills.push(skill)
    for (const surface of [skill.name, ...skill.aliases]) {
      const key = aliasKey(surface)
      this.curatedKeys.add(key)
      if (!this.byKey.has(key)) this.byKey.set(key, skill)
    }
  }

  add(candidate: Candidate) {
    const identity = candidate.identity.filter((form) => aliasKey(form).length > 0)
    const mergeOnly = candidate.mergeOnly ?? []
    const acronyms = candidate.acronyms ?? []
    const trusted = (skill?: TaxonomySkill) =>
      skill?.sources?.includes('curated') || skill?.sources?.includes('linguist') ? skill : undefined
    const existing =
      [...identity, ...mergeOnly].map((form) => this.byKey.get(aliasKey(form))).find(Boolean) ??
      acronyms.map((form) => trusted(this.byKey.get(aliasKey(form)))).find(Boolean)
    const aliases = [candidate.name, ...identity, ...acronyms, ...candidate.aliases]
    if (existing) {
      this.merged++
      // Merge-only forms ("Cloud" of "Google Cloud") are never added as aliases: too plain to stand alone.
      this.extend(existing, aliases, candidate)
      return
    }
    const nameKey = aliasKey(candidate.name)
    if (candidate.onlyMerge || nameKey.length === 0 || DROPPED_NAMES.has(nameKey)) return
    // A catalogue entry named by one lower-case everyday word ("database", "computer") is a topic, not a
    // skill to find in prose. Capitalised ones ("Slack", "Zoom") are products: kept, flagged ambiguous.
    if (candidate.source !== 'linguist' && this.isPlainWord(candidate.name)) return
    const skill: TaxonomySkill = {
      id: this.uniqueId(slug(candidate.name), candidate.source),
      name: candidate.name,
      aliases: [],
      sources: [candidate.source],
    }
    if (candidate.category) skill.category = candidate.category
    if (candidate.hot) skill.hot = true
    this.skills.push(skill)
    this.byKey.set(nameKey, skill)
    this.flag(skill, candidate.name)
    this.extend(skill, aliases, candidate)
    this.added[candidate.source] = (this.added[candidate.source] ?? 0) + 1
  }

  private extend(skill: TaxonomySkill, surfaces: string[], candidate: Candidate) {
    if (!skill.sources?.includes(candidate.source)) skill.sources = [...(skill.sources ?? []), candidate.source]
    if (candidate.hot) skill.hot = true
    if (!skill.category && candidate.category) skill.category = candidate.category
    for (const surface of surfaces) {
      const key = aliasKey(surface)
      // "Amazon Elastic Compute Cloud (EC2)" is a display form; nobody writes the parentheses.
      if (key.length === 0 || surface.includes('(')) continue
      if (candidate.source !== 'linguist' && this.isPlainWord(surface)) continue
      const owner = this.byKey.get(key)
      if (owner) continue // already the name or alias of this or an earlier (higher-priority) skill
      this.byKey.set(key, skill)
      skill.aliases.push(surface)
      this.flag(skill, surface)
    }
  }

  private isPlainWord(surface: string): boolean {
    const tokens = tokenize(surface)
    const oneWord = tokens.length === 1 && tokens[0].word
    return oneWord && surface === surface.toLowerCase() && isCommonWord(tokens[0].key, this.lexicon)
  }

  /** Context flags for surfaces the curated list does not speak for. */
  private flag(skill: TaxonomySkill, surface: string) {
    const key = aliasKey(surface)
    if (this.curatedKeys.has(key)) return
    const tokens = tokenize(surface)
    const letters = surface.replace(/[^\p{L}]/gu, '')
    const oneWord = tokens.length === 1 && tokens[0].word
    // "PostScript", "BlackBerry": an inner capital already says it is a name, not the word.
    const innerCapital = /\p{Ll}\p{Lu}/u.test(surface)
    if (oneWord && !innerCapital && (surface.length <= 2 || isCommonWord(key, this.lexicon))) {
      skill.ambiguous = [...(skill.ambiguous ?? []), surface]
    }
    // Short all-caps acronyms (ICE, AIM, MAX) are product names only in capitals.
    const acronym = /^[A-Z][A-Z0-9]+$/.test(surface)
    if (oneWord && acronym && (letters.length <= 3 || isCommonWord(key, this.lexicon))) {
      skill.caseSensitive = [...(skill.caseSensitive ?? []), surface]
    }
  }

  private uniqueId(base: string, source: string): string {
    const taken = (id: string) => this.skills.some((skill) => skill.id === id)
    if (!taken(base)) return base
    if (!taken(`${base}-${source}`)) return `${base}-${source}`
    let n = 2
    while (taken(`${base}-${source}-${n}`)) n++
    return `${base}-${source}-${n}`
  }

  counts() {
    return { added: this.added, mergedIntoExisting: this.merged }
  }

  finish(): TaxonomySkill[] {
    return this.skills.map((skill) => {
      const out: TaxonomySkill = {
        id: skill.id,
        name: skill.name,
        ...(skill.category ? { category: skill.category } : {}),
        aliases: skill.aliases.filter((alias) => alias !== skill.name),
      }
      for (const field of ['ambiguous', 'techOnly', 'caseSensitive'] as const) {
        const values = [...new Set(skill[field] ?? [])]
        if (values.length > 0) out[field] = values
      }
      if (skill.hot) out.hot = true
      out.sources = skill.sources
      return out
    })
  }
}

/*
| Sources
*/

function addLinguist(builder: TaxonomyBuilder, from: string) {
  interface LinguistLanguage {
    name: string
    type: string
    aliases: string[]
  }
  const languages = JSON.parse(readFileSync(join(from, 'linguist_languages.json'), 'utf8')) as LinguistLanguage[]
  const lexicon = builder.lexicon
  for (const language of languages) {
    // Data formats and prose ("Text", "Ignore List") are not skills; the useful ones are curated.
    if (language.type !== 'programming' && language.type !== 'markup') continue
    // Linguist aliases are code-fence identifiers and extensions ("py", "inc" for PHP, "cake" for C#),
    // mostly not what people write.
    const aliases = language.aliases.filter((alias) => alias.length >= 4 && !isCommonWord(alias.toLowerCase(), lexicon))
    const short = language.name.replace(/[^\p{L}\p{N}]/gu, '').length <= 2
    builder.add({
      name: language.name,
      category: language.type === 'programming' ? 'Programming language' : 'Markup language',
      // Two-letter names ("Io", "Nu") are only kept when they merge into a curated entry (Go).
      identity: [language.name],
      aliases,
      onlyMerge: short,
      source: 'linguist',
    })
  }
}

interface OnetRow {
  example: string
  commodity_title: string
  hot_technology: string
  in_demand: string
  n_occupations: string
}

function keepOnetRow(row: OnetRow, lexicon: Set<string>): boolean {
  const hot = row.hot_technology === 'Y' || row.in_demand === 'Y'
  if (hot) return true
  // Generic descriptions ("Time reporting software") are categories, not technologies.
  const words = row.example.toLowerCase().split(/\s+/)
  if (words.every((word) => isCommonWord(word, lexicon) || STOP_WORDS.has(word))) return false
  return Number(row.n_occupations) >= 2 || TECH_COMMODITIES.has(row.commodity_title)
}

function addOnet(builder: TaxonomyBuilder, from: string, lexicon: Set<string>) {
  const rows = readCsv(join(from, 'onet_29.2', 'technology_skills_unique.csv')) as unknown as OnetRow[]
  for (const row of rows) {
    if (!keepOnetRow(row, lexicon)) continue
    const forms = onetForms(row.example, lexicon)
    builder.add({
      name: forms.name,
      category: row.commodity_title,
      identity: forms.identity,
      mergeOnly: forms.mergeOnly,
      acronyms: forms.acronyms,
      aliases: [],
      hot: row.hot_technology === 'Y',
      // One-letter names ("C", "R") are only kept when they merge into a curated entry.
      onlyMerge: forms.name.replace(/[^\p{L}\p{N}]/gu, '').length <= 1,
      source: 'onet',
    })
  }
}

/**
 * O*NET writes "vendor product [expansion] ACRONYM [software]": split that
 * into what people write. "Amazon Elastic Compute Cloud EC2" → name
 * "Amazon Elastic Compute Cloud (EC2)", identity [EC2 …, Elastic Compute Cloud].
 */
export function onetForms(example: string, lexicon: Set<string>) {
  const isProperName = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/\s+/)
      .some((word) => !isCommonWord(word, lexicon) && !STOP_WORDS.has(word))
  let base = example.trim()
  const identity: string[] = []
  const mergeOnly: string[] = []
  const acronyms: string[] = []
  if (/ software$/.test(base) && isProperName(base.replace(/ software$/, ''))) {
    base = base.replace(/ software$/, '')
  }
  identity.push(base)

  let name = base
  const words = base.split(/\s+/)
  const last = words.at(-1) ?? ''
  const phrase = words.slice(0, -1).join(' ')
  if (words.length >= 2 && /^[A-Z][A-Z0-9+#./-]*[A-Z0-9+#]$/.test(last) && looksLikeAcronym(last, phrase)) {
    name = `${phrase} (${last})`
    acronyms.push(last)
    identity.push(phrase)
    const vendor = VENDORS.find((prefix) => phrase.startsWith(`${prefix} `))
    if (vendor) identity.push(`${vendor} ${last}`)
  }

  const vendor = VENDORS.find((prefix) => base.startsWith(`${prefix} `))
  if (vendor) {
    const rest = base.slice(vendor.length + 1)
    if (/^[\p{Lu}\p{N}]/u.test(rest)) {
      const restWithoutAcronym = rest.replace(/\s+[A-Z][A-Z0-9+#./-]*$/, '')
      // "Google Analytics" is not "Analytics": a bare common word identifies nothing.
      for (const form of [rest, restWithoutAcronym]) {
        if (form.includes(' ') || !isCommonWord(form.toLowerCase(), lexicon)) identity.push(form)
        else mergeOnly.push(form)
      }
    }
  }
  return {
    name,
    identity: [...new Set(identity)],
    acronyms,
    mergeOnly: [...new Set(mergeOnly)].filter((form) => !identity.includes(form)),
  }
}

/**
 * "SVN" for "Apache Subversion", "EC2" for "Elastic Compute Cloud": the
 * acronym starts a word of the phrase and spells the rest in order. Not
 * "DC" for "Adobe Acrobat", nor "API" for "Sun Microsystems Java Persistence".
 */
function looksLikeAcronym(acronym: string, phrase: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '')
  if (letters.length < 2) return false
  const words = phrase.toLowerCase().split(/\s+/)
  // Two letters spell too much by chance ("BI" in "Bing for Power"): they must be initials of adjacent words.
  if (letters.length === 2) return words.some((word, k) => word[0] === letters[0] && words[k + 1]?.[0] === letters[1])
  return words.some((word, k) => {
    if (word[0] !== letters[0]) return false
    const rest = words.slice(k).join(' ')
    let at = 1
    for (const letter of letters.slice(1)) {
      at = rest.indexOf(letter, at)
      if (at === -1) return false
      at++
    }
    return true
  })
}

function addEsco(builder: TaxonomyBuilder, from: string) {
  const rows = readCsv(join(from, 'esco_1.2.0', 'digitalSkillsCollection_en.csv'))
  for (const row of rows) {
    // "skill/competence" concepts are verb phrases ("solve technical problems") nobody writes verbatim.
    if (row.skillType !== 'knowledge' || row.status !== 'released') continue
    const label = row.preferredLabel.trim()
    const bare = label.replace(/\s*\([^)]*\)\s*$/, '')
    const labelWords = significantWords(label)
    // ESCO alt labels mix synonyms with narrower products (Confluence under "use online tools
    // to collaborate"); only labels sharing a word with the concept, or its initials, are synonyms.
    const synonyms = row.altLabels
      .split(/\s*[|\n]\s*/)
      .map((alt) => alt.trim())
      .filter((alt) => alt.length > 0 && alt.split(/\s+/).length <= 4 && !ESCO_PARAPHRASE.test(alt))
      .filter((alt) => significantWords(alt).some((word) => labelWords.includes(word)) || isInitialism(alt, bare))
    const category = row.broaderConceptPT?.split('|')[0]?.trim()
    builder.add({
      name: label,
      category: category || undefined,
      identity: [...new Set([label, bare])],
      aliases: synonyms,
      source: 'esco',
    })
  }
}

function significantWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !['software', 'systems', 'tools'].includes(word))
}

function isInitialism(alt: string, label: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(alt)) return false
  const initials = label
    .split(/[\s-]+/)
    .filter((word) => !STOP_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]?.toLowerCase())
    .join('')
  return initials === alt.toLowerCase()
}

/*
| Inputs
*/

function taxonomyDir(): string {
  const repo = dirname(dirname(fileURLToPath(import.meta.url)))
  const candidates = [
    process.argv[2],
    process.env.SIFT_EVAL_DIR && join(process.env.SIFT_EVAL_DIR, 'taxonomy'),
    join(repo, '..', 'shared', 'eval', 'taxonomy'),
    '/work/shared/eval/taxonomy',
  ].filter((path): path is string => Boolean(path))
  const found = candidates.find((path) => existsSync(join(path, 'linguist_languages.json')))
  if (!found) throw new Error(`No taxonomy sources found (looked in ${candidates.join(', ')})`)
  return found
}

/**
 * Lower-case English words from the Brill POS lexicon that ships with `natural`
 * (a dependency already): a one-word skill name found here ("Slack", "Access")
 * is also an ordinary word and needs context to count.
 */
function loadLexicon(): Set<string> {
  const require = createRequire(import.meta.url)
  const naturalDir = dirname(require.resolve('natural/package.json'))
  const path = join(naturalDir, 'lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json')
  const lexicon = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>
  return new Set(Object.keys(lexicon).filter((word) => word === word.toLowerCase() && /^\p{L}+$/u.test(word)))
}

/** In the lexicon, or the plural of a word that is ("analytics", "teams", "libraries"). */
function isCommonWord(word: string, lexicon: Set<string>): boolean {
  if (lexicon.has(word) || NEWER_WORDS.has(word)) return true
  if (word.endsWith('ies') && lexicon.has(`${word.slice(0, -3)}y`)) return true
  return word.endsWith('s') && lexicon.has(word.slice(0, -1))
}

/** A CSV file as records by header; rows whose field count differs from the header's are dropped. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...body] = csvRows(readFileSync(path, 'utf8'))
  return body
    .filter((cells) => cells.length === header.length)
    .map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i]])))
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/^\./, 'dot')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

main()
