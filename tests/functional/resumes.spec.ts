import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import { UserFactory } from '#database/factories/user_factory'
import Resume from '#models/resume'
import ResumeVersion from '#models/resume_version'
import User from '#models/user'
import { AnalysisStatus } from '#enums/analysis_status'
import { evalPath, pendingResume, SAMPLE_PDF, SAMPLE_PDF_NAME, trackUsers, validateJsonResume, waitForAnalysis } from '#tests/helpers'

/**
 * No global transaction here: the queue worker saves analyses on its own
 * connection, so rows must really be committed. Each test makes its own user
 * and removes it (résumés cascade) afterwards.
 */
test.group('Résumés: upload and processing', (group) => {
  const newUser = trackUsers(group)
  const resumeCount = async (user: User) => (await Resume.query().where('userId', user.id)).length

  test('a PDF is stored, queued, read in the worker pool and its text shown', async ({ client, assert }) => {
    const user = await newUser()
    const response = await client
      .post('/resumes')
      .file('file', evalPath(SAMPLE_PDF))
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    response.assertHeader('location', `/resumes/${resume.id}`)
    assert.equal(resume.title, 'classic')

    const version = await ResumeVersion.findByOrFail('resumeId', resume.id)
    assert.equal(version.fileKind, 'pdf')
    assert.match(version.fileKey, /^resumes\/[0-9a-f-]{36}\.pdf$/)
    assert.isTrue(await drive.use().exists(version.fileKey))

    const analysis = await waitForAnalysis(resume.id)
    assert.equal(analysis.status, AnalysisStatus.Done, analysis.errorMessage ?? '')
    assert.include(analysis.text, SAMPLE_PDF_NAME)
    assert.isAbove(analysis.pageCount!, 0)
    assert.isNotNull(analysis.pipelineVersion)

    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertStatus(200)
    page.assertTextIncludes(SAMPLE_PDF_NAME)
    assert.notInclude(page.text(), 'hx-trigger="every 2s"')
    assert.notInclude(page.text(), 'http-equiv="refresh"')
  })

  test('the parsed profile and its JSON Resume export are saved with the analysis', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/resumes').file('file', evalPath(SAMPLE_PDF)).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id)

    assert.equal(analysis.profile?.basics.name?.value, SAMPLE_PDF_NAME)
    assert.isAbove(analysis.profile!.work.length, 0)
    assert.isAbove(analysis.layout!.lines.length, 10)
    const nameLine = analysis.layout!.lines[analysis.profile!.basics.name!.lines[0]]
    assert.include(nameLine.text, SAMPLE_PDF_NAME)

    const download = await client.get(`/resumes/${resume.id}/json`).loginAs(user)
    download.assertStatus(200)
    download.assertHeader('content-disposition', `attachment; filename="${resume.id}-resume.json"`)
    assert.equal(download.body().basics.name, SAMPLE_PDF_NAME)
    const { valid, errors } = await validateJsonResume(download.body())
    assert.isTrue(valid, JSON.stringify(errors))
  })

  test('a scanned PDF without a text layer is read through OCR', async ({ client, assert }) => {
    const user = await newUser()
    await client
      .post('/resumes')
      .file('file', evalPath('robustness/image_only_scan_rendercv_classic.pdf'))
      .loginAs(user)
      .withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id, 90_000)

    assert.equal(analysis.status, AnalysisStatus.Done, analysis.errorMessage ?? '')
    assert.isTrue(analysis.layout!.flags.ocr)
    assert.deepEqual(analysis.layout!.ocrPages, [1, 2])
    assert.equal(analysis.profile?.basics.email?.value, 'john.doe@email.com')

    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertTextIncludes('Read by OCR')
  }).timeout(120_000)

  test('a DOCX is read through mammoth', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/resumes').file('file', evalPath('robustness/mammoth_tables.docx')).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id)
    assert.equal(analysis.status, AnalysisStatus.Done, analysis.errorMessage ?? '')
    assert.isAbove(analysis.text!.length, 0)
  })

  test('a TXT résumé in Latin-1 is read as text', async ({ client, assert }) => {
    const user = await newUser()
    const latin1 = Buffer.from('José Müller\nSoftware engineer\nSkills: Python, SQL\n', 'latin1')
    await client.post('/resumes').file('file', latin1, { filename: 'jose.txt' }).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id)
    assert.equal(analysis.status, AnalysisStatus.Done, analysis.errorMessage ?? '')
    assert.include(analysis.text, 'José Müller')
  })

  test('a PDF renamed to .docx is taken for what it is', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/resumes').file('file', evalPath('robustness/pdf_disguised_as.docx')).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const version = await ResumeVersion.findByOrFail('resumeId', resume.id)
    assert.equal(version.fileKind, 'pdf')
    const analysis = await waitForAnalysis(resume.id)
    assert.equal(analysis.status, AnalysisStatus.Done, analysis.errorMessage ?? '')
    assert.include(analysis.text, 'John Doe')
  })

  test('an image is refused with a clear message and nothing is stored', async ({ client, assert }) => {
    const user = await newUser()
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
    const page = await client
      .post('/resumes')
      .file('file', png, { filename: 'resume.pdf' })
      .loginAs(user)
      .withCsrfToken()

    page.assertStatus(200)
    page.assertTextIncludes('image')
    assert.equal(await resumeCount(user), 0)
  })

  test('an empty file is refused with a clear message', async ({ client, assert }) => {
    const user = await newUser()
    const page = await client
      .post('/resumes')
      .file('file', evalPath('robustness/zero_byte.pdf'))
      .loginAs(user)
      .withCsrfToken()

    page.assertTextIncludes('empty')
    assert.equal(await resumeCount(user), 0)
  })

  test('a file over 10 MB is refused with a clear message, also above the request size limit', async ({ client, assert }) => {
    const user = await newUser()
    for (const megabytes of [11, 26]) {
      const page = await client
        .post('/resumes')
        .file('file', Buffer.alloc(megabytes * 1024 * 1024, 'a'), { filename: 'big.txt' })
        .header('referer', '/resumes')
        .loginAs(user)
        .withCsrfToken()

      assert.equal(page.status(), 200, `${megabytes} MB`)
      page.assertTextIncludes('larger than 10 MB')
    }
    assert.equal(await resumeCount(user), 0)
  })

  test('posting without a file asks for one', async ({ client, assert }) => {
    const user = await newUser()
    const page = await client.post('/resumes').form({}).header('referer', '/resumes').loginAs(user).withCsrfToken()
    page.assertTextIncludes('Choose a résumé file')
    assert.equal(await resumeCount(user), 0)
  })

  test('a password-protected PDF fails with a message saying so', async ({ client, assert }) => {
    const user = await newUser()
    await client
      .post('/resumes')
      .file('file', evalPath('robustness/encrypted_userpw_abc.pdf'))
      .loginAs(user)
      .withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id)
    assert.equal(analysis.status, AnalysisStatus.Failed)
    assert.equal(analysis.errorCode, 'encrypted')

    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertTextIncludes('password-protected')
  })

  test('a truncated PDF fails with a message, and the next upload is still processed', async ({ client, assert }) => {
    const user = await newUser()
    await client
      .post('/resumes')
      .file('file', evalPath('robustness/truncated_1k_rendercv_classic.pdf'))
      .loginAs(user)
      .withCsrfToken()
    await client.post('/resumes').file('file', evalPath(SAMPLE_PDF)).loginAs(user).withCsrfToken()

    const [bad, good] = await Resume.query().where('userId', user.id).orderBy('id')
    assert.equal((await waitForAnalysis(bad.id)).status, AnalysisStatus.Failed)
    assert.equal((await waitForAnalysis(good.id)).status, AnalysisStatus.Done)
  })

  test('the list shows each résumé with its status', async ({ client }) => {
    const user = await newUser()
    await client.post('/resumes').file('file', evalPath(SAMPLE_PDF)).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    await waitForAnalysis(resume.id)

    const page = await client.get('/resumes').loginAs(user)
    page.assertTextIncludes('classic')
    page.assertTextIncludes('Ready')
  })
})

test.group('Résumés: status polling', (group) => {
  let user: User
  group.each.setup(async () => {
    user = await UserFactory.create()
    return () => user.delete()
  })

  test('while pending, the page polls with htmx and refreshes itself without JavaScript', async ({ client }) => {
    const { resume } = await pendingResume(user)
    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertTextIncludes(`hx-get="/resumes/${resume.id}/status"`)
    page.assertTextIncludes('hx-trigger="every 2s"')
    page.assertTextIncludes('<noscript><meta http-equiv="refresh" content="3"></noscript>')
  })

  test('the status fragment stops polling once the analysis is done', async ({ client, assert }) => {
    const { resume, analysis } = await pendingResume(user)
    const pending = await client.get(`/resumes/${resume.id}/status`).header('hx-request', 'true').loginAs(user)
    pending.assertTextIncludes('hx-trigger="every 2s"')
    assert.notInclude(pending.text(), '<html')

    analysis.merge({ status: AnalysisStatus.Done, text: 'Plain text of the résumé', pageCount: 1 })
    await analysis.save()
    const done = await client.get(`/resumes/${resume.id}/status`).header('hx-request', 'true').loginAs(user)
    assert.notInclude(done.text(), 'hx-trigger')
    done.assertTextIncludes('Plain text of the résumé')
  })
})

test.group('Résumés: privacy and deletion', (group) => {
  let owner: User
  let stranger: User
  group.each.setup(async () => {
    owner = await UserFactory.create()
    stranger = await UserFactory.create()
    return async () => {
      await owner.delete()
      await stranger.delete()
    }
  })

  test("another person's résumé is a 404 for every route", async ({ client, assert }) => {
    await client.post('/resumes').file('file', evalPath(SAMPLE_PDF)).loginAs(owner).withCsrfToken()
    const resume = await Resume.query().where('userId', owner.id).firstOrFail()
    await waitForAnalysis(resume.id)

    const show = await client.get(`/resumes/${resume.id}`).loginAs(stranger)
    show.assertStatus(404)
    assert.notInclude(show.text(), SAMPLE_PDF_NAME)
    const status = await client.get(`/resumes/${resume.id}/status`).header('hx-request', 'true').loginAs(stranger)
    status.assertStatus(404)
    const remove = await client.delete(`/resumes/${resume.id}`).loginAs(stranger).withCsrfToken()
    remove.assertStatus(404)
    assert.isNotNull(await Resume.find(resume.id))

    const list = await client.get('/resumes').loginAs(stranger)
    assert.notInclude(list.text(), `/resumes/${resume.id}`)
  })

  test('deleting a résumé removes its rows and its file', async ({ client, assert }) => {
    await client.post('/resumes').file('file', evalPath(SAMPLE_PDF)).loginAs(owner).withCsrfToken()
    const resume = await Resume.query().where('userId', owner.id).firstOrFail()
    const version = await ResumeVersion.findByOrFail('resumeId', resume.id)
    await waitForAnalysis(resume.id)
    assert.isTrue(await drive.use().exists(version.fileKey))

    const response = await client.delete(`/resumes/${resume.id}`).loginAs(owner).withCsrfToken().redirects(0)
    response.assertStatus(302)
    assert.isNull(await Resume.find(resume.id))
    assert.isNull(await ResumeVersion.find(version.id))
    assert.isFalse(await drive.use().exists(version.fileKey))
  })
})
