/*
|--------------------------------------------------------------------------
| Named benchmarks
|--------------------------------------------------------------------------
|
| `npm run bench` runs every registered benchmark in order and prints and
| saves one section per benchmark. A new measurement (matching speed, OCR…)
| is one file under bench/benchmarks/ plus one line in its index.
|
*/
import type { CorpusDocument } from './corpus.js'
import type { ResumeParser } from './parser.js'
import type { TargetCheck } from './report.js'

export interface BenchDocument extends CorpusDocument {
  bytes: Uint8Array
  /** PDF pages (counted once, untimed); 1 for DOCX and TXT. */
  pageCount: number
}

export interface BenchmarkContext {
  documents: BenchDocument[]
  parser: ResumeParser
  /** Timed runs per document after warm-up. */
  runs: number
  /** Sections already run in this invocation, so a later one can compare against an earlier one. */
  sections: ReadonlyMap<string, BenchmarkSection>
}

export interface BenchmarkSection {
  name: string
  title: string
  /** Printed as-is. */
  text: string
  checks: TargetCheck[]
  /** Saved to bench/results as-is. */
  data: unknown
}

export interface Benchmark {
  /** Stable id, used by --only and as the key in the results file. */
  name: string
  run(context: BenchmarkContext): Promise<BenchmarkSection>
}

export function defineBenchmark(benchmark: Benchmark): Benchmark {
  return benchmark
}
