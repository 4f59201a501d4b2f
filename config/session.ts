import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

/**
 * Redis when REDIS_URL is set (sessions shared by every web container),
 * memory otherwise (one process; sessions end with it). Tests always use
 * memory: Japa's session client (loginAs, withSession) writes there; the
 * Redis store has its own test against the real Redis.
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'sift-session',
  clearWithBrowser: false,
  age: '7d',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('REDIS_URL') && !app.inTest ? 'redis' : 'memory',
  stores: {
    redis: stores.redis({ connection: 'main' }),
  },
})

export default sessionConfig
