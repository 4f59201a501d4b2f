import type { HttpContext } from '@adonisjs/core/http'

export default class HomeController {
  async show({ auth, view, response }: HttpContext) {
    if (auth.isAuthenticated) return response.redirect('/resumes')
    return view.render('pages/home')
  }
}
