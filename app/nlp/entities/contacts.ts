/*
|--------------------------------------------------------------------------
| Basics: name, contacts, headline, summary
|--------------------------------------------------------------------------
|
| Contacts are read first from the header (the lines before the first
| heading, and contact blocks such as "Personal Information" or "Profiles"),
| then from sections that are not about someone else's organisation: a URL in
| a job entry is the employer's site, not the candidate's. Email and phone are
| unmistakable enough to be taken from anywhere when the header has none
| (two-column layouts read in the wrong order put the header last).
|
*/
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { headingKind } from '../sections/headings.js'
import type { Field, Line, Location, ParsedResume, Profile, Section, SectionKind } from '../types.js'
import { isProse } from './blocks.js'
import { findDateRanges } from './dates.js'
import { sectionItems, type Item } from './items.js'
import { findLocation } from './places.js'
import { companyScore, joinWrapped, plain, titleScore } from './vocabulary.js'

export type Basics = ParsedResume['basics']

/** Sections whose URLs and places belong to employers, schools and projects rather than the candidate. */
const OTHERS_SECTIONS = new Set<SectionKind>(['experience', 'education', 'projects', 'publications', 'volunteer', 'awards', 'certifications', 'references'])

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/giu
const HAS_EMAIL = new RegExp(EMAIL.source, 'iu')
// Bare domains need a lower-case top-level domain, so "ASP.NET" or "Node.JS" in a skills list are not links.
const URL = /(?<![\w@.-])(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww][Ww][Ww]\.)[^\s,;|<>"'()]+|(?<![\w@.\/-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|xyz|tech|info|page|site|blog|design|codes|sh|us|uk|de|fr|es|it|nl|eu|ca|in|ch|mx|ar|cl|ie|sg|se|no|fi|pl|cz|at|be|dk|pt|br|au|nz|jp|tr|gg|ly|to|so|cv|work|pro|online|studio|digital|one|link|bio)(?:\/[^\s,;|<>"'()]*)?(?![\w@-])/gu
const PHONE = /(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d/g
const PHONE_LABEL = /\b(?:tel|tél|phone|mobile|mob|cell|telefon|handy|móvil|celular|téléphone|portable|t|m|p)\s*[.:]\s*$/i

interface Network {
  name: string
  /** host pattern and how the username sits in the path */
  url: RegExp
  /** How to write a profile URL from a username, where the network has one canonical form. */
  template?: (username: string) => string
  /** Font Awesome code points of the network's icon (RenderCV, moderncv, many LaTeX/Word templates draw these). */
  icons?: number[]
  aliases?: string[]
}

const NETWORKS: Network[] = [
  { name: 'LinkedIn', url: /linkedin\.com\/(?:in|pub)\/([\w%.-]+)/i, template: (u) => `https://linkedin.com/in/${u}`, icons: [0xf08c, 0xf0e1], aliases: ['linked in'] },
  { name: 'GitHub', url: /github\.com\/([\w-]+)\/?$/i, template: (u) => `https://github.com/${u}`, icons: [0xf09b, 0xf092, 0xf113] },
  { name: 'GitLab', url: /gitlab\.com\/([\w.-]+)\/?$/i, template: (u) => `https://gitlab.com/${u}`, icons: [0xf296] },
  { name: 'Twitter', url: /twitter\.com\/@?(\w+)\/?$/i, template: (u) => `https://twitter.com/${u}`, icons: [0xf099, 0xf081] },
  { name: 'X', url: /(?<![\w.])x\.com\/@?(\w+)\/?$/i, template: (u) => `https://x.com/${u}`, icons: [0xe61b] },
  { name: 'StackOverflow', url: /stackoverflow\.com\/(?:users\/\d+\/([\w-]+)|users\/(\d+)|u\/([\w-]+))/i, icons: [0xf16c], aliases: ['stack overflow'] },
  { name: 'Medium', url: /medium\.com\/@([\w.-]+)|([\w-]+)\.medium\.com/i, template: (u) => `https://medium.com/@${u}`, icons: [0xf23a] },
  { name: 'Behance', url: /behance\.net\/([\w-]+)/i, template: (u) => `https://behance.net/${u}`, icons: [0xf1b4] },
  { name: 'Dribbble', url: /dribbble\.com\/([\w-]+)/i, template: (u) => `https://dribbble.com/${u}`, icons: [0xf17d] },
  { name: 'Kaggle', url: /kaggle\.com\/([\w-]+)/i, template: (u) => `https://kaggle.com/${u}` },
  { name: 'Bitbucket', url: /bitbucket\.org\/([\w-]+)\/?$/i, icons: [0xf171] },
  { name: 'CodePen', url: /codepen\.io\/([\w-]+)/i, icons: [0xf1cb] },
  { name: 'DEV', url: /(?<![\w.])dev\.to\/([\w-]+)/i },
  { name: 'LeetCode', url: /leetcode\.com\/(?:u\/)?([\w-]+)/i },
  { name: 'HackerRank', url: /hackerrank\.com\/(?:profile\/)?([\w-]+)/i },
  { name: 'ORCID', url: /orcid\.org\/([\d-]{15,}X?)/i, icons: [0xf8d2] },
  { name: 'Google Scholar', url: /scholar\.google\.[a-z.]+\/citations\?user=([\w-]+)/i },
  { name: 'ResearchGate', url: /researchgate\.net\/profile\/([\w-]+)/i, icons: [0xf4f8] },
  { name: 'Xing', url: /xing\.com\/profile\/([\w-]+)/i, icons: [0xf168] },
  { name: 'Instagram', url: /instagram\.com\/([\w.]+)/i, icons: [0xf16d] },
  { name: 'YouTube', url: /youtube\.com\/(?:@|c\/|user\/|channel\/)([\w-]+)/i, icons: [0xf167] },
  { name: 'Facebook', url: /facebook\.com\/([\w.]+)/i, icons: [0xf09a, 0xf082] },
  { name: 'Telegram', url: /(?<![\w.])t\.me\/([\w]+)/i, icons: [0xf2c6] },
]

const networkKey = (text: string) => text.toLowerCase().replace(/\uFFFD/g, '').replace(/[^a-z]/g, '')
/** "StackOver\uFFFDow" (a lost "fl" ligature) still names Stack Overflow. */
function networkNamed(text: string): Network | undefined {
  // A network's name is a word or two; a long line is not one, whatever its spacing.
  if (text.length > 60) return undefined
  const raw = plain(text).replace(/[:\s]+$/, '')
  if (raw.length === 0 || raw.length > 20) return undefined
  // Most words are plain: one lookup. Only a lost ligature needs the pattern.
  if (!raw.includes('\uFFFD')) return NETWORK_BY_KEY.get(networkKey(raw))
  const pattern = new RegExp(`^${raw.toLowerCase().replace(/[^a-z\uFFFD]/g, '').replace(/\uFFFD/g, '(?:fi|fl|ff|ffi|ffl)')}$`)
  return NETWORKS.find((n) => [n.name, ...(n.aliases ?? [])].some((name) => pattern.test(networkKey(name))))
}

const NETWORK_BY_KEY = new Map(
  NETWORKS.flatMap((network) => [network.name, ...(network.aliases ?? [])].map((name): [string, Network] => [networkKey(name), network])).reverse()
)

const HANDLE = /^@?[\w][\w.-]{1,38}$/

/** A line that is only network names, one per word ("LinkedIn GitHub StackOverflow"). */
function networksInRow(text: string): Network[] {
  // At most a handful of names of up to 20 letters: long lines (most of a résumé) are no such row.
  if (text.length > 150) return []
  const networks: Network[] = []
  for (const word of plain(text).split(' ')) {
    const network = networkNamed(word)
    if (!network) return []
    networks.push(network)
  }
  return networks
}

function field<T>(value: T, confidence: number, lines: number[]): Field<T> {
  return { value, confidence: Math.round(confidence * 100) / 100, lines: [...new Set(lines)].sort((a, b) => a - b) }
}

/** A contact line cut at the separators templates put between contacts: icons, bars, bullets, wide gaps. */
export function contactSegments(text: string): string[] {
  return text
    .split(/[\u{E000}-\u{F8FF}]|\s[|•·◦▪⋅]\s|\s{2,}|\t|^\s*[|•·]\s*|\s*[|•·]\s*$/u)
    .map((s) => s.trim())
    .filter(Boolean)
}

function profileFromUrl(url: string): Profile | null {
  for (const network of NETWORKS) {
    const match = network.url.exec(url)
    if (!match) continue
    const username = match.slice(1).find(Boolean)
    return { network: network.name, username: username ? decoded(username) : undefined, url: withScheme(url) }
  }
  return null
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    // A stray "%" (a link annotation typed by hand) is kept as written.
    return text
  }
}

// Hosts of the networks: a link there that is not a profile (a repository, a post) is no personal site either.
const NETWORK_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:linkedin|github|gitlab|twitter|x|stackoverflow|medium|behance|dribbble|kaggle|bitbucket|codepen|dev|leetcode|hackerrank|orcid|google|researchgate|xing|instagram|youtube|facebook|t|doi)\.(?:com|org|net|io|to|me)(?:[/?#:]|$)/i

/** Link annotations on the given lines, each URL once, with the first line carrying it. */
function linksOf(items: Item[]): Array<{ url: string; id: number }> {
  const seen = new Set<string>()
  const found: Array<{ url: string; id: number }> = []
  for (const item of items) {
    for (const url of item.line.links ?? []) {
      if (seen.has(url)) continue
      seen.add(url)
      found.push({ url, id: item.id })
    }
  }
  return found
}

function withScheme(url: string): string {
  const trimmed = url.replace(/[.,;:)]+$/, '')
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
}

interface Scope {
  /** Header lines first, then the other lines that may hold the candidate's own details. */
  own: Item[]
  header: Item[]
  all: Item[]
}

function scope(lines: Line[], sections: Section[]): Scope {
  const header: Item[] = []
  const own: Item[] = []
  const all: Item[] = []
  for (const section of sections) {
    const items = sectionItems(lines, section)
    all.push(...items)
    if (section.kind === 'header') header.push(...items)
    else if (!OTHERS_SECTIONS.has(section.kind)) own.push(...items)
  }
  const byId = (a: Item, b: Item) => a.id - b.id
  header.sort(byId)
  all.sort(byId)
  // Two-column pages read in the wrong order can put the name and contact line under
  // another heading; the lines around the email or phone are the header wherever they are.
  const anchors = all.filter((item) => HAS_EMAIL.test(item.text) || /\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/.test(item.text))
  if (anchors.length > 0 && !header.some((item) => anchors.includes(item))) {
    const near = all.filter((item) => anchors.some((a) => Math.abs(a.id - item.id) <= 3) && !header.includes(item))
    header.push(...near)
    header.sort(byId)
  }
  const headerIds = new Set(header.map((item) => item.id))
  return { header, own: [...header, ...own.filter((item) => !headerIds.has(item.id)).sort(byId)], all }
}

function findEmail(scope: Scope): Field<string> | undefined {
  // Outside the candidate's own sections an address may be a referee's.
  for (const [items, confidence] of [[scope.own, 0.95], [scope.all, 0.6]] as const) {
    for (const item of items) {
      const match = item.text.match(EMAIL)
      if (match) return field(match[0].replace(/^mailto:/i, ''), confidence, [item.id])
    }
  }
  // An envelope icon linked to "mailto:": the address is only in the link annotation.
  for (const link of linksOf(scope.header)) {
    const address = /^mailto:([^?]+)/i.exec(link.url)?.[1]
    const match = address ? decoded(address).trim().match(EMAIL) : null
    if (match) return field(match[0], 0.85, [link.id])
  }
  return undefined
}

function countDigits(text: string): number {
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
  }
  return digits
}

function findPhone(scope: Scope, country: CountryCode | undefined): Field<string> | undefined {
  for (const [items, base] of [[scope.own, 1], [scope.all, 0.85]] as const) {
    for (const item of items) {
      // A phone number has 7 digits at least: most lines can't hold one, and the place and date finders below are not cheap.
      if (countDigits(item.text) < 7) continue
      let text = item.text.replace(EMAIL, ' ').replace(URL, (url) => ' '.repeat(url.length))
      // "Pleasantville, CA 94588 (555) 123-4567": the postal code is not the start of the number.
      const place = findLocation(text)
      if (place) text = text.slice(0, place.span[0]) + ' '.repeat(place.span[1] - place.span[0]) + text.slice(place.span[1])
      const dates = findDateRanges(text)
      for (const match of text.matchAll(PHONE)) {
        const written = match[0].trim().replace(/[\s(.\-/]+$/, '')
        const digits = written.replace(/\D/g, '')
        if (digits.length < 7 || digits.length > 15) continue
        const from = match.index
        if (dates.some((d) => d.span[0] < from + written.length && d.span[1] > from)) continue
        const labelled = PHONE_LABEL.test(text.slice(Math.max(0, from - 12), from))
        const parsed = parsePhoneNumberFromString(written, country) ?? parsePhoneNumberFromString(written)
        if (parsed?.isValid()) return field(parsed.number, (labelled ? 0.95 : 0.9) * base, [item.id])
        // Not a number the numbering plan knows (fictional 555 numbers, typos): keep it as written, less sure.
        const shaped = /^\+|^\(\d+\)|\d[\s.-]\d/.test(written) && digits.length >= 9
        if (labelled || shaped) return field(written, (labelled ? 0.6 : 0.5) * base, [item.id])
      }
    }
  }
  return undefined
}

function findUrls(scope: Scope): { url?: Field<string>; profiles: Field<Profile>[] } {
  const profiles: Field<Profile>[] = []
  let url: Field<string> | undefined
  const add = (profile: Profile, confidence: number, lines: number[]) => {
    const same = profiles.find((p) => p.value.network === profile.network)
    if (!same) profiles.push(field(profile, confidence, lines))
    else if (!same.value.url && profile.url && same.value.username === profile.username) same.value.url = profile.url
  }

  for (const item of scope.own) {
    const text = item.text.replace(EMAIL, ' ')
    for (const match of text.matchAll(URL)) {
      const found = match[0].replace(/[.,;:)]+$/, '')
      const profile = profileFromUrl(found)
      if (profile) add(profile, 0.95, [item.id])
      else if (!url && scope.header.includes(item)) url = field(withScheme(found), 0.85, [item.id])
      // Outside the header only a written-out link counts: a bare "domain.tld" there is more often a product.
      else if (!url && /^(?:https?:\/\/|www\.)/i.test(found)) url = field(withScheme(found), 0.6, [item.id])
    }
    // "GitHub: jdoe", "LinkedIn – john-doe"
    for (const match of text.matchAll(/([A-Za-z][A-Za-z ]{0,16}?)\s*[:–—-]\s*(@?[\w][\w.-]{1,38})(?![\w.\/-]*\.\w)/g)) {
      const network = networkNamed(match[1])
      if (network) add(profileFromHandle(network, match[2]), 0.85, [item.id])
    }
    // An icon of the network followed by the handle (Font Awesome glyphs in PDF text).
    for (const match of item.text.matchAll(/([\u{E000}-\u{F8FF}])\s*([^\s\u{E000}-\u{F8FF}|•·]+)/gu)) {
      const code = match[1].codePointAt(0)!
      const network = NETWORKS.find((n) => n.icons?.includes(code))
      if (network && HANDLE.test(match[2])) add(profileFromHandle(network, match[2]), 0.75, [item.id])
    }
  }

  // Two-line pairs in a profiles block: the handle on one line and the network's name on the
  // next, or the other way round; the way that pairs more lines is the template's.
  // Outside the header (a sidebar read out of order) only lower-case handles count, so a
  // "GitHub" line in a list of tools doesn't pair with "Docker".
  // Asked of every line four times (two scopes, two directions): looked up once.
  const rows = new Map<number, Network[]>()
  const named = new Map<number, Network | undefined>()
  const rowOf = (item: Item) => rows.get(item.id) ?? rows.set(item.id, networksInRow(item.text)).get(item.id)!
  const namedBy = (item: Item) => (named.has(item.id) ? named.get(item.id) : named.set(item.id, networkNamed(item.text)).get(item.id))
  const pairs = (items: Item[], direction: -1 | 1, strict: boolean) => {
    const found: Array<{ network: Network; handle: string; lines: number[] }> = []
    const used = new Set<number>()
    items.forEach((item, i) => {
      const other = items[i + direction]
      // "johndoe johndoe johndoe" over "LinkedIn GitHub StackOverflow": a row of profiles read as two lines.
      const row = rowOf(item)
      if (row.length >= 2 && other && Math.abs(other.id - item.id) === 1 && !used.has(other.id)) {
        const handles = plain(other.text).split(' ')
        if (handles.length === row.length && handles.every((h) => HANDLE.test(h) && !(strict && /\p{Lu}/u.test(h)))) {
          used.add(other.id)
          row.forEach((network, k) => found.push({ network, handle: handles[k], lines: [item.id, other.id] }))
          return
        }
      }
      const network = namedBy(item)
      if (!network || !other || Math.abs(other.id - item.id) !== 1 || used.has(other.id)) return
      // "Profiles johndoe": a heading read on the same line as the first handle.
      const handle = plain(other.text).split(' ').at(direction === -1 ? -1 : 0)!
      if (!HANDLE.test(handle) || networkNamed(handle) || headingKind(handle)) return
      if (strict && /\p{Lu}/u.test(handle)) return
      used.add(other.id)
      found.push({ network, handle, lines: [item.id, other.id] })
    })
    return found
  }
  for (const [items, strict, confidence] of [[scope.header, false, 0.7], [scope.all, true, 0.5]] as const) {
    const before = pairs([...items], -1, strict)
    const after = pairs([...items], 1, strict)
    for (const pair of before.length >= after.length ? before : after) {
      if (!profiles.some((p) => p.value.network === pair.network.name)) add(profileFromHandle(pair.network, pair.handle), confidence, pair.lines)
    }
  }

  // "rendercv" next to a LinkedIn icon: the URL is only in the PDF's link annotation.
  const sameProfile = (a: Profile, b: Profile) =>
    a.network === b.network && (a.username ?? '').toLowerCase() === (b.username ?? '').toLowerCase()
  for (const link of linksOf(scope.header)) {
    if (!/^https?:\/\//i.test(link.url)) continue
    const profile = profileFromUrl(link.url)
    if (profile) {
      if (!profile.username) continue
      const same = profiles.find((p) => sameProfile(p.value, profile))
      if (!same) profiles.push(field(profile, 0.9, [link.id]))
      else if (!same.value.url) same.value.url = profile.url
    } else if (!url && !NETWORK_HOST.test(link.url)) {
      url = field(withScheme(link.url), 0.8, [link.id])
    }
  }
  return { url, profiles }
}

function profileFromHandle(network: Network, handle: string): Profile {
  const username = handle.replace(/^@/, '')
  return { network: network.name, username, url: network.template?.(username) }
}

function findLocationField(scope: Scope): Field<Location> | undefined {
  for (const item of scope.header) {
    const labelled = /^(?:address|location|adresse|wohnort|ort|ubicación|dirección)\s*:\s*(.+)$/i.exec(plain(item.text))
    const segments = labelled ? [labelled[1]] : contactSegments(item.text)
    for (const raw of segments) {
      // Contacts merged into one line ("San Francisco, CA john@x.com x.com"): emails and links are not places.
      const segment = raw.replace(EMAIL, ' | ').replace(URL, ' | ').replace(/\s+/g, ' ').trim()
      const found = findLocation(segment, { wholeSegment: true })
      if (found) return field(found.location, found.confidence, [item.id])
    }
  }
  return undefined
}

const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'zu', 'ter', 'ten'])
// Words of a résumé's own vocabulary, programming languages and the first words of compound
// city names ("Tel Aviv", "San Jose"): lines made of them are headings, skills or places.
const NOT_NAMES =
  /\b(?:curriculum|vitae|resume|résumé|lebenslauf|cv|page|updated|contact|profile|summary|references?|experience|expirience|skills?|tools|work|positions?|description|technologies|languages|projects|education|python|java|javascript|typescript|sql|react|angular|docker|kubernetes|linux|aws|php|golang|kotlin|swift|html|css|node)\b/i
const CITY_PREFIX = /^(?:san|santa|são|sao|los|las|new|tel|st\.?|saint|fort|port|rio|buenos|hong|kuala|cape|abu|ho)\s/i

// Titles written before a name, several at times ("Prof. Dr.", "Dr.-Ing.", "Dr. rer. nat."). Short ones need their
// dot where they could be a given name ("Ing", "Mag").
const HONORIFIC =
  /^(?:(?:(?:dr|prof|mr|mrs|ms|mx)\.?|(?:dipl|dr|univ)\.?-\p{L}+\.|(?:ing|mag|ir|rev|hon|dott|sr|sra|srta|mme|mlle|rer|nat|med|phil|jur|habil)\.|miss|sir|dame|herr|frau)\s+)+/iu
// Letters after a name: degrees, chartered and professional credentials, written without their dots ("Ph.D." = "PhD").
const POST_NOMINALS = new Set([
  'PhD', 'DPhil', 'MD', 'DO', 'JD', 'LLM', 'LLB', 'MBA', 'MSc', 'MS', 'MA', 'MEng', 'MPhil', 'MRes', 'MPH', 'MFA', 'MSW',
  'BSc', 'BS', 'BA', 'BEng', 'BCom', 'CEng', 'IEng', 'EurIng', 'PE', 'PEng', 'PMP', 'CAPM', 'PgMP', 'CPA', 'CA', 'CMA',
  'CIA', 'CFA', 'CFP', 'ACCA', 'FCCA', 'CIMA', 'ACA', 'FCA', 'RN', 'BSN', 'MSN', 'NP', 'APRN', 'LPN', 'DDS', 'DMD', 'DVM',
  'PharmD', 'PsyD', 'EdD', 'DBA', 'Esq', 'CISSP', 'CISM', 'CISA', 'CCNA', 'CCNP', 'CCIE', 'CSM', 'CSPO', 'PHR', 'SPHR',
  'SHRM-CP', 'SHRM-SCP', 'MCIPD', 'FRSA', 'FHEA', 'MIET', 'MIMechE', 'MICE', 'MRICS', 'FRICS', 'MBCS', 'CITP', 'AIA',
  'CPhys', 'CChem', 'CSci', 'CMgr', 'LEED',
])
const POST_NOMINALS_UPPER = new Set([...POST_NOMINALS].map((letters) => letters.toUpperCase()))
const GENERATION = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/u
// A nickname between quotes or brackets, written between the given and family names: kept in the
// name as the candidate wrote it ('Thomas "Tom" O'Reilly'), only left out when judging the words.
const NICKNAME = /\s(?:"[^"\s]+"|“[^”\s]+”|‘[^’\s]+’|'[^'\s]+'|\([^)\s]+\))(?=\s)/gu

/** Is this word letters after a name? After a comma an unknown acronym is too ("Jane Roe, RHIA"), unless the name is in capitals. */
function isPostNominal(word: string, afterComma: boolean, capitals: boolean): boolean {
  const letters = word.replace(/\./g, '')
  // "JOHN SMITH, MBA"; without a comma only the longer ones, so "JACK MA" keeps its family name.
  if (capitals) return POST_NOMINALS_UPPER.has(letters) && (afterComma || letters.length >= 3)
  return POST_NOMINALS.has(letters) || (afterComma && /^\p{Lu}{3,6}$/u.test(letters))
}

/**
 * A name line without the titles before it and the letters after it: "Dr. Maria Schmidt" and
 * "AMARA OKONKWO, PMP" are Maria Schmidt and AMARA OKONKWO. A generational suffix ("Jr.", "III")
 * is part of the name and stays; capitals are kept as written, like any name.
 */
export function personName(text: string): string {
  let name = text.replace(HONORIFIC, '')
  const capitals = !/\p{Ll}/u.test(name)
  for (;;) {
    const last = /(,?)\s*([^\s,]+)$/u.exec(name)
    if (!last || last.index === 0 || !isPostNominal(last[2], last[1] === ',', capitals)) break
    // "Mountain View, CA", "Silver Spring, MD": two letters after a comma may be a state, not a degree.
    if (last[2].length === 2 && last[1] === ',' && findLocation(name, { wholeSegment: true })?.location.region === last[2]) break
    name = name.slice(0, last.index).replace(/[\s,]+$/, '')
  }
  return name
}

/** How much a line reads like a person's name: 2–4 capitalised words and nothing else once titles, credentials, a nickname and "Jr." are set aside. */
export function nameLikeness(text: string): number {
  const cleaned = personName(plain(text).replace(/^(?:name|nom|nombre)\s*:\s*/i, ''))
    .replace(NICKNAME, '')
    .replace(GENERATION, '')
  if (!cleaned || /[\d@/\\|:;!?(),"“”]/.test(cleaned) || cleaned.length > 50) return 0
  if (NOT_NAMES.test(cleaned) || CITY_PREFIX.test(cleaned) || headingKind(cleaned)) return 0
  const words = cleaned.split(/\s+/)
  const core = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()))
  if (core.length < 2 || core.length > 4 || words.length > 6) return 0
  const capitalised = core.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !/[.-]$/.test(w.replace(/^\p{Lu}\.$/u, 'X')))
  if (!capitalised) return 0
  if (titleScore(cleaned) >= 0.8 || companyScore(cleaned) >= 0.7 || findLocation(cleaned, { wholeSegment: true })) return 0
  // "DOE John" and "JOHN DOE" are names too, written the way some countries and templates do.
  return core.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w) || /^\p{Lu}\.?$/u.test(w) || /^\p{Lu}+$/u.test(w)) ? 1 : 0.6
}

/** "Personal Information John Doe": a contact block's heading read on the name's line. */
function withoutHeadingPrefix(text: string): string {
  const words = text.split(' ')
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    if (headingKind(words.slice(0, n).join(' '))) return words.slice(n).join(' ')
  }
  return text
}

function findName(scope: Scope, contactLines: number[]): Field<string> | undefined {
  const sizes = scope.header.map((item) => item.line.fontSize).filter((s): s is number => s !== null)
  const largest = sizes.length > 0 ? Math.max(...sizes) : null
  const near = (id: number) => contactLines.some((c) => Math.abs(c - id) <= 3)
  let best: { item: Item; score: number } | undefined
  const consider = (item: Item, base: number, rank: number) => {
    const text = personName(withoutHeadingPrefix(plain(item.text).replace(/^(?:curriculum vitae|résumé|resume|cv|lebenslauf)\s*[:–—-]?\s*/i, '')))
    const likeness = nameLikeness(text)
    if (likeness === 0) return
    let score = base * likeness - rank * 0.02
    if (largest !== null && item.line.fontSize === largest) score += 0.1
    if (item.line.bold) score += 0.03
    if (near(item.id)) score += 0.1
    if (!best || score > best.score) best = { item: { ...item, text }, score }
  }
  scope.header.slice(0, 12).forEach((item, rank) => consider(item, 0.8, rank))
  if (!best) {
    // No name in the header (two-column pages read out of order): look next to the contact lines.
    for (const item of scope.all) if (near(item.id)) consider(item, 0.6, 0)
  }
  if (!best) return undefined
  return field(best.item.text, Math.min(0.95, best.score), [best.item.id])
}

function findLabel(scope: Scope, name: Field<string> | undefined, taken: Set<number>): Field<string> | undefined {
  if (!name) return undefined
  // The headline sits in the header with the name; a first sentence of a summary is not one.
  const items = scope.header.some((item) => item.id === name.lines[0]) ? scope.header : scope.all
  const at = items.findIndex((item) => item.id === name.lines[0])
  for (const item of items.slice(at + 1, at + 3)) {
    // "Ingeniera de Software | Madrid, Spain": the headline may share its line with contacts.
    const segments = contactSegments(item.text).filter(
      (segment) => !findLocation(segment, { wholeSegment: true }) && !HAS_EMAIL.test(segment) && !new RegExp(URL.source, 'u').test(segment)
    )
    if (segments.length !== 1) break
    const text = plain(segments[0])
    if (!text || /[@\d|•]/.test(text) || headingKind(text) || text.split(' ').length > 10 || isProse(text)) break
    const next = items[items.indexOf(item) + 1]
    // "Creative and Innovative Web" + "Developer": a headline wrapped in a narrow column.
    const wrapped =
      next !== undefined &&
      !taken.has(next.id) &&
      /^\p{Lu}?[\p{L}&/-]+(?:\s[\p{L}&/-]+)?$/u.test(plain(next.text)) &&
      titleScore(text) < 0.8 &&
      titleScore(plain(next.text)) >= 0.8
    const value = wrapped ? `${text} ${plain(next.text)}` : text
    if (titleScore(value) >= 0.8) return field(value, 0.8, wrapped ? [item.id, next.id] : [item.id])
    if (/^[\p{Lu}][\p{L}&,/ -]+$/u.test(value) && !/[.!?]$/.test(value)) return field(value, 0.45, [item.id])
    break
  }
  return undefined
}

function findSummary(lines: Line[], sections: Section[], scope: Scope, taken: Set<number>): Field<string> | undefined {
  const summaries = sections.filter((s) => s.kind === 'summary')
  const items = summaries.flatMap((s) => sectionItems(lines, s)).filter((item) => !taken.has(item.id))
  if (items.length > 0) return field(joinWrapped(items.map((i) => i.text)), 0.9, items.map((i) => i.id))
  // A paragraph in the header, under the name and contacts, is a summary without a heading:
  // from its first long line to its last, short lines in between included.
  const isProse = (item: Item) => !taken.has(item.id) && plain(item.text).split(' ').length >= 8 && !HAS_EMAIL.test(item.text)
  const first = scope.header.findIndex(isProse)
  if (first === -1) return undefined
  const last = scope.header.findLastIndex(isProse)
  const prose = scope.header.slice(first, last + 1).filter((item) => !taken.has(item.id))
  return field(joinWrapped(prose.map((i) => i.text)), 0.5, prose.map((i) => i.id))
}

/** The `basics` of a résumé: who it is and how to reach them. */
export function extractBasics(lines: Line[], sections: Section[]): Basics {
  const s = scope(lines, sections)
  const email = findEmail(s)
  const location = findLocationField(s)
  const country = location?.value.countryCode as CountryCode | undefined
  const phone = findPhone(s, country)
  const { url, profiles } = findUrls(s)
  const contactLines = [email, phone, url, location].flatMap((f) => f?.lines ?? [])
  const name = findName(s, contactLines)
  const taken = new Set([...contactLines, ...(name?.lines ?? []), ...profiles.flatMap((p) => p.lines)])
  const label = findLabel(s, name, taken)
  const summary = findSummary(lines, sections, s, new Set([...taken, ...(label?.lines ?? [])]))
  return { name, label, email, phone, url, location, profiles, summary }
}
