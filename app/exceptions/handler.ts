import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { flashFieldError } from '#services/form_errors'
import { runsHttp } from '#config/app'

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  /** A worker process has no pages (only health endpoints): it answers errors in plain text. */
  protected renderStatusPages = runsHttp
  /** A 404 (including "not yours") is an answer, not an incident: don't log it. */
  protected ignoreStatuses = [400, 401, 404, 422]

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '404': (error, { view }) => view.render('pages/errors/not_found', { error }),
    '500..599': (error, { view }) => view.render('pages/errors/server_error', { error }),
  }

  async handle(error: unknown, ctx: HttpContext) {
    // An upload above the multipart limit never reaches validation: say why instead of a bare 413.
    const code = (error as { code?: string }).code
    const form = ctx.request.url()
    if (code === 'E_REQUEST_ENTITY_TOO_LARGE' && (form === '/resumes' || form === '/jobs') && ctx.session) {
      flashFieldError(
        ctx.session,
        'file',
        form === '/jobs'
          ? 'This file is larger than 10 MB. Export a smaller version and try again, or paste the text.'
          : 'This file is larger than 10 MB. Export a smaller version (images make PDFs large) and try again.'
      )
      return ctx.response.redirect(form)
    }
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
