import { test } from '@japa/runner'
import { educationLevel, findDegree } from '../../app/nlp/entities/education.js'
import { extractEntities } from '../../app/nlp/entities/index.js'
import { detectSections, linesFromText } from '../../app/nlp/sections/index.js'

function education(body: string, heading = 'Education') {
  const lines = linesFromText(`Jane Roe\njane@example.com\n${heading}\n${body}`)
  return extractEntities(lines, detectSections(lines), { today: '2026-03' }).education
}

test.group('Education / degrees', () => {
  test('degrees as written map to a level', ({ assert }) => {
    const levels = {
      'BS': 'bachelor',
      'B.Sc.': 'bachelor',
      'Bachelor of Arts': 'bachelor',
      "Bachelor's": 'bachelor',
      'MS': 'master',
      'M.Sc.': 'master',
      'MBA': 'master',
      "Master's degree": 'master',
      'PhD': 'doctorate',
      'Ph.D.': 'doctorate',
      'Doctor of Philosophy': 'doctorate',
      'Associate of Applied Science': 'associate',
      'High School Diploma': 'secondary',
      'Abitur': 'secondary',
      'A-levels': 'secondary',
      'Diploma': 'certificate',
      'Graduate Certificate': 'certificate',
      'Knitting Club': 'other',
    }
    for (const [written, level] of Object.entries(levels)) assert.equal(educationLevel(written), level, written)
  })

  test('the field after "in" is the area and the degree keeps its own words', ({ assert }) => {
    assert.deepInclude(findDegree('Bachelor of Science in Computer Science'), {
      studyType: 'Bachelor of Science',
      level: 'bachelor',
      area: 'Computer Science',
    })
    assert.deepInclude(findDegree('PhD in Computer Science'), { studyType: 'PhD', area: 'Computer Science' })
    assert.deepInclude(findDegree('MSc Data Science'), { studyType: 'MSc', area: 'Data Science' })
  })

  test('abbreviations only count in capitals, so words are not degrees', ({ assert }) => {
    assert.isNull(findDegree('ms word and ba sing se'))
    assert.isNull(findDegree('Mastered the piano'))
  })
})

test.group('Education / entries', () => {
  test('institution, degree, field, dates and GPA are read from a three-line entry', ({ assert }) => {
    const [entry] = education('University of Illinois at Urbana-Champaign\nBachelor of Science in Computer Engineering\nAug. 2010 – May 2014\nGPA: 3.6/4.0')
    assert.deepInclude(entry, {
      institution: 'University of Illinois at Urbana-Champaign',
      studyType: 'Bachelor of Science',
      level: 'bachelor',
      area: 'Computer Engineering',
      startDate: '2010-08',
      endDate: '2014-05',
      score: '3.6/4.0',
    })
    assert.deepEqual(entry.lines, [3, 4, 5, 6])
    assert.isAbove(entry.confidence, 0.8)
  })

  test('a degree written before the institution on one line is split from it', ({ assert }) => {
    const entries = education('PhD Princeton University, Computer Science\nPrinceton, NJ\nSept 2018 – May 2023\nBS Boğaziçi University, Computer Engineering\nIstanbul, Türkiye\nSept 2014 – June 2018')
    assert.deepEqual(
      entries.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]),
      [
        ['Princeton University', 'PhD', 'Computer Science', '2018-09', '2023-05'],
        ['Boğaziçi University', 'BS', 'Computer Engineering', '2014-09', '2018-06'],
      ]
    )
  })

  test('one-line entries with degree, institution and years are separate degrees', ({ assert }) => {
    const entries = education('MSc Computer Science, University of Waterloo, 2013 – 2015\nBSc Computer Science, McGill University, 2009 – 2013', 'Academic Background')
    assert.deepEqual(
      entries.map((e) => [e.level, e.institution, e.startDate]),
      [
        ['master', 'University of Waterloo', '2013'],
        ['bachelor', 'McGill University', '2009'],
      ]
    )
  })

  test('"Education & Training" with dates first and a European school', ({ assert }) => {
    const [entry] = education('2012 - 2016   École Polytechnique\nDiplôme d\'ingénieur, Mathématiques appliquées', 'Education & Training')
    assert.equal(entry.institution, 'École Polytechnique')
    assert.equal(entry.level, 'master')
    assert.equal(entry.area, 'Mathématiques appliquées')
  })

  test('a single year on a degree is when it was obtained', ({ assert }) => {
    const [entry] = education('Abitur, Goethe-Gymnasium Frankfurt, 2009')
    assert.equal(entry.level, 'secondary')
    assert.isUndefined(entry.startDate)
    assert.equal(entry.endDate, '2009')
  })

  test('an honours class stays with the degree, not the field', ({ assert }) => {
    const [entry] = education('University of the Arts London\nBA (Hons) Graphic Design\n2012 – 2015')
    assert.equal(entry.studyType, 'BA (Hons)')
    assert.equal(entry.area, 'Graphic Design')
  })

  test('a lower-case degree with the school named under its description is one entry', ({ assert }) => {
    const entries = education("2000 - 2005: master's degree in Computer Science and Information Technology.\nSpecialization: design of computing systems.\nNational Technical University of Ukraine")
    assert.lengthOf(entries, 1)
    assert.deepInclude(entries[0], { level: 'master', institution: 'National Technical University of Ukraine', startDate: '2000', endDate: '2005' })
  })

  test('a school without a degree is kept with lower confidence', ({ assert }) => {
    const [entry] = education('Stanford University\n2015 – 2016')
    assert.equal(entry.institution, 'Stanford University')
    assert.isUndefined(entry.level)
    assert.isBelow(entry.confidence, 0.8)
  })
})

test.group('Education / degrees and grades from other countries', () => {
  test('B.E., Dipl.-Kfm., Ingeniero and Magister Artium are degrees at their level', ({ assert }) => {
    assert.deepInclude(findDegree('B.E. Electronics'), { studyType: 'B.E.', level: 'bachelor', area: 'Electronics' })
    assert.deepInclude(findDegree('Dipl.-Kfm.'), { level: 'master' })
    assert.deepInclude(findDegree('Ingeniero de Caminos'), { studyType: 'Ingeniero', level: 'master', area: 'Caminos' })
    // The three-year "Ingeniero Técnico" is a bachelor's.
    assert.deepInclude(findDegree('Ingeniero Técnico en Informática'), { level: 'bachelor', area: 'Informática' })
    assert.deepInclude(findDegree('Magister Scientiarum (M.Sc.) Biologie'), {
      studyType: 'Magister Scientiarum (M.Sc.)',
      level: 'master',
      area: 'Biologie',
    })
    assert.deepInclude(findDegree('Associate of Applied Science (AAS)'), { studyType: 'Associate of Applied Science (AAS)', level: 'associate' })
  })

  test('"in <field> from <school>" gives the field and the school, and "em"/"di" introduce a field too', ({ assert }) => {
    const [montreal] = education("Master's degree in Linguistics from Université de Montréal (2015-2017)")
    assert.deepInclude(montreal, { institution: 'Université de Montréal', area: 'Linguistics', level: 'master' })

    const [porto] = education('Licenciatura em Economia, Universidade do Porto, 2008–2012')
    assert.deepInclude(porto, { institution: 'Universidade do Porto', area: 'Economia', studyType: 'Licenciatura' })
  })

  test('grades with local labels, unlabelled percentages and marks, and a classification in brackets are the score', ({ assert }) => {
    assert.equal(education('Licenciatura em Economia, Universidade do Porto, 2008–2012, Média final: 15/20')[0]!.score, '15/20')
    assert.equal(education('Licenciatura en Historia, Universidad de Chile, 2009 – 2013, Promedio: 6,1')[0]!.score, '6,1')
    assert.equal(education('B.E. Electronics, Anna University, 2012 - 2016, 81%')[0]!.score, '81%')
    assert.equal(education('Laurea in Fisica, Università di Padova, 2011-2014, 108/110')[0]!.score, '108/110')

    const [lse] = education('MSc Finance (Merit), London School of Economics, 2019–2020')
    assert.deepInclude(lse, { area: 'Finance', score: 'Merit' })

    // A month and year is a date, not a mark.
    assert.isUndefined(education('B.Sc. Biology, University of Leeds, 05/2016')[0]!.score)
  })

  test('"Roosevelt High School" is the school that awarded the high school diploma', ({ assert }) => {
    const [entry] = education('High School Diploma, Roosevelt High School, 2009')
    assert.deepInclude(entry, { institution: 'Roosevelt High School', studyType: 'High School Diploma', level: 'secondary', endDate: '2009' })
    assert.isUndefined(entry.area)
  })
})

test.group('Education / wrapped names', () => {
  test('a school name wrapped onto a line starting with "of" or "and" is one institution again', ({ assert }) => {
    const [kth, knust] = education(
      'KTH Royal Institute\nof Technology\nMSc Computer Science\n2015 – 2017\n\nKwame Nkrumah University of Science\nand Technology\nBSc Computer Engineering, 2008 – 2012'
    )
    assert.deepInclude(kth, { institution: 'KTH Royal Institute of Technology', area: 'Computer Science' })
    assert.deepInclude(knust, { institution: 'Kwame Nkrumah University of Science and Technology', area: 'Computer Engineering' })
  })

  test('a description line that happens to start with "and" is not glued to the degree', ({ assert }) => {
    const [entry] = education('University of Ghana\nBSc Computer Science\n2008 – 2012\nand a minor in Economics, with a thesis on mobile payments.')
    assert.deepInclude(entry, { institution: 'University of Ghana', area: 'Computer Science' })
  })
})

test.group('Education / degrees listed under Experience', () => {
  function parse(body: string) {
    const lines = linesFromText(`Chen Wei\nchen.wei@example.com\nExperience\n${body}`)
    return extractEntities(lines, detectSections(lines), { today: '2026-03' })
  }

  test('a degree at a university among the jobs is education, and its years are not experience', ({ assert }) => {
    const { work, education, experience } = parse(
      '2019.07 - 2024.06 Tencent, Backend Developer\n2016.09 - 2019.06 Zhejiang University, Master of Software Engineering'
    )
    assert.deepEqual(work.map((job) => job.name), ['Tencent'])
    assert.deepInclude(education[0], { institution: 'Zhejiang University', level: 'master', startDate: '2016-09', endDate: '2019-06' })
    assert.equal(experience.totalMonths, 60)
  })

  test('a job at a university that mentions a degree programme stays a job', ({ assert }) => {
    const { work, education } = parse('2017 – 2019 Research Assistant, MSc programme, University of Leeds')
    assert.lengthOf(work, 1)
    assert.equal(work[0]!.position, 'Research Assistant')
    assert.lengthOf(education, 0)
  })
})

test.group('Education / dates at the end of a long line', () => {
  test('a month and year closing a long comma-separated line is when the degree was obtained', ({ assert }) => {
    const [austin] = education('B.S. Computer Science, University of Texas at Austin, May 2016')
    assert.deepInclude(austin, { institution: 'University of Texas at Austin', endDate: '2016-05' })
    const [nursing] = education('Associate of Applied Science (AAS), Nursing — Austin Community College, 2012')
    assert.deepInclude(nursing, { institution: 'Austin Community College', area: 'Nursing', endDate: '2012' })
  })
})

test.group('Education / campuses', () => {
  test('"University of California, Davis" keeps its campus; a field after a comma is still the field', ({ assert }) => {
    const [davis] = education('University of California, Davis\nB.S. Design, 2012 – 2016')
    assert.equal(davis!.institution, 'University of California, Davis')
    const [stanford] = education('Stanford University, Computer Science\nMS, 2016 – 2018')
    assert.deepInclude(stanford, { institution: 'Stanford University', area: 'Computer Science' })
  })
})
