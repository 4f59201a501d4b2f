import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { GLOVE_URL, gloveEmbedder, gloveModel, loadGlove, type GloveModel } from '#nlp/embeddings/glove'

const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build_embeddings.mjs', import.meta.url))
const REBUILD_HINT = /run `npm run build:embeddings`/

const norm = (vector: ArrayLike<number>) => Math.hypot(...Array.from(vector))
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((sum, x, i) => sum + x * b[i], 0)

/** The default model; these tests need it built (postinstall does, or `npm run build:embeddings`). */
function defaultModel(): GloveModel {
  const model = gloveModel()
  if (!model) throw new Error(`${fileURLToPath(GLOVE_URL)} is missing: run \`npm run build:embeddings\``)
  return model
}

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'sift-glove-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/*
 * Résumé phrasings and the job lines that mean the same with other words.
 * Query i should retrieve document i among all twelve.
 */
const PARAPHRASES: [query: string, document: string][] = [
  ['managed a team of software engineers', 'led a group of developers'],
  ['reduced infrastructure costs', 'cut server spending by a third'],
  ['taught undergraduate students', 'lectured university classes'],
  ['fixed defects in the application', 'resolved bugs in the program'],
  ['negotiated contracts with suppliers', 'bargained agreements with vendors'],
  ['wrote technical documentation', 'authored user manuals and guides'],
  ['treated patients in the hospital', 'cared for sick people at the clinic'],
  ['increased company revenue', 'grew sales and profits for the firm'],
  ['hired new staff', 'recruited employees and interviewed candidates'],
  ['designed the website layout', 'created web page graphics'],
  ['analyzed financial data', 'examined accounting figures and budgets'],
  ['organized corporate events', 'planned conferences and business meetings'],
]

/** Mean reciprocal rank of document i for query i; ties share their mid rank. */
function meanReciprocalRank(score: (query: number, document: number) => number): number {
  let total = 0
  for (let query = 0; query < PARAPHRASES.length; query++) {
    const scores = PARAPHRASES.map((_, document) => score(query, document))
    const relevant = scores[query]
    const better = scores.filter((s) => s > relevant).length
    const tied = scores.filter((s) => s === relevant).length - 1
    total += 1 / (1 + better + tied / 2)
  }
  return total / PARAPHRASES.length
}

/** TF-IDF (smooth idf, as scikit-learn's default) cosine over the documents above. */
function tfidfScorer() {
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? []
  const documents = PARAPHRASES.map(([, document]) => words(document))
  const df = new Map<string, number>()
  for (const document of documents) for (const word of new Set(document)) df.set(word, (df.get(word) ?? 0) + 1)
  const weigh = (tokens: string[]) => {
    const vector = new Map<string, number>()
    for (const word of tokens) vector.set(word, (vector.get(word) ?? 0) + 1)
    for (const [word, count] of vector) {
      vector.set(word, count * (Math.log((1 + documents.length) / (1 + (df.get(word) ?? 0))) + 1))
    }
    return vector
  }
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    let sum = 0
    for (const [word, weight] of a) sum += weight * (b.get(word) ?? 0)
    const norms = Math.hypot(...a.values()) * Math.hypot(...b.values())
    return norms === 0 ? 0 : sum / norms
  }
  const queries = PARAPHRASES.map(([query]) => weigh(words(query)))
  const vectors = documents.map(weigh)
  return (query: number, document: number) => cosine(queries[query], vectors[document])
}

test.group('GloVe + SIF: the default word vectors', () => {
  test('the built file loads with its id, width and a 50k-word vocabulary', ({ assert }) => {
    const model = defaultModel()
    assert.match(model.id, /^glove-sif-50k-v\d+$/)
    assert.equal(model.dimensions, 100)
    assert.isAbove(model.size, 49_000)
    assert.isBelow(model.size, 60_000)
  })

  test('word vectors have unit length and unknown words have none', ({ assert }) => {
    const model = defaultModel()
    for (const word of ['the', 'engineer', 'python', 'hospital', 'Budget']) {
      const vector = model.vector(word)
      assert.instanceOf(vector, Float32Array, word)
      assert.lengthOf(vector!, 100)
      assert.closeTo(norm(vector!), 1, 1e-5, word)
    }
    assert.isUndefined(model.vector('kubernetes'))
    assert.isFalse(model.has('qzxv'))
  })

  test('a doctor is more like a physician than a carpet', ({ assert }) => {
    const model = defaultModel()
    const physician = model.similarity('doctor', 'physician')!
    const carpet = model.similarity('doctor', 'carpet')!
    assert.isAbove(physician, carpet + 0.3)
    assert.closeTo(physician, dot(model.vector('doctor')!, model.vector('physician')!), 1e-5)
    assert.isNull(model.similarity('doctor', 'qzxv'))
  })

  test('skill words beyond the 50k most frequent are kept when the taxonomy names them', ({ assert }) => {
    const model = defaultModel()
    // Ranks ~52k and ~321k in GloVe; both are skills in the taxonomy.
    assert.isTrue(model.has('django'))
    assert.isTrue(model.has('numpy'))
    // Rank ~341k and in no skill name.
    assert.isFalse(model.has('rolonda'))
  })

  test('SIF retrieves paraphrases that a TF-IDF cosine misses', ({ assert }) => {
    const model = defaultModel()
    const queries = PARAPHRASES.map(([query]) => model.embedText(query))
    const documents = PARAPHRASES.map(([, document]) => model.embedText(document))
    const sif = meanReciprocalRank((q, d) => dot(queries[q], documents[d]))
    const tfidf = meanReciprocalRank(tfidfScorer())
    assert.isAbove(sif, tfidf + 0.3, `SIF MRR ${sif.toFixed(3)}, TF-IDF MRR ${tfidf.toFixed(3)}`)
    assert.isAtLeast(sif, 0.9)
  })

  test('removing the common component separates unrelated texts', ({ assert }) => {
    const model = defaultModel()
    // Plain (weighted) averages of any two English texts are alike; SIF's vectors less so.
    let averaged = 0
    let sif = 0
    for (const [query] of PARAPHRASES.slice(0, 6)) {
      for (const [, other] of PARAPHRASES.slice(6)) {
        averaged += model.similarity(query, other)!
        sif += dot(model.embedText(query), model.embedText(other))
      }
    }
    assert.isBelow(sif / 36, averaged / 36 - 0.2)
  })

  test('frequent words fade through their weight, not a stop-word list', ({ assert }) => {
    const model = defaultModel()
    assert.deepEqual(model.knownWords('The engineer of the team'), ['the', 'engineer', 'of', 'the', 'team'])
    const withFunctionWords = model.embedText('The engineer of the team')
    assert.isAbove(dot(withFunctionWords, model.embedText('engineer team')), 0.95)
    assert.isBelow(dot(withFunctionWords, model.embedText('the of the')), 0.5)
  })

  test('text is lower-cased, accents folded and clitics split before lookup', ({ assert }) => {
    const model = defaultModel()
    assert.deepEqual(model.knownWords("Résumé: I didn't use Node.js (self-taught)"), [
      'resume',
      'did',
      'not',
      'use',
      'node',
      'js',
      'self-taught',
    ])
  })

  test('the same text always gives the same unit vector', async ({ assert }) => {
    const model = defaultModel()
    const text = 'Led a team of five engineers building payment services in Java'
    const first = model.embedText(text)
    assert.closeTo(norm(first), 1, 1e-5)
    assert.deepEqual(Array.from(model.embedText(text)), Array.from(first))
    assert.deepEqual(Array.from(loadGlove().embedText(text)), Array.from(first))
    const [viaEmbedder] = await gloveEmbedder()!.embed([text])
    assert.deepEqual(Array.from(viaEmbedder), Array.from(first))
    assert.isBelow(dot(model.embedText('The chef bakes bread every morning'), first), 0.5)
  })

  test('a text without a known word gives the zero vector', ({ assert }) => {
    const model = defaultModel()
    for (const text of ['', '   ', 'kubernetes figma golang', '+++ ### !!!']) {
      const vector = model.embedText(text)
      assert.lengthOf(vector, 100)
      assert.isTrue(vector.every((x) => x === 0), JSON.stringify(text))
    }
    assert.closeTo(norm(model.embedText('kubernetes engineer')), 1, 1e-5)
  })

  test('the default model is loaded once per thread and backs the embedder', async ({ assert }) => {
    const model = gloveModel()
    assert.isNotNull(model)
    assert.strictEqual(gloveModel(), model)
    const embedder = gloveEmbedder()!
    assert.equal(embedder.id, model!.id)
    assert.equal(embedder.dimensions, 100)
    const vectors = await embedder.embed(['python developer', 'qzxv'])
    assert.lengthOf(vectors, 2)
    assert.closeTo(norm(vectors[0]), 1, 1e-5)
    assert.equal(norm(vectors[1]), 0)
  })
})

test.group('GloVe + SIF: missing and damaged files', (group) => {
  let dir: string
  group.each.setup(async () => {
    const temp = await tempDir()
    dir = temp.dir
    return temp.cleanup
  })

  test('a missing file says how to build it', ({ assert }) => {
    const missing = /The default word vectors are missing: run `npm run build:embeddings`/
    assert.throws(() => loadGlove(join(dir, 'nowhere.bin')), missing)
  })

  test('a truncated file is reported as damaged', async ({ assert }) => {
    const bytes = await readFile(GLOVE_URL)
    const truncated = join(dir, 'truncated.bin')
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    assert.throws(() => loadGlove(truncated), /damaged \(the \w+ are cut short\)/)
    assert.throws(() => loadGlove(truncated), REBUILD_HINT)

    await writeFile(truncated, bytes.subarray(0, 40))
    assert.throws(() => loadGlove(truncated), /damaged \(the header is cut short\)/)
  })

  test('a file of another kind or format version is refused', async ({ assert }) => {
    const other = join(dir, 'other.bin')
    await writeFile(other, 'this is not a vector file at all')
    assert.throws(() => loadGlove(other), /damaged \(not a word-vector file\)/)

    const bytes = Buffer.from(await readFile(GLOVE_URL))
    bytes.writeUInt32LE(99, 8)
    await writeFile(other, bytes)
    assert.throws(() => loadGlove(other), /format 99 .* run `npm run build:embeddings`/)
  })

  test('an intact copy loads like the original', async ({ assert }) => {
    const copy = join(dir, 'copy.bin')
    await copyFile(GLOVE_URL, copy)
    const text = 'organized corporate events'
    assert.deepEqual(Array.from(loadGlove(copy).embedText(text)), Array.from(defaultModel().embedText(text)))
  })
})

/*
 * A tiny file in the wink layout: 4 dimensions, so l2 norm at index 4 and
 * rank at index 5. Includes punctuation, an escaped quote and a non-ASCII key.
 */
function winkFixture() {
  const rows: [string, number[]][] = [
    ['the', [0.3, 0.3, 0.3, 0.3]],
    [',', [0.1, 0.2, 0.1, 0.2]],
    ['engineer', [0.9, 0.1, 0, 0]],
    ['developer', [0.8, 0.2, 0.1, 0]],
    ['"', [0.2, 0.1, 0.2, 0.1]],
    ['chef', [0, 0, 1, 0.2]],
    ['“', [0.1, 0.1, 0.1, 0.1]],
    ['django', [0.5, 0.5, 0, 0]],
    ['rolonda', [0, 0, 0, 1]],
  ]
  const vectors = Object.fromEntries(rows.map(([word, v], rank) => [word, [...v, Math.hypot(...v), rank]]))
  return {
    precision: 8,
    l2NormIndex: 4,
    wordIndex: 5,
    size: rows.length,
    dimensions: 4,
    words: rows.map(([word]) => word),
    vectors,
    unkVector: [0, 0, 0, 0, 0, -1],
  }
}

test.group('build_embeddings.mjs', (group) => {
  let dir: string
  let source: string
  let taxonomy: string
  let out: string
  group.each.setup(async () => {
    const temp = await tempDir()
    dir = temp.dir
    source = join(dir, 'wink.json')
    taxonomy = join(dir, 'taxonomy.json')
    out = join(dir, 'data', 'vectors.bin')
    await writeFile(source, JSON.stringify(winkFixture()))
    await writeFile(
      taxonomy,
      JSON.stringify({
        version: '0',
        sources: [],
        skills: [{ id: 'django', name: 'Django', aliases: ['Django REST framework'] }],
      })
    )
    return temp.cleanup
  })

  const build = (...args: string[]) =>
    promisify(execFile)(process.execPath, [BUILD_SCRIPT, '--source', source, '--taxonomy', taxonomy, '--out', out, ...args])

  test('it keeps the most frequent words plus taxonomy words, and loadGlove reads the result', async ({ assert }) => {
    const { stdout, stderr } = await build('--vocab', '5')
    assert.match(stdout, /built .*vectors\.bin: 4 words \(3 frequent \+ 1 from skills\) × 4, .* in \d+\.\d s/)
    assert.equal(stderr, '')

    const model = loadGlove(out)
    assert.equal(model.id, 'glove-sif-5-v1')
    assert.equal(model.dimensions, 4)
    assert.equal(model.size, 4)
    for (const word of ['the', 'engineer', 'developer', 'django']) assert.isTrue(model.has(word), word)
    // Beyond the 5 most frequent and in no skill; punctuation never becomes a token.
    for (const word of ['chef', 'rolonda', ',', '"']) assert.isFalse(model.has(word), word)

    const engineer = model.vector('engineer')!
    const expected = [0.9, 0.1, 0, 0].map((x) => x / Math.hypot(0.9, 0.1))
    engineer.forEach((x, i) => assert.closeTo(x, expected[i], 0.01))
    assert.isAbove(model.similarity('engineer', 'developer')!, model.similarity('engineer', 'django')!)
    assert.closeTo(norm(model.embedText('the engineer')), 1, 1e-5)
  })

  test('a second run skips the work while the output is newer than its inputs, --force rebuilds', async ({ assert }) => {
    await build('--vocab', '5')
    const built = (await stat(out)).mtimeMs
    const again = await build('--vocab', '5')
    assert.match(again.stdout, /up to date/)
    assert.equal((await stat(out)).mtimeMs, built)

    const forced = await build('--vocab', '3', '--force')
    assert.match(forced.stdout, /built/)
    assert.equal(loadGlove(out).id, 'glove-sif-3-v1')
  })

  test('a missing or malformed source prints one warning and still exits 0', async ({ assert }) => {
    await rm(source)
    const missing = await build()
    assert.equal(missing.stdout, '')
    assert.match(missing.stderr, /^sift: word vectors not built: .* run `npm run build:embeddings` to retry\n$/)

    const json = JSON.stringify(winkFixture())
    await writeFile(source, json.slice(0, json.indexOf('"django"') + 20))
    const malformed = await build()
    const warning = /^sift: word vectors not built \(unexpected layout .*\); run `npm run build:embeddings` to retry\n$/
    assert.match(malformed.stderr, warning)
    assert.isFalse(existsSync(out))
  })
})
