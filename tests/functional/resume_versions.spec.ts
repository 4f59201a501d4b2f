import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import Resume from '#models/resume'
import ResumeVersion from '#models/resume_version'
import User from '#models/user'
import { AnalysisStatus } from '#enums/analysis_status'
import { deleteUserAndFiles, evalPath, SAMPLE_PDF, waitForAnalysis } from '#tests/helpers'

/** A plain-text résumé: few checks pass on it. */
const WEAK_RESUME = Buffer.from('Jo Bloggs\nI am a hard-working team player.\nResponsible for stuff.\n')

test.group('Résumé versions and the ATS report', (group) => {
  let user: User
  group.each.setup(async () => {
    user = await UserFactory.create()
    return () => deleteUserAndFiles(user)
  })

  test('an analysis gets an ATS score with its categories and checks', async ({ client, assert }) => {
    await client.post('/resumes').file('file', evalPath(SAMPLE_PDF)).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const analysis = await waitForAnalysis(resume.id)

    assert.equal(analysis.status, AnalysisStatus.Done)
    assert.isNumber(analysis.atsScore)
    assert.equal(analysis.atsScore, analysis.atsReport!.score)
    assert.isAbove(analysis.atsReport!.checks.length, 20)

    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertTextIncludes('ATS readiness')
    page.assertTextIncludes(`<span class="score-value">${analysis.atsScore}</span>`)
  })

  test('uploading again adds a version and the page shows what changed', async ({ client, assert }) => {
    await client.post('/resumes').file('file', WEAK_RESUME, { filename: 'cv.txt' }).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const first = await waitForAnalysis(resume.id)

    const response = await client
      .post(`/resumes/${resume.id}/versions`)
      .file('file', evalPath(SAMPLE_PDF))
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', `/resumes/${resume.id}`)

    const versions = await ResumeVersion.query().where('resumeId', resume.id).orderBy('number')
    assert.deepEqual(versions.map((version) => version.number), [1, 2])
    const second = await waitForAnalysis(resume.id)
    assert.notEqual(second.id, first.id)
    assert.isAbove(second.atsScore!, first.atsScore!)

    const page = await client.get(`/resumes/${resume.id}`).loginAs(user)
    page.assertTextIncludes('version 2')
    page.assertTextIncludes('Since version 1:')
    page.assertTextIncludes(`+${second.atsScore! - first.atsScore!} points`)
    page.assertTextIncludes('data-chart=')

    const older = await client.get(`/resumes/${resume.id}/versions/1`).loginAs(user)
    older.assertStatus(200)
    older.assertTextIncludes('an earlier version')
    older.assertTextIncludes(`<span class="score-value">${first.atsScore}</span>`)
  })

  test("a version cannot be added to someone else's résumé", async ({ client, assert }) => {
    await client.post('/resumes').file('file', WEAK_RESUME, { filename: 'cv.txt' }).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()
    const stranger = await UserFactory.create()

    const response = await client
      .post(`/resumes/${resume.id}/versions`)
      .file('file', evalPath(SAMPLE_PDF))
      .loginAs(stranger)
      .withCsrfToken()
    response.assertStatus(404)
    assert.lengthOf(await ResumeVersion.query().where('resumeId', resume.id), 1)
    await stranger.delete()
  })

  test('a refused new version leaves the existing versions untouched', async ({ client, assert }) => {
    await client.post('/resumes').file('file', WEAK_RESUME, { filename: 'cv.txt' }).loginAs(user).withCsrfToken()
    const resume = await Resume.query().where('userId', user.id).firstOrFail()

    const page = await client
      .post(`/resumes/${resume.id}/versions`)
      .file('file', evalPath('robustness/zero_byte.pdf'))
      .loginAs(user)
      .withCsrfToken()
    page.assertTextIncludes('empty')
    assert.lengthOf(await ResumeVersion.query().where('resumeId', resume.id), 1)
  })
})
