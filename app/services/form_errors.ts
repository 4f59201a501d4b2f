import type { Session } from '@adonisjs/session'

/**
 * Shows a message beside one form field on the next page, like a validation
 * error (the `@inputError` tag reads `inputErrorsBag`), for failures found
 * after validation: an upload's real type, a login rate limit.
 */
export function flashFieldError(session: Session, field: string, message: string) {
  session.flash('inputErrorsBag', { [field]: [message] })
}
