import { test } from '@japa/runner'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { evalPath, SAMPLE_PDF, SAMPLE_PDF_NAME, validateJsonResume, runAce } from '#tests/helpers'

const ace = (...args: string[]) => runAce(app.makePath(), 'resume:parse', ...args)

test.group('resume:parse command', (group) => {
  let folder: string
  group.each.setup(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sift-parse-'))
    return () => rm(folder, { recursive: true, force: true })
  })

  test('a file prints one valid JSON Resume document', async ({ assert }) => {
    const { code, stdout, stderr } = await ace(evalPath(SAMPLE_PDF), '--today', '2026-11')
    assert.equal(code, 0, stderr)
    const resume = JSON.parse(stdout)
    assert.equal(resume.basics.name, SAMPLE_PDF_NAME)
    const { valid, errors } = await validateJsonResume(resume)
    assert.isTrue(valid, JSON.stringify(errors))
  }).timeout(60_000)

  test('an unreadable file gives one human line on stderr and exit code 1', async ({ assert }) => {
    const { code, stdout, stderr } = await ace(evalPath('robustness/encrypted_userpw_abc.pdf'))
    assert.equal(code, 1)
    assert.equal(stdout, '')
    assert.equal(stderr.trim().split('\n').length, 1)
    assert.include(stderr, 'password-protected')
    assert.notInclude(stderr, '    at ')
  }).timeout(60_000)

  test('a missing file is reported without a stack trace', async ({ assert }) => {
    const { code, stderr } = await ace(join(folder, 'nope.pdf'))
    assert.equal(code, 1)
    assert.include(stderr, 'No such file or folder')
    assert.notInclude(stderr, '    at ')
  }).timeout(60_000)

  test('a folder writes one JSON per résumé, keeps going past bad files and exits with 2', async ({ assert }) => {
    const input = join(folder, 'in')
    const out = join(folder, 'out')
    await mkdir(input)
    await copyFile(evalPath(SAMPLE_PDF), join(input, 'classic.pdf'))
    await copyFile(evalPath('robustness/mammoth_tables.docx'), join(input, 'tables.docx'))
    await copyFile(evalPath('robustness/truncated_1k_rendercv_classic.pdf'), join(input, 'broken.pdf'))

    const { code, stdout, stderr } = await ace(input, '--out', out)
    assert.equal(code, 2)
    assert.deepEqual((await readdir(out)).sort(), ['classic.json', 'tables.json'])
    assert.include(stdout, `classic.pdf → classic.json: ${SAMPLE_PDF_NAME}`)
    assert.match(stderr, /^broken\.pdf: .+damaged/m)
    const written = JSON.parse(await readFile(join(out, 'classic.json'), 'utf8'))
    assert.equal(written.basics.name, SAMPLE_PDF_NAME)
  }).timeout(120_000)
})
