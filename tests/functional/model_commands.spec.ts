import { test } from '@japa/runner'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import type { Assert } from '@japa/assert'
import { runAce } from '#tests/helpers'
import { writeTinyModel } from '#tests/fixtures/tiny_model'

const ace = (...args: string[]) => runAce(app.makePath(), ...args)

/** Expected failures: exit 1, nothing on stdout, one line on stderr, no stack trace. */
function assertOneLineFailure(assert: Assert, result: { code: number; stdout: string; stderr: string }) {
  assert.equal(result.code, 1, result.stdout)
  assert.equal(result.stdout, '')
  assert.lengthOf(result.stderr.trim().split('\n'), 1, result.stderr)
  assert.notInclude(result.stderr, '    at ')
}

test.group('model:install and model:verify commands', (group) => {
  let root: string
  let models: string
  group.each.setup(async () => {
    root = await mkdtemp(join(tmpdir(), 'sift-model-commands-'))
    models = join(root, 'models')
    // The commands run as child processes and inherit this (runAce passes process.env).
    const previous = process.env.SIFT_MODEL_DIR
    process.env.SIFT_MODEL_DIR = models
    return async () => {
      if (previous === undefined) delete process.env.SIFT_MODEL_DIR
      else process.env.SIFT_MODEL_DIR = previous
      await rm(root, { recursive: true, force: true })
    }
  })

  test('model:install copies a model folder, proves it embeds and makes it the active model', async ({ assert }) => {
    const source = await writeTinyModel(join(root, 'exports', 'tiny-bert'))
    const started = Date.now()
    const { code, stdout, stderr } = await ace('model:install', source)
    assert.equal(code, 0, stderr)
    assert.include(stdout, `Installed tiny-bert from ${source}`)
    assert.include(stdout, 'transformer:tiny-bert, 8 dimensions')
    assert.include(stdout, 'next time Sift starts')

    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']) {
      assert.isTrue((await stat(join(models, 'tiny-bert', file))).isFile(), file)
    }
    const active = JSON.parse(await readFile(join(models, 'active.json'), 'utf8'))
    assert.equal(active.name, 'tiny-bert')
    assert.equal(active.dimensions, 8)
    assert.isAtLeast(Date.parse(active.installedAt), started - 1000)
    assert.sameMembers(await readdir(models), ['active.json', 'tiny-bert'])
  }).timeout(60_000)

  test('--name installs the folder under another name', async ({ assert }) => {
    const source = await writeTinyModel(join(root, 'exports', 'export'), { hidden: 12 })
    const { code, stderr } = await ace('model:install', source, '--name', 'minilm-test')
    assert.equal(code, 0, stderr)
    const active = JSON.parse(await readFile(join(models, 'active.json'), 'utf8'))
    assert.deepInclude(active, { name: 'minilm-test', dimensions: 12 })
  }).timeout(60_000)

  test('model:install rejects a folder that is not a model, with one line and exit code 1', async ({ assert }) => {
    const notAModel = join(root, 'documents')
    await mkdir(notAModel)
    await writeFile(join(notAModel, 'README.md'), 'just notes')
    const result = await ace('model:install', notAModel)
    assertOneLineFailure(assert, result)
    assert.include(result.stderr, `${notAModel} is not a transformers.js model folder: config.json, tokenizer.json and onnx/model.onnx`)
    await assert.rejects(() => stat(join(models, 'active.json')))
  }).timeout(60_000)

  test('model:install keeps nothing of a model that does not load', async ({ assert }) => {
    const source = await writeTinyModel(join(root, 'exports', 'broken'))
    await writeFile(join(source, 'onnx', 'model.onnx'), 'not a protobuf')
    const result = await ace('model:install', source)
    assertOneLineFailure(assert, result)
    assert.match(result.stderr, /^broken was not installed: The model in .+ could not be loaded: /)
    assert.deepEqual(await readdir(models), [])
  }).timeout(60_000)

  test('reinstalling a name with a model that does not load keeps the working one', async ({ assert }) => {
    assert.equal((await ace('model:install', await writeTinyModel(join(root, 'exports', 'good')))).code, 0)
    const broken = await writeTinyModel(join(root, 'exports', 'good-v2'))
    await writeFile(join(broken, 'onnx', 'model.onnx'), 'not a protobuf')
    assertOneLineFailure(assert, await ace('model:install', broken, '--name', 'good'))

    assert.sameMembers(await readdir(models), ['active.json', 'good'])
    const verify = await ace('model:verify', '--json')
    assert.equal(verify.code, 0, verify.stderr)
    assert.deepInclude(JSON.parse(verify.stdout), { kind: 'transformer', id: 'transformer:good' })
  }).timeout(60_000)

  test('model:verify reports the installed model: id, dimensions, timings and the sanity check', async ({ assert }) => {
    assert.equal((await ace('model:install', await writeTinyModel(join(root, 'exports', 'tiny-bert')))).code, 0)

    const json = await ace('model:verify', '--json')
    assert.equal(json.code, 0, json.stderr)
    const report = JSON.parse(json.stdout)
    assert.deepInclude(report, { kind: 'transformer', id: 'transformer:tiny-bert', dimensions: 8, modelDir: models })
    assert.equal(report.installed.name, 'tiny-bert')
    assert.isAtLeast(report.loadMs, 0)
    assert.isAtLeast(report.embedMs, 0)
    assert.isBoolean(report.sanity.passed)
    assert.equal(report.sanity.passed, report.sanity.paraphrase > report.sanity.unrelated)

    const human = await ace('model:verify')
    assert.equal(human.code, 0, human.stderr)
    assert.include(human.stdout, 'Using the local transformer model tiny-bert')
    assert.match(human.stdout, /embedder +transformer:tiny-bert, 8 dimensions/)
    assert.match(human.stdout, /sanity +paraphrase -?[\d.]+ vs unrelated -?[\d.]+: (ok|WARNING)/)
  }).timeout(60_000)

  test('model:verify without an installed model reports the GloVe default and exits 0', async ({ assert }) => {
    const json = await ace('model:verify', '--json')
    assert.equal(json.code, 0, json.stderr)
    const report = JSON.parse(json.stdout)
    assert.equal(report.kind, 'glove')
    assert.isNull(report.installed)
    assert.equal(report.notice, 'No local transformer model installed; using the built-in GloVe word vectors')
    assert.isAbove(report.dimensions, 0)
    assert.isTrue(report.sanity.passed, JSON.stringify(report.sanity))

    const human = await ace('model:verify')
    assert.equal(human.code, 0, human.stderr)
    assert.include(human.stdout, 'No local transformer model installed')
  }).timeout(60_000)

  test('model:verify exits 1 with one line when the installed model cannot load', async ({ assert }) => {
    assert.equal((await ace('model:install', await writeTinyModel(join(root, 'exports', 'tiny-bert')))).code, 0)
    await writeFile(join(models, 'tiny-bert', 'onnx', 'model.onnx'), 'damaged on disk')
    const result = await ace('model:verify')
    assertOneLineFailure(assert, result)
    assert.match(result.stderr, /^The installed model tiny-bert failed to load \(The model in .+ could not be loaded: .+\)/)
  }).timeout(60_000)
})
