/*
|--------------------------------------------------------------------------
| Contact details: can a recruiter reach the person the ATS filed?
|--------------------------------------------------------------------------
|
| An ATS fills its candidate form from the top of the résumé (Workday auto-
| fills 20+ fields); recruiters then search those fields. These checks read
| what the entity extractor found in `parsed.basics` and look at how it was
| written. Rationale and sources: docs/ats-rules.md.
|
*/
import type { Line, ParsedResume } from '../../types.js'
import type { AtsCheck } from '../types.js'
import { capitalize, listPhrase, plural, sectionOfLine } from './shared.js'

/** The email should sit in this first share of the text (Resume-Matcher checks the top 25 %). */
export const EMAIL_TOP_SHARE = 0.25

/**
 * Words that make an address read as a personal nickname rather than a name.
 * Compared as whole parts of the local part ("sexy.jane", "party_animal"), so
 * "angela" or "kingston" never match.
 */
const NICKNAME_WORDS = new Set([
  'sexy', 'hot', 'hottie', 'babe', 'baby', 'babygirl', 'cutie', 'cute', 'princess', 'angel', 'lover', 'party',
  'gamer', 'xxx', 'kitty', 'swag', 'crazy', 'killer', 'devil', 'badass', 'queen', 'king', 'dude', 'honey', 'bunny',
  'stoner', 'drunk', 'beer', 'weed', 'sweetie', 'hunk', 'playboy', 'playgirl', 'animal', 'diva', 'rockstar', 'ninja',
])

/** Phone-shaped runs: optional +/00, then digits with spaces, dots, dashes, slashes or brackets. */
const PHONE_SHAPE = /(?:\+|\b00)?\(?\d[\d\s().\-/]{5,}\d/g
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi
const YEAR_RANGE = /\b(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now)\b/gi

const contactEmail: AtsCheck = {
  id: 'contact-email',
  category: 'contact',
  weight: 5,
  title: 'Email address',
  run({ layout, parsed }) {
    const email = parsed.basics.email
    if (!email) {
      return {
        status: 'fail',
        message: 'No email address was found, so the ATS form would have no way to contact you.',
        fix: 'Write your email address as plain text in the first lines, under your name (not only as a link behind an icon).',
      }
    }
    const issues: string[] = []
    const fixes: string[] = []
    const local = email.value.split('@')[0].toLowerCase()
    const nickname = local.split(/[^a-z]+/).filter((part) => NICKNAME_WORDS.has(part))
    if (nickname.length) {
      issues.push(`the address ${email.value} reads as a nickname (“${nickname[0]}”)`)
      fixes.push('use an address made of your name (firstname.lastname@…)')
    } else if (/\d{4,}/.test(local)) {
      issues.push(`the address ${email.value} contains a long number (often a birth year)`)
      fixes.push('prefer an address made of your name only')
    }

    const line = email.lines[0]
    const position = line === undefined ? 0 : textShareBefore(layout.lines, line)
    if (position > EMAIL_TOP_SHARE) {
      issues.push(`it appears ${Math.round(position * 100)} % of the way into your résumé, while ATSs look for contact details at the top`)
      fixes.push('move it to the contact line under your name')
    }

    if (issues.length === 0) {
      return { status: 'pass', message: `Your email address (${email.value}) is near the top and looks professional.`, fix: '' }
    }
    return {
      status: 'warn',
      message: `An email address was found, but ${listPhrase(issues)}.`,
      fix: `${capitalize(listPhrase(fixes))}.`,
      lines: email.lines,
    }
  },
}

const contactPhone: AtsCheck = {
  id: 'contact-phone',
  category: 'contact',
  weight: 4,
  title: 'Phone number',
  run({ layout, parsed }) {
    const phone = parsed.basics.phone
    if (!phone) {
      return {
        status: 'fail',
        message: 'No phone number was found. Recruiters usually call to set up the first interview.',
        fix: 'Add one phone number, with its country code, to the contact line under your name (e.g. “+44 7700 900123”).',
      }
    }
    const contactLines = layout.lines.filter((line) => isContactLine(parsed, line))
    const numbers = new Map<string, number>()
    for (const line of contactLines) for (const found of phoneNumbersIn(line.text)) if (!numbers.has(found.digits)) numbers.set(found.digits, line.id)
    const written = phone.lines.flatMap((id) => phoneNumbersIn(layout.lines[id]?.text ?? ''))
    const international = written.some((found) => found.international) || (written.length === 0 && phone.value.startsWith('+'))

    const issues: string[] = []
    const fixes: string[] = []
    let credit = 1
    if (numbers.size > 1) {
      issues.push(`${plural(numbers.size, 'phone number')} are listed, and an ATS keeps only one, not always the one you want`)
      fixes.push('keep the one number you answer')
      credit = 0.5
    }
    if (!international) {
      issues.push('it has no country code (Lever, for one, expects the “+country” format)')
      fixes.push('write it in international format, e.g. “+1 415 555 0142” or “+44 7700 900123”')
      credit = Math.min(credit, 0.75)
    }
    if (issues.length === 0) {
      return { status: 'pass', message: `Your phone number (${phone.value}) is written in international format.`, fix: '' }
    }
    return {
      status: 'warn',
      message: `A phone number was found, but ${listPhrase(issues)}.`,
      fix: `${capitalize(listPhrase(fixes))}.`,
      lines: [...phone.lines, ...numbers.values()],
      credit,
    }
  },
}

const contactLocation: AtsCheck = {
  id: 'contact-location',
  category: 'contact',
  weight: 3,
  title: 'Location',
  run({ parsed }) {
    const location = parsed.basics.location
    const value = location?.value
    if (!location || !value || !(value.city || value.region || value.countryCode || value.address)) {
      return {
        status: 'warn',
        message: 'No city, region or country was found. Recruiters often filter ATS searches by location, so a profile without one can drop out of their results.',
        fix: 'Add your city and country (or region) to the contact line, e.g. “Manchester, UK”. A full street address isn’t needed.',
      }
    }
    const place = [value.city, value.region, value.countryCode].filter(Boolean).join(', ')
    return { status: 'pass', message: `Your location (${place}) is given, so location filters can find you.`, fix: '', lines: location.lines }
  },
}

const profileLinks: AtsCheck = {
  id: 'profile-links',
  category: 'contact',
  weight: 3,
  title: 'LinkedIn or portfolio link',
  run({ parsed }) {
    const { profiles, url } = parsed.basics
    const linkedIn = profiles.find((profile) => profile.value.network === 'LinkedIn')
    const others = profiles.filter((profile) => profile !== linkedIn)
    if (linkedIn) {
      return { status: 'pass', message: 'Your LinkedIn profile is linked.', fix: '', lines: linkedIn.lines }
    }
    if (others.length || url) {
      const names = [...others.map((profile) => profile.value.network), ...(url ? ['your website'] : [])]
      return {
        status: 'pass',
        message: `You link to ${listPhrase(names)}. Recruiters also look for a LinkedIn profile, so consider adding one.`,
        fix: '',
        lines: [...others.flatMap((profile) => profile.lines), ...(url?.lines ?? [])],
      }
    }
    return {
      status: 'warn',
      message: 'No LinkedIn, GitHub or portfolio link was found. Recruiters use them to check your background, and some ATS forms have a field for them.',
      fix: 'Add your LinkedIn URL (linkedin.com/in/…) to the contact line, plus GitHub or a portfolio if your field has one.',
    }
  },
}

export const CONTACT_CHECKS: readonly AtsCheck[] = [contactEmail, contactPhone, contactLocation, profileLinks]

/** Share of the document's characters that come before `lineId` (reading order). */
function textShareBefore(lines: readonly Line[], lineId: number): number {
  const total = lines.reduce((n, line) => n + line.text.length, 0)
  if (total === 0) return 0
  const before = lines.slice(0, lineId).reduce((n, line) => n + line.text.length, 0)
  return before / total
}

/** Lines where the candidate's own numbers live: the top block, contact sections, page header/footer. A referee's number doesn't count. */
function isContactLine(parsed: ParsedResume, line: Line): boolean {
  if (line.source === 'header' || line.source === 'footer') return true
  return sectionOfLine(parsed, line.id)?.kind === 'header'
}

/** Phone-looking numbers in a line: 7–15 digits, after taking out emails, links and year ranges. */
export function phoneNumbersIn(text: string): Array<{ digits: string; international: boolean }> {
  const blank = (match: string) => ' '.repeat(match.length)
  const cleaned = text.replace(EMAIL, blank).replace(URL, blank).replace(YEAR_RANGE, blank)
  const found: Array<{ digits: string; international: boolean }> = []
  for (const match of cleaned.matchAll(PHONE_SHAPE)) {
    const digits = match[0].replace(/\D/g, '')
    if (digits.length < 7 || digits.length > 15) continue
    found.push({ digits, international: /^(?:\+|00)/.test(match[0]) })
  }
  return found
}
