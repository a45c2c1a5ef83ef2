/**
 * What "Lees voor" reads: the visible text of the page's main content, in reading order, as one
 * piece of text per block (heading, paragraph, list item, card). Runs in the browser.
 */

/**
 * Never read: hidden or decorative parts, what the site search also leaves out, navigation, form
 * controls, and parts marked data-read-aloud-skip (the map: its markers and zoom buttons make no
 * sentences; the list under it is read instead).
 */
const SKIP = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'textarea',
  'nav',
  '[hidden]',
  '[aria-hidden="true"]',
  '[data-pagefind-ignore]',
  '[data-read-aloud-skip]',
].join(',')

/** Elements whose text is read as its own piece; everything else (links, spans, <time>) runs on. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
])

export interface ReadingBlock {
  element: Element
  text: string
}

const blockOf = (element: Element, root: Element): Element => {
  let current: Element = element
  while (current !== root && !BLOCK_TAGS.has(current.tagName) && current.parentElement) current = current.parentElement
  return current
}

// checkVisibility is missing in older browsers: then an element without boxes counts as hidden.
const isVisible = (element: Element) =>
  typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })
    : element.getClientRects().length > 0

/** The blocks of `root` with readable text, in document order. */
export const readingBlocks = (root: Element): ReadingBlock[] => {
  const blocks: ReadingBlock[] = []
  const visible = new Map<Element, boolean>()
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    const text = node.textContent ?? ''
    if (!parent || !text.trim() || parent.closest(SKIP)) continue
    if (!visible.has(parent)) visible.set(parent, isVisible(parent))
    if (!visible.get(parent)) continue
    const block = blockOf(parent, root)
    const last = blocks.at(-1)
    if (last?.element === block) {
      // Text nodes are separated by an element: a time and a title side by side, a <br> in an
      // address, a skipped icon. Without a space the voice would run "1" and "3021" together.
      const gap = /\s$/.test(last.text) || /^\s/.test(text) ? '' : ' '
      last.text += gap + text
    } else {
      blocks.push({ element: block, text })
    }
  }
  return blocks.map((b) => ({ element: b.element, text: b.text.replace(/\s+/g, ' ').trim() })).filter((b) => b.text)
}
