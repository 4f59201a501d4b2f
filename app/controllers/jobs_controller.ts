import type { HttpContext } from '@adonisjs/core/http'
import Job from '#models/job'
import { createJobValidator } from '#validators/job'
import { CreateJob } from '#actions/jobs/create_job'
import { MatchResumes } from '#actions/jobs/match_resumes'
import { UploadRejected } from '#exceptions/upload_rejected'
import JobPolicy from '#policies/job_policy'
import { flashFieldError } from '#services/form_errors'
import NotFoundException from '#exceptions/not_found_exception'
import { presentJob } from '#presenters/match_presenter'
import { refuseUpload } from '#services/upload_limit'

export default class JobsController {
  /** My jobs, with the form to add one. */
  async index({ auth, view }: HttpContext) {
    const jobs = await Job.query().where('userId', auth.getUserOrFail().id).orderBy('createdAt', 'desc')
    return view.render('pages/jobs/index', { jobs })
  }

  /** Reads the ad right away (it is short) and opens it; a failure goes back to the form with what was typed. */
  async store({ request, auth, session, response }: HttpContext) {
    const input = await request.validateUsing(createJobValidator)
    const tooMany = await refuseUpload(auth.getUserOrFail().id)
    const outcome = tooMany ? new UploadRejected(tooMany) : await new CreateJob().handle(auth.getUserOrFail(), input)
    if (outcome instanceof UploadRejected) {
      session.flashOnly(['title', 'text'])
      flashFieldError(session, input.file ? 'file' : 'text', outcome.message)
      return response.redirect('/jobs')
    }
    return response.redirect(`/jobs/${outcome.id}`)
  }

  /** The ad as parsed, and every résumé of mine matched against it. */
  async show({ params, auth, bouncer, view }: HttpContext) {
    const job = await this.#job(params.id, bouncer)
    const matches = await new MatchResumes().handle(auth.getUserOrFail(), job)
    return view.render('pages/jobs/show', { job, facts: presentJob(job.parsed), matches })
  }

  async destroy({ params, bouncer, session, response }: HttpContext) {
    const job = await Job.findOrFail(params.id)
    if (await bouncer.with(JobPolicy).denies('delete', job)) throw new NotFoundException('Job not found')
    await job.delete()
    session.flash('success', `Deleted the job “${job.title}”.`)
    return response.redirect('/jobs')
  }

  async #job(id: unknown, bouncer: HttpContext['bouncer']) {
    const job = await Job.findOrFail(id)
    if (await bouncer.with(JobPolicy).denies('view', job)) throw new NotFoundException('Job not found')
    return job
  }
}
