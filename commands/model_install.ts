import { basename, join, resolve } from 'node:path'
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { args, flags } from '@adonisjs/core/ace'
import { SiftCommand } from '../app/commands/sift_command.js'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { ACTIVE_MODEL_FILE, defaultModelDir, type InstalledModel } from '#nlp/embeddings/index'
import { isModelName, loadTransformerEmbedder, modelFolderProblem } from '#nlp/embeddings/transformer'

/**
 * Installs a transformers.js sentence-embedding model from a local folder
 * (nothing is downloaded): copies it into SIFT_MODEL_DIR, proves it loads
 * and embeds, then makes it the active model.
 *
 *   model:install ~/all-MiniLM-L6-v2                 installs as "all-MiniLM-L6-v2"
 *   model:install ./export --name minilm-l6           installs as "minilm-l6"
 *
 * The copy is tested in a staging folder first, so a broken model never
 * replaces a working one. Exit codes: 0 installed, 1 not installed (one line on stderr).
 */
export default class ModelInstall extends SiftCommand {
  static commandName = 'model:install'
  static description = 'Install a local transformers.js sentence-embedding model folder (no download)'
  static options: CommandOptions = {}

  @args.string({ description: 'A model folder: config.json, tokenizer.json, onnx/model.onnx (or onnx/model_quantized.onnx)' })
  declare folder: string

  @flags.string({ description: 'Name to install it under (default: the folder name)' })
  declare name?: string

  async run() {
    const source = resolve(this.folder)
    const problem = await modelFolderProblem(source)
    if (problem) return this.fail(problem)
    const name = this.name ?? basename(source)
    if (!isModelName(name)) {
      return this.fail(`"${name}" cannot be a model name: use letters, digits, ".", "_" and "-" (pass --name)`)
    }

    const modelDir = defaultModelDir()
    const target = join(modelDir, name)
    await mkdir(modelDir, { recursive: true })
    // Staging lives inside the model dir so the final rename stays on one file system.
    const staging = await mkdtemp(join(modelDir, '.installing-'))
    try {
      await cp(source, join(staging, name), { recursive: true, dereference: true })
      const embedder = await loadTransformerEmbedder(staging, name).catch((error: Error) => error)
      if (embedder instanceof Error) return this.fail(`${name} was not installed: ${embedder.message}`)

      const started = performance.now()
      const vectors = await embedder.embed([
        'Software engineer with five years of Python and cloud experience.',
        'Pastry chef who bakes bread for a busy restaurant.',
      ])
      const embedMs = Math.round(performance.now() - started)
      const usable = vectors.length === 2 && vectors.every((vector) => vector.length === embedder.dimensions && Math.abs(norm(vector) - 1) < 1e-3)
      if (!usable) return this.fail(`${name} was not installed: its test sentences did not give unit vectors of ${embedder.dimensions} dimensions`)

      await rm(target, { recursive: true, force: true })
      await rename(join(staging, name), target)
      const record: InstalledModel = { name, dimensions: embedder.dimensions, installedAt: new Date().toISOString() }
      await writeFile(join(modelDir, ACTIVE_MODEL_FILE), `${JSON.stringify(record, null, 2)}\n`)

      process.stdout.write(
        [
          `Installed ${name} from ${source}`,
          `  copied to   ${target}`,
          `  embedder    ${embedder.id}, ${embedder.dimensions} dimensions (two test sentences embedded in ${embedMs} ms)`,
          `  active      ${join(modelDir, ACTIVE_MODEL_FILE)}`,
          'The NLP worker pool picks it up the next time Sift starts; restart the web and worker processes.',
        ].join('\n') + '\n'
      )
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }
}

function norm(vector: Float32Array) {
  return Math.hypot(...vector)
}
