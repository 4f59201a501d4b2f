import { test } from '@japa/runner'
import { findDateRanges, monthsBetween, parseDateRange } from '../../app/nlp/entities/dates.js'
import { summarizeExperience } from '../../app/nlp/entities/experience.js'
import type { WorkEntry } from '../../app/nlp/types.js'

const today = '2026-03'
const range = (text: string) => {
  const found = parseDateRange(text, { today })
  return found && { start: found.start, end: found.end, present: found.present }
}

test.group('Dates / ranges', () => {
  test('a date range ending in Present ends at the upload month', ({ assert }) => {
    assert.deepEqual(range('Jan 2020 – Present'), { start: '2020-01', end: '2026-03', present: true })
    assert.deepEqual(range('January 2019 to Present'), { start: '2019-01', end: '2026-03', present: true })
    assert.deepEqual(range('2019 - now'), { start: '2019', end: '2026-03', present: true })
    assert.deepEqual(range('June 2023 – current'), { start: '2023-06', end: '2026-03', present: true })
    assert.deepEqual(range('März 2019 – heute'), { start: '2019-03', end: '2026-03', present: true })
  })

  test('numeric month-year dates are read with slashes, dots and ISO dashes', ({ assert }) => {
    assert.deepEqual(range('01/2020 - 03/2022'), { start: '2020-01', end: '2022-03', present: false })
    assert.deepEqual(range('03.2018 – 12.2020'), { start: '2018-03', end: '2020-12', present: false })
    assert.deepEqual(range('2020-01 – 2021-06'), { start: '2020-01', end: '2021-06', present: false })
    assert.deepEqual(range('15.03.2018 - 31.12.2020'), { start: '2018-03', end: '2020-12', present: false })
  })

  test('abbreviated months with dots and any dash between them are read', ({ assert }) => {
    assert.deepEqual(range('Sep. 2015 — Jun. 2019'), { start: '2015-09', end: '2019-06', present: false })
    assert.deepEqual(range('Sept 2018 – May 2023'), { start: '2018-09', end: '2023-05', present: false })
    assert.deepEqual(range("Jan '20 - Mar '21"), { start: '2020-01', end: '2021-03', present: false })
  })

  test('years alone give year-precision ranges', ({ assert }) => {
    assert.deepEqual(range('2019–2021'), { start: '2019', end: '2021', present: false })
    assert.deepEqual(range('2019-2021'), { start: '2019', end: '2021', present: false })
    assert.deepEqual(range('2018 - 21'), { start: '2018', end: '2021', present: false })
  })

  test('seasons and quarters become the month they start in', ({ assert }) => {
    assert.deepEqual(range('Summer 2018'), { start: '2018-06', end: '2018-06', present: false })
    assert.deepEqual(range('Fall 2017 – Spring 2019'), { start: '2017-09', end: '2019-03', present: false })
    assert.deepEqual(range('Q3 2020 - Q1 2021'), { start: '2020-07', end: '2021-01', present: false })
  })

  test('"since" and a dangling dash mean ongoing', ({ assert }) => {
    assert.deepEqual(range('since 2021'), { start: '2021', end: '2026-03', present: true })
    assert.deepEqual(range('2019 –'), { start: '2019', end: '2026-03', present: true })
  })

  test('a single date is a range of one date', ({ assert }) => {
    assert.deepEqual(range('2021'), { start: '2021', end: '2021', present: false })
    assert.deepEqual(range('May 2021'), { start: '2021-05', end: '2021-05', present: false })
  })

  test('two dates with only space between them are a range when they run forwards', ({ assert }) => {
    assert.deepEqual(range('04/2022 07/2022 (project employment)'), { start: '2022-04', end: '2022-07', present: false })
    assert.deepEqual(range('2020 Present Frontend developer'), { start: '2020', end: '2026-03', present: true })
    assert.deepEqual(
      findDateRanges('2021 2019', { today }).map((r) => r.start),
      ['2021', '2019']
    )
  })

  test('French and Spanish month abbreviations keep their month', ({ assert }) => {
    assert.deepEqual(range('janv. 2017 – févr. 2019'), { start: '2017-01', end: '2019-02', present: false })
    assert.deepEqual(range('abr. 2016 - dic. 2018'), { start: '2016-04', end: '2018-12', present: false })
  })

  test('a range written newest first runs from the earlier date to the later', ({ assert }) => {
    assert.deepEqual(range('11/2022 – 02/2019'), { start: '2019-02', end: '2022-11', present: false })
    assert.deepEqual(range('2021 - 2018'), { start: '2018', end: '2021', present: false })
  })

  test('two months sharing one year take the year for both', ({ assert }) => {
    assert.deepEqual(range('May – Aug 2022'), { start: '2022-05', end: '2022-08', present: false })
  })

  test('the range found in a job line gives its place in the text', ({ assert }) => {
    const text = 'Nexus AI – San Francisco, CA June 2023 – present'
    const found = parseDateRange(text, { today })!
    assert.equal(text.slice(...found.span), 'June 2023 – present')
  })

  test('numbers that are not dates are left alone', ({ assert }) => {
    assert.deepEqual(findDateRanges('US Patent 11,234,567'), [])
    assert.deepEqual(findDateRanges('GPA 3.97/4.00'), [])
    assert.deepEqual(findDateRanges('2 years 10 months'), [])
    assert.isNull(parseDateRange('Marketing at Acme'))
  })

  test('without an upload month an ongoing range has no end', ({ assert }) => {
    const found = parseDateRange('Jan 2020 – Present')!
    assert.isTrue(found.present)
    assert.isUndefined(found.end)
  })

  test('every date of a line is found, left to right', ({ assert }) => {
    const found = findDateRanges('2017 – 2019 at Acme, then Jan 2020 – Present', { today })
    assert.deepEqual(
      found.map((r) => [r.start, r.end, r.present]),
      [
        ['2017', '2019', false],
        ['2020-01', '2026-03', true],
      ]
    )
  })
})

test.group('Dates / months', () => {
  test('months between two dates count both ends', ({ assert }) => {
    assert.equal(monthsBetween('2022-05', '2022-08'), 4)
    assert.equal(monthsBetween('2020-01', '2020-01'), 1)
  })

  test('a bare year starts in January and ends in December', ({ assert }) => {
    assert.equal(monthsBetween('2019', '2021'), 36)
    assert.equal(monthsBetween('2019-06', '2019'), 7)
  })

  test('an end before the start counts no months', ({ assert }) => {
    assert.equal(monthsBetween('2021-05', '2020-01'), 0)
  })
})

function job(startDate?: string, endDate?: string, present = false): WorkEntry {
  return { startDate, endDate, present, highlights: [], confidence: 1, lines: [] }
}

test.group('Experience summary', () => {
  test('overlapping jobs are counted once', ({ assert }) => {
    const summary = summarizeExperience([job('2018-01', '2019-12'), job('2019-06', '2020-06')], { today })
    assert.equal(summary.totalMonths, 30)
    assert.deepEqual(summary.gaps, [])
  })

  test('an ongoing job runs to the upload month', ({ assert }) => {
    const summary = summarizeExperience([job('2025-01', undefined, true)], { today })
    assert.equal(summary.totalMonths, 15)
  })

  test('a gap of three months or more between jobs is reported with its months', ({ assert }) => {
    const summary = summarizeExperience([job('2015-01', '2016-12'), job('2017-04', '2018-12'), job('2019-02', '2020-01')], { today })
    assert.deepEqual(summary.gaps, [{ from: '2017-01', to: '2017-03', months: 3 }])
    assert.equal(summary.totalMonths, 24 + 21 + 12)
  })

  test('year-only jobs that follow each other leave no gap', ({ assert }) => {
    const summary = summarizeExperience([job('2015', '2017'), job('2018', '2020')], { today })
    assert.deepEqual(summary.gaps, [])
    assert.equal(summary.totalMonths, 72)
  })

  test('undated jobs are left out and a start-only job counts one month', ({ assert }) => {
    const summary = summarizeExperience([job(), job('2020-05')], { today })
    assert.equal(summary.totalMonths, 1)
  })
})
