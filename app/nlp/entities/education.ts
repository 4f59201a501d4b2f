/*
|--------------------------------------------------------------------------
| Education entries
|--------------------------------------------------------------------------
|
| The degree is kept as written ("B.Sc.", "Bachelor's in Computer Science")
| and also mapped to a level, which is what a job's "Bachelor's degree
| required" is compared with. Abbreviations are matched case-sensitively
| (BS, MS, MA) so words and US states ("Boston, MA" is taken out as a place
| first) are not read as degrees.
|
*/
import type { EducationEntry, EducationLevel } from '../types.js'
import { segmentEntries, type RawEntry } from './blocks.js'
import { isSpan } from './dates.js'
import { roundConfidence as round, type Item } from './items.js'
import { findLocation, isWorkMode } from './places.js'
import { joinWrapped, plain, titleScore } from './vocabulary.js'

interface DegreePattern {
  level: EducationLevel
  pattern: RegExp
}

// "of Science", "of Arts in Economics": the words a degree name carries after "Bachelor"/"Master".
const OF_FIELD = `(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?:Science|Sciences|Arts|Engineering|Business Administration|Fine Arts|Laws|Education|Technology|Applied Science|Computer Applications|Commerce|Philosophy|Music|Architecture|Public Health|Nursing|Social Work)\\b)?`
const D = `(?<![\\p{L}])`
const E = `(?![\\p{L}])`

const DEGREES: DegreePattern[] = [
  { level: 'doctorate', pattern: new RegExp(`${D}(?:Ph\\.?\\s?D\\.?|D\\.?Phil\\.?|[Dd]octor(?:ate)?(?:\\s+of\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?)?|Dr\\.\\s?(?:rer\\.|phil\\.|med\\.|ing\\.)\\s?\\S*|Doktor(?:at)?|Doctorat|Doctorado|Ed\\.?D\\.?|DBA|M\\.D\\.|MD|J\\.D\\.|JD)${E}`, 'u') },
  { level: 'master', pattern: new RegExp(`${D}(?:[Mm]aster(?:['’]?s)?${OF_FIELD}(?:\\s+degree)?|M\\.?\\s?Sc\\.?|MSc|M\\.S\\.|MS|M\\.A\\.|MA|M\\.?Eng\\.?|MEng|M\\.?B\\.?A\\.?|MBA|M\\.?Tech|MPhil|M\\.Phil\\.|MFA|MPH|MPA|LL\\.?M\\.?|MRes|M\\.E\\.|Magister(?:\\s+(?:Artium|Scientiarum))?|Mestrado|Máster|Diplom[- ]Ingenieur|Dipl\\.-\\p{Lu}\\p{Ll}{1,5}\\.?|Diplom|Ingenier[oa](?!\\s+T[ée]cnic[oa])(?:\\s+Superior)?|Maîtrise|Laurea Magistrale|Diplôme d['’]ingénieur|Diplôme d['’]ingenieur)${E}`, 'u') },
  { level: 'bachelor', pattern: new RegExp(`${D}(?:[Bb]achelor(?:['’]?s)?${OF_FIELD}(?:\\s+degree)?|B\\.?\\s?Sc\\.?|BSc|B\\.S\\.|BS|B\\.A\\.|BA|B\\.?Eng\\.?|BEng|B\\.E\\.|B\\.?Tech|BBA|BFA|B\\.?Com|BCA|LL\\.?B\\.?|Licence|Licenciatura|Ingenier[oa]\\s+T[ée]cnic[oa]|Licenciado|Grado|Laurea|Undergraduate degree)${E}`, 'u') },
  { level: 'associate', pattern: new RegExp(`${D}(?:Associate(?:['’]?s)?(?:\\s+(?:of|in)\\s+(?:Applied\\s+)?(?:Science|Arts))?(?:\\s+degree)?(?=\\s+(?:of|in|degree|\\()|$|,)|A\\.A\\.S?\\.?|A\\.S\\.|AAS)${E}`, 'u') },
  { level: 'secondary', pattern: new RegExp(`${D}(?:High School(?: Diploma)?|Secondary School(?: Certificate)?|Abitur|Allgemeine Hochschulreife|Matura|A[- ]?Levels?|GCSEs?|Baccalauréat|Baccalaureate|Bachillerato|IB Diploma|GED)${E}`, 'iu') },
  { level: 'certificate', pattern: new RegExp(`${D}(?:(?:Graduate|Postgraduate|Professional)\\s+)?(?:Diploma|Certificate|Certification|Nanodegree|Bootcamp)${E}`, 'iu') },
]

// Between the parts of a degree's header line: bars, bullets, spaced dashes, commas.
const PIECE_SEPARATOR = /\s+[|•·–—]\s+|\s+-\s+|\s*\|\s*|,\s+/
const INSTITUTION = /\b(?:University|Universit[äéày]|Universidad|Universidade|College|Institute|Institut|Instituto|School|Academy|Akademie|Polytechnic|Politecnico|Polytechnique|Hochschule|Fachhochschule|École|Ecole|Escuela|Gymnasium|Lyc[ée]e|Conservatory|Seminary|Faculty|Univ\.)(?![\p{L}])/iu
// Campuses of multi-campus universities, written after a comma.
const CAMPUS =
  /University of (?:California|Wisconsin|Illinois|Michigan|Maryland|Massachusetts|North Carolina|Colorado|Minnesota|Texas|Hawai[iʻ']i),\s+(?:Berkeley|Davis|Irvine|Los Angeles|Merced|Riverside|San Diego|San Francisco|Santa Barbara|Santa Cruz|Madison|Milwaukee|Urbana-Champaign|Chicago|Ann Arbor|Dearborn|Flint|College Park|Baltimore County|Amherst|Boston|Lowell|Chapel Hill|Charlotte|Greensboro|Wilmington|Boulder|Denver|Twin Cities|Duluth|Austin|Dallas|Arlington|El Paso|San Antonio|Manoa|Mānoa|Hilo)(?![\p{L}])/u
const ACRONYM_SCHOOL = /^(?:[A-Z]{2,6}|[A-Z]{2,5}\s[A-Z][a-z]+)$/
// Labels in the languages résumés come in: "Média final: 16/20", "Promedio: 8,45", "Voto: 110/110".
const SCORE = /(?<![\p{L}])(?:GPA|CGPA|Grade|Final grade|Note|Average|Score|Mark|Percentage|M[ée]dia(?: final)?|Promedio|Nota(?: final| media)?|Voto(?: di laurea)?|Moyenne|Durchschnitt|Abschlussnote)(?![\p{L}])\s*[:=-]?\s*(\d+(?:[.,]\d+)?\s*(?:\/\s*\d+(?:[.,]\d+)?|%)?)/iu
const SCORE_AFTER = /(\d(?:[.,]\d+)?\s*\/\s*\d(?:[.,]\d+)?)\s*(?:GPA|CGPA)\b/i
// Unlabelled, a score has to look like one: a percentage or a mark out of a usual scale
// ("78%", "110/110", "3.7/4.0"), set off by commas, dashes or parentheses; "05/2016" is a date.
const SCORE_BARE = /(?:^|[,;(–—|]\s*|\s-\s)(\d{1,3}(?:[.,]\d{1,2})?\s?%|\d{1,3}(?:[.,]\d{1,2})?\s?\/\s?(?:4(?:[.,]0{1,2})?|5|10|20|100|110))(?:\s+cum laude)?\s*(?=$|[,;)])/
// "(Distinction)" after the field is how well the degree went, not part of its name.
const CLASSIFICATION = /\s*\((Distinction|Merit|Pass|(?:First|Second|Upper Second|Lower Second)[- ]Class(?: Honou?rs)?|(?:Summa |Magna )?Cum Laude|With Honou?rs)\)$/i

export interface Degree {
  studyType: string
  level: EducationLevel
  area?: string
  /** Text before and after the degree in the same piece ("PhD Princeton University" → institution). */
  before: string
  after: string
}

/** The degree named in a piece of text, its level, and the field written after it ("in Computer Science"). */
export function findDegree(text: string): Degree | null {
  for (const { level, pattern } of DEGREES) {
    const match = pattern.exec(text)
    if (!match) continue
    let studyType = match[0].trim()
    const before = text.slice(0, match.index).trim()
    let after = text.slice(match.index + match[0].length).trim()
    // "BA (Hons)": the class of an honours degree belongs to the degree, not to the field.
    const honours = /^\((?:Hons|Honours|Honors|Hon)\.?\)|^(?:Hons|Honours)\.?(?![\p{L}])/iu.exec(after)
    if (honours) {
      studyType = `${studyType} ${honours[0]}`
      after = after.slice(honours[0].length).trim()
    }
    // "Magister Artium (M.A.)", "Associate of Applied Science (AAS)": the abbreviation is the degree's too.
    const abbreviation = /^\((?=[^)]*\p{Lu})[\p{L}.]{2,10}\)/u.exec(after)
    if (abbreviation && findDegree(abbreviation[0].slice(1, -1))) {
      studyType = `${studyType} ${abbreviation[0]}`
      after = after.slice(abbreviation[0].length).trim()
    }
    let area: string | undefined
    // "in Economics from Universidad Complutense": the field, then the school.
    const fieldFrom = /^(?:in|of|en|em)\s+([^,;()|]+?)\s+(?:from|at)\s+(.+)$/iu.exec(after)
    const field = /^(?:\(|in\s+|of\s+|en\s+|em\s+|di\s+|de\s+|in the field of\s+|[-–—:,]\s*)([^,;()|]+?)\)?(?=$|[,;(|]|\s[-–—]\s)/iu.exec(after)
    if (fieldFrom && INSTITUTION.test(fieldFrom[2]!) && !INSTITUTION.test(fieldFrom[1]!)) {
      area = fieldFrom[1]!.trim()
      after = fieldFrom[2]!.trim()
    } else if (field && !INSTITUTION.test(field[1])) {
      area = field[1].trim()
      after = after.slice(field[0].length).trim()
    } else if (/^(?:\p{Lu}[\p{L}&-]*\s?){1,4}$/u.test(after) && !INSTITUTION.test(after)) {
      // "MSc Data Science": a field right after the degree, without "in".
      area = after
      after = ''
    }
    return { studyType, level, area, before, after }
  }
  return null
}

/**
 * "2016 – 2019 Fudan University, Master of Computer Science" filed under Experience: a degree
 * and a school in the entry's header, and no job title beside them, make it a degree, not a job.
 * ("Research Assistant, MSc programme, University of X" keeps its title and stays a job.)
 */
export function isDegreeEntry(entry: RawEntry): boolean {
  const pieces = entry.header.flatMap((item) => item.rest.split(PIECE_SEPARATOR)).map((piece) => piece.trim()).filter(Boolean)
  const degrees = pieces.filter((piece) => {
    const level = findDegree(piece)?.level
    return level !== undefined && level !== 'certificate' && level !== 'other'
  })
  return (
    degrees.length > 0 &&
    pieces.some((piece) => INSTITUTION.test(piece)) &&
    pieces.every((piece) => degrees.includes(piece) || titleScore(piece) < 0.8)
  )
}

/** The text names a school ("University", "Hochschule", "Institute"…). */
export function mentionsSchool(text: string): boolean {
  return INSTITUTION.test(text)
}

/** The level a degree as written stands for; `other` when it names none we know. */
export function educationLevel(studyType: string): EducationLevel {
  return findDegree(studyType)?.level ?? 'other'
}

/** Education entries from the lines of the education sections. */
export function extractEducation(sections: Item[][], options: { today?: string } = {}): EducationEntry[] {
  const entries: EducationEntry[] = []
  for (const raw of sections.flatMap((items) => segmentEntries(items, options.today))) {
    let institution: string | undefined
    let institutionSure = false
    let degree: Degree | undefined
    const leftovers: string[] = []
    for (const headerText of joinWrappedNames(headerTexts(raw))) {
      let text = headerText
      const place = findLocation(text)
      if (place) text = `${text.slice(0, place.span[0])} | ${text.slice(place.span[1])}`
      // "University of California, Davis": the campus after the comma is part of the name.
      text = text.replace(CAMPUS, (whole) => whole.replace(/,\s+/, '\u0000'))
      for (const piece of text.split(PIECE_SEPARATOR).map((p) => p.trim().replace(/\u0000/g, ', ')).filter(Boolean)) {
        if (isWorkMode(piece) || findLocation(piece, { wholeSegment: true })) continue
        const found = findDegree(piece)
        // "Lincoln High School" names a school; "High School Diploma" names what it awarded.
        const schoolName = found?.level === 'secondary' && /school$/i.test(found.studyType) && found.before && !found.after
        if (found && !schoolName) {
          // The fuller reading wins: "PhD in Computer Science" over a bare "PhD".
          if (!degree || (found.area && !degree.area)) degree = { ...found, area: found.area ?? degree?.area }
          for (const part of [found.before, found.after]) {
            if (part && INSTITUTION.test(part) && !institutionSure) {
              institution = part
              institutionSure = true
            } else if (part && !degree.area && part.split(' ').length <= 5) degree.area = part
          }
          continue
        }
        if (INSTITUTION.test(piece) && !institutionSure) {
          institution = piece
          institutionSure = true
        } else leftovers.push(piece)
      }
    }
    // Without an institution word, an acronym ("MIT", "ETH Zürich") or the first other piece is the school.
    if (!institution) {
      const acronym = leftovers.find((piece) => ACRONYM_SCHOOL.test(piece))
      institution = acronym ?? leftovers[0]
      if (institution) leftovers.splice(leftovers.indexOf(institution), 1)
    }
    const area = degree?.area ?? (degree ? leftovers.find((piece) => piece.split(' ').length <= 5) : undefined)

    const allText = [...raw.header.map((i) => i.text), ...raw.body.map((i) => i.text)].map(plain)
    const classification = area ? CLASSIFICATION.exec(area) : null
    const score =
      allText.map((text) => SCORE.exec(text)?.[1] ?? SCORE_AFTER.exec(text)?.[1]).find(Boolean) ??
      raw.header.flatMap((item) => [item.rest, item.tail ?? '']).map((text) => SCORE_BARE.exec(plain(text))?.[1]).find(Boolean) ??
      classification?.[1]
    if (!institution && !degree) continue

    const parts = [institution ? (institutionSure ? 0.9 : 0.5) : 0, degree ? 0.9 : 0, raw.range ? 0.9 : 0.3]
    entries.push({
      institution,
      studyType: degree?.studyType,
      level: degree?.level,
      area: area ? joinWrapped([classification ? area.slice(0, classification.index) : area]) : undefined,
      // A single date on a degree is when it was obtained.
      startDate: raw.range && isSpan(raw.range) ? raw.range.start : undefined,
      endDate: raw.range?.present ? undefined : raw.range?.end,
      score: score?.replace(/\s+/g, ''),
      confidence: round(parts.reduce((a, b) => a + b, 0) / parts.length),
      lines: raw.lineIds,
    })
  }
  return mergeSplitEntries(entries)
}

/**
 * The header lines' text, with the description line right under a header line when it starts
 * with a joining word: "of Technology" is read as a sentence's fragment, but it ends a name.
 */
interface HeaderText {
  id: number
  text: string
  /** A description line pulled in because it may end the name above it. */
  continuation?: boolean
}

function headerTexts(raw: RawEntry): HeaderText[] {
  const headerIds = new Set(raw.header.map((item) => item.id))
  const continuations = raw.body.filter((item) => headerIds.has(item.id - 1) && CONTINUATION.test(plain(item.text)))
  return [
    ...raw.header.map((item) => ({ id: item.id, text: item.rest })),
    ...continuations.map((item) => ({ id: item.id, text: plain(item.text), continuation: true })),
  ].sort((a, b) => a.id - b.id)
}

const CONTINUATION = /^(?:of|and|for|&|de|der|für|di)\s/

/**
 * "KTH Royal Institute" / "of Technology": a school's name wrapped onto the next header line,
 * which then starts with a joining word or follows one, is one name again.
 */
function joinWrappedNames(lines: HeaderText[]): string[] {
  const out: string[] = []
  let previousId = -2
  for (const { id, text, continuation } of lines) {
    const previous = id === previousId + 1 ? out.at(-1) : undefined
    previousId = id
    const continues = CONTINUATION.test(text) || (previous !== undefined && /\s(?:of|and|for|&)$/.test(previous))
    if (previous !== undefined && continues && INSTITUTION.test(`${previous} ${text}`) && !findDegree(text)) out[out.length - 1] = `${previous} ${text}`
    else if (!continuation) out.push(text)
  }
  return out
}

/**
 * "2000–2005: master's degree in Computer Science" … "National Technical University": a school
 * named under the degree's description becomes an entry of its own; it belongs to the degree above.
 */
function mergeSplitEntries(entries: EducationEntry[]): EducationEntry[] {
  const out: EducationEntry[] = []
  for (const entry of entries) {
    const previous = out[out.length - 1]
    const schoolOnly = entry.institution && !entry.studyType && !entry.startDate && !entry.endDate
    if (previous && schoolOnly && !previous.institution && previous.studyType) {
      previous.institution = entry.institution
      previous.lines = [...previous.lines, ...entry.lines].sort((a, b) => a - b)
      previous.confidence = round(Math.min(0.85, previous.confidence + 0.15))
      continue
    }
    out.push(entry)
  }
  return out
}
