import { existsSync } from 'node:fs'
import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import type { Config } from '@japa/runner/types'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import { chromium } from 'playwright'

/**
 * Browser tests drive Debian's Chromium (no browser download). Outside CI a
 * missing Chromium skips the browser suite with a loud warning; in CI
 * (CI=true) it is a failure.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumAvailable = existsSync(CHROMIUM_PATH)

export const plugins: Config['plugins'] = [
  assert(),
  apiClient(),
  pluginAdonisJS(app),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    launcher: (options) =>
      chromium.launch({
        ...options,
        headless: true,
        executablePath: CHROMIUM_PATH,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ],
      }),
  }),
  sessionBrowserClient(app),
]

export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [() => testUtils.db().migrate()],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    suite.setup(() => testUtils.httpServer().start())
  }
  if (suite.name === 'browser' && !chromiumAvailable) {
    if (process.env.CI === 'true') {
      throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`)
    }
    console.warn(
      `\n!!! Chromium not found at ${CHROMIUM_PATH}: SKIPPING the browser suite. Install it with "apt-get install chromium" or set CHROMIUM_PATH. !!!\n`
    )
    suite.onGroup((group) => group.each.skip(true, 'Chromium is not installed'))
    suite.onTest((test) => test.skip(true, 'Chromium is not installed'))
  }
}
