/*
|--------------------------------------------------------------------------
| Words that say what a phrase is
|--------------------------------------------------------------------------
|
| A job header line holds a title, a company and a place in any order
| ("Software Engineer at Acme", "Acme — Senior Engineer"). Word lists decide
| which piece is which; when neither list speaks, the caller falls back on
| the order the rest of the résumé uses, at a lower confidence.
|
*/
import { ICON_GLYPHS } from '../sections/headings.js'

/** Head nouns of job titles (English, with a few German/French/Spanish ones). */
const TITLE_NOUNS = new Set([
  'engineer', 'engineers', 'developer', 'programmer', 'manager', 'director', 'intern', 'internship', 'founder',
  'co-founder', 'cofounder', 'cto', 'ceo', 'cfo', 'coo', 'cio', 'cmo', 'cpo', 'vp', 'svp', 'evp', 'president',
  'analyst', 'designer', 'consultant', 'scientist', 'researcher', 'architect', 'specialist', 'administrator',
  'admin', 'coordinator', 'officer', 'assistant', 'associate', 'lead', 'head', 'technician', 'teacher',
  'professor', 'lecturer', 'tutor', 'instructor', 'nurse', 'accountant', 'auditor', 'editor', 'writer',
  'author', 'producer', 'owner', 'partner', 'recruiter', 'representative', 'agent', 'operator', 'clerk',
  'supervisor', 'executive', 'fellow', 'postdoc', 'postdoctoral', 'student', 'apprentice', 'trainee',
  'volunteer', 'mentor', 'attorney', 'lawyer', 'paralegal', 'physician', 'pharmacist', 'therapist', 'chef',
  'cook', 'driver', 'mechanic', 'electrician', 'technologist', 'strategist', 'planner', 'buyer', 'secretary',
  'receptionist', 'advisor', 'adviser', 'freelance', 'freelancer', 'contractor', 'chair', 'treasurer',
  'ambassador', 'master', 'devops', 'sre', 'tester', 'qa', 'bookkeeper', 'cashier', 'salesperson', 'marketer',
  'counsel', 'controller', 'economist', 'statistician', 'librarian', 'pilot', 'photographer', 'illustrator',
  'animator', 'journalist', 'translator', 'interpreter', 'investigator', 'inspector', 'surveyor', 'dentist',
  'veterinarian', 'pm', 'ux', 'ui', 'sde', 'swe', 'ingenieur', 'ingénieur', 'entwickler', 'berater', 'leiter',
  'praktikant', 'werkstudent', 'développeur', 'chef de projet', 'stagiaire', 'desarrollador', 'ingeniero',
  'gerente', 'jefe', 'practicante', 'maintainer', 'contributor', 'member', 'resident', 'cofondateur',
  'ingeniera', 'desarrolladora', 'ingénieure', 'développeuse', 'entwicklerin', 'ingenieurin', 'beraterin',
  'leiterin', 'praktikantin', 'consultora', 'analista', 'diseñador', 'diseñadora', 'responsable', 'directeur',
  'directrice', 'directora', 'director', 'gérant', 'gérante',
])

/** Words that make a title of the words after them ("Senior …", "Head of …"). */
const SENIORITY = new Set(['senior', 'sr', 'sr.', 'junior', 'jr', 'jr.', 'principal', 'staff', 'chief', 'lead', 'head', 'vice', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'graduate', 'trainee'])

/** Words that end organisation names or name kinds of organisation. */
const COMPANY_WORDS = new Set([
  'inc', 'inc.', 'llc', 'l.l.c.', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company',
  'gmbh', 'ag', 'kg', 'se', 'sa', 's.a.', 'sas', 'sarl', 'bv', 'b.v.', 'nv', 'n.v.', 'plc', 'pty', 'oy', 'ab',
  'srl', 'spa', 's.p.a.', 'lp', 'llp', 'pvt', 'group', 'holdings', 'technologies', 'technology', 'labs', 'lab',
  'solutions', 'systems', 'software', 'consulting', 'partners', 'ventures', 'studio', 'studios', 'agency', 'bank',
  'university', 'universität', 'université', 'universidad', 'institute', 'college', 'school', 'hospital',
  'clinic', 'foundation', 'association', 'ministry', 'department', 'research', 'capital', 'networks', 'media',
  'health', 'healthcare', 'games', 'analytics', 'services', 'industries', 'enterprises', 'international',
  'global', 'insurance', 'pharmaceuticals', 'pharma', 'motors', 'airlines', 'energy', 'dynamics', 'digital',
  'interactive', 'ai', 'io', 'inc.,', 'council', 'government', 'agency', 'bureau', 'office', 'center', 'centre',
  'laboratory', 'laboratories', 'academy', 'store', 'stores', 'restaurant', 'hotel', 'press', 'publishing',
])

const stripPunctuation = (word: string) => word.replace(/^[("'“‘]+|[)"'”’,:;]+$/g, '')

function words(text: string): string[] {
  return text.replace(ICON_GLYPHS, ' ').split(/[\s/]+/).map(stripPunctuation).filter(Boolean)
}

/**
 * How much a phrase reads like a job title: a title noun ("Engineer",
 * "Intern", "CTO") is strong evidence, a seniority word alone weaker.
 */
export function titleScore(text: string): number {
  const tokens = words(text).map((word) => word.toLowerCase())
  let score = 0
  for (const [i, token] of tokens.entries()) {
    const bare = token.replace(/[.]$/, '')
    if (TITLE_NOUNS.has(token) || TITLE_NOUNS.has(bare)) score = Math.max(score, i === tokens.length - 1 ? 1 : 0.8)
    else if (token.includes('-') && token.split('-').some((part) => TITLE_NOUNS.has(part))) score = Math.max(score, 0.8)
    else if (SENIORITY.has(token)) score = Math.max(score, 0.4)
  }
  if (/\b(?:of|for)\b/i.test(text) && /^(?:head|director|vp|vice president|manager)\b/i.test(text)) score = Math.max(score, 1)
  return score
}

/** How much a phrase reads like an organisation: a legal suffix or an institution word. */
export function companyScore(text: string): number {
  const tokens = words(text)
  if (tokens.length === 0) return 0
  let score = 0
  for (const [i, token] of tokens.entries()) {
    const lower = token.toLowerCase()
    if (COMPANY_WORDS.has(lower) || COMPANY_WORDS.has(lower.replace(/[.,]$/, ''))) score = Math.max(score, i === tokens.length - 1 ? 1 : 0.7)
  }
  // Acronyms and CamelCase brands (IBM, DeepMind, TechAdvancers, eBay) are usually organisations.
  if (tokens.some((token) => /^\p{Lu}{2,}$/u.test(token) && !TITLE_NOUNS.has(token.toLowerCase()))) score = Math.max(score, 0.4)
  if (tokens.some((token) => /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Ll}\p{Lu}\p{Ll}/u.test(token))) score = Math.max(score, 0.4)
  if (/[.][a-z]{2,}$/i.test(text.trim()) && !/\s/.test(text.trim())) score = Math.max(score, 0.5)
  return score
}

/** Icons removed, spacing collapsed. */
export function plain(text: string): string {
  return text.replace(ICON_GLYPHS, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * Joins lines that a PDF wrapped: a word cut by a hyphen at the end of a line
 * ("submis-" + "sions") is rejoined; "cross-" + "device" keeps its hyphen.
 */
export function joinWrapped(texts: string[]): string {
  let out = ''
  for (const text of texts.map(plain).filter(Boolean)) {
    if (out === '') out = text
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(text)) out = out.slice(0, -1) + (looksLikeCompound(out, text) ? '-' : '') + text
    else out = `${out} ${text}`
  }
  return out
}

// "cross-device", "full-stack": a short first part is usually a compound's, not a syllable.
function looksLikeCompound(before: string, after: string): boolean {
  const last = before.slice(0, -1).split(/[\s-]/).pop() ?? ''
  const next = after.split(/\s/)[0] ?? ''
  return ['cross', 'full', 'multi', 'self', 'co', 'non', 'pre', 'post', 'high', 'low', 'end', 'real', 'well', 'user', 'on', 'off', 'open', 'front', 'back', 'long', 'short', 'state', 'data', 'cloud', 'ai', 'e'].includes(last.toLowerCase()) && next.length > 2
}

// Brands written all in lower case; mixed-case ones ("iOS", "eBay", "jQuery") are told by their shape.
const LOWERCASE_BRANDS = new Set(['npm', 'bol.com', 'last.fm', 'tumblr', 'adidas'])

/**
 * A word written in lower case as ordinary words are. "iOS", "eBay", "iPhone" and
 * "npm" are names however they are spelled, so they read as capitalised.
 */
export function isLowerWord(word: string): boolean {
  const bare = stripPunctuation(word)
  return /^\p{Ll}/u.test(bare) && !/^\p{Ll}{1,3}\p{Lu}/u.test(bare) && !LOWERCASE_BRANDS.has(bare.toLowerCase())
}

/** The text opens with a lower-case word: the rest of a sentence, not a name or a title. */
export function startsLower(text: string): boolean {
  return isLowerWord(text.trim().split(/\s+/)[0] ?? '')
}

// What résumés call time away from work, at the start of an entry's header.
const CAREER_BREAK =
  /^(?:career\s+break|employment\s+break|break|sabbatical|gap(?:\s+year)?|(?:parental|maternity|paternity|family|medical|sick|carer'?s?|caregiving|personal)\s+leave|family\s+(?:care|time|reasons)|caring\s+for|full[- ]time\s+(?:parent|mum|mom|dad|carer|caregiver)|stay[- ]at[- ]home\s+(?:parent|mum|mom|dad)|travel(?:l?ing)?|backpacking|relocation|relocated|relocating|career\s+(?:pause|gap))(?![\p{L}])/iu

/**
 * "Career break — caring for a family member", "Sabbatical: travelling in Asia": the
 * phrase before the first separator names time away from work. "Travel Consultant"
 * and "Gap Inc." are a title and an employer, told by their own words.
 */
export function isCareerBreak(text: string): boolean {
  const lead = plain(text).split(/\s*[:|•·–—(,;]\s*|\s+-\s+/)[0]
  return CAREER_BREAK.test(lead) && titleScore(lead) < 0.8 && companyScore(lead) < 0.4
}
