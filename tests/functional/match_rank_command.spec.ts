import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { evalPath, runAce } from '#tests/helpers'

const ace = (...args: string[]) => runAce(app.makePath(), 'match:rank', ...args)

const JOB = `Senior Backend Engineer

Requirements
• 5+ years of experience building backend services.
• Strong Python and PostgreSQL.
• Experience with Kubernetes.
`

const person = (name: string, bullets: string[], skills: string) => `${name}
${name.toLowerCase().replace(' ', '.')}@example.com

Experience
Backend Engineer, Acme Corp
Jan 2018 – Present
${bullets.map((bullet) => `• ${bullet}`).join('\n')}

Skills
${skills}
`

test.group('match:rank command', (group) => {
  let dir: string
  group.each.setup(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sift-rank-'))
    return () => rm(dir, { recursive: true, force: true })
  })

  test('prints resume_id,score for every résumé, best first', async ({ assert }) => {
    const cvs = join(dir, 'cvs')
    await mkdir(cvs)
    await writeFile(join(dir, 'job.txt'), JOB)
    await writeFile(join(cvs, 'strong.txt'), person('Ada Strong', ['Built Python services on PostgreSQL, deployed on Kubernetes.'], 'Python, PostgreSQL, Kubernetes'))
    await writeFile(join(cvs, 'weak.txt'), person('Bob Weak', ['Designed marketing brochures.'], 'Photoshop'))
    await copyFile(evalPath('resumes/rendercv/classic.pdf'), join(cvs, 'classic.pdf'))
    await writeFile(join(cvs, 'notes.md'), 'not a résumé')

    const { code, stdout, stderr } = await ace('--job', join(dir, 'job.txt'), cvs, '--today', '2026-11')
    assert.equal(code, 0, stderr)
    const [header, ...rows] = stdout.trim().split('\n')
    assert.equal(header, 'resume_id,score')
    const ranked = rows.map((row) => row.split(','))
    assert.sameMembers(ranked.map(([id]) => id), ['strong', 'weak', 'classic'])
    assert.equal(ranked[0][0], 'strong')
    assert.equal(ranked[ranked.length - 1][0], 'weak')
    const scores = ranked.map(([, score]) => Number(score))
    for (const score of scores) assert.isTrue(Number.isInteger(score) && score >= 0 && score <= 100)
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a))
  }).timeout(90_000)

  test('an unreadable résumé is named on stderr, the others are still ranked, exit code 2', async ({ assert }) => {
    const cvs = join(dir, 'cvs')
    await mkdir(cvs)
    await writeFile(join(dir, 'job.txt'), JOB)
    await writeFile(join(cvs, 'good.txt'), person('Ada Strong', ['Built Python services.'], 'Python'))
    await copyFile(evalPath('robustness/zero_byte.pdf'), join(cvs, 'broken.pdf'))

    const { code, stdout, stderr } = await ace('--job', join(dir, 'job.txt'), cvs)
    assert.equal(code, 2)
    assert.match(stdout, /^resume_id,score\ngood,\d+\n$/)
    assert.match(stderr, /^broken\.pdf: /)
    assert.include(stderr, '1 of 2 résumés could not be read.')
  }).timeout(90_000)

  test('a missing job file, a missing folder or a folder without résumés is one line and exit code 1', async ({ assert }) => {
    const noJob = await ace('--job', join(dir, 'nope.txt'), dir)
    assert.equal(noJob.code, 1)
    assert.equal(noJob.stderr.trim(), `No such job description file: ${join(dir, 'nope.txt')}`)

    await writeFile(join(dir, 'job.txt'), JOB)
    const noFolder = await ace('--job', join(dir, 'job.txt'), join(dir, 'missing'))
    assert.equal(noFolder.code, 1)
    assert.equal(noFolder.stderr.trim(), `No such folder: ${join(dir, 'missing')}`)

    await mkdir(join(dir, 'empty'))
    const empty = await ace('--job', join(dir, 'job.txt'), join(dir, 'empty'))
    assert.equal(empty.code, 1)
    assert.equal(empty.stderr.trim(), `No PDF, DOCX or TXT files in ${join(dir, 'empty')}`)
  }).timeout(60_000)
})
