/**
 * What one line of text becomes once the reader's quirks are taken out: the same
 * cleaning for PDF, OCR, DOCX and TXT, so later stages never care which reader ran.
 */
export interface CleanText {
  text: string
  /** The line began with a bullet marker or an icon glyph, now removed. */
  bullet: boolean
  /** Real text was lost: glyphs without a Unicode mapping, kept visible as U+FFFD. */
  garbled: boolean
}

// NFC leaves these presentation forms alone (only NFKC would split them), and a keyword
// search for "certified" must not miss "certiﬁed".
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
}
const LIGATURE = /[\uFB00-\uFB06]/g

// pdf.js emits U+0000 for a glyph its font maps to no character; pdfminer-style tools write "(cid:12)".
const UNMAPPED_GLYPH = /\u0000|\(cid:\d+\)/g

// Icon fonts (Font Awesome, Phosphor, Wingdings bullets in Word exports) draw pictures, not text.
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu
const STARTS_WITH_PRIVATE_USE = /^\s*[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/u

// Symbols that only ever mark list items may touch the text; dashes, "*" and "+" need a space
// after them so "-5 % churn" or "+44 20 …" keep their sign.
const SYMBOL_BULLET = /^[•●▪▫■□◆◇◊►▸▹▶▷‣◦○◉⦿⚫⚪➢➣➤➔→⇒✓✔✗✘❖✦✧★☆⁃∙·◘◙❯❱»]+\s*/u
const DASH_BULLET = /^[-–—*+]\s+/

// C0/C1 controls (line-breaking ones become spaces below) come from fonts without a proper ToUnicode map and break tokenizers.
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f-\u009f\u200b\uFEFF]/g

export function cleanLineText(raw: string): CleanText {
  let text = raw.replace(UNMAPPED_GLYPH, '\uFFFD')
  const garbled = text.includes('\uFFFD')
  const iconFirst = STARTS_WITH_PRIVATE_USE.test(text)
  text = text
    .replace(LIGATURE, (ligature) => LIGATURES[ligature] ?? ligature)
    .normalize('NFC')
    .replace(PRIVATE_USE, ' ')
    .replace(CONTROL, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()

  let bullet = iconFirst
  for (;;) {
    const marker = SYMBOL_BULLET.exec(text) ?? DASH_BULLET.exec(text)
    if (!marker) break
    bullet = true
    text = text.slice(marker[0].length)
  }
  return { text, bullet: bullet && text.length > 0, garbled: garbled && text.length > 0 }
}

/** Masks what changes from page to page, so "Page 1 of 2" and "Page 2 of 2" compare equal. */
export function repetitionKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, '')
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|p\.|pg\.?|seite|página|pagina|strona|sida|side)\s*)?\d{1,3}(?:\s*(?:of|\/|de|von|sur|di|z|av|af)\s*\d{1,3})?(?:\s*[-–—])?$/i
// A DOCX footer's PAGE/NUMPAGES fields have no stored result, so only the words around them remain.
const PAGE_FIELD_WORDS = /^(?:page|seite|página|pagina)(?:\s+(?:of|de|von|sur))?$/i

/** "Page 2 of 3", "2/3", "- 2 -": text that only numbers the page. */
export function isPageNumber(text: string): boolean {
  const trimmed = text.trim()
  return PAGE_NUMBER.test(trimmed) || PAGE_FIELD_WORDS.test(trimmed)
}
