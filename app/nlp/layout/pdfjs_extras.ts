/*
| Whether the installed pdf.js worker carries Sift's patch (scripts/patch_pdfjs.mjs,
| docs/decisions/0011): text styles with the font's name and weight, images as
| `paintImage` items, and link annotations without a second text extraction.
| Without it the PDF reader falls back to pdf.js's operator list for fonts and
| images: same results, two more passes per page.
*/
import { openSync, readSync, closeSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The first line the patch writes into pdf.worker.mjs. */
export const PDFJS_PATCH_MARKER = '/* sift-patch: pdfjs-text-extras v1 (scripts/patch_pdfjs.mjs) */'

let patched: boolean | undefined

export function pdfjsPatched(): boolean {
  if (patched === undefined) patched = readMarker()
  return patched
}

function readMarker(): boolean {
  try {
    const path = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')
    const fd = openSync(path, 'r')
    try {
      const head = Buffer.alloc(PDFJS_PATCH_MARKER.length)
      readSync(fd, head, 0, head.length, 0)
      return head.toString('utf8') === PDFJS_PATCH_MARKER
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}
