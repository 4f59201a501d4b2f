/*
|--------------------------------------------------------------------------
| "No experience with Kubernetes yet" is not Kubernetes
|--------------------------------------------------------------------------
|
| A skill named under a negation or a wish in its own sentence ("no", "don't
| have", "would like to develop skills with", "currently learning") is not a
| skill the person has. The skills extractor leaves such mentions out; the
| matcher uses the same test on lines it reads itself.
*/

const NEGATION_CUE =
  /\b(?:no|not|never|without|lacks?|lacking|zero|unfamiliar with|(?:don|doesn|haven|hasn)['’]t(?:\s+have)?|(?:want|wants|hope|hoping|plan|planning|eager|keen|looking forward|would like|'d like)\s+to\s+(?:learn(?:ing)?|develop\s+(?:my\s+)?skills|gain\s+(?:experience|exposure|skills))|(?:currently|now|still)\s+learning)\b/gi
// What may stand between the cue and the skill: filler words and other names ("no Docker or Kubernetes").
const NEGATION_GAP =
  /^(?:[\s,/&]|\b(?:experience|exposure|knowledge|background|familiarity|skills?|my|with|in|of|on|any|prior|professional|commercial|hands-on|yet|and|or|but|working|production|real-world|much|previous)\b|\b[A-Z][\w.+#-]*)*$/

/** True when the mention at `start` sits under a negation in its own sentence. */
export function negatedAt(text: string, start: number): boolean {
  // The sentence starts after the last ". " (not the dot of "Node.js").
  let sentenceStart = 0
  for (const end of text.slice(0, start).matchAll(/[.;!?](?=\s)/g)) sentenceStart = end.index + 1
  const before = text.slice(sentenceStart, start)
  for (const cue of before.matchAll(NEGATION_CUE)) {
    const gap = before.slice(cue.index + cue[0].length)
    if (NEGATION_GAP.test(gap)) return true
  }
  return false
}
