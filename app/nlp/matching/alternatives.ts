/*
|--------------------------------------------------------------------------
| Requirements the ad offers as alternatives
|--------------------------------------------------------------------------
|
| "Python, Perl or PHP" is one requirement that any member meets: the JD
| parser gives the members one `oneOf` key. The score, the match page and the
| job page all count such a group once.
*/

/** Items in slots, in first-seen order: members of one `oneOf` group share a slot, every other item has its own. */
export function alternativeSlots<T>(items: readonly T[], oneOf: (item: T) => string | undefined): T[][] {
  const slots = new Map<string, T[]>()
  items.forEach((item, index) => {
    const key = oneOf(item) ?? `#${index}`
    const slot = slots.get(key)
    if (slot) slot.push(item)
    else slots.set(key, [item])
  })
  return [...slots.values()]
}
