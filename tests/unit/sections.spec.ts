import { test } from '@japa/runner'
import { SECTION_HEADINGS, detectSections, headingKind, linesFromText } from '../../app/nlp/sections/index.js'
import type { Line, Section } from '../../app/nlp/types.js'

/** Rich lines as the layout reader gives them: [text, fontSize, bold, style?]. */
function richLines(rows: Array<[string, number, boolean, string?]>): Line[] {
  return rows.map(([text, fontSize, bold, style], id) => ({
    id,
    page: 1,
    text,
    box: null,
    fontSize,
    bold,
    column: 0,
    source: 'text',
    bullet: false,
    ...(style ? { style } : {}),
  }))
}

const kinds = (sections: Section[]) => sections.map((s) => s.kind)
const sectionOf = (sections: Section[], lineId: number) => sections.find((s) => s.lineIds.includes(lineId))

test.group('Sections / headings table', () => {
  test('headings are recognised whatever their case, spacing, punctuation or ampersand', ({ assert }) => {
    assert.equal(headingKind('EXPERIENCE:'), 'experience')
    assert.equal(headingKind('E X P E R I E N C E'), 'experience')
    assert.equal(headingKind('Work  History'), 'experience')
    assert.equal(headingKind('Career History'), 'experience')
    assert.equal(headingKind('Education and Training'), 'education')
    assert.equal(headingKind('EDUCATION & TRAINING'), 'education')
    assert.equal(headingKind('Licenses & Certifications'), 'certifications')
    assert.equal(headingKind('Core Competencies'), 'skills')
    assert.equal(headingKind('About Me'), 'summary')
    assert.equal(headingKind('Hobbies'), 'interests')
    assert.equal(headingKind('Honors'), 'awards')
    assert.isNull(headingKind('Senior Software Engineer'))
  })

  test('a heading whose ligature glyph was lost still names its section', ({ assert }) => {
    assert.equal(headingKind('Certi\uFFFDcations'), 'certifications')
    assert.equal(headingKind('Pro\uFFFDles'), 'header')
  })

  test('a heading with a lost ligature opens its section in a document', ({ assert }) => {
    const lines = linesFromText('Jane Roe\njane@example.com\n\nPRO\uFFFDLES\njaneroe\nLinkedIn\n\nCerti\uFFFDcations\nAWS Solutions Architect\n\nA\uFFFDliations\nIEEE')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'header', 'certifications', 'other'])
    assert.equal(sectionOf(sections, 6)?.heading, 'Certi\uFFFDcations')
    assert.isNull(headingKind('Pro\uFFFDt'))
  })

  test('the synonyms table is exported with the standard headings under their kinds', ({ assert }) => {
    assert.include(SECTION_HEADINGS.experience, 'Professional Experience')
    assert.include(SECTION_HEADINGS.education, 'Academic Background')
    assert.include(SECTION_HEADINGS.skills, 'Areas of Expertise')
    assert.include(SECTION_HEADINGS.certifications, 'Licenses & Certifications')
    assert.notInclude(SECTION_HEADINGS.skills, 'Experience')
  })
})

test.group('Sections / plain text', () => {
  test('lines before the first heading form the header section', ({ assert }) => {
    const lines = linesFromText('Jane Roe\njane@example.com\n\nEXPERIENCE\nAcme — Engineer\n2019 – 2021')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience'])
    assert.deepEqual(sections[0].lineIds, [0, 1])
    assert.isNull(sections[0].heading)
    assert.equal(sections[1].heading, 'EXPERIENCE')
    assert.equal(sections[1].headingLineId, 2)
    assert.deepEqual(sections[1].lineIds, [3, 4])
  })

  test('spaced-out letters and trailing colons are headings', ({ assert }) => {
    const lines = linesFromText('Jane Roe\nE X P E R I E N C E\nAcme — Engineer\nSKILLS:\nGo, Rust')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'skills'])
    assert.equal(sections[1].heading, 'EXPERIENCE')
  })

  test('an unknown ALL CAPS heading is an other section when the known headings are ALL CAPS too', ({ assert }) => {
    const lines = linesFromText('Jane Roe\nEXPERIENCE\nAcme — Engineer\nINVITED TALKS\nScaling Go at GopherCon\nEDUCATION\nMIT')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'other', 'education'])
    assert.equal(sections[2].heading, 'INVITED TALKS')
  })

  test('an ALL CAPS company line stays inside its section when the headings are Title Case', ({ assert }) => {
    const lines = linesFromText('Jane Roe\nExperience\nACME CORP\nEngineer, 2019 – 2021\nEducation\nMIT')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'education'])
    assert.equal(sectionOf(sections, 2)?.kind, 'experience')
  })

  test('a name in capitals above the first heading stays in the header', ({ assert }) => {
    const lines = linesFromText('JANE ROE\nBerlin, Germany\nEXPERIENCE\nAcme — Engineer')
    const sections = detectSections(lines)
    assert.equal(sectionOf(sections, 0)?.kind, 'header')
  })

  test('headings read on one line with a second column open their sections and keep the content', ({ assert }) => {
    const lines = linesFromText(
      [
        'John Doe',
        'Summary Web developer with five years of experience.',
        'Experience Creative Solutions Inc.',
        'Senior Web Developer',
        'Education University of California',
        'Skills Web Technologies',
      ].join('\n')
    )
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'summary', 'experience', 'education', 'skills'])
    const experience = sections[2]
    assert.equal(experience.heading, 'Experience')
    assert.equal(experience.headingLineId, 2)
    assert.deepEqual(experience.lineIds, [2, 3])
  })

  test('a single line that starts with a section word is not taken for an inline heading', ({ assert }) => {
    const lines = linesFromText('Jane Roe\nSkills\nExperience Design, Figma, user research')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'skills'])
  })

  test('experience headings with qualifiers, pairs or a second language open the experience section', ({ assert }) => {
    for (const heading of [
      'Relevant Work Experience',
      'Professional Experience (Selected)',
      'Experience — Recent',
      'Work Experience & Internships',
      'Employment Record',
      'Berufserfahrung / Work History',
    ]) {
      const lines = linesFromText(`Priya Nair\npriya@example.org\nProfile\nData engineer.\n${heading}\nGlobex — Data Engineer\n2018 – 2022`)
      assert.deepEqual(kinds(detectSections(lines)), ['header', 'summary', 'experience'], heading)
    }
  })

  test('education headings with qualifiers or a second language open the education section', ({ assert }) => {
    for (const heading of ['Education (selected)', 'Education / Ausbildung', 'Additional Education']) {
      const lines = linesFromText(`Priya Nair\nExperience\nGlobex — Data Engineer\n${heading}\nUniversity of Leeds, BSc Physics, 2012 – 2015`)
      const sections = detectSections(lines)
      assert.deepEqual(kinds(sections), ['header', 'experience', 'education'], heading)
      assert.equal(sectionOf(sections, 4)?.kind, 'education', heading)
    }
  })

  test('lines that only start with a section word stay inside their section', ({ assert }) => {
    const lines = linesFromText(
      [
        'Priya Nair',
        'Relevant Experience',
        'Globex — Data Engineer',
        'Experience in Python and Go',
        'Research and Development Engineer',
        'Training & Development',
        'Developer / Analyst',
        'Education (selected)',
        'University of Leeds',
      ].join('\n')
    )
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'education'])
    assert.deepEqual(sections[1].lineIds, [2, 3, 4, 5, 6])
  })

  test('a Qualifications heading over degrees opens education, over a profile it stays a summary', ({ assert }) => {
    const degrees = linesFromText('Priya Nair\nExperience\nGlobex — Data Engineer\nQualifications\nUniversity of Leeds, BSc Physics, 2012 – 2015\nA-Levels: Maths, Physics, Chemistry')
    assert.deepEqual(kinds(detectSections(degrees)), ['header', 'experience', 'education'])
    const profile = linesFromText('Priya Nair\nQualifications\nEight years building data pipelines for retail banks\nCertified in AWS and GCP\nExperience\nGlobex — Data Engineer')
    assert.deepEqual(kinds(detectSections(profile)), ['header', 'summary', 'experience'])
  })

  test('two headings of the same kind in a row make one section', ({ assert }) => {
    const lines = linesFromText('Jane Roe\nTechnical Skills\nGo, Rust\nCore Competencies\nMentoring')
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'skills'])
    assert.deepEqual(sections[1].lineIds, [2, 3, 4])
  })

  test('plain-text bullets are marked and removed, and lines are numbered in order', ({ assert }) => {
    const lines = linesFromText('Acme\n• Shipped the API\n- Cut costs\n•\nWrapped bullet text\n-5% churn')
    assert.deepEqual(
      lines.map((l) => [l.id, l.text, l.bullet]),
      [
        [0, 'Acme', false],
        [1, 'Shipped the API', true],
        [2, 'Cut costs', true],
        [3, 'Wrapped bullet text', true],
        [4, '-5% churn', false],
      ]
    )
  })
})

test.group('Sections / rich lines', () => {
  test('a DOCX Heading style makes a heading the table does not know', ({ assert }) => {
    const lines = richLines([
      ['Jane Roe', 20, true, 'Title'],
      ['Experience', 11, false, 'Heading1'],
      ['Acme — Engineer', 11, false],
      ['Volunteering Abroad Programme', 11, false, 'Heading1'],
      ['Taught maths in Ghana', 11, false],
    ])
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'other'])
    assert.equal(sections[2].heading, 'Volunteering Abroad Programme')
  })

  test('a larger bold line the table does not know starts an other section', ({ assert }) => {
    const lines = richLines([
      ['Jane Roe', 24, true],
      ['Experience', 14, true],
      ['Acme — Engineer', 10, false],
      ['Built the billing pipeline that charges two million customers a month', 10, false],
      ['Patents and Talks Abroad', 14, true],
      ['US 11,234,567', 10, false],
      ['Education', 14, true],
      ['MIT', 10, false],
    ])
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'other', 'education'])
  })

  test('a body-sized label inside a section is not a heading when the headings are larger', ({ assert }) => {
    const lines = richLines([
      ['Jane Roe', 24, true],
      ['Experience', 14, true],
      ['Acme — Engineer', 10, false],
      ['Skills', 14, true],
      ['Languages', 10, true],
      ['Python, Go, Rust', 10, false],
      ['Education', 14, true],
      ['MIT', 10, false],
    ])
    const sections = detectSections(lines)
    assert.deepEqual(kinds(sections), ['header', 'experience', 'skills', 'education'])
    assert.equal(sectionOf(sections, 4)?.kind, 'skills')
  })

  test('the name in a larger font next to contact lines is not taken for a section heading', ({ assert }) => {
    const lines = richLines([
      ['Profiles', 8.5, false],
      ['johndoe', 9.7, false],
      ['Summary', 8.5, false],
      ['John Doe', 14.6, false],
      ['Web Developer', 9.7, false],
      ['john.doe@example.com (555) 123-4567', 8.5, false],
      ['Experience', 8.5, false],
      ['Acme', 9.7, false],
    ])
    const sections = detectSections(lines)
    assert.notInclude(kinds(sections), 'other')
    assert.equal(sectionOf(sections, 3)?.kind, 'summary')
  })
})
