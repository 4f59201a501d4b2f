import type { HttpContext } from '@adonisjs/core/http'
import Job from '#models/job'
import Resume from '#models/resume'
import ResumeVersion from '#models/resume_version'
import JobPolicy from '#policies/job_policy'
import ResumePolicy from '#policies/resume_policy'
import NotFoundException from '#exceptions/not_found_exception'
import { matchResume } from '#nlp/matching/index'
import { isMatchable, jobForMatch, latestAnalysed, resumeForMatch, uploadMonth } from '#actions/jobs/match_resumes'
import { presentMatch } from '#presenters/match_presenter'

export default class MatchesController {
  /**
   * One résumé version against one job. The latest analysed version unless
   * `?version=N` asks for another; a version still being read (or that
   * could not be read) says so instead of a report.
   */
  async show({ params, request, bouncer, view }: HttpContext) {
    const job = await Job.findOrFail(params.id)
    if (await bouncer.with(JobPolicy).denies('view', job)) throw new NotFoundException('Job not found')
    const resume = await Resume.findOrFail(params.resumeId)
    if (await bouncer.with(ResumePolicy).denies('view', resume)) throw new NotFoundException('Résumé not found')

    const versions = await ResumeVersion.query()
      .where('resumeId', resume.id)
      .orderBy('number', 'asc')
      .preload('analyses', (analyses) => analyses.orderBy('id', 'desc'))
    const asked = request.input('version') ? Number(request.input('version')) : undefined
    const version =
      asked === undefined
        ? (latestAnalysed(versions)?.version ?? versions[versions.length - 1])
        : versions.find((candidate) => candidate.number === asked)
    if (!version) throw new NotFoundException('No such version')

    const analysis = version.analyses[0]
    const page = {
      job,
      resume,
      version,
      analysis,
      versions: versions.filter((candidate) => isMatchable(candidate.analyses[0])).map((candidate) => candidate.number),
      resumeUrl: `/resumes/${resume.id}/versions/${version.number}`,
    }
    if (!isMatchable(analysis)) return view.render('pages/jobs/match', { ...page, match: null })

    const report = matchResume(resumeForMatch(analysis), jobForMatch(job), { today: uploadMonth(version) })
    return view.render('pages/jobs/match', { ...page, match: presentMatch(report, analysis.layout!.lines, page.resumeUrl) })
  }

  /** The résumé page's "Match against a job" form: a plain GET form can only put the job in the query string. */
  async pick({ params, request, response }: HttpContext) {
    const job = Number(request.input('job'))
    if (!Number.isInteger(job) || job <= 0) throw new NotFoundException('Choose a job to match against')
    const version = Number(request.input('version'))
    const query = Number.isInteger(version) && version > 0 ? `?version=${version}` : ''
    return response.redirect(`/jobs/${job}/matches/${Number(params.id)}${query}`)
  }
}
