/*
| Every benchmark `npm run bench` runs, in order. A later benchmark may read an
| earlier one's section (pdf-text-floor compares itself with parse).
*/
import type { Benchmark } from '../lib/registry.js'
import matchTime from './match_time.js'
import parseTime from './parse_time.js'
import pdfTextFloor from './pdf_text_floor.js'

export const BENCHMARKS: Benchmark[] = [parseTime, pdfTextFloor, matchTime]
