import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import { loginValidator } from '#validators/user'
import { flashFieldError } from '#services/form_errors'

/**
 * Failed logins for one email from one address are limited: 5 a minute,
 * then 15 minutes' wait. A successful login clears the count.
 */
const loginLimiter = () => limiter.use({ requests: 5, duration: '1 min', blockDuration: '15 mins' })

export default class SessionController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/login')
  }

  async store({ request, auth, session, response }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const key = `login_${request.ip()}_${email}`

    const [error, user] = await loginLimiter().penalize(key, () => User.verifyCredentials(email, password))
    if (error) {
      session.flashExcept(['password'])
      const minutes = Math.ceil(error.response.availableIn / 60)
      flashFieldError(session, 'email', `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`)
      return response.redirect().back()
    }

    // login() regenerates the session id, so a session fixed before login is worthless after it.
    await auth.use('web').login(user)
    return response.redirect('/resumes')
  }

  async destroy({ auth, session, response }: HttpContext) {
    await auth.use('web').logout()
    session.flash('success', 'You are logged out.')
    return response.redirect('/login')
  }
}
