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

test.group('resume:analyze --job', () => {
  test('--json adds the match against the job, with evidence lines for what it found', async ({ assert }) => {
    const { code, stdout, stderr } = await ace(
      evalPath(SAMPLE_PDF),
      '--job',
      evalPath('jobs/resume-matcher/e2e_ml-eng.txt'),
      '--json',
      '--today',
      '2026-11'
    )
    assert.equal(code, 0, stderr)
    const { resume, ats, match } = JSON.parse(stdout)
    assert.equal(resume.basics.name, SAMPLE_PDF_NAME)
    assert.isNumber(ats.score)
    assert.isString(match.matcherVersion)
    assert.isAtLeast(match.score, 0)
    assert.isAtMost(match.score, 100)
    assert.isAbove(match.requirements.length, 0)
    const found = match.requirements.filter((r: { status: string }) => r.status !== 'missing')
    assert.isAbove(found.length, 0)
    for (const requirement of found) assert.isAbove(requirement.evidence.length, 0, requirement.requirement.name)
    const weights = match.components.reduce((sum: number, c: { weight: number }) => sum + c.weight, 0)
    assert.closeTo(weights, 100, 0.5)
  }).timeout(60_000)

  test('a missing job file is one line on stderr and exit code 1', async ({ assert }) => {
    const { code, stdout, stderr } = await ace(evalPath(SAMPLE_PDF), '--job', 'no/such/job.txt', '--json')
    assert.equal(code, 1)
    assert.equal(stdout, '')
    assert.equal(stderr.trim(), 'No such job description file: no/such/job.txt')
  }).timeout(60_000)

  test('without --json the summary ends with the match and its requirements', async ({ assert }) => {
    const { code, stdout } = await ace(evalPath(SAMPLE_PDF), '--job', evalPath('jobs/resume-matcher/e2e_ml-eng.txt'), '--today', '2026-11')
    assert.equal(code, 0)
    assert.match(stdout, /Match with e2e_ml-eng\.txt: \d+\/100/)
    assert.match(stdout, /\[(matched|partial|missing)\] /)
  }).timeout(60_000)
})
