import { flags } from '@adonisjs/core/ace'
import { SiftCommand } from '../app/commands/sift_command.js'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { chooseEmbedder, defaultModelDir, installedModel } from '#nlp/embeddings/index'

/** A paraphrase pair and an unrelated pair sharing one sentence: a working model scores the first pair higher. */
const ANCHOR = 'Senior software engineer who builds web applications in TypeScript.'
const PARAPHRASE = 'Experienced developer writing TypeScript web apps.'
const UNRELATED = 'The chef bakes fresh bread in the restaurant kitchen every morning.'
const SENTENCES = [ANCHOR, PARAPHRASE, UNRELATED, 'Led a team of five data engineers on a cloud migration.']

/**
 * Loads the embedder the app would use and reports on it: the installed
 * transformer model, or the built-in GloVe vectors when none is installed.
 *
 *   model:verify            a readable report
 *   model:verify --json     the same as one JSON object
 *
 * Exit codes: 0 an embedder works (GloVe counts when no model is installed),
 * 1 the installed model cannot load, or no embedder is available at all.
 */
export default class ModelVerify extends SiftCommand {
  static commandName = 'model:verify'
  static description = 'Check the installed sentence-embedding model (or the GloVe default): load time, speed, sanity'
  static options: CommandOptions = {}

  @flags.boolean({ description: 'Print the report as JSON' })
  declare json?: boolean

  async run() {
    const modelDir = defaultModelDir()
    const installed = await installedModel(modelDir).catch((error: Error) => error)
    if (installed instanceof Error) return this.fail(installed.message)

    const loading = performance.now()
    const choice = await chooseEmbedder({ modelDir }).catch((error: Error) => error)
    if (choice instanceof Error) return this.fail(choice.message)
    const loadMs = Math.round(performance.now() - loading)
    // The app would carry on with GloVe, but an admin asked about the model they installed.
    if (installed && choice.kind !== 'transformer') return this.fail(choice.notice)

    const { embedder } = choice
    const embedding = performance.now()
    const [anchor, paraphrase, unrelated] = await embedder.embed(SENTENCES)
    const embedMs = Math.round(performance.now() - embedding)
    const sanity = {
      paraphrase: round(dot(anchor, paraphrase)),
      unrelated: round(dot(anchor, unrelated)),
      passed: dot(anchor, paraphrase) > dot(anchor, unrelated),
    }
    const report = {
      kind: choice.kind,
      id: embedder.id,
      dimensions: embedder.dimensions,
      modelDir,
      installed,
      notice: choice.notice,
      loadMs,
      embedMs,
      sentences: SENTENCES.length,
      sanity,
    }

    if (this.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
      return
    }
    const lines = [
      choice.notice,
      `  model dir   ${modelDir}`,
      `  embedder    ${embedder.id}, ${embedder.dimensions} dimensions`,
      `  load        ${loadMs} ms`,
      `  embed       ${embedMs} ms for ${SENTENCES.length} sentences`,
      `  sanity      paraphrase ${sanity.paraphrase} vs unrelated ${sanity.unrelated}: ${sanity.passed ? 'ok' : 'WARNING'}`,
    ]
    if (!sanity.passed) {
      lines.push('Warning: a paraphrase scored no closer than an unrelated sentence; matching with this model will be poor. Is it a sentence-embedding model?')
    }
    process.stdout.write(`${lines.join('\n')}\n`)
  }
}

/** Vectors are unit length (or zero), so the dot product is the cosine similarity. */
function dot(a: Float32Array, b: Float32Array) {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += a[index] * b[index]
  return sum
}

function round(value: number) {
  return Math.round(value * 1000) / 1000
}
