/*
|--------------------------------------------------------------------------
| Wording for messages a person reads
|--------------------------------------------------------------------------
|
| Counting and listing the same way everywhere: the ATS checks, the match
| report, the commands.
*/

/** "1 page", "3 pages". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listPhrase(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`
}
