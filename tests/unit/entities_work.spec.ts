import { test } from '@japa/runner'
import { extractEntities } from '../../app/nlp/entities/index.js'
import { detectSections, linesFromText } from '../../app/nlp/sections/index.js'
import type { Line } from '../../app/nlp/types.js'

const today = '2026-03'

function work(body: string, heading = 'Experience') {
  const lines = linesFromText(`Jane Roe\njane@example.com\n${heading}\n${body}`)
  return extractEntities(lines, detectSections(lines), { today }).work
}

const jobs = (entries: ReturnType<typeof work>) =>
  entries.map((w) => ({ name: w.name, position: w.position, startDate: w.startDate, endDate: w.endDate, present: w.present }))

test.group('Work / title and company order', () => {
  test('"Title at Company" and "Company — Title" are both read', ({ assert }) => {
    const entries = work('Software Engineer at Acme Corp\nJan 2020 – Present\n• Built things\nGlobex — Senior Engineer\n2017 – 2019\n• Led things')
    assert.deepEqual(jobs(entries), [
      { name: 'Acme Corp', position: 'Software Engineer', startDate: '2020-01', endDate: undefined, present: true },
      { name: 'Globex', position: 'Senior Engineer', startDate: '2017', endDate: '2019', present: false },
    ])
  })

  test('a company line with a place, then the title on the next line, then dates', ({ assert }) => {
    const entries = work('Northwind Traders | Remote\nStaff Software Engineer\nJan. 2021 – Present\n• Designed the reservation service')
    assert.equal(entries[0].name, 'Northwind Traders')
    assert.equal(entries[0].position, 'Staff Software Engineer')
    assert.equal(entries[0].location, 'Remote')
    assert.isTrue(entries[0].present)
  })

  test('a title line, then company and place on one line, then dates', ({ assert }) => {
    const entries = work('Senior Data Scientist\nBlaBlaCar, Paris, France\n03.2019 – 12.2022\n- Built the forecasting model')
    assert.deepEqual(jobs(entries), [{ name: 'BlaBlaCar', position: 'Senior Data Scientist', startDate: '2019-03', endDate: '2022-12', present: false }])
    assert.equal(entries[0].location, 'Paris, France')
  })

  test('company, place and dates on one line with the title on the next', ({ assert }) => {
    const entries = work('Nexus AI – San Francisco, CA June 2023 – present\nCo-Founder & CTO\n• Raised a Series A')
    assert.deepEqual(jobs(entries), [{ name: 'Nexus AI', position: 'Co-Founder & CTO', startDate: '2023-06', endDate: undefined, present: true }])
    assert.equal(entries[0].location, 'San Francisco, CA')
  })

  test('dates first, then title, company and place on one line', ({ assert }) => {
    const entries = work('2021 - now      Data Analyst, Initech, Austin, TX\n2019–2021       Junior Analyst, Globex Corporation, Dallas, TX')
    assert.deepEqual(jobs(entries), [
      { name: 'Initech', position: 'Data Analyst', startDate: '2021', endDate: undefined, present: true },
      { name: 'Globex Corporation', position: 'Junior Analyst', startDate: '2019', endDate: '2021', present: false },
    ])
  })

  test('when the words do not decide, the order of the other entries does', ({ assert }) => {
    const entries = work('Initech, Platform Engineer\n2020 – 2022\n• Ran Kubernetes\nHooli, Growth Hacker\n2018 – 2020\n• Grew things')
    // "Growth Hacker" has no title word; "Initech, Platform Engineer" showed company first.
    assert.equal(entries[1].name, 'Hooli')
    assert.equal(entries[1].position, 'Growth Hacker')
    assert.isBelow(entries[1].confidence, entries[0].confidence)
  })

  test('a second role at the same employer inherits the company', ({ assert }) => {
    const entries = work('Contoso Ltd.\nSenior Engineer\n2020 – 2022\n• Led a team\nEngineer\n2018 – 2020\n• Wrote code')
    assert.equal(entries.length, 2)
    assert.equal(entries[1].name, 'Contoso Ltd.')
    assert.equal(entries[1].position, 'Engineer')
  })
})

test.group('Work / entries and their lines', () => {
  test('bullets become highlights, wrapped bullet lines included', ({ assert }) => {
    const entries = work(
      'Acme — Engineer\n2019 – 2021\n• Built the billing pipeline that charges two million customers every month across\nEurope\n• Cut costs by 30%.'
    )
    assert.deepEqual(entries[0].highlights, [
      'Built the billing pipeline that charges two million customers every month across Europe',
      'Cut costs by 30%.',
    ])
  })

  test('sentences without bullet markers become the summary', ({ assert }) => {
    const entries = work('Acme — Engineer\n2019 – 2021\nOwned the payments platform end to end and the on-call rota.')
    assert.equal(entries[0].summary, 'Owned the payments platform end to end and the on-call rota.')
    assert.deepEqual(entries[0].highlights, [])
  })

  test('every line of a job is listed so skills can be dated by it', ({ assert }) => {
    const entries = work('Acme — Engineer\n2019 – 2021\n• Built Go services\n• Ran Kafka\nGlobex — Analyst\n2017 – 2019\n• SQL reports')
    assert.deepEqual(entries[0].lines, [3, 4, 5, 6])
    assert.deepEqual(entries[1].lines, [7, 8, 9])
  })

  test('dates printed after the bullets close the entry above them', ({ assert }) => {
    const entries = work(
      'Cabify, Backend Engineer\n• Built the driver payouts service\nMadrid, Spain\nMay 2020 – Present\nIdealista, Junior Developer\n• Maintained the search API\nMadrid, Spain\nSep 2017 – Apr 2020'
    )
    assert.deepEqual(jobs(entries), [
      { name: 'Cabify', position: 'Backend Engineer', startDate: '2020-05', endDate: undefined, present: true },
      { name: 'Idealista', position: 'Junior Developer', startDate: '2017-09', endDate: '2020-04', present: false },
    ])
    assert.equal(entries[1].location, 'Madrid, Spain')
  })

  test('one-line entries without bullets are separate jobs', ({ assert }) => {
    const entries = work(
      'Platform Engineer, Shopify Inc., Toronto, ON (2020 – Present)\nDevOps Engineer, Wealthsimple, Toronto, ON (2018 – 2020)\nSystems Administrator, University of Toronto (2015 – 2018)'
    )
    assert.deepEqual(
      entries.map((e) => [e.position, e.name, e.startDate]),
      [
        ['Platform Engineer', 'Shopify Inc.', '2020'],
        ['DevOps Engineer', 'Wealthsimple', '2018'],
        ['Systems Administrator', 'University of Toronto', '2015'],
      ]
    )
  })

  test('a year inside a bullet does not start a new job', ({ assert }) => {
    const entries = work('Acme — Engineer\n2019 – 2021\n• Spoke at GopherCon 2020\n• Published in JMLR (2021)')
    assert.equal(entries.length, 1)
    assert.equal(entries[0].highlights.length, 2)
  })

  test('a confident entry has dates, a title word and a company word', ({ assert }) => {
    const [sure] = work('Software Engineer at Acme Inc.\n2019 – 2021')
    const [unsure] = work('Hooli\n2019 – 2021')
    assert.isAbove(sure.confidence, 0.8)
    assert.isBelow(unsure.confidence, 0.6)
  })

  test('page numbers between entries are not read as part of a job', ({ assert }) => {
    const entries = work('Acme — Engineer\n2019 – 2021\n• Built things\nJane Roe – 1/2\nGlobex — Analyst\n2017 – 2019\n• SQL')
    assert.equal(entries[1].name, 'Globex')
    assert.equal(entries[1].position, 'Analyst')
  })
})

test.group('Work / habits of real CVs', () => {
  test('jobs written as a bulleted list of dated lines are separate jobs', ({ assert }) => {
    const entries = work('• 2021-present: Frontend developer (remote, part-time)\n-- WPG (Nitzana, Israel)\nSupport and development of game sites.\n• 2017-2021: Frontend developer\n-- WPG (Kharkiv, Ukraine)')
    assert.deepEqual(
      entries.map((e) => [e.position, e.name, e.startDate, e.present]),
      [
        ['Frontend developer', 'WPG', '2021', true],
        ['Frontend developer', 'WPG', '2017', false],
      ]
    )
  })

  test('labelled lists and "Responsibilities:" lines stay inside the job', ({ assert }) => {
    const entries = work(
      '2020 - now: Backend Java developer, (Israel, Rehovot)\nAreas of responsibility:\n• Built the REST API\nTechnologies used: Spring Boot, MongoDB\n2017 – 2019: Full stack developer, Bank Otkritie (Russia, Moscow)'
    )
    assert.deepEqual(
      entries.map((e) => [e.position, e.name, e.location]),
      [
        ['Backend Java developer', undefined, 'Israel, Rehovot'],
        ['Full stack developer', 'Bank Otkritie', 'Russia, Moscow'],
      ]
    )
  })

  test('a sentence after the dates of a job is its description, not its title', ({ assert }) => {
    const entries = work('Stock Market Specialist, Registry Center, Ekaterinburg, Russia\nApr 2005 - Jan 2016 Work with clients, paperwork and legal support of transactions.')
    assert.equal(entries.length, 1)
    assert.equal(entries[0].startDate, '2005-04')
    assert.equal(entries[0].position, 'Stock Market Specialist')
    assert.include(entries[0].summary ?? '', 'Work with clients')
  })
})

test.group('Work / rich lines', () => {
  test('a right-aligned date read into the first bullet dates the entry and leaves the bullet', ({ assert }) => {
    const texts: Array<[string, boolean]> = [
      ['Jane Roe', false],
      ['Experience', false],
      ['Acme Corp, Staff Engineer', false],
      ['Designed the event pipeline Sept 2018 – May 2023', true],
      ['Mentored four engineers', true],
    ]
    const lines: Line[] = texts.map(([text, bullet], id) => ({ id, page: 1, text, box: null, fontSize: 10, bold: false, column: 0, source: 'text', bullet }))
    const [entry] = extractEntities(lines, detectSections(lines), { today }).work
    assert.equal(entry.startDate, '2018-09')
    assert.equal(entry.endDate, '2023-05')
    assert.deepEqual(entry.highlights, ['Designed the event pipeline', 'Mentored four engineers'])
  })
})

test.group('Work / career breaks', () => {
  test('a dated career break is not a job and leaves its gap in the experience summary', ({ assert }) => {
    const lines = linesFromText(
      'Jane Roe\njane@example.com\nExperience\nHooli — Data Engineer\nMar 2021 – Present\nRan the data platform.\n\nFeb 2020 – Feb 2021: Sabbatical — looking after my father.\n\nInitech Ltd — Analyst\nJan 2016 – Jan 2020\nWrote reports.'
    )
    const parsed = extractEntities(lines, detectSections(lines), { today })
    assert.deepEqual(parsed.work.map((w) => w.name), ['Hooli', 'Initech Ltd'])
    assert.deepEqual(parsed.experience.gaps, [{ from: '2020-02', to: '2021-02', months: 13 }])
    // "Gap" as an employer, beside a title, is still a job.
    assert.deepEqual(work('Gap — Store Manager\n2015 – 2018\n• Ran a team of twelve').map((w) => w.name), ['Gap'])
  })

  test('a labelled gap line under a job is a break, not that job\'s description', ({ assert }) => {
    const entries = work('2017 — 2019  Data Analyst at Initech\nGap: 03/2019 – 06/2020 parental leave and a bootcamp.\n2020 — 2022  Engineer at Hooli')
    assert.deepEqual(entries.map((e) => [e.name, e.position, e.summary]), [
      ['Initech', 'Data Analyst', undefined],
      ['Hooli', 'Engineer', undefined],
    ])
  })
})

test.group('Work / names written in lower case', () => {
  test('a title starting with a mixed-case brand word stays the title', ({ assert }) => {
    const entries = work('iPhone Developer\nInitech, Boston, MA\nMay 2018 to present\nShipped the app.')
    assert.deepEqual(jobs(entries), [{ name: 'Initech', position: 'iPhone Developer', startDate: '2018-05', endDate: undefined, present: true }])
  })

  test('a company starting with a lower-case letter is read as the company', ({ assert }) => {
    const entries = work('eToro Ltd. — Product Designer\n2019 – 2022\nDesigned the trading app.')
    assert.deepEqual(jobs(entries), [{ name: 'eToro Ltd.', position: 'Product Designer', startDate: '2019', endDate: '2022', present: false }])
  })
})

test.group('Work / descriptions', () => {
  test('the first line of a wrapped description is kept', ({ assert }) => {
    const entries = work('Northwind Traders\nSystems Administrator\nMar 2017 - Present\nMigrated mail servers; scripted\nbackups with Bash and cron.')
    assert.equal(entries[0].summary, 'Migrated mail servers; scripted backups with Bash and cron.')
    assert.equal(entries[0].position, 'Systems Administrator')
  })

  test('page footer text is not a job description', ({ assert }) => {
    const texts: Array<[string, Line['source']]> = [
      ['Jane Roe', 'text'],
      ['Experience', 'text'],
      ['Data Analyst | Initech | 2015 - 2016', 'text'],
      ['I consent to my data being kept for hiring purposes.', 'footer'],
    ]
    const lines: Line[] = texts.map(([text, source], id) => ({ id, page: 1, text, box: null, fontSize: 10, bold: false, column: 0, source, bullet: false }))
    const [entry] = extractEntities(lines, detectSections(lines), { today }).work
    assert.equal(entry.name, 'Initech')
    assert.isUndefined(entry.summary)
  })

  test('a skills list under the last job is not its description', ({ assert }) => {
    const entries = work('2019 - 2024 Initech, Java Developer\nSkills: Java, Kafka, Redis')
    assert.isUndefined(entries[0].summary)
  })
})

test.group('Work / employers are not made up', () => {
  test('a freelance job after a job at a company has no employer', ({ assert }) => {
    const entries = work('2020 — 2022  Data Engineer at Hooli\n2018 — 2020  Freelance web developer')
    assert.deepEqual(entries.map((e) => [e.position, e.name]), [
      ['Data Engineer', 'Hooli'],
      ['Freelance web developer', undefined],
    ])
  })

  test('a title alone after a job whose line named its employer has no employer', ({ assert }) => {
    const entries = work('Hooli — Data Engineer\n2020 – 2022\n• Built pipelines\nTeaching Assistant\n2018 – 2020\n• Graded exams')
    assert.deepEqual(entries.map((e) => [e.position, e.name]), [
      ['Data Engineer', 'Hooli'],
      ['Teaching Assistant', undefined],
    ])
  })
})

test.group('Work / dates of a job', () => {
  test('a role held twice, with both ranges on one line, is two stints with the gap between them', ({ assert }) => {
    const lines = linesFromText('Jane Roe\njane@example.com\nExperience\nInitech — Support Engineer\nMar 2018 - Aug 2018, Feb 2019 - Present\nAnswered tickets.')
    const parsed = extractEntities(lines, detectSections(lines), { today })
    assert.deepEqual(jobs(parsed.work), [
      { name: 'Initech', position: 'Support Engineer', startDate: '2018-03', endDate: '2018-08', present: false },
      { name: 'Initech', position: 'Support Engineer', startDate: '2019-02', endDate: undefined, present: true },
    ])
    assert.deepEqual(parsed.experience.gaps, [{ from: '2018-09', to: '2019-01', months: 5 }])
  })
})

test.group('Work / a discipline after a title', () => {
  test('"Intern, Software" over "Apple" is the title, and Apple the employer', ({ assert }) => {
    const [job] = work('Intern, Software\nApple\nSummer 2015\n* Worked on compiler performance tooling.')
    assert.deepInclude(job, { name: 'Apple', position: 'Intern, Software' })
  })

  test('a title and an employer after a comma stay two pieces', ({ assert }) => {
    const [job] = work('Senior Engineer, Shopify\nJan 2020 – Present')
    assert.deepInclude(job, { name: 'Shopify', position: 'Senior Engineer' })
  })
})

test.group('Work / a city on its own', () => {
  test('"Indeed | Lagos": a large city beside the employer is the job\'s location, not part of its name', ({ assert }) => {
    const [job] = work('Network Engineer\nMTN Nigeria | Lagos\nJan 2019 – Present')
    assert.deepInclude(job, { name: 'MTN Nigeria', position: 'Network Engineer', location: 'Lagos' })
  })

  test('a right-aligned city glued to the employer is split off only when the rest is surely an organisation', ({ assert }) => {
    const [flipkart, sigma] = work(
      'Flipkart Internet Pvt. Ltd. Bengaluru\nData Scientist\nAug 2022 – Present\n\nMu Sigma Bengaluru\nDecision Scientist\nJul 2019 – Jul 2022'
    )
    assert.deepInclude(flipkart, { name: 'Flipkart Internet Pvt. Ltd.', location: 'Bengaluru' })
    // "Mu Sigma Bengaluru" could be the company's whole name: left as written.
    assert.equal(sigma!.name, 'Mu Sigma Bengaluru')
  })
})

test.group('Work / a term instead of months', () => {
  test('"Summer 2015" alone is a three-month internship, not a one-month job', ({ assert }) => {
    const [job] = work('Software Intern\nApple\nSummer 2015\n* Worked on compiler performance tooling.')
    assert.deepInclude(job, { startDate: '2015-06', endDate: '2015-08' })
  })

  test('"Q3 2021" alone covers the quarter, and a season inside a range keeps the range as written', ({ assert }) => {
    assert.deepInclude(work('Data Analyst\nAcme Corp\nQ3 2021')[0], { startDate: '2021-07', endDate: '2021-09' })
    assert.deepInclude(work('Research Assistant\nAcme Labs\nSummer 2018 – Spring 2019')[0], { startDate: '2018-06', endDate: '2019-03' })
  })
})

test.group('Work / own account and longer disciplines', () => {
  test('"Freelance" over the title is where the work was done, not the title', ({ assert }) => {
    const [job] = work('Freelance\nUX Designer\nJan 2019 – Dec 2020\n- Designed two banking apps.')
    assert.deepInclude(job, { name: 'Freelance', position: 'UX Designer' })
  })

  test('"Working Student, Software Development" keeps its discipline in the title', ({ assert }) => {
    const [job] = work('SAP SE\nWorking Student, Software Development\nOct 2016 – Sep 2018')
    assert.deepInclude(job, { name: 'SAP SE', position: 'Working Student, Software Development' })
  })
})

test.group('Work / notes in brackets', () => {
  test('"Telerik (Progress Software)" is one employer; "Google (Software Engineer)" is an employer and a title', ({ assert }) => {
    assert.deepInclude(work('Telerik (Progress Software)\nSoftware Engineer\nJan 2019 – Dec 2020')[0], {
      name: 'Telerik (Progress Software)',
      position: 'Software Engineer',
    })
    assert.deepInclude(work('Google (Software Engineer)\nJan 2019 – Dec 2020')[0], { name: 'Google', position: 'Software Engineer' })
  })
})

test.group('Work / a discipline in brackets', () => {
  test('"Software Engineer (Backend)" keeps its discipline with the title', ({ assert }) => {
    assert.deepInclude(work('Acme Corp\nSoftware Engineer (Backend)\nJan 2019 – Dec 2020')[0], {
      name: 'Acme Corp',
      position: 'Software Engineer (Backend)',
    })
  })
})
