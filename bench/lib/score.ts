/*
|--------------------------------------------------------------------------
| Scoring a parsed résumé against its ground truth
|--------------------------------------------------------------------------
|
| Both sides are JSON Resume documents (https://jsonresume.org/schema): the
| ground truth is the eval set's `.gt.json` subset, the prediction is what
| `toJsonResume` exports. Every scored item is a true positive, a false
| positive or a false negative; precision, recall and F1 are computed from
| those counts. The rules are written up in docs/accuracy.md — change both
| together.
|
*/

export const FIELDS = [
  'name',
  'email',
  'phone',
  'url/profiles',
  'location.city',
  'work.name',
  'work.position',
  'work.startDate',
  'work.endDate',
  'education.institution',
  'education.studyType',
  'skills',
] as const

export type FieldName = (typeof FIELDS)[number]

/** Targets from the issue: micro F1 ≥ 0.90, skills F1 ≥ 0.85, no field below 0.75. */
export const TARGETS = { microF1: 0.9, skillsF1: 0.85, fieldF1: 0.75 } as const

export interface Tally {
  tp: number
  fp: number
  fn: number
}

export interface Rates {
  /** null when nothing was predicted (no denominator). */
  precision: number | null
  /** null when the ground truth has nothing to find. */
  recall: number | null
  /** 2·TP / (2·TP + FP + FN): defined whenever anything was counted, equal to the harmonic mean otherwise. */
  f1: number | null
}

/** One thing that went wrong, kept so the report can say why a file scored low. */
export interface Miss {
  field: FieldName
  expected?: string
  predicted?: string
}

export interface ResumeScore {
  fields: Record<FieldName, Tally>
  misses: Miss[]
}

/** The slice of JSON Resume the scorer reads; everything is optional because both sides omit what they don't know. */
export interface JsonResumeLike {
  basics?: {
    name?: string
    email?: string
    phone?: string
    url?: string
    location?: { city?: string; region?: string; countryCode?: string }
    profiles?: Array<{ network?: string; username?: string; url?: string }>
  }
  work?: Array<{ name?: string; position?: string; startDate?: string; endDate?: string }>
  education?: Array<{ institution?: string; area?: string; studyType?: string; startDate?: string; endDate?: string }>
  skills?: Array<{ name?: string; keywords?: string[] }>
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 })

export function addTally(into: Tally, from: Tally): Tally {
  into.tp += from.tp
  into.fp += from.fp
  into.fn += from.fn
  return into
}

export function rates({ tp, fp, fn }: Tally): Rates {
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  }
}

export function emptyFieldTallies(): Record<FieldName, Tally> {
  return Object.fromEntries(FIELDS.map((field) => [field, emptyTally()])) as Record<FieldName, Tally>
}

/** Micro average: pool the counts of every field (and file), then compute once. */
export function microTally(fields: Record<FieldName, Tally>): Tally {
  const total = emptyTally()
  for (const field of FIELDS) addTally(total, fields[field])
  return total
}

// ---------------------------------------------------------------------------
// Normalisation and value matching
// ---------------------------------------------------------------------------

/**
 * Case, accents, whitespace and punctuation don't count: "Co-Founder & CTO" equals
 * "co‑founder and CTO", "B.Sc." equals "BSc", "Boğaziçi" equals "Bogazici".
 * Apostrophes and dots are dropped (they sit inside words); other punctuation separates words.
 */
export function normalizeText(value: string | undefined | null): string {
  if (!value) return ''
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`´.]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function textMatches(expected: string | undefined, predicted: string | undefined): boolean {
  const a = normalizeText(expected)
  return a !== '' && a === normalizeText(predicted)
}

/** Sørensen–Dice over character bigrams of the normalised strings: 1 for equal, 0 for nothing in common. */
export function textSimilarity(a: string | undefined, b: string | undefined): number {
  const x = normalizeText(a).replace(/ /g, '')
  const y = normalizeText(b).replace(/ /g, '')
  if (!x || !y) return 0
  if (x === y) return 1
  if (x.length < 2 || y.length < 2) return 0
  const bigrams = new Map<string, number>()
  for (let i = 0; i < x.length - 1; i++) {
    const bigram = x.slice(i, i + 2)
    bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < y.length - 1; i++) {
    const bigram = y.slice(i, i + 2)
    const count = bigrams.get(bigram) ?? 0
    if (count > 0) {
      shared++
      bigrams.set(bigram, count - 1)
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1))
}

/** "+49 (0)30 1234-5678" → "49301234 5678" without the space: the "(0)" trunk marker is not dialled after a country code. */
export function phoneDigits(value: string | undefined | null): string {
  if (!value) return ''
  return value
    .replace(/\(\s*0\s*\)/g, '')
    .replace(/\D/g, '')
    .replace(/^00/, '')
}

/**
 * Phones are the same number when their digits are, or when one side writes the
 * international form and the other the national one: "+44 20 7946 0958" ≈ "020 7946 0958",
 * "+1 (555) 123-4567" ≈ "(555) 123-4567". Only a 1–3 digit country code may be missing.
 */
export function phonesMatch(expected: string | undefined, predicted: string | undefined): boolean {
  const a = phoneDigits(expected)
  const b = phoneDigits(predicted)
  if (a.length < 5 || b.length < 5) return false
  if (a === b) return true
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a]
  const national = shorter.replace(/^0/, '')
  const prefix = longer.length - national.length
  return national.length >= 6 && prefix >= 1 && prefix <= 3 && longer.endsWith(national)
}

const PRESENT = /^(present|current|now|today|ongoing)$/i

/** "2019-05-17" → "2019-05"; "Present" and empty → undefined. */
export function normalizeDate(value: string | undefined | null): string | undefined {
  if (!value || PRESENT.test(value.trim())) return undefined
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(value.trim())
  if (!match) return value.trim()
  return match[2] ? `${match[1]}-${match[2].padStart(2, '0')}` : match[1]
}

/** Compared at the ground truth's precision: GT "2019" accepts "2019-05"; GT "2019-05" needs the month. */
export function datesMatch(expected: string | undefined, predicted: string | undefined): boolean {
  const gt = normalizeDate(expected)
  const pred = normalizeDate(predicted)
  if (!gt || !pred) return false
  return gt.length === 4 ? pred.slice(0, 4) === gt : pred === gt
}

/** A missing GT end date means the job is ongoing: only a prediction without an end (or "Present") matches it. */
export function endDatesMatch(expected: string | undefined, predicted: string | undefined): boolean {
  const gt = normalizeDate(expected)
  const pred = normalizeDate(predicted)
  if (!gt) return !pred
  return datesMatch(gt, pred)
}

/** Addresses are compared whole (dots and all), ignoring case and a "mailto:" prefix. */
export function emailsMatch(expected: string | undefined, predicted: string | undefined): boolean {
  const clean = (value: string | undefined) => (value ?? '').trim().toLowerCase().replace(/^mailto:/, '')
  return clean(expected) !== '' && clean(expected) === clean(predicted)
}

export function normalizeUrl(value: string | undefined | null): string {
  if (!value) return ''
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
}

// ---------------------------------------------------------------------------
// Skills
// ---------------------------------------------------------------------------

/**
 * Spellings of one skill. Kept here, not borrowed from the parser's taxonomy: the
 * scorer must not forgive exactly the mistakes the parser makes.
 */
const SKILL_ALIASES: Record<string, string[]> = {
  javascript: ['js', 'ecmascript', 'es6'],
  typescript: ['ts'],
  kubernetes: ['k8s', 'kube'],
  go: ['golang'],
  node: ['nodejs'],
  postgresql: ['postgres', 'psql'],
  html: ['html5'],
  css: ['css3'],
  aws: ['amazonwebservices'],
  gcp: ['googlecloud', 'googlecloudplatform'],
  azure: ['microsoftazure'],
  machinelearning: ['ml'],
  scikitlearn: ['sklearn'],
  csharp: ['csharpnet'],
  cplusplus: ['cpp'],
  dotnet: ['dotnetframework'],
  python: ['python3'],
  mongodb: ['mongo'],
  cicd: ['continuousintegration'],
}

const ALIAS_TO_KEY = new Map<string, string>(
  Object.entries(SKILL_ALIASES).flatMap(([key, aliases]) => [[key, key] as const, ...aliases.map((alias) => [alias, key] as const)])
)

/**
 * One key per skill: "Node.js", "node", "NodeJS" → "node"; "k8s" → "kubernetes".
 * Symbols that make a different language are spelled out first so that C, C# and C++ stay apart.
 */
export function skillKey(value: string | undefined | null): string {
  if (!value) return ''
  let key = value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/(^|[^\p{L}])c\s*#/gu, '$1csharp')
    .replace(/(^|[^\p{L}])f\s*#/gu, '$1fsharp')
    .replace(/(^|[^\p{L}])c\s*\+\s*\+/gu, '$1cplusplus')
    .replace(/(^|[^\p{L}])\.net\b/gu, '$1dotnet')
    .replace(/&/g, 'and')
  // "React.js", "Vue JS", "NodeJS": the suffix names the ecosystem, not a different skill. "JS" alone is JavaScript.
  key = key.replace(/^(.{2,}?)[\s.-]?js$/, '$1')
  // "Apache Spark" is Spark's full name; "Apache" alone (the web server) stays.
  key = key.replace(/^apache\s+(?=\S)/, '')
  key = key.replace(/[^\p{L}\p{N}]+/gu, '')
  return ALIAS_TO_KEY.get(key) ?? key
}

/**
 * GT skills: every keyword; a group's `name` only when it has no keywords (then the
 * name is the skill, e.g. {"name": "Python"}; with keywords it's a category label
 * like "Languages" that no parser should be asked to output as a skill).
 */
export function groundTruthSkills(skills: JsonResumeLike['skills']): Map<string, string> {
  const out = new Map<string, string>()
  for (const group of skills ?? []) {
    const names = group.keywords && group.keywords.length > 0 ? group.keywords : group.name ? [group.name] : []
    for (const name of names) {
      const key = skillKey(name)
      if (key && !out.has(key)) out.set(key, name)
    }
  }
  return out
}

/**
 * Predicted skills: each entry's `name`. Sift's export puts one skill per entry and its
 * category in `keywords`, so keywords are not skills there.
 */
export function predictedSkills(skills: JsonResumeLike['skills']): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of skills ?? []) {
    const key = skillKey(entry.name)
    if (key && !out.has(key)) out.set(key, entry.name ?? '')
  }
  return out
}

// ---------------------------------------------------------------------------
// Alignment of list fields
// ---------------------------------------------------------------------------

/**
 * Greedy one-to-one alignment: take the most similar (gt, predicted) pair, remove both,
 * repeat while pairs reach `minScore`. Ties go to pairs whose positions in the two lists
 * are closest, then to the earlier GT item, so the result is deterministic.
 */
export function alignGreedy<G, P>(
  expected: readonly G[],
  predicted: readonly P[],
  similarity: (gt: G, pred: P) => number,
  minScore: number
): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; score: number }> = []
  expected.forEach((gt, g) =>
    predicted.forEach((pred, p) => {
      const score = similarity(gt, pred)
      if (score >= minScore) candidates.push({ g, p, score })
    })
  )
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.g - a.p) - Math.abs(b.g - b.p) || a.g - b.g || a.p - b.p)

  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (const { g, p } of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue
    usedG.add(g)
    usedP.add(p)
    pairs.push([g, p])
  }
  return pairs.sort((a, b) => a[0] - b[0])
}

type WorkItem = NonNullable<JsonResumeLike['work']>[number]
type EducationItem = NonNullable<JsonResumeLike['education']>[number]

/**
 * Company decides most; the title and the start date settle entries at the same employer.
 * A job whose company and title were swapped, or not read at all, is still the same job
 * when its start date is exactly right: it aligns, and only the wrong fields count as wrong.
 */
export function workSimilarity(gt: WorkItem, pred: WorkItem): number {
  const sameStartYear = gt.startDate && pred.startDate && normalizeDate(gt.startDate)?.slice(0, 4) === normalizeDate(pred.startDate)?.slice(0, 4)
  const dates = (sameStartYear ? 0.2 : 0) + (datesMatch(gt.startDate, pred.startDate) ? 0.1 : 0)
  const direct = 0.5 * textSimilarity(gt.name, pred.name) + 0.3 * textSimilarity(gt.position, pred.position)
  const swapped = 0.5 * textSimilarity(gt.name, pred.position) + 0.3 * textSimilarity(gt.position, pred.name)
  return Math.max(direct, swapped) + dates
}

const DEGREE_JOINERS = new Set(['in', 'of', 'en', 'de'])
const withoutJoiners = (value: string) =>
  value
    .split(' ')
    .filter((word) => !DEGREE_JOINERS.has(word))
    .join(' ')

/**
 * The degree as written. Where the GT has no `area`, its studyType holds the whole line
 * ("Bachelor's in Computer Science"), so a parser that split it into studyType
 * "Bachelor's" + area "Computer Science" read it right.
 */
export function degreeMatches(gt: EducationItem, pred: EducationItem): boolean {
  if (textMatches(gt.studyType, pred.studyType)) return true
  if (gt.area || !pred.studyType || !pred.area) return false
  return withoutJoiners(normalizeText(gt.studyType)) === withoutJoiners(normalizeText(`${pred.studyType} ${pred.area}`))
}

export function educationSimilarity(gt: EducationItem, pred: EducationItem): number {
  const sameEndYear = gt.endDate && pred.endDate && normalizeDate(gt.endDate)?.slice(0, 4) === normalizeDate(pred.endDate)?.slice(0, 4)
  return 0.6 * textSimilarity(gt.institution, pred.institution) + 0.25 * textSimilarity(gt.studyType, pred.studyType) + (sameEndYear ? 0.15 : 0)
}

/** Below this an alignment would pair unrelated entries; they are counted as missed and extra instead. */
export const MIN_ALIGNMENT = 0.3

// ---------------------------------------------------------------------------
// Profiles and URL
// ---------------------------------------------------------------------------

interface LinkItem {
  kind: 'url' | 'profile'
  network?: string
  username?: string
  url?: string
}

const cleanUsername = (value: string | undefined) => normalizeText(value?.replace(/^@/, '')).replace(/ /g, '')
const networkKey = (value: string | undefined) => normalizeText(value).replace(/ /g, '')

/** The last path segment of a profile URL: "linkedin.com/in/jane-doe" → "janedoe". */
function usernameFromUrl(url: string | undefined): string {
  const path = normalizeUrl(url).split('/').slice(1).filter(Boolean)
  return cleanUsername(path.at(-1))
}

function hostOf(url: string | undefined): string {
  return normalizeUrl(url).split('/')[0] ?? ''
}

/**
 * A profile is found when the URL is the same, or the same username is given on the same
 * network (a network is recognised by name or by the URL's host: "LinkedIn" ↔ linkedin.com).
 */
export function linksMatch(gt: LinkItem, pred: LinkItem): boolean {
  if (gt.url && pred.url && normalizeUrl(gt.url) === normalizeUrl(pred.url)) return true
  if (gt.kind === 'url') return false

  const network = networkKey(gt.network)
  if (!network) return false
  const predNetwork = networkKey(pred.network)
  const sameNetwork = predNetwork === network || (pred.url !== undefined && hostOf(pred.url).replace(/\./g, '').includes(network))
  if (!sameNetwork) return false

  const username = cleanUsername(gt.username) || usernameFromUrl(gt.url)
  if (!username) return false
  return cleanUsername(pred.username) === username || usernameFromUrl(pred.url) === username
}

function describeLink(link: LinkItem): string {
  if (link.kind === 'url') return link.url ?? ''
  return [link.network, link.username ?? link.url].filter(Boolean).join(': ')
}

// ---------------------------------------------------------------------------
// A whole résumé
// ---------------------------------------------------------------------------

export function scoreResume(gt: JsonResumeLike, predicted: JsonResumeLike): ResumeScore {
  const fields = emptyFieldTallies()
  const misses: Miss[] = []

  const scoreValue = (
    field: FieldName,
    expected: string | undefined,
    value: string | undefined,
    matches: (a: string | undefined, b: string | undefined) => boolean
  ) => {
    // An end date is scored even when absent from GT: absent means "present" (see endDatesMatch).
    if (!expected && field !== 'work.endDate') return
    if (matches(expected, value)) {
      fields[field].tp++
      return
    }
    fields[field].fn++
    // A value that isn't there is a miss, not a wrong answer; for end dates "no end" reads as nothing predicted too.
    const predictedValue = field === 'work.endDate' ? normalizeDate(value) : value
    if (predictedValue) fields[field].fp++
    misses.push({ field, expected: expected ?? '(present)', predicted: value })
  }

  const basics = gt.basics ?? {}
  const pBasics = predicted.basics ?? {}
  scoreValue('name', basics.name, pBasics.name, textMatches)
  scoreValue('email', basics.email, pBasics.email, emailsMatch)
  scoreValue('phone', basics.phone, pBasics.phone, phonesMatch)
  scoreValue('location.city', basics.location?.city, pBasics.location?.city, textMatches)

  scoreLinks(gt, predicted, fields, misses)
  scoreWork(gt.work ?? [], predicted.work ?? [], scoreValue, fields, misses)
  scoreEducation(gt.education ?? [], predicted.education ?? [], scoreValue, fields, misses)
  scoreSkills(gt.skills, predicted.skills, fields, misses)
  return { fields, misses }
}

type ScoreValue = (
  field: FieldName,
  expected: string | undefined,
  value: string | undefined,
  matches: (a: string | undefined, b: string | undefined) => boolean
) => void

function scoreLinks(gt: JsonResumeLike, predicted: JsonResumeLike, fields: Record<FieldName, Tally>, misses: Miss[]) {
  const gtHasUrl = Boolean(gt.basics?.url)
  const gtHasProfiles = (gt.basics?.profiles ?? []).length > 0
  if (!gtHasUrl && !gtHasProfiles) return

  const expected: LinkItem[] = [
    ...(gtHasUrl ? [{ kind: 'url' as const, url: gt.basics?.url }] : []),
    ...(gt.basics?.profiles ?? []).map((profile) => ({ kind: 'profile' as const, ...profile })),
  ]
  const predictedLinks: LinkItem[] = [
    ...(predicted.basics?.url ? [{ kind: 'url' as const, url: predicted.basics.url }] : []),
    ...(predicted.basics?.profiles ?? []).map((profile) => ({ kind: 'profile' as const, ...profile })),
  ]
  const pairs = alignGreedy(expected, predictedLinks, (a, b) => (linksMatch(a, b) ? 1 : 0), 1)
  const tally = fields['url/profiles']
  tally.tp += pairs.length
  const matchedG = new Set(pairs.map(([g]) => g))
  const matchedP = new Set(pairs.map(([, p]) => p))
  expected.forEach((link, g) => {
    if (matchedG.has(g)) return
    tally.fn++
    misses.push({ field: 'url/profiles', expected: describeLink(link) })
  })
  predictedLinks.forEach((link, p) => {
    if (matchedP.has(p)) return
    // An extra website is only wrong if the GT says what the website is; same for profiles.
    if (link.kind === 'url' ? !gtHasUrl : !gtHasProfiles) return
    tally.fp++
    misses.push({ field: 'url/profiles', predicted: describeLink(link) })
  })
}

function scoreWork(gt: WorkItem[], predicted: WorkItem[], scoreValue: ScoreValue, fields: Record<FieldName, Tally>, misses: Miss[]) {
  if (gt.length === 0) return
  const pairs = alignGreedy(gt, predicted, workSimilarity, MIN_ALIGNMENT)
  const matchedG = new Map(pairs)
  gt.forEach((job, g) => {
    const p = matchedG.get(g)
    const pred: WorkItem = p === undefined ? {} : (predicted[p] ?? {})
    scoreValue('work.name', job.name, pred.name, textMatches)
    scoreValue('work.position', job.position, pred.position, textMatches)
    scoreValue('work.startDate', job.startDate, pred.startDate, datesMatch)
    if (p === undefined) {
      // No job to read an end from: ongoing or not, the GT end was not found.
      fields['work.endDate'].fn++
      misses.push({ field: 'work.endDate', expected: job.endDate ?? '(present)' })
    } else {
      scoreValue('work.endDate', job.endDate, pred.endDate, endDatesMatch)
    }
  })
  countExtras(
    predicted,
    new Set(pairs.map(([, p]) => p)),
    [
      ['work.name', (job) => job.name, gt.some((job) => job.name)],
      ['work.position', (job) => job.position, gt.some((job) => job.position)],
      ['work.startDate', (job) => job.startDate, gt.some((job) => job.startDate)],
      ['work.endDate', (job) => normalizeDate(job.endDate), true],
    ],
    fields,
    misses
  )
}

function scoreEducation(
  gt: EducationItem[],
  predicted: EducationItem[],
  scoreValue: ScoreValue,
  fields: Record<FieldName, Tally>,
  misses: Miss[]
) {
  if (gt.length === 0) return
  const pairs = alignGreedy(gt, predicted, educationSimilarity, MIN_ALIGNMENT)
  const matchedG = new Map(pairs)
  gt.forEach((entry, g) => {
    const p = matchedG.get(g)
    const pred: EducationItem = p === undefined ? {} : (predicted[p] ?? {})
    scoreValue('education.institution', entry.institution, pred.institution, textMatches)
    scoreValue('education.studyType', entry.studyType, pred.studyType, () => degreeMatches(entry, pred))
  })
  countExtras(
    predicted,
    new Set(pairs.map(([, p]) => p)),
    [
      ['education.institution', (entry) => entry.institution, gt.some((entry) => entry.institution)],
      ['education.studyType', (entry) => entry.studyType, gt.some((entry) => entry.studyType)],
    ],
    fields,
    misses
  )
}

/** Entries the parser invented (no GT entry aligned to them): each of their fields that the GT scores is a false positive. */
function countExtras<T>(
  predicted: T[],
  matched: Set<number>,
  columns: Array<[FieldName, (item: T) => string | undefined, boolean]>,
  fields: Record<FieldName, Tally>,
  misses: Miss[]
) {
  predicted.forEach((item, p) => {
    if (matched.has(p)) return
    for (const [field, read, scored] of columns) {
      const value = read(item)
      if (!scored || !value) continue
      fields[field].fp++
      misses.push({ field, predicted: value })
    }
  })
}

function scoreSkills(gt: JsonResumeLike['skills'], predicted: JsonResumeLike['skills'], fields: Record<FieldName, Tally>, misses: Miss[]) {
  const expected = groundTruthSkills(gt)
  if (expected.size === 0) return
  const found = predictedSkills(predicted)
  const tally = fields.skills
  for (const [key, name] of expected) {
    if (found.has(key)) tally.tp++
    else {
      tally.fn++
      misses.push({ field: 'skills', expected: name })
    }
  }
  for (const [key, name] of found) {
    if (expected.has(key)) continue
    tally.fp++
    misses.push({ field: 'skills', predicted: name })
  }
}
