import type User from '#models/user'
import type Resume from '#models/resume'
import { BasePolicy } from '@adonisjs/bouncer'

/**
 * A résumé belongs to the person who uploaded it. Controllers answer a
 * denial with a 404, not a 403: whether a résumé id exists is nobody else's
 * business.
 */
export default class ResumePolicy extends BasePolicy {
  view(user: User, resume: Resume) {
    return user.id === resume.userId
  }

  delete(user: User, resume: Resume) {
    return this.view(user, resume)
  }
}
