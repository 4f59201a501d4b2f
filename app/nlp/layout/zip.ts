/**
 * Just enough ZIP reading for a DOCX: list the parts and inflate the XML ones under
 * a budget. mammoth inflates every XML part in memory with no limit, so a zip bomb
 * is caught here first; the parts also give us what mammoth ignores (headers,
 * footers, text boxes, image relationships).
 */
import { inflateRawSync } from 'node:zlib'

// 64 MB of XML is far beyond any real résumé (a 100-page report is ~5 MB).
const MAX_XML_BYTES = 64 * 1024 * 1024

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  localHeaderOffset: number
}

/**
 * Lists the ZIP's central directory. Returns undefined for layouts we don't parse
 * (ZIP64, odd offsets) so mammoth gets the final word instead of a false rejection.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | 'damaged' | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfCentralDirectory(bytes)
  if (eocd === -1) return 'damaged'

  const entryCount = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return undefined
  if (directoryOffset + directorySize > eocd) return 'damaged'

  const decoder = new TextDecoder('utf-8')
  const entries: ZipEntry[] = []
  let position = directoryOffset
  for (let i = 0; i < entryCount; i++) {
    if (position + 46 > eocd || view.getUint32(position, true) !== 0x02014b50) return undefined
    const nameLength = view.getUint16(position + 28, true)
    const extraLength = view.getUint16(position + 30, true)
    const commentLength = view.getUint16(position + 32, true)
    entries.push({
      name: decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength)),
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    })
    position += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so it can only sit in the tail.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i
  }
  return -1
}

/**
 * Inflates the XML parts under a shared budget. Parts that fail to inflate are left
 * out rather than reported: mammoth re-reads the archive and is the judge of damage.
 */
export function inflateXmlParts(bytes: Uint8Array, entries: ZipEntry[]): Map<string, string> | 'too_large' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const decoder = new TextDecoder('utf-8')
  const parts = new Map<string, string>()
  let budget = MAX_XML_BYTES
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue
    const local = entry.localHeaderOffset
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) continue
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + entry.compressedSize)
    let xml: Uint8Array
    if (entry.method === 0) {
      xml = data
    } else if (entry.method === 8) {
      try {
        xml = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) })
      } catch (error) {
        if (error instanceof RangeError) return 'too_large'
        continue
      }
    } else {
      continue
    }
    budget -= xml.byteLength
    if (budget < 0) return 'too_large'
    parts.set(entry.name, decoder.decode(xml))
  }
  return parts
}
