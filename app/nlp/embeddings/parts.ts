/*
|--------------------------------------------------------------------------
| Sentence vectors of a document's parts, as they are stored
|--------------------------------------------------------------------------
|
| One place for the résumé and the job pipelines: the embedder this thread
| uses, one vector per part, rounded to 5 decimals (cosines move by less
| than 1e-4; the JSON is half the size).
*/
import { chooseEmbedder } from './index.js'
import type { SectionVectors } from './types.js'

export async function embedParts(parts: Partial<Record<string, string>>, modelDir?: string): Promise<SectionVectors> {
  const entries = Object.entries(parts).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
  const { embedder } = await chooseEmbedder({ modelDir })
  const vectors = entries.length ? await embedder.embed(entries.map(([, text]) => text)) : []
  const sections: Record<string, number[]> = {}
  entries.forEach(([part], index) => (sections[part] = Array.from(vectors[index], (x) => Math.round(x * 1e5) / 1e5)))
  return { embedder: embedder.id, sections }
}
