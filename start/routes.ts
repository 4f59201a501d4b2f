/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| A worker process (APP_ROLE=worker) serves only the health endpoints, so an
| orchestrator can probe it like any other container.
|
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { runsHttp } from '#config/app'

const HealthController = () => import('#controllers/health_controller')
const HomeController = () => import('#controllers/home_controller')
const SignupController = () => import('#controllers/signup_controller')
const SessionController = () => import('#controllers/session_controller')
const ResumesController = () => import('#controllers/resumes_controller')
const AssetsController = () => import('#controllers/assets_controller')
const JobsController = () => import('#controllers/jobs_controller')
const MatchesController = () => import('#controllers/matches_controller')

router.get('/health/live', [HealthController, 'live']).as('health.live')
router.get('/health/ready', [HealthController, 'ready']).as('health.ready')

if (runsHttp) {
  router.get('/', [HomeController, 'show']).as('home')
  router.get('/vendor/:file', [AssetsController, 'vendor']).as('assets.vendor')

  router
    .group(() => {
      router.get('/signup', [SignupController, 'create']).as('signup.create')
      router.post('/signup', [SignupController, 'store']).as('signup.store')
      router.get('/login', [SessionController, 'create']).as('session.create')
      router.post('/login', [SessionController, 'store']).as('session.store')
    })
    .use(middleware.guest())

  router
    .group(() => {
      router.post('/logout', [SessionController, 'destroy']).as('session.destroy')
      router.get('/resumes', [ResumesController, 'index']).as('resumes.index')
      router.post('/resumes', [ResumesController, 'store']).as('resumes.store')
      router.get('/resumes/:id', [ResumesController, 'show']).as('resumes.show').where('id', router.matchers.number())
      router
        .post('/resumes/:id/versions', [ResumesController, 'storeVersion'])
        .as('resumes.versions.store')
        .where('id', router.matchers.number())
      router
        .get('/resumes/:id/versions/:number', [ResumesController, 'version'])
        .as('resumes.versions.show')
        .where('id', router.matchers.number())
        .where('number', router.matchers.number())
      router
        .get('/resumes/:id/json', [ResumesController, 'json'])
        .as('resumes.json')
        .where('id', router.matchers.number())
      router
        .get('/resumes/:id/status', [ResumesController, 'status'])
        .as('resumes.status')
        .where('id', router.matchers.number())
      router
        .delete('/resumes/:id', [ResumesController, 'destroy'])
        .as('resumes.destroy')
        .where('id', router.matchers.number())
      router
        .get('/resumes/:id/match', [MatchesController, 'pick'])
        .as('resumes.match')
        .where('id', router.matchers.number())

      router.get('/jobs', [JobsController, 'index']).as('jobs.index')
      router.post('/jobs', [JobsController, 'store']).as('jobs.store')
      router.get('/jobs/:id', [JobsController, 'show']).as('jobs.show').where('id', router.matchers.number())
      router.delete('/jobs/:id', [JobsController, 'destroy']).as('jobs.destroy').where('id', router.matchers.number())
      router
        .get('/jobs/:id/matches/:resumeId', [MatchesController, 'show'])
        .as('jobs.matches.show')
        .where('id', router.matchers.number())
        .where('resumeId', router.matchers.number())
    })
    .use(middleware.auth())
}
