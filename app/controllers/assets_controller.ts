import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'

// Paths inside the packages, not module specifiers: chart.js does not export its UMD file.
const fromPackage = (path: string) => app.makePath('node_modules', path)

/**
 * Front-end libraries are served from the installed npm packages (no CDN,
 * no copy step to forget). Only these files, by these names.
 */
const VENDOR_FILES: Record<string, string> = {
  'htmx.min.js': fromPackage('htmx.org/dist/htmx.min.js'),
  'alpine-csp.min.js': fromPackage('@alpinejs/csp/dist/cdn.min.js'),
  'chart.umd.min.js': fromPackage('chart.js/dist/chart.umd.min.js'),
}

export default class AssetsController {
  async vendor({ params, response }: HttpContext) {
    const path = VENDOR_FILES[params.file]
    if (!path) return response.notFound('Not found')
    response.header('Cache-Control', 'public, max-age=86400')
    response.type('.js')
    return response.download(path)
  }
}
