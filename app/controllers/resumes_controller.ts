import type { HttpContext } from '@adonisjs/core/http'
import Resume from '#models/resume'
import ResumeVersion from '#models/resume_version'
import Analysis from '#models/analysis'
import Job from '#models/job'
import { uploadResumeValidator } from '#validators/resume'
import { UploadResume } from '#actions/resumes/upload_resume'
import { DeleteResume } from '#actions/resumes/delete_resume'
import { UploadRejected } from '#exceptions/upload_rejected'
import ResumePolicy from '#policies/resume_policy'
import { flashFieldError } from '#services/form_errors'
import NotFoundException from '#exceptions/not_found_exception'
import { presentAnalysis, presentHistory } from '#presenters/analysis_presenter'
import { refuseUpload } from '#services/upload_limit'

export default class ResumesController {
  async index({ auth, view }: HttpContext) {
    const resumes = await Resume.query()
      .where('userId', auth.getUserOrFail().id)
      .preload('versions', (versions) => versions.orderBy('number', 'desc').preload('analyses'))
      .orderBy('createdAt', 'desc')
    return view.render('pages/resumes/index', { resumes: resumes.map(summarize) })
  }

  async store({ request, auth, session, response }: HttpContext) {
    const { file } = await request.validateUsing(uploadResumeValidator)
    const tooMany = await refuseUpload(auth.getUserOrFail().id)
    if (tooMany) {
      flashFieldError(session, 'file', tooMany)
      return response.redirect('/resumes')
    }
    const outcome = await new UploadResume().handle(auth.getUserOrFail(), file)
    if (outcome instanceof UploadRejected) {
      flashFieldError(session, 'file', outcome.message)
      return response.redirect('/resumes')
    }
    return response.redirect(`/resumes/${outcome.id}`)
  }

  /** The latest version's analysis, with the version history. */
  async show({ params, auth, bouncer, view }: HttpContext) {
    const page = await this.#load(params.id, bouncer)
    return view.render('pages/resumes/show', { ...page, jobs: await myJobs(auth) })
  }

  /** One earlier (or the latest) version's analysis. */
  async version({ params, auth, bouncer, view }: HttpContext) {
    const page = await this.#load(params.id, bouncer, Number(params.number))
    return view.render('pages/resumes/show', { ...page, jobs: await myJobs(auth) })
  }

  /** Upload an improved file as the résumé's next version. */
  async storeVersion({ params, request, auth, bouncer, session, response }: HttpContext) {
    const resume = await this.#resume(params.id, bouncer)
    const { file } = await request.validateUsing(uploadResumeValidator)
    const tooMany = await refuseUpload(auth.getUserOrFail().id)
    if (tooMany) {
      flashFieldError(session, 'file', tooMany)
      return response.redirect(`/resumes/${resume.id}`)
    }
    const outcome = await new UploadResume().handle(auth.getUserOrFail(), file, resume)
    if (outcome instanceof UploadRejected) {
      flashFieldError(session, 'file', outcome.message)
      return response.redirect(`/resumes/${resume.id}`)
    }
    session.flash('success', 'New version uploaded. Its analysis appears below when it is ready.')
    return response.redirect(`/resumes/${resume.id}`)
  }

  /** The parsed profile as a JSON Resume file. */
  async json({ params, bouncer, response }: HttpContext) {
    const { resume, analysis } = await this.#load(params.id, bouncer)
    if (!analysis.jsonResume) throw new NotFoundException('This résumé has not been parsed yet')
    response.header('content-disposition', `attachment; filename="${resume.id}-resume.json"`)
    return response.json(analysis.jsonResume)
  }

  /** The status fragment htmx polls while an analysis is pending. */
  async status({ params, bouncer, view, request, response }: HttpContext) {
    const number = request.input('version') ? Number(request.input('version')) : undefined
    const page = await this.#load(params.id, bouncer, number)
    if (!request.header('hx-request')) return response.redirect(page.pageUrl)
    return view.render('partials/analysis_status', page)
  }

  async destroy({ params, bouncer, session, response }: HttpContext) {
    const resume = await Resume.findOrFail(params.id)
    if (await bouncer.with(ResumePolicy).denies('delete', resume)) throw new NotFoundException('Résumé not found')
    await new DeleteResume().handle(resume)
    session.flash('success', `Deleted “${resume.title}” and its file.`)
    return response.redirect('/resumes')
  }

  async #resume(id: unknown, bouncer: HttpContext['bouncer']) {
    const resume = await Resume.findOrFail(id)
    if (await bouncer.with(ResumePolicy).denies('view', resume)) throw new NotFoundException('Résumé not found')
    return resume
  }

  /** Everything the analysis page shows, for one version (the latest by default). */
  async #load(id: unknown, bouncer: HttpContext['bouncer'], number?: number) {
    const resume = await this.#resume(id, bouncer)
    const versions = await ResumeVersion.query()
      .where('resumeId', resume.id)
      .orderBy('number', 'asc')
      .preload('analyses', (analyses) => analyses.orderBy('id', 'desc'))
    const latest = versions[versions.length - 1]
    const version = number === undefined ? latest : versions.find((candidate) => candidate.number === number)
    if (!version) throw new NotFoundException('No such version')
    const analysis: Analysis | undefined = version.analyses[0]
    if (!analysis) throw new NotFoundException('This version has no analysis')

    const isLatest = version.id === latest.id
    return {
      resume,
      version,
      analysis,
      isLatest,
      pageUrl: isLatest ? `/resumes/${resume.id}` : `/resumes/${resume.id}/versions/${version.number}`,
      statusUrl: `/resumes/${resume.id}/status${isLatest ? '' : `?version=${version.number}`}`,
      history: presentHistory(versions, version),
      ...presentAnalysis(analysis),
    }
  }
}

/** The jobs the "Match against a job" form offers. */
function myJobs(auth: HttpContext['auth']) {
  return Job.query().where('userId', auth.getUserOrFail().id).select('id', 'title').orderBy('createdAt', 'desc')
}

function summarize(resume: Resume) {
  const latest = resume.versions[0]
  const analysis = latest?.analyses.sort((a, b) => b.id - a.id)[0]
  return { resume, latest, analysis }
}
