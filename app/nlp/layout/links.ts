/**
 * PDF link annotations → the lines they sit on. Résumé templates often print a
 * LinkedIn icon and "rendercv" and keep https://linkedin.com/in/rendercv only in
 * the page's link annotation; the contacts reader needs that URL.
 */
import type { Line } from '../types.js'

/** A link's clickable area in the lines' coordinates: points from the page's top-left corner. */
export interface PageLink {
  page: number
  url: string
  x: number
  top: number
  width: number
  height: number
}

/** The fields of a pdf.js annotation read here; structural so tests can pass plain objects. */
export interface LinkAnnotation {
  subtype?: string
  url?: string
  rect?: number[]
}

// A link covers a line when it spans at least this share of the line's height: icon
// links are often taller than the text, and must not spill onto the line above or below.
const MIN_VERTICAL_SHARE = 0.5

/**
 * Link annotations with a URL → rectangles in top-left coordinates. `rect` is
 * [x1, y1, x2, y2] in PDF user space (origin bottom-left); `toViewport` is the
 * page viewport's point conversion, the same one the text fragments go through.
 */
export function pageLinks(
  annotations: LinkAnnotation[],
  page: number,
  toViewport: (x: number, y: number) => [number, number] | number[]
): PageLink[] {
  const links: PageLink[] = []
  for (const annotation of annotations) {
    if (annotation.subtype !== 'Link' || typeof annotation.url !== 'string' || annotation.url.length === 0) continue
    const rect = annotation.rect
    if (!rect || rect.length < 4 || !rect.every(Number.isFinite)) continue
    const [ax, ay] = toViewport(rect[0]!, rect[1]!)
    const [bx, by] = toViewport(rect[2]!, rect[3]!)
    const x = Math.min(ax!, bx!)
    const top = Math.min(ay!, by!)
    const width = Math.abs(bx! - ax!)
    const height = Math.abs(by! - ay!)
    if (!(width > 0 && height > 0)) continue
    links.push({ page, url: annotation.url, x, top, width, height })
  }
  return links
}

/** Sets `links` on every line whose box a link overlaps, left to right, each URL once. */
export function attachLinks(lines: Line[], links: PageLink[]): void {
  if (links.length === 0) return
  const byPage = new Map<number, PageLink[]>()
  for (const link of links) byPage.set(link.page, [...(byPage.get(link.page) ?? []), link])
  for (const line of lines) {
    const box = line.box
    const candidates = byPage.get(line.page)
    if (!box || !candidates || box.height <= 0) continue
    const found = candidates
      .filter((link) => {
        const across = Math.min(box.x + box.width, link.x + link.width) - Math.max(box.x, link.x)
        const down = Math.min(box.y + box.height, link.top + link.height) - Math.max(box.y, link.top)
        return across > 0 && down >= MIN_VERTICAL_SHARE * Math.min(box.height, link.height)
      })
      .sort((a, b) => a.x - b.x)
    const urls = [...new Set(found.map((link) => link.url))]
    if (urls.length > 0) line.links = urls
  }
}
