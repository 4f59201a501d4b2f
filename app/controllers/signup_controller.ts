import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { signupValidator } from '#validators/user'

export default class SignupController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/signup')
  }

  async store({ request, auth, session, response }: HttpContext) {
    const { email, password } = await request.validateUsing(signupValidator)
    const user = await User.create({ email, password })
    await auth.use('web').login(user)
    session.flash('success', 'Welcome to Sift. Upload a résumé to see what an applicant-tracking system reads from it.')
    return response.redirect('/resumes')
  }
}
