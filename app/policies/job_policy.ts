import type User from '#models/user'
import type Job from '#models/job'
import { BasePolicy } from '@adonisjs/bouncer'

/**
 * A job belongs to the person who added it (a workspace's members will be
 * let in here too, once jobs can belong to a workspace). As for résumés,
 * controllers answer a denial with a 404.
 */
export default class JobPolicy extends BasePolicy {
  view(user: User, job: Job) {
    return user.id === job.userId
  }

  delete(user: User, job: Job) {
    return this.view(user, job)
  }
}
