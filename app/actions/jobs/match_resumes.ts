import Resume from '#models/resume'
import type ResumeVersion from '#models/resume_version'
import type Analysis from '#models/analysis'
import type Job from '#models/job'
import type User from '#models/user'
import { AnalysisStatus } from '#enums/analysis_status'
import { matchResume } from '#nlp/matching/index'
import type { JobForMatch, MatchReport, ResumeForMatch } from '#nlp/matching/types'

/** One résumé on a job's page: matched through its latest analysed version, or why it cannot be yet. */
export type ResumeMatchRow =
  | { resume: Resume; matched: true; version: ResumeVersion; report: MatchReport; newerPending: boolean }
  | { resume: Resume; matched: false; status: AnalysisStatus }

/** The matcher's view of a done analysis. */
export function resumeForMatch(analysis: Analysis): ResumeForMatch {
  return { profile: analysis.profile!, lines: analysis.layout!.lines, vectors: analysis.vectors }
}

export function jobForMatch(job: Job): JobForMatch {
  return { parsed: job.parsed, text: job.text, vectors: job.vectors }
}

/** Matching reads the parsed profile and its lines; a done analysis from before either existed cannot be matched. */
export function isMatchable(analysis: Analysis | undefined): analysis is Analysis {
  return analysis?.status === AnalysisStatus.Done && !!analysis.profile && !!analysis.layout
}

/**
 * What "now" is for recency: the month the version was uploaded, as "Present" in the résumé means,
 * so a report does not change from one month to the next.
 */
export function uploadMonth(version: ResumeVersion): string {
  return version.createdAt.toFormat('yyyy-MM')
}

/** The newest version whose (latest) analysis can be matched; versions' analyses newest first. */
export function latestAnalysed(versions: ResumeVersion[]) {
  const byNumber = [...versions].sort((a, b) => b.number - a.number)
  for (const version of byNumber) {
    const analysis = version.analyses[0]
    if (isMatchable(analysis)) return { version, analysis }
  }
  return undefined
}

/**
 * Every résumé of the person against one job, best match first; résumés
 * with no analysed version yet come last, with their status. Matching is
 * pure and takes milliseconds, so scores are computed for the page rather
 * than stored (a stored score would go stale with every new version).
 */
export class MatchResumes {
  async handle(user: User, job: Job): Promise<ResumeMatchRow[]> {
    const resumes = await Resume.query()
      .where('userId', user.id)
      .preload('versions', (versions) =>
        versions.orderBy('number', 'desc').preload('analyses', (analyses) => analyses.orderBy('id', 'desc'))
      )
      .orderBy('createdAt', 'desc')

    const target = jobForMatch(job)
    const rows: ResumeMatchRow[] = resumes.map((resume) => {
      const found = latestAnalysed(resume.versions)
      if (!found) {
        const status = resume.versions[0]?.analyses[0]?.status ?? AnalysisStatus.Queued
        return { resume, matched: false, status }
      }
      return {
        resume,
        matched: true,
        version: found.version,
        report: matchResume(resumeForMatch(found.analysis), target, { today: uploadMonth(found.version) }),
        newerPending: found.version.id !== resume.versions[0].id,
      }
    })
    const score = (row: ResumeMatchRow) => (row.matched ? row.report.score : -1)
    return rows.sort((a, b) => score(b) - score(a))
  }
}
