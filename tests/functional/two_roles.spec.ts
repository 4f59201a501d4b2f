import { test } from '@japa/runner'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import User from '#models/user'
import { evalPath, SAMPLE_PDF, SAMPLE_PDF_NAME } from '#tests/helpers'

/** Starts `npm start`'s entry point in a role of its own, on the test database. */
async function startSift(role: 'web' | 'worker', port: number, storage: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: app.makePath(),
    env: { ...process.env, APP_ROLE: role, PORT: String(port), STORAGE_PATH: storage, DATABASE_URL: env.get('DATABASE_URL')! },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Sift (${role}) exited: ${stderr}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return child
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGKILL')
  throw new Error(`Sift (${role}) did not become ready: ${stderr}`)
}

async function stopSift(child: ChildProcess) {
  if (child.exitCode !== null) return
  await new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.once('exit', () => resolve(clearTimeout(timer)))
    child.kill('SIGTERM')
  })
}

/** A browser-like visitor: keeps cookies and sends the form's CSRF token. */
class Visitor {
  #cookies = new Map<string, string>()
  constructor(private base: string) {}

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${this.base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, ...value] = pair.split('=')
      this.#cookies.set(name, value.join('='))
    }
    return response
  }

  async csrfToken(path: string) {
    const html = await (await this.request(path)).text()
    return html.match(/name='_csrf' value='([^']+)'/)![1]
  }
}

test.group('Two processes in two roles', (group) => {
  let storage: string
  const children: ChildProcess[] = []
  const email = `roles-${Date.now()}@example.com`

  group.setup(async () => {
    storage = await mkdtemp(join(tmpdir(), 'sift-roles-'))
    // This test process runs a worker too: pause it so only the worker process can take the job.
    const queue = await app.container.make('queue')
    await queue.pauseWork()
    return async () => {
      for (const child of children) await stopSift(child)
      await queue.resumeWork()
      await User.query().where('email', email).delete()
      await rm(storage, { recursive: true, force: true })
    }
  })

  test('a web process takes the upload and a worker process reads it', async ({ assert }) => {
    const web = await startSift('web', 3341, storage)
    children.push(web)
    const visitor = new Visitor('http://127.0.0.1:3341')

    const signup = new URLSearchParams({
      _csrf: await visitor.csrfToken('/signup'),
      email,
      password: 'a long passphrase',
      password_confirmation: 'a long passphrase',
    })
    const signedUp = await visitor.request('/signup', { method: 'POST', body: signup })
    assert.equal(signedUp.headers.get('location'), '/resumes')

    const form = new FormData()
    form.set('_csrf', await visitor.csrfToken('/resumes'))
    form.set('file', new Blob([await readFile(evalPath(SAMPLE_PDF))], { type: 'application/pdf' }), 'classic.pdf')
    const uploaded = await visitor.request('/resumes', { method: 'POST', body: form })
    const location = uploaded.headers.get('location')!
    assert.match(location, /^\/resumes\/\d+$/)

    // The web role only queues: nothing reads the résumé yet.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    assert.include(await (await visitor.request(location)).text(), 'Waiting in line')

    const worker = await startSift('worker', 3342, storage)
    children.push(worker)
    // A worker process serves only the health endpoints.
    assert.equal((await fetch('http://127.0.0.1:3342/resumes')).status, 404)

    let page = ''
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && !page.includes('What an ATS sees')) {
      await new Promise((resolve) => setTimeout(resolve, 300))
      page = await (await visitor.request(location)).text()
    }
    assert.include(page, 'What an ATS sees')
    assert.include(page, SAMPLE_PDF_NAME)
  }).timeout(90_000)
})
