/*
|--------------------------------------------------------------------------
| The matcher and the embedder under test, loaded by path
|--------------------------------------------------------------------------
|
| Loaded at run time, not imported, so the match eval still reports the
| TF-IDF baseline (and says why the matcher is missing) in a checkout where
| app/nlp/matching or app/nlp/embeddings is absent or mid-rewrite.
|
*/
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { EmbedderChoice, SectionVectors } from '../../app/nlp/embeddings/types.js'
import type { JobForMatch, MatchReport, ResumeForMatch } from '../../app/nlp/matching/types.js'
import { REPO_ROOT } from './corpus.js'

/** The options the bench passes: the month "now" is, and whether the matcher may use its built-in word vectors. */
export interface MatcherOptions {
  today?: string
  glove?: null
}

export type MatchResumeFn = (resume: ResumeForMatch, job: JobForMatch, options?: MatcherOptions) => MatchReport

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string }

const MATCHER_FILE = 'app/nlp/matching/index.ts'
const EMBEDDINGS_FILE = 'app/nlp/embeddings/index.ts'
const SECTION_TEXTS_FILE = 'app/nlp/matching/section_texts.ts'

const importFile = (file: string) => import(pathToFileURL(join(REPO_ROOT, file)).href)

export async function loadMatcher(): Promise<Loaded<MatchResumeFn>> {
  if (!existsSync(join(REPO_ROOT, MATCHER_FILE))) return { ok: false, reason: `${MATCHER_FILE} is not in this checkout` }
  try {
    const module = await importFile(MATCHER_FILE)
    if (typeof module.matchResume !== 'function') return { ok: false, reason: `${MATCHER_FILE} exports no matchResume` }
    return { ok: true, value: module.matchResume as MatchResumeFn }
  } catch (error) {
    return { ok: false, reason: `${MATCHER_FILE} failed to load: ${message(error)}` }
  }
}

export interface SectionEmbedder {
  choice: EmbedderChoice
  resumeVectors(resume: ResumeForMatch): Promise<SectionVectors | null>
  jobVectors(job: JobForMatch): Promise<SectionVectors | null>
}

/** chooseEmbedder() (the installed transformer model, else GloVe) applied to the parts section_texts.ts names. */
export async function loadSectionEmbedder(): Promise<Loaded<SectionEmbedder>> {
  for (const file of [EMBEDDINGS_FILE, SECTION_TEXTS_FILE]) {
    if (!existsSync(join(REPO_ROOT, file))) return { ok: false, reason: `${file} is not in this checkout` }
  }
  try {
    const [embeddings, sectionTexts] = await Promise.all([importFile(EMBEDDINGS_FILE), importFile(SECTION_TEXTS_FILE)])
    const choice = (await embeddings.chooseEmbedder()) as EmbedderChoice
    const embedParts = async (parts: Record<string, string | undefined>): Promise<SectionVectors | null> => {
      const texts = Object.entries(parts).filter((entry): entry is [string, string] => Boolean(entry[1]))
      if (texts.length === 0) return null
      const vectors = await choice.embedder.embed(texts.map(([, text]) => text))
      return {
        embedder: choice.embedder.id,
        sections: Object.fromEntries(texts.map(([part], index) => [part, Array.from(vectors[index] ?? [])])),
      }
    }
    return {
      ok: true,
      value: {
        choice,
        resumeVectors: (resume) => embedParts(sectionTexts.resumePartTexts(resume.profile, resume.lines)),
        jobVectors: (job) => embedParts(sectionTexts.jobPartTexts(job.parsed, job.text)),
      },
    }
  } catch (error) {
    return { ok: false, reason: `the embedder failed to load: ${message(error)}` }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
}
