/*
|--------------------------------------------------------------------------
| Tokens for skill matching
|--------------------------------------------------------------------------
|
| Skill names are full of symbols that word tokenizers throw away ("C#",
| "C++", ".NET", "Node.js", "CI/CD"), which is the "socket io ≠ socket.io"
| failure dictionary-based ATSs are known for. So a token here is either a run
| of letters/digits or one single symbol, and we remember whether it touched
| the token before it: "C#" is `c` + glued `#`, "the internet. Net" is not
| ".NET" because `net` is not glued to the dot.
|
| A hyphen between two words is read as a space ("scikit-learn" = "scikit
| learn", "Objective-C" = "Objective C") but remembered, because "go-live"
| must not read as the language Go.
*/

export interface Token {
  /** Lower-cased text, with look-alike symbols folded ("C♯" → "c#"). */
  key: string
  /** Offsets into the original text: `text.slice(start, end)` is the token as written. */
  start: number
  end: number
  /** Letters/digits (true) or a single symbol (false). */
  word: boolean
  /** Whitespace separates it from the previous token (or it is the first token). */
  spaced: boolean
  /** Joined to the previous word by a hyphen that was dropped ("live" in "go-live"). */
  hyphenated: boolean
  /** A line break lies between it and the previous token (or it is the first token). */
  lineStart: boolean
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu
const HYPHENS = new Set(['-', '\u2010', '\u2011'])
// Look-alikes seen in PDFs and word processors; folded so "C♯" and "C＋＋" match "C#" and "C++".
const SYMBOL_FOLDS: Record<string, string> = { '♯': '#', '＃': '#', '＋': '+', '／': '/', '．': '.' }

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  let pendingHyphen = false
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    const gap = text.slice(previousEnd, start)
    const word = !(raw.length === 1 && !/[\p{L}\p{M}\p{N}]/u.test(raw))
    const spaced = tokens.length === 0 || gap.length > 0
    const lineStart = tokens.length === 0 || gap.includes('\n')
    const last = tokens.at(-1)

    if (!word && HYPHENS.has(raw) && last?.word && !spaced) {
      // Decided when the next token arrives: only a hyphen glued to words on both sides joins them.
      pendingHyphen = true
      previousEnd = end
      tokens.push({ key: '-', start, end, word: false, spaced, hyphenated: false, lineStart })
      continue
    }
    if (pendingHyphen) {
      pendingHyphen = false
      if (word && !spaced) {
        tokens.pop()
        tokens.push({ key: raw.toLowerCase(), start, end, word, spaced: false, hyphenated: true, lineStart: false })
        previousEnd = end
        continue
      }
    }
    const key = word ? raw.toLowerCase() : (SYMBOL_FOLDS[raw] ?? raw)
    tokens.push({ key, start, end, word, spaced, hyphenated: false, lineStart })
    previousEnd = end
  }
  return tokens
}

/**
 * How token `i` attaches to the one before it, as part of a lookup key. Two
 * words always need a separator (otherwise they would be one token), so only
 * joins that involve a symbol say whether there was a space.
 */
export function joinKey(tokens: Token[], i: number): string {
  const token = tokens[i]
  if (i === 0) return token.key
  const previous = tokens[i - 1]
  if (token.word && previous.word) return ` ${token.key}`
  return token.spaced ? ` ${token.key}` : token.key
}

/**
 * The normalised form of a skill name or alias, used for deduplication and
 * lookups: "Node.js" → "node.js", "Objective-C" → "objective c", "C #" → "c #".
 */
export function aliasKey(surface: string): string {
  const tokens = tokenize(surface)
  let key = ''
  for (let i = 0; i < tokens.length; i++) key += joinKey(tokens, i)
  return key
}
