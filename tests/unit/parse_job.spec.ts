import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { parseJob, type ParsedJob } from '../../app/nlp/jobs/parse_job.js'
import { evalPath } from '#tests/helpers'

const readJob = (name: string) => readFile(evalPath(`jobs/resume-matcher/${name}`), 'utf8')

function requirement(job: ParsedJob, id: string) {
  const found = job.requirements.find((r) => r.id === id)
  if (!found) throw new Error(`no requirement "${id}" in ${job.requirements.map((r) => r.id).join(', ')}`)
  return found
}

test.group('parseJob on real job descriptions', () => {
  test('a front-end ad yields its title, place, years, skills and degree', async ({ assert }) => {
    const job = parseJob(await readJob('job_desc_front_end_engineer.txt'))

    assert.equal(job.title, 'Front End Engineer')
    assert.isUndefined(job.seniority)
    assert.equal(job.location, 'San Francisco, CA, USA')
    assert.equal(job.yearsOverall, 2)
    for (const id of ['react', 'vue', 'angular', 'git', 'html', 'javascript']) {
      assert.isTrue(requirement(job, id).required, id)
    }
    assert.equal(requirement(job, 'git').sentence, 'Familiarity with code versioning tools such as Git.')
    assert.deepEqual(job.education && [job.education.level, job.education.required], ['bachelor', true])
    assert.include(job.responsibilities, 'Build reusable code and libraries for future use.')
    assert.notInclude(job.responsibilities, 'Competitive salary package.')
  })

  test('a title wrapped over two lines keeps its seniority and the years come from the requirements', async ({ assert }) => {
    const text = await readJob('job_desc_full_stack_engineer.txt')
    const job = parseJob(text)

    assert.equal(job.title, 'Senior Full Stack Engineer')
    assert.equal(job.seniority, 'senior')
    assert.equal(job.yearsOverall, 5)
    const years = requirement(job, 'years-overall')
    assert.equal(years.sentence, '5+ years of experience in web development.')
    assert.equal(text.split('\n')[years.lineIndex].trim(), '• 5+ years of experience in web development.')
    for (const id of ['python', 'java', 'php', 'mongodb', 'mysql']) assert.isTrue(requirement(job, id).required, id)
  })

  test('a bachelor is required even when an MBA is preferred', async ({ assert }) => {
    const job = parseJob(await readJob('job_desc_product_manager.txt'))

    assert.equal(job.title, 'Product Manager')
    assert.isUndefined(job.seniority, 'a product manager does not manage people')
    assert.equal(job.yearsOverall, 10)
    assert.deepEqual(job.education, { level: 'bachelor', required: true, sentence: 'Bachelor’s degree (MBA preferred).' })
  })

  test('an inline "Requirements:" paragraph makes its skills required and the introduction’s optional', async ({ assert }) => {
    const job = parseJob(await readJob('e2e_backend-eng.txt'))

    assert.equal(job.title, 'Senior Backend Engineer')
    assert.equal(job.seniority, 'senior')
    const python = requirement(job, 'python')
    assert.isTrue(python.required)
    assert.equal(python.years, 4)
    assert.equal(python.sentence, '4+ years of professional Python experience')
    assert.isTrue(requirement(job, 'docker').required)
    assert.isTrue(requirement(job, 'kubernetes').required)
    assert.isFalse(requirement(job, 'fastapi').required)
    assert.isFalse(requirement(job, 'kafka').required)
  })

  test('inline responsibilities are split into items', async ({ assert }) => {
    const job = parseJob(await readJob('e2e_product-manager.txt'))

    assert.include(job.responsibilities, 'author detailed PRDs and acceptance criteria')
    assert.lengthOf(job.responsibilities, 4)
    assert.equal(job.yearsOverall, 4)
    assert.isTrue(requirement(job, 'sql').required)
  })
})

test.group('parseJob on written examples', () => {
  const ad = [
    'Senior Backend Engineer',
    'Location: Remote (EU)',
    '',
    "What you'll do",
    '- Build APIs for our billing platform.',
    '',
    'Requirements',
    '- 5+ years of Python',
    '- Experience with PostgreSQL',
    '- Familiarity with Kubernetes is a plus',
    '',
    'Nice to have',
    '- Terraform',
    '- Python scripting for data jobs',
    '- Docker experience is required',
  ].join('\n')

  test('headings set required or preferred and cues inside a sentence override them', ({ assert }) => {
    const job = parseJob(ad)

    assert.isTrue(requirement(job, 'postgresql').required)
    assert.isFalse(requirement(job, 'kubernetes').required)
    assert.isFalse(requirement(job, 'terraform').required)
    assert.isTrue(requirement(job, 'docker').required)
  })

  test('"5+ years of Python" gives Python five years and a skill named both ways stays required', ({ assert }) => {
    const job = parseJob(ad)
    const python = job.requirements.filter((r) => r.id === 'python')

    assert.lengthOf(python, 1)
    assert.deepInclude(python[0], { required: true, years: 5, sentence: '5+ years of Python', lineIndex: 7 })
    assert.isUndefined(job.yearsOverall)
  })

  test('title, seniority, remote and location come from the header lines', ({ assert }) => {
    const job = parseJob(ad)

    assert.equal(job.title, 'Senior Backend Engineer')
    assert.equal(job.seniority, 'senior')
    assert.equal(job.remote, 'remote')
    assert.equal(job.location, 'EU')
    assert.deepEqual(job.responsibilities, ['Build APIs for our billing platform.'])
  })

  test('a range of years counts from its lower bound and "at least" reads as required', ({ assert }) => {
    assert.equal(parseJob('Qualifications\n- 3-5 years of experience building web services').yearsOverall, 3)
    const job = parseJob('We build payment systems.\nYou have at least 7 years in software.')
    assert.equal(job.yearsOverall, 7)
    assert.isTrue(requirement(job, 'years-overall').required)
  })

  test('a degree is required unless a cue makes it preferred', ({ assert }) => {
    const required = parseJob("Requirements\n- Bachelor's degree in CS or equivalent experience")
    assert.deepInclude(required.education, { level: 'bachelor', required: true })
    assert.equal(requirement(required, 'education').kind, 'education')

    const preferred = parseJob("Requirements\n- Master's degree in Statistics preferred")
    assert.deepInclude(preferred.education, { level: 'master', required: false })

    const phd = parseJob('Bonus\n- PhD in machine learning')
    assert.deepInclude(phd.education, { level: 'doctorate', required: false })
  })

  test('seniority is read from the words of the title', ({ assert }) => {
    const cases: [string, ParsedJob['seniority']][] = [
      ['Sr. Data Engineer', 'senior'],
      ['Staff Software Engineer', 'senior'],
      ['Lead Frontend Developer', 'lead'],
      ['Principal Architect', 'principal'],
      ['Junior QA Engineer', 'junior'],
      ['Software Engineering Intern', 'intern'],
      ['Engineering Manager, Payments', 'manager'],
      ['Director of Engineering', 'director'],
      ['Backend Developer', undefined],
    ]
    for (const [title, seniority] of cases) {
      const job = parseJob(`${title}\n\nRequirements\n- Go experience`)
      assert.equal(job.title, title, title)
      assert.equal(job.seniority, seniority, title)
    }
  })

  test('a labelled position line gives the title when the first line is prose', ({ assert }) => {
    const job = parseJob('Acme builds tools for farmers.\nPosition: Staff Data Engineer\nLocation: Berlin, Germany (Hybrid)')

    assert.equal(job.title, 'Staff Data Engineer')
    assert.equal(job.seniority, 'senior')
    assert.equal(job.location, 'Berlin, Germany')
    assert.equal(job.remote, 'hybrid')
  })

  test('an ad that says where the work happens is read as on-site or hybrid', ({ assert }) => {
    assert.equal(parseJob('Designer\nThis role is on-site in our Lisbon studio.').remote, 'onsite')
    assert.equal(parseJob('Designer\nWe work hybrid: three days in the office.').remote, 'hybrid')
    assert.isUndefined(parseJob('Designer\nYou will collaborate with remote teams.').remote)
  })
})

test.group('parseJob on ads written as one paragraph', () => {
  const blob =
    'Software Developer\n\nWe build tools for analysts and are growing fast across three continents. Basic Qualifications: ' +
    "Bachelor's degree in Computer Science. Minimum of 2 years' experience developing applications in Java. " +
    'Preferred Qualifications: Experience with Elasticsearch and Oracle WebLogic. Experience with Docker. ' +
    "Additional Experience (Not Required): Relational databases, especially MySQL or PostgreSQL. What's In It for You: " +
    'Vacation, medical and a Python study budget.'

  test('headings inside the running text switch between required, preferred and ignored parts', ({ assert }) => {
    const job = parseJob(blob)
    const required = (id: string) => job.requirements.find((r) => r.id === id)?.required

    assert.isTrue(required('java'))
    assert.isFalse(required('elasticsearch'))
    assert.isFalse(required('docker'))
    assert.isFalse(required('mysql'))
    assert.isFalse(required('postgresql'))
    // Benefits are not requirements.
    assert.isUndefined(job.requirements.find((r) => r.id === 'python'))
    assert.equal(job.yearsOverall, 2)
    assert.deepEqual(job.education && [job.education.level, job.education.required], ['bachelor', true])
  })

  test('a skill keeps the way the ad writes it, for exact vs synonym matches', ({ assert }) => {
    const job = parseJob('Engineer\n\nRequirements\n• Experience running k8s and Postgres.\n')
    assert.equal(job.requirements.find((r) => r.id === 'kubernetes')?.written, 'k8s')
    assert.equal(job.requirements.find((r) => r.id === 'postgresql')?.written, 'Postgres')
  })

  test('a parenthesis holding only a cue speaks for the text around it', ({ assert }) => {
    const job = parseJob('Engineer\n\nRequirements\n• Go and PostgreSQL.\n• Kubernetes (optional).\n• Terraform (required).\n')
    const required = (id: string) => job.requirements.find((r) => r.id === id)?.required
    assert.isTrue(required('go'))
    assert.isFalse(required('kubernetes'))
    assert.isTrue(required('terraform'))
  })

  test('a year range keeps its upper bound, and a title can carry the years', ({ assert }) => {
    const ranged = parseJob('Data Analyst\n\nRequirements\n• 3-5 years of experience in analytics.\n• SQL.')
    assert.equal(ranged.yearsOverall, 3)
    assert.equal(ranged.yearsMax, 5)
    assert.equal(ranged.requirements.find((r) => r.id === 'years-overall')?.name, '3–5 years of experience')

    const titled = parseJob('Junior Level Software Developer (1-4 years experience)\n\nSkills required: Python, Java.')
    assert.equal(titled.seniority, 'junior')
    assert.equal(titled.yearsOverall, 1)
    assert.equal(titled.yearsMax, 4)
  })
})

test.group('parseJob: the field of a degree', () => {
  test('is covered by the education requirement, not asked as a skill', ({ assert }) => {
    const job = parseJob("Analyst\n\nRequirements\n• Bachelor's degree in Computer Science or Statistics.\n• SQL.\n")
    assert.deepEqual(job.education && [job.education.level, job.education.required], ['bachelor', true])
    assert.isUndefined(job.requirements.find((r) => r.id === 'computer-science'))
    assert.exists(job.requirements.find((r) => r.id === 'sql'))
  })
})

test.group('parseJob: alternatives', () => {
  test('names joined by "or", or given as examples, are one requirement; names joined by "and" are not', ({ assert }) => {
    const job = parseJob(
      'Engineer\n\nRequirements\n• Proficiency in Python, Perl or PHP.\n• Experience with Docker and Kubernetes.\n• A frontend framework such as React, Vue.\n'
    )
    const key = (id: string) => job.requirements.find((r) => r.id === id)?.oneOf
    assert.isString(key('python'))
    assert.equal(key('perl'), key('python'))
    assert.equal(key('php'), key('python'))
    assert.isUndefined(key('docker'))
    assert.isUndefined(key('kubernetes'))
    assert.isString(key('react'))
    assert.equal(key('vue'), key('react'))
    assert.notEqual(key('react'), key('python'))
  })

  test('a list of alternatives at the very start of a line is a group too', ({ assert }) => {
    const job = parseJob('Engineer\n\nRequirements\n- Java, Kotlin or Scala.\n')
    const key = (id: string) => job.requirements.find((r) => r.id === id)?.oneOf
    assert.isString(key('java'))
    assert.equal(key('kotlin'), key('java'))
    assert.equal(key('scala'), key('java'))
  })

  test('names joined by "and" are each asked for, unless they are examples of a kind', ({ assert }) => {
    const job = parseJob(
      'Engineer\n\nRequirements\n• HTML, CSS, and JavaScript.\n• Server-side languages such as Python, Ruby, and Java.\n'
    )
    const key = (id: string) => job.requirements.find((r) => r.id === id)?.oneOf
    for (const id of ['html', 'css', 'javascript']) assert.isUndefined(key(id), id)
    assert.isString(key('python'))
    assert.equal(key('ruby'), key('python'))
    assert.equal(key('java'), key('python'))
  })
})
