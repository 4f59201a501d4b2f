import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { evalPath, SAMPLE_PDF, SAMPLE_PDF_NAME, validateJsonResume, runAce } from '#tests/helpers'

const ace = (...args: string[]) => runAce(app.makePath(), 'resume:analyze', ...args)

test.group('resume:analyze command', () => {
  test('--json prints the JSON Resume and the ATS report', async ({ assert }) => {
    const { code, stdout, stderr } = await ace(evalPath(SAMPLE_PDF), '--json', '--today', '2026-11')
    assert.equal(code, 0, stderr)
    const { resume, ats } = JSON.parse(stdout)
    assert.equal(resume.basics.name, SAMPLE_PDF_NAME)
    assert.isTrue((await validateJsonResume(resume)).valid)
    assert.isString(ats.rulesVersion)
    assert.isAtLeast(ats.score, 0)
    assert.isAtMost(ats.score, 100)
    assert.includeMembers(
      ats.checks.map((check: { id: string }) => check.id),
      ['text-layer', 'contact-email', 'standard-headings', 'quantified-achievements', 'skills-section']
    )
  }).timeout(60_000)

  test('the same file gives the same report twice', async ({ assert }) => {
    const first = await ace(evalPath(SAMPLE_PDF), '--json', '--today', '2026-11')
    const second = await ace(evalPath(SAMPLE_PDF), '--json', '--today', '2026-11')
    assert.equal(first.code, 0)
    assert.deepEqual(JSON.parse(second.stdout), JSON.parse(first.stdout))
  }).timeout(60_000)

  test('without --json it prints a readable summary', async ({ assert }) => {
    const { code, stdout } = await ace(evalPath(SAMPLE_PDF), '--today', '2026-11')
    assert.equal(code, 0)
    assert.match(stdout, /^classic\.pdf: ATS readiness \d+\/100/)
  }).timeout(60_000)

  test('an unreadable file gives one line on stderr and exit code 1', async ({ assert }) => {
    const { code, stderr } = await ace(evalPath('robustness/zero_byte.pdf'), '--json')
    assert.equal(code, 1)
    assert.equal(stderr.trim().split('\n').length, 1)
    assert.include(stderr, 'empty')
  }).timeout(60_000)
})
