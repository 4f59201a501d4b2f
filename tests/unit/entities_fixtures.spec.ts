import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { extractEntities } from '../../app/nlp/entities/index.js'
import { detectSections, linesFromText } from '../../app/nlp/sections/index.js'

/** Plain-text résumés written for these tests: different orders, date styles, countries and layouts. */
async function parseFixture(name: string) {
  const text = await readFile(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8')
  const lines = linesFromText(text)
  const sections = detectSections(lines)
  return { sections, parsed: extractEntities(lines, sections, { today: '2026-03' }) }
}

const jobs = (parsed: Awaited<ReturnType<typeof parseFixture>>['parsed']) =>
  parsed.work.map((w) => [w.name, w.position, w.startDate, w.present ? 'present' : w.endDate])

test.group('Text résumés end to end', () => {
  test('a German résumé with ALL CAPS headings, "Title at Company" and numeric dates', async ({ assert }) => {
    const { parsed, sections } = await parseFixture('caps_headings_berlin.txt')
    assert.deepEqual(
      sections.map((s) => s.kind),
      ['header', 'summary', 'experience', 'education', 'skills', 'languages']
    )
    assert.equal(parsed.basics.name?.value, 'Lena Hoffmann')
    assert.equal(parsed.basics.phone?.value, '+4930901820')
    assert.deepEqual(parsed.basics.location?.value, { city: 'Berlin', countryCode: 'DE' })
    assert.deepEqual(
      parsed.basics.profiles.map((p) => p.value.username),
      ['lena-hoffmann', 'lhoffmann']
    )
    assert.deepEqual(jobs(parsed), [
      ['Zalando SE', 'Senior Backend Engineer', '2020-01', 'present'],
      ['SoundCloud', 'Software Engineer', '2016-04', '2019-12'],
      ['Siemens AG', 'Working Student', '2014-10', '2016-03'],
    ])
    assert.equal(parsed.education[0].level, 'master')
    assert.equal(parsed.languages.length, 3)
  })

  test('a British résumé with spaced-out headings and "Company — Title" lines', async ({ assert }) => {
    const { parsed, sections } = await parseFixture('spaced_headings_london.txt')
    assert.deepEqual(
      sections.map((s) => s.kind),
      ['header', 'summary', 'experience', 'education', 'certifications', 'interests']
    )
    assert.equal(parsed.basics.phone?.value, '+442079460958')
    assert.equal(parsed.basics.url?.value, 'https://priyaraman.design')
    assert.deepEqual(
      parsed.basics.profiles.map((p) => p.value.network),
      ['Dribbble', 'Behance']
    )
    assert.deepEqual(jobs(parsed), [
      ['Monzo', 'Lead Product Designer', '2019-09', 'present'],
      ['Deliveroo', 'Product Designer', '2016-06', '2019-08'],
    ])
    assert.equal(parsed.certificates.length, 2)
  })

  test('a US résumé with the company line above the title and two roles at one employer', async ({ assert }) => {
    const { parsed, sections } = await parseFixture('company_line_then_title.txt')
    assert.equal(sections.find((s) => s.kind === 'education')?.heading, 'Education & Training')
    assert.deepEqual(parsed.basics.location?.value, { city: 'Chicago', region: 'IL', postalCode: '60614', countryCode: 'US' })
    assert.deepEqual(jobs(parsed), [
      ['Northwind Traders', 'Staff Software Engineer', '2021-01', 'present'],
      ['Northwind Traders', 'Senior Software Engineer', '2018-03', '2020-12'],
      ['Contoso Ltd.', 'Software Engineer', '2014-07', '2018-02'],
    ])
    assert.deepInclude(parsed.education[0], { studyType: 'Bachelor of Science', area: 'Computer Engineering', score: '3.6/4.0' })
    assert.deepEqual(parsed.experience, { totalMonths: 141, gaps: [] })
  })

  test('a French résumé with the name in "LASTNAME Firstname" order and French headings', async ({ assert }) => {
    const { parsed, sections } = await parseFixture('title_line_then_company_paris.txt')
    assert.deepEqual(
      sections.map((s) => s.kind),
      ['header', 'experience', 'education', 'skills', 'languages']
    )
    assert.equal(parsed.basics.name?.value, 'DUPONT Camille')
    assert.deepEqual(parsed.basics.location?.value, { city: 'Paris', postalCode: '75011' })
    assert.equal(parsed.basics.phone?.value, '+33612345678')
    assert.deepEqual(jobs(parsed), [
      ['BlaBlaCar', 'Senior Data Scientist', '2019-03', 'present'],
      ['Criteo S.A.', 'Data Scientist', '2016-09', '2019-02'],
    ])
    assert.deepEqual(
      parsed.languages.map((l) => l.fluency),
      ['langue maternelle', 'courant (C1)']
    )
  })

  test('a résumé with dates first in columns, seasons and prose descriptions', async ({ assert }) => {
    const { parsed } = await parseFixture('dates_first_austin.txt')
    assert.deepEqual(jobs(parsed), [
      ['Initech', 'Data Analyst', '2021', 'present'],
      ['Globex Corporation', 'Junior Analyst', '2019', '2021'],
      ['Umbrella Health', 'Business Intelligence Intern', '2018-06', '2018-08'],
    ])
    assert.include(parsed.work[0].summary ?? '', 'revenue dashboards')
    assert.deepInclude(parsed.education[0], { studyType: 'B.Sc.', area: 'Mathematics', startDate: '2015-09', endDate: '2019-03' })
    assert.deepEqual(
      parsed.projects.map((p) => p.name),
      ['Rent Watch', 'Trail Finder']
    )
  })

  test('a Spanish résumé with dates printed after each job\'s bullets', async ({ assert }) => {
    const { parsed } = await parseFixture('trailing_dates_madrid.txt')
    assert.equal(parsed.basics.name?.value, 'Sofía Martínez-García')
    assert.equal(parsed.basics.label?.value, 'Ingeniera de Software')
    assert.deepEqual(jobs(parsed), [
      ['Cabify', 'Backend Engineer', '2020-05', 'present'],
      ['Idealista', 'Junior Developer', '2017-09', '2020-04'],
    ])
    assert.deepEqual(parsed.work[1].highlights, ['Maintained the listings search API in Java and Elasticsearch'])
    assert.equal(parsed.languages[1].fluency, 'Professional working proficiency')
  })

  test('a Canadian résumé with one line per job and per degree', async ({ assert }) => {
    const { parsed } = await parseFixture('one_line_entries_toronto.txt')
    assert.deepEqual(parsed.basics.location?.value, { city: 'Toronto', region: 'ON', countryCode: 'CA' })
    assert.deepEqual(
      parsed.basics.profiles.map((p) => [p.value.network, p.value.username]),
      [
        ['Twitter', 'weizhang_dev'],
        ['StackOverflow', 'wei-zhang'],
      ]
    )
    assert.deepEqual(jobs(parsed), [
      ['Shopify Inc.', 'Platform Engineer', '2020', 'present'],
      ['Wealthsimple', 'DevOps Engineer', '2018', '2020'],
      ['University of Toronto', 'Systems Administrator', '2015', '2018'],
    ])
    assert.deepEqual(
      parsed.education.map((e) => e.level),
      ['master', 'bachelor']
    )
    assert.equal(parsed.awards.length, 2)
  })

  test('the same text gives the same result twice', async ({ assert }) => {
    const first = await parseFixture('caps_headings_berlin.txt')
    const second = await parseFixture('caps_headings_berlin.txt')
    assert.deepEqual(first.parsed, second.parsed)
  })
})
