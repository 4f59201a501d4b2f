/** queued → processing → done | failed */
export const AnalysisStatus = {
  Queued: 'queued',
  Processing: 'processing',
  Done: 'done',
  Failed: 'failed',
} as const

export type AnalysisStatus = (typeof AnalysisStatus)[keyof typeof AnalysisStatus]
