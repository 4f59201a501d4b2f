import type { SectionKind } from '../types.js'

/**
 * Section headings that résumé readers recognise, by the kind of section they
 * open. The ATS "standard headings" check reuses this table: a heading that is
 * not here is one an ATS may not file correctly (REFERENCE.md, failure mode 7).
 *
 * Matching ignores case, accents, punctuation and spacing ("E X P E R I E N C E",
 * "EXPERIENCE:", "Education & Training" = "Education and Training").
 * `header` holds headings of contact blocks; `other` holds real sections that
 * have no place in JSON Resume (talks, patents), so they still end the section
 * before them.
 */
export const SECTION_HEADINGS: Readonly<Record<SectionKind, readonly string[]>> = {
  header: [
    'Contact', 'Contacts', 'Contact Information', 'Contact Info', 'Contact Details', 'Personal Information',
    'Personal Info', 'Personal Details', 'Personal Data', 'Profiles', 'Online Profiles', 'Social', 'Social Media',
    'Links', 'Find Me Online', 'Kontakt', 'Persönliche Daten', 'Coordonnées', 'Datos Personales',
  ],
  summary: [
    'Summary', 'Professional Summary', 'Career Summary', 'Executive Summary', 'Summary of Qualifications',
    'Qualifications Summary', 'Profile', 'Professional Profile', 'Career Profile', 'Personal Profile', 'About',
    'About Me', 'Objective', 'Career Objective', 'Professional Objective', 'Overview', 'Introduction', 'Bio',
    'Personal Statement', 'Career Highlights', 'Qualifications', 'Kurzprofil', 'Profil',
    'Perfil', 'Sobre Mí', 'Über Mich', 'À Propos',
  ],
  experience: [
    'Experience', 'Experiences', 'Work Experience', 'Professional Experience', 'Relevant Experience',
    'Employment', 'Employment History', 'Work History', 'Career History', 'Career', 'Professional Background',
    'Work', 'Professional History', 'Industry Experience', 'Research Experience', 'Teaching Experience',
    'Technical Experience', 'Experience & Internships', 'Internships', 'Internship Experience',
    'Positions Held', 'Berufserfahrung', 'Berufliche Erfahrung', 'Praxiserfahrung',
    'Expérience', 'Expériences', 'Expérience Professionnelle', 'Expériences Professionnelles',
    'Experiencia', 'Experiencia Profesional', 'Experiencia Laboral',
  ],
  education: [
    'Education', 'Education & Training', 'Education and Training', 'Academic Background', 'Academic History',
    'Academics', 'Academic Qualifications', 'Educational Background', 'Education History', 'Qualifications & Education',
    'Degrees', 'Schooling', 'Studies', 'Training', 'Ausbildung', 'Bildungsweg', 'Studium', 'Formation', 'Formations',
    'Éducation', 'Educación', 'Formación', 'Formación Académica',
  ],
  skills: [
    'Skills', 'Technical Skills', 'Core Competencies', 'Competencies', 'Areas of Expertise', 'Expertise',
    'Technologies', 'Technical Expertise', 'Skills & Abilities', 'Skills and Abilities', 'Key Skills', 'Core Skills',
    'Professional Skills', 'Skill Set', 'Skillset', 'Tech Stack', 'Tools & Technologies',
    'Technologies & Tools', 'Skills & Tools', 'Skills & Technologies', 'Technical Proficiencies', 'Proficiencies',
    'Computer Skills', 'IT Skills', 'Programming Languages', 'Skills Summary', 'Summary of Skills', 'Strengths',
    'Kenntnisse', 'Fähigkeiten', 'IT-Kenntnisse', 'Compétences', 'Compétences Techniques', 'Habilidades',
    'Conocimientos',
  ],
  projects: [
    'Projects', 'Personal Projects', 'Selected Projects', 'Key Projects', 'Academic Projects', 'Side Projects',
    'Open Source', 'Open Source Projects', 'Open-Source Contributions', 'Portfolio', 'Projekte', 'Projets', 'Proyectos',
  ],
  certifications: [
    'Certifications', 'Certification', 'Certificates', 'Licenses & Certifications', 'Licenses and Certifications',
    'Certifications & Licenses', 'Licenses', 'Licences', 'Accreditations', 'Professional Certifications',
    'Certifications & Training', 'Courses & Certifications', 'Zertifikate', 'Zertifizierungen', 'Certificats',
    'Certificaciones',
  ],
  languages: ['Languages', 'Language Skills', 'Spoken Languages', 'Sprachen', 'Sprachkenntnisse', 'Langues', 'Idiomas'],
  awards: [
    'Awards', 'Honors', 'Honours', 'Awards & Honors', 'Honors & Awards', 'Awards and Honors', 'Honors and Awards',
    'Achievements', 'Accomplishments', 'Key Achievements', 'Recognition', 'Scholarships', 'Selected Honors',
    'Auszeichnungen', 'Distinctions', 'Prix', 'Premios',
  ],
  publications: ['Publications', 'Selected Publications', 'Papers', 'Research Papers', 'Publikationen', 'Publicaciones'],
  volunteer: [
    'Volunteer', 'Volunteering', 'Volunteer Experience', 'Volunteer Work', 'Community Service', 'Community Involvement',
    'Ehrenamt', 'Bénévolat', 'Voluntariado',
  ],
  interests: ['Interests', 'Hobbies', 'Hobbies & Interests', 'Interests & Hobbies', 'Personal Interests', 'Activities', 'Hobbys', 'Loisirs', 'Centres d’intérêt', 'Intereses', 'Aficiones'],
  references: ['References', 'Referees', 'Referenzen', 'Références', 'Referencias'],
  other: [
    'Patents', 'Talks', 'Invited Talks', 'Presentations', 'Conferences', 'Speaking', 'Teaching', 'Courses',
    'Coursework', 'Relevant Coursework', 'Leadership', 'Extracurricular Activities', 'Extracurriculars',
    'Memberships', 'Professional Memberships', 'Affiliations', 'Additional Information', 'Miscellaneous',
    'Research', 'Grants', 'Press', 'Military Service',
  ],
}

/**
 * Words that, last in a short heading ("Relevant Work Experience", "Selected
 * Awards"), say which section it opens even when the phrase isn't in the table.
 */
const HEAD_WORDS: Record<string, SectionKind> = {
  experience: 'experience', experiences: 'experience', employment: 'experience', internships: 'experience',
  education: 'education', qualifications: 'education',
  skills: 'skills', competencies: 'skills', technologies: 'skills', expertise: 'skills', proficiencies: 'skills',
  summary: 'summary', profile: 'summary', objective: 'summary',
  projects: 'projects',
  certifications: 'certifications', certificates: 'certifications', licenses: 'certifications',
  languages: 'languages',
  awards: 'awards', honors: 'awards', honours: 'awards', achievements: 'awards',
  publications: 'publications', papers: 'publications',
  volunteering: 'volunteer',
  interests: 'interests', hobbies: 'interests',
  references: 'references',
}

/**
 * Résumé fonts often lack a ToUnicode entry for ligatures, so "Profiles" comes
 * out as "Pro\uFFFDles"; each replacement a ligature could stand for is tried.
 */
const LIGATURES = ['fi', 'fl', 'ff', 'ffi', 'ffl']

/** Private-use glyphs are icon fonts (Font Awesome, Phosphor) drawn before headings and contacts. */
export const ICON_GLYPHS = /[\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}]/gu

/** The comparison key of a heading: letters only, lower case, no accents, "&" read as "and". */
export function headingKey(text: string): string {
  return text
    .replace(ICON_GLYPHS, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/[^\p{L}\uFFFD]/gu, '')
}

const KEY_TO_KIND = new Map<string, SectionKind>()
for (const [kind, headings] of Object.entries(SECTION_HEADINGS) as Array<[SectionKind, readonly string[]]>) {
  for (const heading of headings) if (!KEY_TO_KIND.has(headingKey(heading))) KEY_TO_KIND.set(headingKey(heading), kind)
}

function keyVariants(key: string): string[] {
  if (!key.includes('\uFFFD')) return [key]
  return LIGATURES.map((ligature) => key.replaceAll('\uFFFD', ligature))
}

/** The section kind a heading names exactly (up to case, accents, punctuation, spacing), or null. */
export function headingKind(text: string): SectionKind | null {
  for (const key of keyVariants(headingKey(text))) {
    const kind = KEY_TO_KIND.get(key)
    if (kind) return kind
  }
  return null
}

/** Words that narrow a heading without changing what it opens ("Relevant Experience", "Experience — Selected"). */
const QUALIFIERS = new Set(['selected', 'relevant', 'recent', 'additional', 'other', 'further', 'previous', 'prior', 'past', 'key', 'main'])
/** Nouns that add nothing after a section's name ("Employment Record", "Education Details"). */
const EMPTY_TAILS = new Set(['record', 'records', 'details', 'history'])

/** The kind of a heading once its qualifier words are dropped, from either end, one at a time. */
function kindWithoutQualifiers(text: string): SectionKind | null {
  const words = text.split(/\s+/).filter(Boolean)
  let from = 0
  let to = words.length
  while (from < to) {
    const kind = headingKind(words.slice(from, to).join(' '))
    if (kind) return kind
    if (QUALIFIERS.has(headingKey(words[from]))) from++
    else if (to - from > 1 && (QUALIFIERS.has(headingKey(words[to - 1])) || EMPTY_TAILS.has(headingKey(words[to - 1])))) to--
    else return null
  }
  return null
}

/**
 * "Work Experience & Internships": a pair names a section when both halves are
 * headings of it. One known half is not enough: "Research and Development
 * Engineer" and "Training & Development" are job titles. A first half that only
 * names an `other` section shares the second's head noun ("Research & Teaching
 * Experience"). Halves of different kinds ("Skills & Awards") are left to the
 * head-word rule, and the ATS checks warn that parsers file them elsewhere.
 */
function pairKind(text: string): SectionKind | null {
  const single = kindWithoutQualifiers(text)
  if (single) return single
  const pair = /^(.+?)\s+(?:&|\+|and|und|et|y)\s+(.+)$/iu.exec(text)
  if (!pair) return null
  const first = kindWithoutQualifiers(pair[1])
  const second = kindWithoutQualifiers(pair[2])
  if (first === 'other') return second
  return first === second ? first : null
}

/**
 * The section kind of a heading the table knows once it is stripped of what
 * people add to it: a note in brackets ("Education (selected)"), a qualifier
 * after a dash ("Experience — Selected") or before it ("Relevant Work
 * Experience"), an empty tail ("Employment Record"), a second heading joined
 * with "&", or a translation after a slash ("Berufserfahrung / Work History",
 * either side may be the known one). What remains must be a heading of the
 * table, so a sentence that merely starts with "Experience" is none.
 * `headingKind` stays exact: the ATS check flags these wordings as unusual.
 */
export function qualifiedHeadingKind(text: string): SectionKind | null {
  const exact = headingKind(text)
  if (exact) return exact
  const bare = text
    .replace(ICON_GLYPHS, '')
    .replace(/\s*[([][^()[\]]*[)\]]\s*/g, ' ')
    .replace(/\s+[—–-]\s+(\p{L}+)\s*$/u, (dash, word: string) => (QUALIFIERS.has(headingKey(word)) ? '' : dash))
    .trim()
  const sides = bare.split(/\s+\/\s+/)
  // Both sides of a translation are written like headings; "Developer / analyst" is a job.
  if (sides.length > 2 || (sides.length === 2 && !sides.every((side) => /^\p{Lu}/u.test(side)))) return null
  for (const side of sides) {
    const kind = pairKind(side)
    if (kind) return kind
  }
  return null
}

/**
 * The kind a short heading suggests by its head word ("Relevant Work
 * Experience" → experience, "Skills & Interests" → skills). Weaker than
 * `headingKind`: callers only trust it when the line also looks like a heading.
 */
export function headingKindByHeadWord(text: string): SectionKind | null {
  const words = text
    .replace(ICON_GLYPHS, '')
    .split(/[^\p{L}\uFFFD]+/u)
    .filter(Boolean)
    .map((word) => headingKey(word))
  if (words.length === 0 || words.length > 5) return null
  const last = keyVariants(words[words.length - 1]).map((key) => HEAD_WORDS[key]).find(Boolean)
  if (last) return last
  // "Skills & Interests", "Education and Certifications": the first of a pair names it.
  if (words.length >= 3 && words[1] === 'and') return keyVariants(words[0]).map((key) => HEAD_WORDS[key]).find(Boolean) ?? null
  return null
}
