/*
|--------------------------------------------------------------------------
| The résumés and jobs the match eval and bench run on
|--------------------------------------------------------------------------
|
| Two sets, both read in place:
|   - Vanetik & Kogan's 5 vacancies and the CVs two annotators ranked them
|     for (GPL-3.0, evaluation data only: never copied into the repository);
|   - our own graded set, bench/match_set/ (written for Sift, CC0), with the
|     one-factor pairs the matcher's recruiter logic is checked on.
| Every document is parsed once with the real pipeline into what
| matchResume takes (ResumeForMatch / JobForMatch).
|
*/
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { analyzeResume } from '../../app/nlp/analyze_resume.js'
import { parseJob } from '../../app/nlp/jobs/parse_job.js'
import type { ParsedJob } from '../../app/nlp/jobs/types.js'
import type { JobForMatch, ResumeForMatch } from '../../app/nlp/matching/types.js'
import { REPO_ROOT } from './corpus.js'
import { csvRows } from './csv.js'

export const MATCH_SET_DIR = join(REPO_ROOT, 'bench/match_set')

/** What "Present" means in every parse (the same month as the parsing eval). */
export const MATCH_TODAY = '2026-11'

export interface MatchResumeDoc {
  id: string
  path: string
  /** The layout's lines as text: what the TF-IDF baseline reads. */
  text: string
  /** null when the pipeline could not read the file (the reason is in `error`). */
  forMatch: ResumeForMatch | null
  error?: string
}

export interface MatchJobDoc {
  id: string
  path: string
  text: string
  parsed: ParsedJob
  forMatch: JobForMatch
}

export interface Judgment {
  jobId: string
  resumeId: string
  grade: number
}

/** Two résumés that differ in one factor, and which must score higher against the job. */
export interface FactorPair {
  factor: string
  jobId: string
  better: string
  worse: string
  what: string
}

export interface MatchCollection {
  name: string
  resumes: Map<string, MatchResumeDoc>
  jobs: Map<string, MatchJobDoc>
}

export const vanetikJobsDir = (evalDir: string) => join(evalDir, 'jobs/vanetik-gpl3')
export const vanetikResumesDir = (evalDir: string) => join(evalDir, 'resumes/vanetik-gpl3')

export async function loadResume(id: string, path: string, today = MATCH_TODAY): Promise<MatchResumeDoc> {
  const bytes = new Uint8Array(await readFile(path))
  try {
    const result = await analyzeResume(bytes, { today, ocr: false })
    if (!result.ok) return { id, path, text: '', forMatch: null, error: `${result.code}: ${result.message}` }
    const { layout, parsed } = result.value
    const lines = layout.lines.map(({ id: lineId, text }) => ({ id: lineId, text }))
    return { id, path, text: lines.map((line) => line.text).join('\n'), forMatch: { profile: parsed, lines } }
  } catch (exception) {
    // One unreadable résumé is a finding for the report, not a reason to lose the run.
    return { id, path, text: '', forMatch: null, error: `exception: ${exception instanceof Error ? exception.message : String(exception)}` }
  }
}

export async function loadJob(id: string, path: string): Promise<MatchJobDoc> {
  const text = await readFile(path, 'utf8')
  const parsed = parseJob(text)
  return { id, path, text, parsed, forMatch: { parsed, text } }
}

/** `job_id,resume_id,grade` rows. */
export async function readQrels(path: string): Promise<Judgment[]> {
  const rows = parseCsv(await readFile(path, 'utf8'))
  return rows.map((row) => {
    const grade = Number(row.grade)
    if (!row.job_id || !row.resume_id || !Number.isFinite(grade)) throw new Error(`${path}: bad row ${JSON.stringify(row)}`)
    return { jobId: row.job_id, resumeId: row.resume_id, grade }
  })
}

export async function readFactorPairs(path = join(MATCH_SET_DIR, 'pairs.csv')): Promise<FactorPair[]> {
  return parseCsv(await readFile(path, 'utf8')).map((row) => ({
    factor: row.factor ?? '',
    jobId: row.job_id ?? '',
    better: row.better ?? '',
    worse: row.worse ?? '',
    what: row['what differs'] ?? '',
  }))
}

/** Our graded set: every job and résumé under bench/match_set, its qrels and its factor pairs. */
export async function loadMatchSet(dir = MATCH_SET_DIR): Promise<MatchCollection & { judgments: Judgment[]; pairs: FactorPair[] }> {
  const [resumes, jobs, judgments, pairs] = await Promise.all([
    loadFolder(join(dir, 'resumes'), loadResume),
    loadFolder(join(dir, 'jobs'), loadJob),
    readQrels(join(dir, 'qrels.csv')),
    readFactorPairs(join(dir, 'pairs.csv')),
  ])
  checkReferences('bench/match_set', judgments, resumes, jobs)
  for (const pair of pairs) {
    for (const id of [pair.better, pair.worse]) if (!resumes.has(id)) throw new Error(`pairs.csv: unknown résumé ${id}`)
    if (!jobs.has(pair.jobId)) throw new Error(`pairs.csv: unknown job ${pair.jobId}`)
  }
  return { name: 'match-set', resumes, jobs, judgments, pairs }
}

/** The Vanetik set, or null when the eval dir doesn't have it. Only CVs that were judged are parsed. */
export async function loadVanetik(evalDir: string): Promise<(MatchCollection & { annotator1: Judgment[]; annotator2: Judgment[] }) | null> {
  const jobsDir = vanetikJobsDir(evalDir)
  if (!existsSync(join(jobsDir, 'qrels.csv'))) return null
  const [annotator1, annotator2] = await Promise.all([
    readQrels(join(jobsDir, 'qrels.csv')),
    readQrels(join(jobsDir, 'qrels_annotator2.csv')),
  ])
  const jobIds = [...new Set([...annotator1, ...annotator2].map((row) => row.jobId))].sort(byNumber)
  const resumeIds = [...new Set([...annotator1, ...annotator2].map((row) => row.resumeId))].sort(byNumber)
  const jobs = new Map(await Promise.all(jobIds.map(async (id) => [id, await loadJob(id, join(jobsDir, `${id}.txt`))] as const)))
  const resumes = new Map<string, MatchResumeDoc>()
  for (const id of resumeIds) resumes.set(id, await loadResume(id, join(vanetikResumesDir(evalDir), `${id}.docx`)))
  checkReferences('vanetik', [...annotator1, ...annotator2], resumes, jobs)
  return { name: 'vanetik', resumes, jobs, annotator1, annotator2 }
}

/** Every job ad the bench times: ours, Vanetik's vacancies and the resume-matcher ads of the eval set (those present). */
export async function benchJobFiles(evalDir: string): Promise<Array<{ id: string; path: string }>> {
  const folders = [
    { prefix: 'match_set/', dir: join(MATCH_SET_DIR, 'jobs') },
    { prefix: 'vanetik/', dir: vanetikJobsDir(evalDir) },
    { prefix: 'resume-matcher/', dir: join(evalDir, 'jobs/resume-matcher') },
  ]
  const files: Array<{ id: string; path: string }> = []
  for (const { prefix, dir } of folders) {
    if (!existsSync(dir)) continue
    for (const name of (await readdir(dir)).toSorted(byNumber)) {
      if (extname(name) !== '.txt' || NOT_ADS.test(name)) continue
      files.push({ id: `${prefix}${basename(name, '.txt')}`, path: join(dir, name) })
    }
  }
  return files
}

/** Licence and notes beside the ads. */
const NOT_ADS = /^(license|licence|readme|annotations)/i

/** "cv2" before "cv10". */
export const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

async function loadFolder<T>(dir: string, load: (id: string, path: string) => Promise<T>): Promise<Map<string, T>> {
  const names = (await readdir(dir)).filter((name) => extname(name) === '.txt' || extname(name) === '.docx' || extname(name) === '.pdf')
  const entries = await Promise.all(
    names.toSorted(byNumber).map(async (name) => {
      const id = basename(name, extname(name))
      return [id, await load(id, join(dir, name))] as const
    })
  )
  return new Map(entries)
}

function checkReferences(set: string, judgments: Judgment[], resumes: Map<string, unknown>, jobs: Map<string, unknown>) {
  for (const row of judgments) {
    if (!resumes.has(row.resumeId)) throw new Error(`${set} qrels: unknown résumé ${row.resumeId}`)
    if (!jobs.has(row.jobId)) throw new Error(`${set} qrels: unknown job ${row.jobId}`)
  }
}

/** A header row, then rows (blank lines skipped); names and cells trimmed, missing cells empty. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const [header, ...rows] = csvRows(text).filter((cells) => cells.some((cell) => cell.trim()))
  if (!header) return []
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name.trim(), (cells[index] ?? '').trim()])))
}
