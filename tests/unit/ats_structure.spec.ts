import { test } from '@japa/runner'
import { STRUCTURE_CHECKS } from '#nlp/scoring/checks/structure'
import { baseResume, docxResume, filler, pdfResume, type Job } from '#tests/fixtures/ats/build'
import { score } from '#tests/fixtures/ats/report'

const jobs = baseResume().jobs
const redate = (dates: string[]): Job[] => jobs.map((job, index) => ({ ...job, dates: dates[index] }))

test.group('ATS structure checks', () => {
  test('the structure weights add up to 20 points', ({ assert }) => {
    assert.equal(
      STRUCTURE_CHECKS.reduce((total, check) => total + check.weight, 0),
      20
    )
    assert.deepEqual(
      STRUCTURE_CHECKS.map((check) => check.id),
      ['standard-headings', 'reverse-chronological', 'date-consistency', 'employment-gaps', 'length']
    )
  })

  test('Experience, Education and Skills headings pass standard-headings', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume()))
    assert.equal(check('standard-headings').status, 'pass')
  })

  test('experience under a made-up heading fails standard-headings and points at the heading', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume({ experienceHeading: 'My Professional Journey' })))
    const result = check('standard-headings')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'No “Experience” section')
    assert.include(result.fix, '“My Professional Journey”')
    assert.deepEqual(
      result.evidence.map((evidence) => evidence.text),
      ['My Professional Journey']
    )
  })

  test('a missing skills section only warns', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume({ skills: null })))
    assert.equal(check('standard-headings').status, 'warn')
    assert.include(check('standard-headings').message, '“Skills”')
  })

  test('jobs newest first pass reverse-chronological', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('reverse-chronological').status, 'pass')
  })

  test('jobs listed oldest first fail reverse-chronological with the misplaced jobs as evidence', async ({ assert }) => {
    const { analysis, check } = await score(await pdfResume(baseResume({ jobs: [...jobs].reverse() })))
    const result = check('reverse-chronological')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'oldest first')
    const newest = analysis.parsed.work.find((job) => job.present)!
    assert.includeMembers(
      result.evidence.map((evidence) => evidence.line),
      newest.lines
    )
  })

  test('one job out of place warns and names it', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume({ jobs: [jobs[1], jobs[0], jobs[2]] })))
    const result = check('reverse-chronological')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'Senior Data Analyst')
    assert.isTrue(result.evidence.some((evidence) => evidence.text.includes('Senior Data Analyst')))
  })

  test('month-and-year dates in one style pass date-consistency', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('date-consistency').status, 'pass')
  })

  test('mixed date styles and years without months warn date-consistency', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume({ jobs: redate(['Jan 2022 – Present', '03/2019 – 12/2021', '2017 – 2019']) })))
    const result = check('date-consistency')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'more than one style')
    assert.include(result.message, 'without months')
    assert.isTrue(result.evidence.some((evidence) => evidence.text.includes('03/2019')))
    assert.isTrue(result.evidence.some((evidence) => evidence.text.includes('2017 – 2019')))
  })

  test('jobs without any dates fail date-consistency', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume({ jobs: redate(['', '', '']) })))
    assert.equal(check('date-consistency').status, 'fail')
    assert.include(check('date-consistency').message, 'No job with dates')
    assert.deepEqual(
      check('date-consistency').evidence.map((evidence) => evidence.text),
      ['Experience']
    )
  })

  test('back-to-back jobs pass employment-gaps', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('employment-gaps').status, 'pass')
  })

  test('a recent year between jobs warns gently: be ready to explain it', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume({ jobs: redate(['Jan 2022 – Present', 'Mar 2019 – Dec 2020', 'Jul 2017 – Feb 2019']) })))
    const result = check('employment-gaps')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'be ready to explain')
    assert.include(result.message, '12 months')
    assert.equal(result.points, 1.5)
    // The jobs on either side of the gap.
    assert.isTrue(result.evidence.some((evidence) => evidence.text.includes('Jan 2022')))
    assert.isTrue(result.evidence.some((evidence) => evidence.text.includes('Dec 2020')))
  })

  test('a gap while studying is not counted', async ({ assert }) => {
    const { check } = await score(
      await pdfResume(
        baseResume({
          jobs: redate(['Jan 2022 – Present', 'Mar 2019 – Dec 2020', 'Jul 2017 – Feb 2019']),
          education: [
            { school: 'University of Leeds', degree: 'MSc Data Science', dates: 'Jan 2021 – Dec 2021' },
            { school: 'University of Manchester', degree: 'BSc Mathematics', dates: 'Sep 2014 – Jun 2017' },
          ],
        })
      )
    )
    assert.equal(check('employment-gaps').status, 'pass')
  })

  test('a gap more than ten years ago is not mentioned', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume({ jobs: redate(['Jan 2014 – Present', 'Mar 2010 – Dec 2012', 'Jul 2007 – Feb 2010']) })))
    assert.equal(check('employment-gaps').status, 'pass')
  })

  test('a résumé of about 400–800 words on one or two pages passes length', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('length').status, 'pass')
    assert.match(check('length').message, /\d{3} words on [12] pages?/)
  })

  test('a 150-word résumé warns that it is short', async ({ assert }) => {
    const short = baseResume({
      summary: undefined,
      jobs: jobs.map((job) => ({ ...job, bullets: job.bullets.slice(0, 1) })),
      extra: [],
    })
    const { analysis, check } = await score(await docxResume(short))
    const words = analysis.layout.lines.reduce((total, line) => total + line.text.split(/\s+/).length, 0)
    assert.isBelow(words, 200)
    assert.equal(check('length').status, 'warn')
    assert.include(check('length').message, 'short')
  })

  test('a three-page résumé warns and points at where page three starts', async ({ assert }) => {
    const { analysis, check } = await score(await pdfResume(baseResume({ extra: [{ heading: 'Projects', lines: filler(55) }] })))
    assert.equal(analysis.layout.pageCount, 3)
    const result = check('length')
    assert.equal(result.status, 'warn')
    assert.include(result.message, '3 pages')
    assert.equal(analysis.layout.lines[result.evidence[0].line].page, 3)
  })

  test('a four-page résumé fails length', async ({ assert }) => {
    const { analysis, check } = await score(await pdfResume(baseResume({ extra: [{ heading: 'Projects', lines: filler(110) }] })))
    assert.equal(analysis.layout.pageCount, 4)
    assert.equal(check('length').status, 'fail')
    assert.equal(check('length').points, 0)
  })
})
