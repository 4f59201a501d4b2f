import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import Analysis from '#models/analysis'
import Resume from '#models/resume'
import { AnalysisStatus } from '#enums/analysis_status'

/** The shared evaluation set (../shared/eval), see its README and SOURCES.md. */
export const evalPath = (relative: string) => fileURLToPath(new URL(`../../shared/eval/${relative}`, import.meta.url))

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
