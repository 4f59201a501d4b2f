/*
|--------------------------------------------------------------------------
| The documents the eval and the bench run on
|--------------------------------------------------------------------------
|
| The shared evaluation set lives outside the repository (some of it is
| GPL-3.0 evaluation data, see its SOURCES.md) and is read in place. Our own
| fictional fixtures live in tests/fixtures/generated (scripts/make_fixtures.ts).
|
*/
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JsonResumeLike } from './score.js'

export type DocumentFormat = 'pdf' | 'docx' | 'txt'

export interface CorpusDocument {
  /** "rendercv/classic", "generated/amara_okafor.classic". */
  id: string
  /** The folder the document came from: "rendercv", "reactive-resume", "generated", … */
  source: string
  format: DocumentFormat
  path: string
}

export interface LabelledDocument extends CorpusDocument {
  groundTruthPath: string
}

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const GENERATED_FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures/generated')

/** Licence and readme files sit beside the résumés in some source folders. */
const NOT_RESUMES = /^(license|licence|readme|copying|notice)\b/i

const DOCUMENT_EXTENSIONS: Record<string, DocumentFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.txt': 'txt' }

/**
 * Same lookup as tests/helpers.ts (SIFT_EVAL_DIR, ../shared/eval beside the checkout,
 * /work/shared/eval), copied so the bench doesn't import test code.
 */
export function findEvalDir(): string {
  const candidates = [process.env.SIFT_EVAL_DIR, join(REPO_ROOT, '../shared/eval'), '/work/shared/eval'].filter(
    (path): path is string => Boolean(path)
  )
  const found = candidates.find((path) => existsSync(join(path, 'resumes')))
  if (!found) throw new Error(`The evaluation set was not found (looked in ${candidates.join(', ')}). Set SIFT_EVAL_DIR.`)
  return found
}

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** Résumé documents (not `.source.*` data) under a folder, by source folder. */
async function documentsUnder(root: string, idPrefix = ''): Promise<CorpusDocument[]> {
  const files = await walk(root)
  return files.flatMap((path) => {
    const format = DOCUMENT_EXTENSIONS[extname(path).toLowerCase()]
    if (!format || path.includes('.source.') || NOT_RESUMES.test(basename(path))) return []
    const rel = relative(root, path)
    const parts = rel.split('/')
    const source = idPrefix ? idPrefix.replace(/\/$/, '') : (parts[0] ?? '')
    const id = `${idPrefix}${rel.slice(0, -extname(rel).length)}`
    return [{ id, source, format, path }]
  })
}

/** The document next to a `.gt.json`: same base name, a readable extension. */
function withGroundTruth(documents: CorpusDocument[]): LabelledDocument[] {
  return documents.flatMap((doc) => {
    const groundTruthPath = `${doc.path.slice(0, -extname(doc.path).length)}.gt.json`
    return existsSync(groundTruthPath) ? [{ ...doc, groundTruthPath }] : []
  })
}

/** Every eval-set résumé with ground truth, plus the generated fixtures (which carry their own). */
export async function labelledDocuments(evalDir = findEvalDir()): Promise<LabelledDocument[]> {
  const evalDocs = withGroundTruth(await documentsUnder(join(evalDir, 'resumes')))
  const generated = withGroundTruth(await documentsUnder(GENERATED_FIXTURES_DIR, 'generated/'))
  return [...evalDocs, ...generated]
}

/** Ground-truth files with no rendered document (e.g. the JSON Resume sample): listed so the report can say they were skipped. */
export async function unrenderedGroundTruth(evalDir = findEvalDir()): Promise<string[]> {
  const files = await walk(join(evalDir, 'resumes'))
  return files
    .filter((path) => path.endsWith('.gt.json'))
    .filter((path) => !Object.keys(DOCUMENT_EXTENSIONS).some((ext) => existsSync(path.replace(/\.gt\.json$/, ext))))
    .map((path) => relative(evalDir, path))
}

/** Every résumé document, labelled or not (timing doesn't need ground truth). */
export async function allResumeDocuments(evalDir = findEvalDir()): Promise<CorpusDocument[]> {
  return [...(await documentsUnder(join(evalDir, 'resumes'))), ...(await documentsUnder(GENERATED_FIXTURES_DIR, 'generated/'))]
}

export async function readGroundTruth(doc: LabelledDocument): Promise<JsonResumeLike> {
  return JSON.parse(await readFile(doc.groundTruthPath, 'utf8')) as JsonResumeLike
}

export async function readDocument(doc: CorpusDocument): Promise<Uint8Array> {
  return new Uint8Array(await readFile(doc.path))
}

export function describeDocument(doc: CorpusDocument): string {
  return `${doc.id} (${basename(doc.path)})`
}
