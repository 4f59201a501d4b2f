import { test } from '@japa/runner'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { env, LogLevel, pipeline } from '@huggingface/transformers'
import { loadTransformerEmbedder, ModelUnavailableError } from '#nlp/embeddings/transformer'
import { chooseEmbedder, installedModel } from '#nlp/embeddings/index'
import { gloveEmbedder } from '#nlp/embeddings/glove'
import { WorkerPool } from '#services/worker_pool'
import { writeTinyModel } from '#tests/fixtures/tiny_model'

const norm = (vector: ArrayLike<number>) => Math.hypot(...Array.from(vector))
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, index) => sum + value * b[index], 0)

/** A fresh model dir per test; returns its path and its teardown. */
async function modelDir() {
  const dir = await mkdtemp(join(tmpdir(), 'sift-models-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

async function activate(dir: string, name: string) {
  await writeFile(join(dir, 'active.json'), JSON.stringify({ name, dimensions: 8, installedAt: new Date().toISOString() }))
}

test.group('Transformer embedder', (group) => {
  let dir: string
  group.each.setup(async () => {
    const temp = await modelDir()
    dir = temp.dir
    return temp.cleanup
  })

  test('a local model folder loads and embeds texts to unit vectors of its width', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'), { hidden: 8 })
    const embedder = await loadTransformerEmbedder(dir, 'tiny')
    assert.equal(embedder.id, 'transformer:tiny')
    assert.equal(embedder.dimensions, 8)

    const vectors = await embedder.embed(['Software engineer with Python', 'The chef bakes bread', 'Data team lead'])
    assert.lengthOf(vectors, 3)
    for (const vector of vectors) {
      assert.instanceOf(vector, Float32Array)
      assert.lengthOf(vector, 8)
      assert.closeTo(norm(vector), 1, 1e-5)
    }
  })

  test('the width comes from the model, not from a constant', async ({ assert }) => {
    await writeTinyModel(join(dir, 'wide'), { hidden: 12 })
    const embedder = await loadTransformerEmbedder(dir, 'wide')
    assert.equal(embedder.dimensions, 12)
    assert.lengthOf((await embedder.embed(['python developer']))[0], 12)
  })

  test('identical texts give identical vectors, whatever else is in the batch; different texts differ', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    const embedder = await loadTransformerEmbedder(dir, 'tiny')
    const text = 'Python developer who builds web apps'
    const [first, other, second] = await embedder.embed([text, 'The chef bakes bread in the restaurant kitchen every morning', text])
    const [alone] = await embedder.embed([text])

    assert.deepEqual(Array.from(first), Array.from(second))
    for (let index = 0; index < first.length; index++) assert.closeTo(first[index], alone[index], 1e-6)
    assert.isBelow(cosine(first, other), 0.999)
  })

  test('many texts are embedded in batches and come back in their order', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    const embedder = await loadTransformerEmbedder(dir, 'tiny')
    const texts = Array.from({ length: 40 }, (_, index) => `${'engineer '.repeat((index * 7) % 11)}team ${index}`)
    const together = await embedder.embed(texts)
    const oneByOne = await Promise.all(texts.map(async (text) => (await embedder.embed([text]))[0]))
    together.forEach((vector, index) => assert.closeTo(cosine(vector, oneByOne[index]), 1, 1e-5, `text ${index}`))
  })

  test('a blank text gives a zero vector, as the embedder contract says', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    const embedder = await loadTransformerEmbedder(dir, 'tiny')
    const [blank, word] = await embedder.embed(['   ', 'python'])
    assert.deepEqual(Array.from(blank), new Array(8).fill(0))
    assert.closeTo(norm(word), 1, 1e-5)
  })

  test('a text longer than the model allows is truncated to its position table instead of crashing', async ({ assert }) => {
    // No model_max_length in tokenizer_config.json: the 16-row position table is the only limit.
    await writeTinyModel(join(dir, 'short'), { maxPositions: 16, modelMaxLength: null })
    const long = 'engineer '.repeat(200)

    // The control: untruncated, the same model fails (quietly: the failure is expected here).
    const raw = await pipeline('feature-extraction', join(dir, 'short'), {
      local_files_only: true,
      dtype: 'fp32',
      session_options: { logSeverityLevel: 4 },
    })
    const logLevel = env.logLevel
    env.logLevel = LogLevel.NONE
    await assert.rejects(() => raw(long, { pooling: 'mean' })).finally(() => (env.logLevel = logLevel))

    const embedder = await loadTransformerEmbedder(dir, 'short')
    const [truncated, fifteen, fourteen] = await embedder.embed([long, 'engineer '.repeat(15), 'engineer '.repeat(14)])
    assert.closeTo(norm(truncated), 1, 1e-5)
    // Cut at exactly 16 tokens (transformers.js cuts after [SEP] is added, so [SEP] goes):
    // 15 words (17 tokens) is cut to the same [CLS] + 15 words, 14 words (16 tokens) is not cut.
    assert.closeTo(cosine(truncated, fifteen), 1, 1e-6)
    assert.isBelow(cosine(fifteen, fourteen), 1 - 1e-4)
  })

  test('the training length in sentence_bert_config.json caps the tokens too', async ({ assert }) => {
    await writeTinyModel(join(dir, 'trained'), { maxPositions: 32, maxSeqLength: 8 })
    const embedder = await loadTransformerEmbedder(dir, 'trained')
    const [long, seven, six] = await embedder.embed(['engineer '.repeat(20), 'engineer '.repeat(7), 'engineer '.repeat(6)])
    assert.closeTo(cosine(long, seven), 1, 1e-6)
    assert.isBelow(cosine(seven, six), 1 - 1e-4)
  })

  test('a folder with only the quantized ONNX file loads too', async ({ assert }) => {
    await writeTinyModel(join(dir, 'quantized'), { onnxFile: 'model_quantized.onnx' })
    const embedder = await loadTransformerEmbedder(dir, 'quantized')
    assert.equal(embedder.dimensions, 8)
  })

  test('a folder without config.json is refused with a sentence saying so', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    await rm(join(dir, 'tiny', 'config.json'))
    const error = await loadTransformerEmbedder(dir, 'tiny').catch((caught) => caught)
    assert.instanceOf(error, ModelUnavailableError)
    assert.equal(error.message, `${join(dir, 'tiny')} is not a transformers.js model folder: config.json is missing`)
  })

  test('a corrupt model.onnx is reported as a load failure', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    await writeFile(join(dir, 'tiny', 'onnx', 'model.onnx'), 'not a protobuf at all')
    const error = await loadTransformerEmbedder(dir, 'tiny').catch((caught) => caught)
    assert.instanceOf(error, ModelUnavailableError)
    assert.match(error.message, new RegExp(`^The model in ${join(dir, 'tiny')} could not be loaded: .+`))
    assert.notInclude(error.message, '\n')
  })

  test('a name that would leave the model dir is refused', async ({ assert }) => {
    await assert.rejects(() => loadTransformerEmbedder(dir, '../elsewhere'), /is not a usable model name/)
  })

  test('nothing is fetched: a model that is not on disk fails fast, even a Hub model id', async ({ assert }) => {
    const realFetch = globalThis.fetch
    let fetches = 0
    globalThis.fetch = async (input) => {
      fetches++
      throw new Error(`test: unexpected fetch of ${String(input)}`)
    }
    try {
      const started = performance.now()
      await assert.rejects(() => loadTransformerEmbedder(dir, 'all-MiniLM-L6-v2'), `No model folder at ${join(dir, 'all-MiniLM-L6-v2')}`)
      // transformers.js itself, asked for a Hub model by id, must not go looking for it either.
      await assert.rejects(() => pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2'), /allowRemoteModels=false/)
      assert.isBelow(performance.now() - started, 2000)
    } finally {
      globalThis.fetch = realFetch
    }
    assert.equal(fetches, 0)
    assert.isFalse(env.allowRemoteModels)
    assert.isFalse(env.useFSCache)
  })
})

test.group('Choosing the embedder', (group) => {
  let dir: string
  group.each.setup(async () => {
    const temp = await modelDir()
    dir = temp.dir
    return temp.cleanup
  })

  test('an installed model is used, once per process', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    await activate(dir, 'tiny')
    const choice = await chooseEmbedder({ modelDir: dir })
    assert.equal(choice.kind, 'transformer')
    assert.equal(choice.embedder.id, 'transformer:tiny')
    assert.equal(choice.embedder.dimensions, 8)
    assert.include(choice.notice, 'tiny')
    assert.strictEqual((await chooseEmbedder({ modelDir: dir })).embedder, choice.embedder)
  })

  test('without an installed model the GloVe embedder is used and the notice says why', async ({ assert }) => {
    const choice = await chooseEmbedder({ modelDir: dir })
    assert.equal(choice.kind, 'glove')
    assert.equal(choice.embedder.id, gloveEmbedder()?.id)
    assert.equal(choice.notice, 'No local transformer model installed; using the built-in GloVe word vectors')
  })

  test('an installed model that fails to load falls back to GloVe with the reason', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    await writeFile(join(dir, 'tiny', 'onnx', 'model.onnx'), new Uint8Array([0xff, 0x00, 0x13, 0x37]))
    await activate(dir, 'tiny')
    const choice = await chooseEmbedder({ modelDir: dir })
    assert.equal(choice.kind, 'glove')
    assert.match(choice.notice, /^The installed model tiny failed to load \(The model in .+ could not be loaded: .+\); using the built-in GloVe word vectors$/)
  })

  test('an active.json naming a folder that is gone falls back to GloVe', async ({ assert }) => {
    await activate(dir, 'removed')
    const choice = await chooseEmbedder({ modelDir: dir })
    assert.equal(choice.kind, 'glove')
    assert.include(choice.notice, `The installed model removed failed to load (No model folder at ${join(dir, 'removed')})`)
  })

  test('installedModel reads active.json, and says so when it is damaged', async ({ assert }) => {
    assert.isNull(await installedModel(dir))
    await activate(dir, 'tiny')
    assert.deepInclude(await installedModel(dir), { name: 'tiny', dimensions: 8 })
    await writeFile(join(dir, 'active.json'), '{ "name": ')
    await assert.rejects(() => installedModel(dir), /active\.json is not valid JSON/)
  })
})

test.group('Transformer embedder in a worker thread', (group) => {
  let dir: string
  group.each.setup(async () => {
    const temp = await modelDir()
    dir = temp.dir
    return temp.cleanup
  })

  test('the embedder loads and embeds inside the NLP worker pool, as in the main thread', async ({ assert }) => {
    await writeTinyModel(join(dir, 'tiny'))
    const texts = ['Python developer who builds web apps', 'The chef bakes bread']
    const pool = new WorkerPool({
      threads: 1,
      taskTimeoutMs: 30_000,
      maxMemoryMb: 256,
      taskFile: new URL('../fixtures/tiny_model.ts', import.meta.url),
    })
    try {
      const result = (await pool.analyze({ bytes: new TextEncoder().encode(JSON.stringify({ dir, name: 'tiny', texts })) })) as unknown as {
        ok: boolean
        isMainThread: boolean
        dimensions: number
        vectors: number[][]
      }
      assert.isTrue(result.ok, JSON.stringify(result))
      assert.isFalse(result.isMainThread)
      assert.equal(result.dimensions, 8)

      const here = await (await loadTransformerEmbedder(dir, 'tiny')).embed(texts)
      result.vectors.forEach((vector, row) => vector.forEach((value, index) => assert.closeTo(value, here[row][index], 1e-6)))
    } finally {
      await pool.destroy()
    }
  })
})
