/*
|--------------------------------------------------------------------------
| Which sentence embedder this process uses
|--------------------------------------------------------------------------
|
| The transformer model an admin installed (`node ace model:install` writes
| <model dir>/active.json naming its folder), else the built-in GloVe + SIF
| embedder. A model that fails to load never stops the app: it falls back to
| GloVe and the notice says why. Framework-free so worker threads can call it.
|
*/
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gloveEmbedder } from './glove.js'
import type { EmbedderChoice, TextEmbedder } from './types.js'

/** What `model:install` records in <model dir>/active.json. */
export interface InstalledModel {
  /** Folder under the model dir; the embedder id is `transformer:<name>`. */
  name: string
  dimensions: number
  /** ISO 8601 time of the install. */
  installedAt: string
}

export const ACTIVE_MODEL_FILE = 'active.json'

const APP_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const GLOVE = 'using the built-in GloVe word vectors'

/**
 * SIFT_MODEL_DIR, else <STORAGE_PATH or ./storage>/models, relative paths
 * against the app root, as config/app.ts resolves STORAGE_PATH. Read from
 * process.env because worker threads cannot import the app's env service;
 * start/env.ts has validated both variables by the time anything runs.
 */
export function defaultModelDir(): string {
  const configured = process.env.SIFT_MODEL_DIR
  if (configured) return resolve(APP_ROOT, configured)
  return join(resolve(APP_ROOT, process.env.STORAGE_PATH ?? 'storage'), 'models')
}

/** The model `active.json` names, or null when none is installed; a damaged file throws a human message. */
export async function installedModel(dir: string): Promise<InstalledModel | null> {
  const path = join(dir, ACTIVE_MODEL_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new Error(`${path} cannot be read: ${(error as Error).message}`)
  }
  let record: Partial<InstalledModel>
  try {
    record = JSON.parse(text)
  } catch {
    throw new Error(`${path} is not valid JSON; run node ace model:install again`)
  }
  if (typeof record?.name !== 'string' || !record.name) {
    throw new Error(`${path} names no model; run node ace model:install again`)
  }
  return { name: record.name, dimensions: Number(record.dimensions) || 0, installedAt: String(record.installedAt ?? '') }
}

const choices = new Map<string, Promise<EmbedderChoice>>()

/**
 * The embedder for this process, chosen once per model dir: loading a model
 * takes a while and holds its weights in memory, so every caller shares it.
 * Rejects only when not even GloVe is available.
 */
export function chooseEmbedder(options: { modelDir?: string } = {}): Promise<EmbedderChoice> {
  const dir = resolve(options.modelDir ?? defaultModelDir())
  let choice = choices.get(dir)
  if (!choice) {
    choice = pickEmbedder(dir)
    choices.set(dir, choice)
    choice.catch(() => choices.delete(dir))
  }
  return choice
}

async function pickEmbedder(dir: string): Promise<EmbedderChoice> {
  let installed: InstalledModel | null
  try {
    installed = await installedModel(dir)
  } catch (error) {
    return fallBack(`The installed model could not be read (${reason(error)}); ${GLOVE}`)
  }
  if (!installed) return fallBack(`No local transformer model installed; ${GLOVE}`)

  try {
    // Imported only now: transformers.js and ONNX Runtime cost ~100 ms and ~50 MB per thread that loads them.
    const { loadTransformerEmbedder } = await import('./transformer.js')
    const embedder = await loadTransformerEmbedder(dir, installed.name)
    return {
      embedder,
      kind: 'transformer',
      notice: `Using the local transformer model ${installed.name} (${embedder.dimensions} dimensions, from ${join(dir, installed.name)})`,
    }
  } catch (error) {
    return fallBack(`The installed model ${installed.name} failed to load (${reason(error)}); ${GLOVE}`)
  }
}

function fallBack(notice: string): EmbedderChoice {
  const embedder: TextEmbedder | null = gloveEmbedder()
  if (!embedder) {
    throw new Error(`${notice.replace(`; ${GLOVE}`, '')}, and the built-in GloVe word vectors are missing too (npm run build:embeddings rebuilds them)`)
  }
  return { embedder, kind: 'glove', notice }
}

function reason(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}
