/*
|--------------------------------------------------------------------------
| Sentence embeddings from a local transformers.js model
|--------------------------------------------------------------------------
|
| An admin copies an exported model folder (config.json, tokenizer.json,
| onnx/model.onnx) onto the machine and installs it with `node ace
| model:install`; this module loads it with @huggingface/transformers on
| ONNX Runtime (CPU) and embeds texts by mean pooling + L2 normalization,
| the sentence-transformers recipe. Nothing is ever downloaded: importing
| this module switches transformers.js to local files only.
|
*/
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { env, LogLevel, mean_pooling, pipeline, type Tensor } from '@huggingface/transformers'
import type { TextEmbedder } from './types.js'

/** Files a folder needs before loading is attempted; the ONNX file may be either variant. */
const REQUIRED_FILES = ['config.json', 'tokenizer.json']
const ONNX_FILES = { fp32: 'onnx/model.onnx', q8: 'onnx/model_quantized.onnx' } as const

/** Texts per ONNX Runtime call: large enough to amortize a call, small enough to bound padding memory. */
const BATCH_SIZE = 16

/** For tokenizers and configs that state no limit; BERT-family models have 512 positions. */
const FALLBACK_MAX_TOKENS = 512

/** A model that cannot be used, with one human sentence saying why (commands print it as is). */
export class ModelUnavailableError extends Error {
  override name = 'ModelUnavailableError'
}

useLocalFilesOnly()

/**
 * Loads `<dir>/<name>` and proves it runs by embedding one sentence (which
 * also gives the dimensions). Texts longer than the model's limit are
 * truncated to it rather than failing, as sentence-transformers does.
 */
export async function loadTransformerEmbedder(dir: string, name: string): Promise<TextEmbedder> {
  if (!isModelName(name)) {
    throw new ModelUnavailableError(`"${name}" is not a usable model name: use letters, digits, ".", "_" and "-"`)
  }
  const folder = resolve(dir, name)
  const problem = await modelFolderProblem(folder)
  if (problem) throw new ModelUnavailableError(problem)

  useLocalFilesOnly(resolve(dir))
  const dtype = (await isFile(join(folder, ONNX_FILES.fp32))) ? 'fp32' : 'q8'
  let extractor: Awaited<ReturnType<typeof pipeline<'feature-extraction'>>>
  try {
    // An absolute path, not the bare name: transformers.js memoizes configs by model id
    // across local folders, so two folders holding a model of the same name would mix.
    // One ONNX Runtime thread per session: Sift already runs one session per worker-pool thread,
    // and each session's default (every core) would oversubscribe the CPU.
    extractor = await pipeline('feature-extraction', folder, {
      local_files_only: true,
      dtype,
      device: 'cpu',
      session_options: { intraOpNumThreads: 1, interOpNumThreads: 1 },
    })
  } catch (error) {
    throw new ModelUnavailableError(`The model in ${folder} could not be loaded: ${firstLine(error)}`)
  }

  const { tokenizer, model } = extractor
  const maxTokens = tokenLimit(
    tokenizer.model_max_length,
    (model.config as { max_position_embeddings?: number }).max_position_embeddings,
    await trainedSequenceLength(folder)
  )

  async function embedBatch(texts: string[]): Promise<Float32Array[]> {
    const inputs = tokenizer(texts, { padding: true, truncation: true, max_length: maxTokens })
    const outputs = (await model(inputs)) as Record<string, Tensor | undefined>
    const tokens = outputs.last_hidden_state ?? outputs.token_embeddings
    if (!tokens) throw new Error(`it has no last_hidden_state output (it has ${Object.keys(outputs).join(', ')})`)
    const pooled = mean_pooling(tokens, inputs.attention_mask).normalize(2, -1)
    const width = pooled.dims[1]
    const data = pooled.data as Float32Array
    return texts.map((_, row) => data.slice(row * width, (row + 1) * width))
  }

  let dimensions: number
  try {
    const [probe] = await embedBatch(['Sift checks that this model runs.'])
    if (probe.length === 0 || !probe.every(Number.isFinite)) throw new Error('it gave an empty or non-numeric vector')
    dimensions = probe.length
  } catch (error) {
    throw new ModelUnavailableError(`The model in ${folder} loaded but could not embed a sentence: ${firstLine(error)}`)
  }

  return {
    id: `transformer:${name}`,
    dimensions,
    async embed(texts) {
      const vectors: Float32Array[] = new Array(texts.length)
      const pending: Array<{ text: string; index: number }> = []
      texts.forEach((text, index) => {
        if (text.trim()) pending.push({ text, index })
        else vectors[index] = new Float32Array(dimensions)
      })
      // Similar lengths share a batch, so little of each batch is padding.
      pending.sort((a, b) => a.text.length - b.text.length)
      for (let start = 0; start < pending.length; start += BATCH_SIZE) {
        const batch = pending.slice(start, start + BATCH_SIZE)
        const embedded = await embedBatch(batch.map(({ text }) => text))
        batch.forEach(({ index }, row) => (vectors[index] = embedded[row]))
      }
      return vectors
    },
  }
}

/**
 * sentence-transformers models state the length they were trained on in
 * sentence_bert_config.json (all-MiniLM-L6-v2: 256 of its 512 positions);
 * longer inputs only dilute the embedding.
 */
async function trainedSequenceLength(folder: string): Promise<number | undefined> {
  try {
    const settings = JSON.parse(await readFile(join(folder, 'sentence_bert_config.json'), 'utf8'))
    return typeof settings?.max_seq_length === 'number' ? settings.max_seq_length : undefined
  } catch {
    return undefined
  }
}

/**
 * Tokens per text: the smallest stated limit (tokenizer, position table,
 * training length). Exports often leave some unset, or set model_max_length to 1e30.
 */
function tokenLimit(...limits: Array<number | undefined>) {
  const stated = limits.filter((limit): limit is number => typeof limit === 'number' && limit > 0 && limit < 1_000_000)
  return stated.length > 0 ? Math.min(...stated) : FALLBACK_MAX_TOKENS
}

/** Why `folder` cannot be a transformers.js model folder, or null when it has the files one needs. */
export async function modelFolderProblem(folder: string): Promise<string | null> {
  const info = await stat(folder).catch(() => null)
  if (!info) return `No model folder at ${folder}`
  if (!info.isDirectory()) return `${folder} is a file, not a model folder`

  const missing: string[] = []
  for (const file of REQUIRED_FILES) {
    if (!(await isFile(join(folder, file)))) missing.push(file)
  }
  const onnx = await Promise.all(Object.values(ONNX_FILES).map((file) => isFile(join(folder, file))))
  if (!onnx.some(Boolean)) missing.push(`${ONNX_FILES.fp32} (or ${ONNX_FILES.q8})`)
  if (missing.length === 0) return null
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`
  return `${folder} is not a transformers.js model folder: ${list} ${missing.length === 1 ? 'is' : 'are'} missing`
}

/** A folder name under the model directory: no separators, no "..", nothing hidden. */
export function isModelName(name: string) {
  return /^[A-Za-z0-9][\w.-]*$/.test(name) && !name.includes('..')
}

/**
 * transformers.js defaults to fetching from the Hugging Face Hub and caching
 * in node_modules; Sift runs offline on local folders only, and refuses any
 * fetch outright so a future default cannot quietly reach the network.
 */
function useLocalFilesOnly(modelDir?: string) {
  env.allowRemoteModels = false
  env.allowLocalModels = true
  env.useFS = true
  env.useFSCache = false
  env.useBrowserCache = false
  env.useCustomCache = false
  env.useWasmCache = false
  env.logLevel = LogLevel.ERROR
  env.fetch = refuseNetwork
  if (modelDir) env.localModelPath = modelDir
}

async function refuseNetwork(input: unknown): Promise<Response> {
  throw new ModelUnavailableError(`Sift loads models from local folders only; refused to fetch ${String(input)}`)
}

async function isFile(path: string) {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

function firstLine(error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n').find((part) => part.trim()) ?? 'unknown error'
  return line.length > 300 ? `${line.slice(0, 297)}…` : line.trim()
}
