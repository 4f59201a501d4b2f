/*
|--------------------------------------------------------------------------
| The NLP pipeline as one task
|--------------------------------------------------------------------------
|
| This module is the entry point of the worker threads (app/services/
| worker_pool.ts). It is framework-free: bytes in, plain data out.
|
*/
import { extractText } from './extract/index.js'
import type { ExtractionResult } from './extract/types.js'
import { PIPELINE_VERSION } from './version.js'

export interface AnalyzeTask {
  bytes: Uint8Array
  maxPages?: number
}

export type AnalyzeResult = ExtractionResult & { pipelineVersion: string }

export default async function analyzeDocument(task: AnalyzeTask): Promise<AnalyzeResult> {
  const result = await extractText(task.bytes, { maxPages: task.maxPages })
  return { ...result, pipelineVersion: PIPELINE_VERSION }
}
