import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import { resolve } from 'node:path'

/**
 * The role of this process. Scale-out runs more containers of the same image:
 * `web` ones behind a load balancer and `worker` ones draining the queue.
 */
export const appRole = env.get('APP_ROLE', 'all')
export const runsHttp = appRole !== 'worker'
export const runsWorker = appRole !== 'web'

/** Local files (uploads; the embedded database lives in its `postgres` folder). */
export const storageRoot = resolve(app.makePath(), env.get('STORAGE_PATH', 'storage'))

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: false,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
