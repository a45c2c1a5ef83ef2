/**
 * Chrome stops speaking an utterance after roughly 15 seconds (with its online voices), so long text
 * is read as several short utterances. 200 characters is about 12 seconds of speech.
 */
export const MAX_SPEECH_LENGTH = 200

// From coarse to fine: sentences, then clauses, then words.
const BOUNDARIES = [/(?<=[.!?…])\s+/, /(?<=[,;:])\s+/, /\s+/]

/** Greedily joins parts with a space while the result stays within max. */
const pack = (parts: string[], max: number): string[] => {
  const pieces: string[] = []
  for (const part of parts) {
    const last = pieces.at(-1)
    if (last !== undefined && last.length + 1 + part.length <= max) pieces[pieces.length - 1] = `${last} ${part}`
    else pieces.push(part)
  }
  return pieces
}

const split = (text: string, max: number, level: number): string[] => {
  if (text.length <= max) return [text]
  const boundary = BOUNDARIES[level]
  // One word longer than max (a long URL): cut it, nothing better to do.
  if (!boundary) return text.match(new RegExp(`.{1,${max}}`, 'gs')) ?? []
  return pack(
    text.split(boundary).flatMap((part) => split(part, max, level + 1)),
    max,
  )
}

/**
 * Text as pieces to speak one after the other: whitespace collapsed, each piece at most `max`
 * characters, cut at a sentence end where possible so the voice pauses where a reader would.
 */
export const splitForSpeech = (text: string, max = MAX_SPEECH_LENGTH): string[] => {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean ? split(clean, max, 0) : []
}
