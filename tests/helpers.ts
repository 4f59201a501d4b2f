import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'
import { execFile } from 'node:child_process'
import type { Group } from '@japa/runner/core'
import drive from '@adonisjs/drive/services/main'
import { UserFactory } from '#database/factories/user_factory'
import Analysis from '#models/analysis'
import Resume from '#models/resume'
import ResumeVersion from '#models/resume_version'
import type User from '#models/user'
import { AnalysisStatus } from '#enums/analysis_status'

/**
 * The shared evaluation set (see its README and SOURCES.md): SIFT_EVAL_DIR,
 * else ../shared/eval beside the checkout, else the workplace's /work/shared/eval.
 * Its files are not copied into the repository (some are GPL-3.0 evaluation data).
 */
export const EVAL_DIR = (() => {
  const candidates = [
    process.env.SIFT_EVAL_DIR,
    fileURLToPath(new URL('../../shared/eval', import.meta.url)),
    '/work/shared/eval',
  ].filter((path): path is string => Boolean(path))
  const found = candidates.find((path) => existsSync(join(path, 'robustness')))
  if (!found) throw new Error(`The evaluation set was not found (looked in ${candidates.join(', ')}). Set SIFT_EVAL_DIR.`)
  return found
})()

export const evalPath = (relative: string) => join(EVAL_DIR, relative)
export const EVAL_URL = pathToFileURL(`${EVAL_DIR}/`)

export const evalFile = (relative: string) => readFile(evalPath(relative))

/** A résumé from the eval set with known text (resumes/rendercv/classic.gt.json). */
export const SAMPLE_PDF = 'resumes/rendercv/classic.pdf'
export const SAMPLE_PDF_NAME = 'John Doe'

/** Waits for the queue worker to finish a résumé's latest analysis. */
export async function waitForAnalysis(resumeId: number, timeoutMs = 30_000): Promise<Analysis> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const resume = await Resume.findOrFail(resumeId)
    const version = await resume.related('versions').query().orderBy('number', 'desc').firstOrFail()
    const analysis = await Analysis.query().where('resumeVersionId', version.id).orderBy('id', 'desc').firstOrFail()
    if (analysis.status === AnalysisStatus.Done || analysis.status === AnalysisStatus.Failed) return analysis
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Analysis of résumé ${resumeId} did not finish within ${timeoutMs} ms`)
}

const { validate } = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate: (resume: unknown, callback: (errors: unknown, valid: boolean) => void) => void
}

/** Checks a document against the official JSON Resume schema (@jsonresume/schema). */
export function validateJsonResume(resume: unknown): Promise<{ valid: boolean; errors: unknown }> {
  return new Promise((resolve) => validate(resume, (errors, valid) => resolve({ valid, errors })))
}

/** Runs `node ace <command> …` as an admin would, in a process of its own (development mode). */
export function runAce(
  appRoot: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['ace.js', ...args],
      { cwd: appRoot, env: { ...process.env, NODE_ENV: 'development' }, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  })
}

/**
 * Deletes a test user (their résumés, versions, analyses and jobs cascade) and
 * the résumé files they stored. No global transaction: the queue worker
 * reads résumés on its own connection, so tests clean up this way.
 */
export async function deleteUserAndFiles(user: User) {
  const keys = await ResumeVersion.query()
    .whereIn('resumeId', Resume.query().select('id').where('userId', user.id))
    .select('fileKey')
  await user.delete()
  for (const { fileKey } of keys) await drive.use().delete(fileKey)
}

/** Users made by each test of the group, deleted with their files after it; returns the maker. */
export function trackUsers(group: Group) {
  let users: User[] = []
  group.each.teardown(async () => {
    for (const user of users) await deleteUserAndFiles(user)
    users = []
  })
  return async () => {
    const user = await UserFactory.create()
    users.push(user)
    return user
  }
}

/**
 * A résumé whose only version is queued or being read, made directly in the
 * database: no file is stored and nothing is queued, so it stays that way.
 */
export async function pendingResume(user: User, options: { title?: string; status?: AnalysisStatus } = {}) {
  const resume = await Resume.create({ userId: user.id, title: options.title ?? 'pending' })
  const version = await ResumeVersion.create({
    resumeId: resume.id,
    number: 1,
    fileKey: 'resumes/not-queued.txt',
    fileName: 'pending.txt',
    fileKind: 'txt',
    fileSize: 1,
    sha256: '0'.repeat(64),
  })
  const analysis = await Analysis.create({ resumeVersionId: version.id, status: options.status ?? AnalysisStatus.Queued })
  return { resume, analysis }
}
