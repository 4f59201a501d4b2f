/*
|--------------------------------------------------------------------------
| TF-IDF cosine: the baseline a matcher must beat
|--------------------------------------------------------------------------
|
| Whole résumé text against whole job text, nothing else: no skills, no
| dates, no sections. Weights as scikit-learn's TfidfVectorizer defaults
| (raw term counts × smooth idf ln((1 + N) / (1 + df)) + 1, rows scaled to
| unit length), so the number can be reproduced outside Sift. Written here
| rather than taken from a library so every choice is on this page.
|
*/

/** English function words; anything longer than this list only blurs which document is about what. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each etc few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only
  or other our ours ourselves out over own same shall she should so some such than that the their theirs them themselves
  then there these they this those through to too under until up upon us very via was we were what when where which while
  who whom why will with within without would you your yours yourself yourselves`.split(/\s+/)
)

/** Lower-cased words of letters and digits; `+`, `#` and a leading `.` are kept so C++, C# and .NET survive. */
export function tokenize(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/\.?[\p{L}\p{N}][\p{L}\p{N}+#]*/gu)
  return (words ?? []).map((word) => word.replace(/^\.(?!net\b)/, '')).filter((word) => !STOP_WORDS.has(word))
}

export interface TfidfModel {
  /** Cosine similarity of two documents of the corpus, by id (0 when either has no words). */
  similarity(a: string, b: string): number
  vocabularySize: number
}

/** Fits idf on the given documents (every résumé and job of a set) and returns their unit vectors. */
export function fitTfidf(documents: ReadonlyMap<string, string>): TfidfModel {
  const counts = new Map<string, Map<string, number>>()
  const documentFrequency = new Map<string, number>()
  for (const [id, text] of documents) {
    const tf = new Map<string, number>()
    for (const token of tokenize(text)) tf.set(token, (tf.get(token) ?? 0) + 1)
    counts.set(id, tf)
    for (const token of tf.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1)
  }
  const n = documents.size
  const idf = (token: string) => Math.log((1 + n) / (1 + (documentFrequency.get(token) ?? 0))) + 1
  const vectors = new Map<string, Map<string, number>>()
  for (const [id, tf] of counts) {
    const weights = new Map([...tf].map(([token, count]) => [token, count * idf(token)]))
    const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0))
    if (norm > 0) for (const [token, w] of weights) weights.set(token, w / norm)
    vectors.set(id, weights)
  }
  return {
    vocabularySize: documentFrequency.size,
    similarity(a, b) {
      const va = vectors.get(a)
      const vb = vectors.get(b)
      if (!va || !vb) throw new Error(`fitTfidf: unknown document ${va ? b : a}`)
      const [small, large] = va.size <= vb.size ? [va, vb] : [vb, va]
      let dot = 0
      for (const [token, w] of small) dot += w * (large.get(token) ?? 0)
      return dot
    },
  }
}
