/*
|--------------------------------------------------------------------------
| Patches pdf.js's worker so one getTextContent pass tells Sift everything
|--------------------------------------------------------------------------
|
|   node scripts/patch_pdfjs.mjs [--check]
|
| Runs as part of `postinstall`, before the word vectors are built. Plain
| JavaScript on node builtins, Node 20 and 24. Why (docs/decisions/0011):
| without it, reading a PDF needs three pdf.js passes over every page's
| content, and the two extra ones cost more than the text itself:
|
| 1. Text styles carry the font's real name and weight (`name`, `bold`,
|    `black`). pdf.js otherwise only sends them with the operator list, a
|    second full pass over the page, which Sift ran just for bold headings
|    and icon fonts.
| 2. Painted images show up in the text content as `{ type: "paintImage" }`
|    items (image XObjects, inline images), the other reason for that pass.
| 3. getAnnotations no longer extracts the page's text a second time to fill
|    `overlaidText` for link annotations (pdf.js ≥ 5). Sift only wants the
|    links' URLs and rectangles; nothing reads overlaidText.
|
| Each change is an exact text replacement that must match once, and the file
| is written only when all of them apply. Idempotent (a marker line says the
| file is patched). Never fails `npm install`: when pdf.js's code has changed
| (an upgrade), it prints one warning and leaves the file alone. The app
| checks the marker (app/nlp/layout/pdfjs_extras.ts) and falls back to the
| slower three-pass reading, with the same results. `--check` exits 1 when
| the installed worker is not patched.
|
*/
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export const MARKER = '/* sift-patch: pdfjs-text-extras v1 (scripts/patch_pdfjs.mjs) */'
const EXPECTED_VERSION = '6.5.438'

const REPLACEMENTS = [
  {
    what: 'font name and weight in text styles',
    from: `          descent: font.descent,
          vertical: font.vertical
        };
        if (self.options.fontExtraProperties && font.systemFontInfo) {`,
    to: `          descent: font.descent,
          vertical: font.vertical,
          name: font.name,
          bold: font.bold,
          black: font.black
        };
        if (self.options.fontExtraProperties && font.systemFontInfo) {`,
  },
  {
    what: 'image XObjects as paintImage items',
    from: `              if (type.name !== "Form") {
                emptyXObjectCache.set(name, dict.objId, true);`,
    to: `              if (type.name !== "Form") {
                if (type.name === "Image") {
                  textContent.items.push({ type: "paintImage" });
                }
                emptyXObjectCache.set(name, dict.objId, true);`,
  },
  {
    what: 'inline images as paintImage items',
    from: `          case OPS.paintXObject:
            flushTextContentItem();`,
    to: `          case OPS.endInlineImage:
            textContent.items.push({ type: "paintImage" });
            break;
          case OPS.paintXObject:
            flushTextContentItem();`,
  },
  {
    what: 'no second text extraction for link annotations',
    from: `      } else if (annotation.overlaysTextContent && isVisible) {`,
    to: `      } else if (false && annotation.overlaysTextContent && isVisible) {`,
  },
]

function main() {
  const require = createRequire(import.meta.url)
  let workerPath
  let version
  try {
    workerPath = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')
    version = JSON.parse(readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')).version
  } catch {
    return warn('pdfjs-dist is not installed; nothing to patch.')
  }
  const source = readFileSync(workerPath, 'utf8')
  const patched = source.startsWith(MARKER)
  if (process.argv.includes('--check')) {
    console.log(patched ? `pdf.js ${version} worker is patched.` : `pdf.js ${version} worker is NOT patched (run: node scripts/patch_pdfjs.mjs).`)
    process.exitCode = patched ? 0 : 1
    return
  }
  if (patched) return

  let text = source
  for (const replacement of REPLACEMENTS) {
    const count = text.split(replacement.from).length - 1
    if (count !== 1) {
      return warn(
        `pdf.js ${version} (patch written for ${EXPECTED_VERSION}): "${replacement.what}" matched ${count} times, so the worker was left unpatched. PDFs are still read, with two extra pdf.js passes per page; update scripts/patch_pdfjs.mjs.`
      )
    }
    text = text.replace(replacement.from, replacement.to)
  }
  const temporary = `${workerPath}.sift-tmp`
  writeFileSync(temporary, `${MARKER}\n${text}`)
  renameSync(temporary, workerPath)
  console.log(`sift: patched pdf.js ${version} worker (${REPLACEMENTS.length} changes, see scripts/patch_pdfjs.mjs).`)
}

function warn(message) {
  console.warn(`sift: ${message}`)
}

try {
  main()
} catch (error) {
  warn(`could not patch pdf.js: ${error instanceof Error ? error.message : String(error)}`)
}
