import { readFile } from 'node:fs/promises'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Job from '#models/job'
import Resume from '#models/resume'
import User from '#models/user'
import { AnalysisStatus } from '#enums/analysis_status'
import { evalPath, pendingResume, trackUsers, waitForAnalysis } from '#tests/helpers'

const jdPath = (name: string) => evalPath(`jobs/resume-matcher/${name}`)
const readJd = (name: string) => readFile(jdPath(name), 'utf8')

/** An ad written for these tests: what Emily Clarke's résumé has (Java, SQL) and lacks (Docker, Kubernetes, Kafka). */
const JAVA_AD = [
  'Backend Java Developer',
  'Manchester, United Kingdom',
  '',
  'Requirements',
  '- 2+ years of experience building services in Java.',
  '- Experience with Docker and Kubernetes.',
  '- Strong SQL skills.',
  '',
  'Nice to have',
  '- Experience with Apache Kafka.',
  '',
  'Responsibilities',
  '- Build and maintain REST services.',
].join('\n')

/** The HTML between two markers, to check what a part of the page says. */
function between(html: string, start: string, end: string) {
  const from = html.indexOf(start)
  if (from === -1) throw new Error(`"${start}" is not on the page`)
  const to = html.indexOf(end, from + start.length)
  return html.slice(from, to === -1 ? undefined : to)
}

/** Text as Edge escapes it in HTML (quotes and ampersands). */
function escaped(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}


const jobCount = async (user: User) => (await Job.query().where('userId', user.id)).length

test.group('Jobs: adding a job description', (group) => {
  const newUser = trackUsers(group)

  test('a pasted ad is parsed, titled from its text and opened on its page', async ({ client, assert }) => {
    const user = await newUser()
    const text = await readJd('e2e_backend-eng.txt')
    const response = await client.post('/jobs').form({ title: '', text }).loginAs(user).withCsrfToken().redirects(0)

    response.assertStatus(302)
    const job = await Job.query().where('userId', user.id).firstOrFail()
    response.assertHeader('location', `/jobs/${job.id}`)
    assert.equal(job.title, 'Senior Backend Engineer')
    assert.equal(job.source, 'paste')
    assert.isNull(job.fileName)
    assert.equal(job.text, text.trim())
    assert.isNotEmpty(job.parserVersion)
    assert.isString(job.vectors?.embedder)
    assert.isAbove(job.vectors!.sections.requirements.length, 10)

    const list = await client.get('/jobs').loginAs(user)
    list.assertTextIncludes(`href="/jobs/${job.id}"`)
    list.assertTextIncludes('Senior Backend Engineer')
  })

  test('the job page separates required from preferred skills, each with the sentence that asks for it', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/jobs').form({ text: await readJd('e2e_backend-eng.txt') }).loginAs(user).withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()

    const page = await client.get(`/jobs/${job.id}`).loginAs(user)
    page.assertStatus(200)
    const required = between(page.text(), 'id="required-heading"', 'id="preferred-heading"')
    const preferred = between(page.text(), 'id="preferred-heading"', '<h3>Responsibilities</h3>')
    // The ad's "Requirements:" paragraph asks for these; its introduction only mentions FastAPI and Kafka.
    for (const name of ['Python', 'Docker', 'Kubernetes']) {
      assert.include(required, `<summary>${name}`, name)
      assert.notInclude(preferred, `<summary>${name}`, name)
    }
    for (const name of ['FastAPI', 'Apache Kafka']) {
      assert.include(preferred, `<summary>${name}`, name)
      assert.notInclude(required, `<summary>${name}`, name)
    }
    assert.include(required, '<summary>Python · 4+ years</summary>')
    assert.include(required, '<q>4+ years of professional Python experience</q>')
    assert.include(between(page.text(), '<dt>Seniority</dt>', '</dd>'), 'Senior')
  })

  test('a given title is kept', async ({ client, assert }) => {
    const user = await newUser()
    await client
      .post('/jobs')
      .form({ title: 'Platform role at Acme', text: await readJd('e2e_backend-eng.txt') })
      .loginAs(user)
      .withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()
    assert.equal(job.title, 'Platform role at Acme')
  })

  test('an uploaded TXT ad is read, and a file wins over pasted text', async ({ client, assert }) => {
    const user = await newUser()
    await client
      .post('/jobs')
      .field('text', 'Some pasted words that should not be used')
      .file('file', jdPath('e2e_ml-eng.txt'))
      .loginAs(user)
      .withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()
    assert.equal(job.source, 'upload')
    assert.equal(job.fileName, 'e2e_ml-eng.txt')
    assert.include(job.text, 'Machine Learning Engineer')
    assert.notInclude(job.text, 'pasted words')
    assert.includeMembers(
      job.parsed.requirements.filter((requirement) => requirement.required).map((requirement) => requirement.id),
      ['python', 'pytorch']
    )
  })

  test('an uploaded PDF ad is read from its pages', async ({ client, assert }) => {
    const user = await newUser()
    const response = await client
      .post('/jobs')
      .file('file', jdPath('pdf/job_desc_front_end_engineer.pdf'))
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    const job = await Job.query().where('userId', user.id).firstOrFail()
    response.assertHeader('location', `/jobs/${job.id}`)
    assert.equal(job.title, 'Front End Engineer')
    assert.equal(job.fileName, 'job_desc_front_end_engineer.pdf')
    const required = job.parsed.requirements.filter((requirement) => requirement.required).map((requirement) => requirement.id)
    assert.includeMembers(required, ['react', 'git', 'html'])

    const page = await client.get(`/jobs/${job.id}`).loginAs(user)
    page.assertTextIncludes('Read from job_desc_front_end_engineer.pdf')
  })

  test('an uploaded DOCX ad is read with its headings and bullets', async ({ client, assert }) => {
    const user = await newUser()
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Data Engineer', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Requirements', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '4+ years of experience with Python and SQL.', bullet: { level: 0 } }),
            new Paragraph({ text: 'Nice to have', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Apache Airflow.', bullet: { level: 0 } }),
          ],
        },
      ],
    })
    await client
      .post('/jobs')
      .file('file', await Packer.toBuffer(doc), { filename: 'data-engineer.docx' })
      .loginAs(user)
      .withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()
    assert.equal(job.title, 'Data Engineer')
    assert.equal(job.source, 'upload')
    const required = (id: string) => job.parsed.requirements.find((r) => r.id === id)?.required
    assert.isTrue(required('python'))
    assert.isTrue(required('sql'))
    assert.isFalse(required('airflow'))
    assert.equal(job.parsed.yearsOverall, 4)
  })

  test('neither text nor file asks for one, beside the text field', async ({ client, assert }) => {
    const user = await newUser()
    const page = await client
      .post('/jobs')
      .form({ title: 'My next job', text: '' })
      .header('referer', '/jobs')
      .loginAs(user)
      .withCsrfToken()
    page.assertStatus(200)
    assert.include(between(page.text(), 'for="text"', 'for="file"'), 'Paste the job description here, or choose a file below.')
    page.assertTextIncludes('value="My next job"')
    assert.equal(await jobCount(user), 0)
  })

  test('a file that is not a document is refused beside the file field, and the pasted text stays', async ({ client, assert }) => {
    const user = await newUser()
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
    const typed = 'Requirements\n- Kotlin & "Spring"\n'
    const page = await client
      .post('/jobs')
      .field('text', typed)
      .file('file', png, { filename: 'job.pdf' })
      .loginAs(user)
      .withCsrfToken()

    page.assertStatus(200)
    assert.include(between(page.text(), 'for="file"', '</form>'), 'This looks like an image (PNG).')
    assert.include(between(page.text(), '<textarea', '</textarea>'), escaped(typed.trim()))
    assert.equal(await jobCount(user), 0)
  })

  test('a damaged PDF fails with a message saying so, and the pasted text stays', async ({ client, assert }) => {
    const user = await newUser()
    const typed = await readJd('e2e_frontend-eng.txt')
    const page = await client
      .post('/jobs')
      .field('text', typed)
      .file('file', evalPath('robustness/truncated_1k_rendercv_classic.pdf'))
      .loginAs(user)
      .withCsrfToken()

    page.assertStatus(200)
    assert.match(between(page.text(), 'for="file"', '</form>'), /damaged|can(’|')t be read/)
    assert.include(between(page.text(), '<textarea', '</textarea>'), escaped(typed.split('\n')[0]))
    assert.equal(await jobCount(user), 0)
  })

  test('a file over the upload limit is refused beside the file field, not with a bare 413', async ({ client, assert }) => {
    const user = await newUser()
    for (const megabytes of [11, 26]) {
      const page = await client
        .post('/jobs')
        .file('file', Buffer.alloc(megabytes * 1024 * 1024, 'a'), { filename: 'ad.txt' })
        .header('referer', '/jobs')
        .loginAs(user)
        .withCsrfToken()
      assert.equal(page.status(), 200, `${megabytes} MB: ${page.text().slice(0, 300)}`)
      assert.include(between(page.text(), 'for="file"', '</form>'), 'This file is larger than 10 MB', `${megabytes} MB`)
    }
    assert.equal(await jobCount(user), 0)
  })

  test('hostile files as job descriptions each get a message, and the server keeps serving', async ({ client, assert }) => {
    const user = await newUser()
    const cases: Array<[string, RegExp]> = [
      ['robustness/encrypted_userpw_abc.pdf', /password/i],
      ['robustness/huge_pagecount_100000_pages_small.pdf', /pages/i],
      ['robustness/mammoth_empty.docx', /no readable text|empty/i],
      ['robustness/zero_byte.pdf', /empty/i],
    ]
    for (const [file, message] of cases) {
      const page = await client.post('/jobs').file('file', evalPath(file)).header('referer', '/jobs').loginAs(user).withCsrfToken()
      page.assertStatus(200)
      assert.match(between(page.text(), 'for="file"', '</form>'), message, file)
    }
    assert.equal(await jobCount(user), 0)
    const after = await client.post('/jobs').form({ text: 'Developer\n\nRequirements\n- Go.' }).loginAs(user).withCsrfToken()
    after.assertStatus(200)
    assert.equal(await jobCount(user), 1)
  })

  test('pasted whitespace is refused beside the text field', async ({ client, assert }) => {
    const user = await newUser()
    const page = await client.post('/jobs').form({ text: '   \n  ' }).header('referer', '/jobs').loginAs(user).withCsrfToken()
    assert.include(between(page.text(), 'for="text"', 'for="file"'), 'Paste the job description here, or choose a file below.')
    assert.equal(await jobCount(user), 0)
  })
})

test.group('Jobs: matching résumés', (group) => {
  const newUser = trackUsers(group)

  /** Emily Clarke's résumé (Java, Kotlin, SQL; no Docker), analysed, and the Java ad. */
  async function resumeAndJob(client: ApiClient, user: User) {
    await client.post('/resumes').file('file', 'tests/fixtures/generated/emily_clarke.plain.txt').loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id)
    if (analysis.status !== AnalysisStatus.Done) throw new Error(analysis.errorMessage ?? 'analysis failed')
    await client.post('/jobs').form({ text: JAVA_AD }).loginAs(user).withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()
    return { resume, analysis, job }
  }

  test('the job page lists my résumés with their match score, linking to the match page', async ({ client, assert }) => {
    const user = await newUser()
    const { resume, job } = await resumeAndJob(client, user)
    await pendingResume(user, { title: 'Still reading' })

    const page = await client.get(`/jobs/${job.id}`).loginAs(user)
    page.assertStatus(200)
    const table = between(page.text(), 'class="table job-matches"', '</table>')
    const link = table.match(new RegExp(`href="/jobs/${job.id}/matches/${resume.id}\\?version=1"[^>]*>(\\d+)<`))
    assert.isNotNull(link, 'a link to the match page with the score')
    const score = Number(link![1])
    assert.isAtLeast(score, 1)
    assert.isAtMost(score, 100)
    // The résumé still being read is listed after the matched one, with its status.
    assert.isBelow(table.indexOf(resume.title), table.indexOf('Still reading'))
    assert.include(table, 'Waiting in line')
  })

  test('the match page quotes the résumé line behind a requirement and links to it', async ({ client, assert }) => {
    const user = await newUser()
    const { resume, analysis, job } = await resumeAndJob(client, user)

    const page = await client.get(`/jobs/${job.id}/matches/${resume.id}`).loginAs(user)
    page.assertStatus(200)
    page.assertTextIncludes('class="score-value"')
    page.assertTextIncludes('Required skills')

    const java = between(page.text(), 'id="requirement-java"', '</tr>')
    assert.include(java, 'Matched')
    const quoted = [...java.matchAll(/href="([^"]+)#line-(\d+)">line \2<\/a>: <q>([^<]+)<\/q>/g)]
    assert.isNotEmpty(quoted, 'at least one résumé line quoted as evidence')
    for (const [, href, number, text] of quoted) {
      assert.equal(href, `/resumes/${resume.id}/versions/1`)
      const line = analysis.layout!.lines.find((candidate) => candidate.id === Number(number) - 1)
      assert.equal(escaped(line!.text), text, 'the quote is the text of the line it links to')
      assert.match(line!.text, /\bJava\b/)
    }

    // A missing requirement quotes the ad instead, and says where it would go.
    const docker = between(page.text(), 'id="requirement-docker"', '</tr>')
    assert.include(docker, 'Missing')
    assert.include(docker, escaped('Experience with Docker and Kubernetes.'))
    assert.include(docker, 'Where it belongs')
  })

  test('the match page lists the missing keywords, required ones first', async ({ client, assert }) => {
    const user = await newUser()
    const { resume, job } = await resumeAndJob(client, user)

    const page = await client.get(`/jobs/${job.id}/matches/${resume.id}`).loginAs(user)
    const missing = between(page.text(), 'id="missing-heading"', '</section>')
    const names = [...missing.matchAll(/<li class="is-(required|preferred)">([^<]+?) </g)].map(([, kind, name]) => `${name}:${kind}`)
    assert.includeMembers(names, ['Docker:required', 'Kubernetes:required', 'Apache Kafka:preferred'])
    assert.notInclude(names.join(' '), 'Java:')
    assert.isBelow(names.indexOf('Kubernetes:required'), names.indexOf('Apache Kafka:preferred'))
  })

  test('a version can be asked for, and one that does not exist is a 404', async ({ client }) => {
    const user = await newUser()
    const { resume, job } = await resumeAndJob(client, user)

    const first = await client.get(`/jobs/${job.id}/matches/${resume.id}?version=1`).loginAs(user)
    first.assertStatus(200)
    first.assertTextIncludes('Résumé version 1')
    const none = await client.get(`/jobs/${job.id}/matches/${resume.id}?version=7`).loginAs(user)
    none.assertStatus(404)
  })

  test('a résumé still being read shows its status instead of a report, and refreshes without JavaScript', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/jobs').form({ text: JAVA_AD }).loginAs(user).withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()
    const { resume } = await pendingResume(user, { status: AnalysisStatus.Processing })

    const page = await client.get(`/jobs/${job.id}/matches/${resume.id}`).loginAs(user)
    page.assertStatus(200)
    page.assertTextIncludes('still being read')
    page.assertTextIncludes('<noscript><meta http-equiv="refresh" content="3"></noscript>')
    assert.notInclude(page.text(), 'class="score-value"')
  })

  test('the résumé page offers my jobs to match against, and the form leads to the match page', async ({ client }) => {
    const user = await newUser()
    const { resume, job } = await resumeAndJob(client, user)

    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertTextIncludes('Match against a job')
    page.assertTextIncludes(`<option value="${job.id}">${escaped(job.title)}</option>`)
    page.assertTextIncludes('href="/jobs"')

    const picked = await client.get(`/resumes/${resume.id}/match?job=${job.id}`).loginAs(user).redirects(0)
    picked.assertStatus(302)
    picked.assertHeader('location', `/jobs/${job.id}/matches/${resume.id}`)
  })
})

test.group('Jobs: privacy and deletion', (group) => {
  const newUser = trackUsers(group)

  test("another person's job and its match page are a 404", async ({ client, assert }) => {
    const owner = await newUser()
    const stranger = await newUser()
    await client.post('/jobs').form({ text: JAVA_AD }).loginAs(owner).withCsrfToken()
    const job = await Job.query().where('userId', owner.id).firstOrFail()
    await client.post('/resumes').file('file', 'tests/fixtures/generated/emily_clarke.plain.txt').loginAs(owner).withCsrfToken()
    const ownersResume = await Resume.query().where('userId', owner.id).firstOrFail()
    await client.post('/resumes').file('file', 'tests/fixtures/generated/lukas_brenner.plain.txt').loginAs(stranger).withCsrfToken()
    const strangersResume = await Resume.query().where('userId', stranger.id).firstOrFail()
    await client.post('/jobs').form({ text: JAVA_AD }).loginAs(stranger).withCsrfToken()
    const strangersJob = await Job.query().where('userId', stranger.id).firstOrFail()
    await waitForAnalysis(ownersResume.id)
    await waitForAnalysis(strangersResume.id)

    const show = await client.get(`/jobs/${job.id}`).loginAs(stranger)
    show.assertStatus(404)
    assert.notInclude(show.text(), escaped(job.title))
    // The owner's job with the stranger's résumé, and the stranger's job with the owner's résumé.
    ;(await client.get(`/jobs/${job.id}/matches/${strangersResume.id}`).loginAs(stranger)).assertStatus(404)
    ;(await client.get(`/jobs/${strangersJob.id}/matches/${ownersResume.id}`).loginAs(stranger)).assertStatus(404)
    const remove = await client.delete(`/jobs/${job.id}`).loginAs(stranger).withCsrfToken()
    remove.assertStatus(404)
    assert.isNotNull(await Job.find(job.id))

    const list = await client.get('/jobs').loginAs(stranger)
    assert.notInclude(list.text(), `/jobs/${job.id}"`)
    const resumePage = await client.get(`/resumes/${strangersResume.id}`).loginAs(stranger)
    assert.notInclude(resumePage.text(), `<option value="${job.id}">`)
  })

  test('deleting a job removes it and keeps the résumés', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/jobs').form({ text: JAVA_AD }).loginAs(user).withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()
    await client.post('/resumes').file('file', 'tests/fixtures/generated/emily_clarke.plain.txt').loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()

    const page = await client.get(`/jobs/${job.id}`).loginAs(user)
    page.assertTextIncludes(`action="/jobs/${job.id}?_method=DELETE"`)

    const response = await client.delete(`/jobs/${job.id}`).loginAs(user).withCsrfToken().redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/jobs')
    assert.isNull(await Job.find(job.id))
    assert.isNotNull(await Resume.find(resume.id))
    await waitForAnalysis(resume.id)
  })
})

test.group('Jobs: alternatives in an ad', (group) => {
  const newUser = trackUsers(group)

  test('the job page shows "Python, Perl or PHP" as one requirement that any one meets', async ({ client, assert }) => {
    const user = await newUser()
    const ad = 'Backend Developer\n\nRequirements\n- Proficiency in Python, Perl or PHP.\n- Experience with Docker and Kubernetes.\n'
    const created = await client.post('/jobs').form({ text: ad }).loginAs(user).withCsrfToken().redirects(0)
    const page = await client.get(created.header('location')!).loginAs(user)
    const required = between(page.text(), 'requirement-list-required', '</ul>')
    assert.include(required, 'Python, Perl or PHP')
    assert.include(required, 'any one')
    assert.include(required, 'Docker')
    assert.include(required, 'Kubernetes')
    assert.equal((required.match(/<li>/g) ?? []).length, 3)
  })

  test('the match page counts alternatives once, as the score does', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/resumes').file('file', 'tests/fixtures/generated/emily_clarke.plain.txt').loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    assert.equal((await waitForAnalysis(resume.id)).status, AnalysisStatus.Done)
    const ad = 'Backend Developer\n\nRequirements\n- Java, Kotlin or Scala.\n- Strong SQL skills.\n'
    await client.post('/jobs').form({ text: ad }).loginAs(user).withCsrfToken()
    const job = await Job.query().where('userId', user.id).firstOrFail()

    const page = await client.get(`/jobs/${job.id}/matches/${resume.id}`).loginAs(user)
    page.assertStatus(200)
    const summary = between(page.text(), 'match-score-heading', '</p>\n  <table')
    assert.match(summary, /2 of 2 required requirements met/, summary)
    assert.notInclude(summary, 'preferred')
    assert.include(between(page.text(), '<table class="table match-requirements', '</table>'), 'covers it')
  })
})
