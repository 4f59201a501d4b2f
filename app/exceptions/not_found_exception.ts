import { Exception } from '@adonisjs/core/exceptions'

/** Rendered as the 404 status page by the exception handler. */
export default class NotFoundException extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'
}
