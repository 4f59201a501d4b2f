/**
 * Bumped whenever the pipeline's output changes for the same input, so a
 * stored analysis says which rules produced it (same input, same result).
 */
export const PIPELINE_VERSION = '0.4.0'
