import type { HttpContext } from '@adonisjs/core/http'
import Resume from '#models/resume'
import Analysis from '#models/analysis'
import { uploadResumeValidator } from '#validators/resume'
import { UploadResume } from '#actions/resumes/upload_resume'
import { DeleteResume } from '#actions/resumes/delete_resume'
import { UploadRejected } from '#exceptions/upload_rejected'
import ResumePolicy from '#policies/resume_policy'
import { flashFieldError } from '#services/form_errors'
import NotFoundException from '#exceptions/not_found_exception'
import { presentAtsView, formatMonth, formatMonths } from '#presenters/analysis_presenter'

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
    const outcome = await new UploadResume().handle(auth.getUserOrFail(), file)
    if (outcome instanceof UploadRejected) {
      flashFieldError(session, 'file', outcome.message)
      return response.redirect('/resumes')
    }
    return response.redirect(`/resumes/${outcome.id}`)
  }

  async show({ params, bouncer, view }: HttpContext) {
    const { resume, analysis } = await this.#load(params.id, bouncer)
    return view.render('pages/resumes/show', { resume, analysis, ...presentAnalysis(analysis) })
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
    const { resume, analysis } = await this.#load(params.id, bouncer)
    if (!request.header('hx-request')) return response.redirect(`/resumes/${resume.id}`)
    return view.render('partials/analysis_status', { resume, analysis, ...presentAnalysis(analysis) })
  }

  async destroy({ params, bouncer, session, response }: HttpContext) {
    const resume = await Resume.findOrFail(params.id)
    if (await bouncer.with(ResumePolicy).denies('delete', resume)) throw new NotFoundException('Résumé not found')
    await new DeleteResume().handle(resume)
    session.flash('success', `Deleted “${resume.title}” and its file.`)
    return response.redirect('/resumes')
  }

  async #load(id: unknown, bouncer: HttpContext['bouncer']) {
    const resume = await Resume.findOrFail(id)
    if (await bouncer.with(ResumePolicy).denies('view', resume)) throw new NotFoundException('Résumé not found')
    const version = await resume.related('versions').query().orderBy('number', 'desc').firstOrFail()
    const analysis = await Analysis.query()
      .where('resumeVersionId', version.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    await resume.load('versions')
    return { resume, version, analysis }
  }
}

/** View data for a finished analysis: "What an ATS sees" and the profile's helpers. */
function presentAnalysis(analysis: Analysis) {
  const ats = analysis.layout && analysis.profile ? presentAtsView(analysis.layout, analysis.profile) : null
  return { ats, formatMonth, formatMonths }
}

function summarize(resume: Resume) {
  const latest = resume.versions[0]
  const analysis = latest?.analyses.sort((a, b) => b.id - a.id)[0]
  return { resume, latest, analysis }
}
