/**
 * The "Grotere letters" setting: one attribute on <html>, remembered in localStorage.
 * Shared by the page (a tiny inline script in <head>), the toggle button and the CSP in _headers,
 * so the three can never disagree. No imports: Node (the hosting script) reads this file as well.
 */
export const TEXT_SIZE_STORAGE_KEY = 'wijk-tekstgrootte'
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size'
export const LARGE_TEXT = 'large'

/**
 * Runs in <head> before the body is parsed, so a resident who chose large text never sees a flash
 * of small text. An external or module script would run too late (module scripts are deferred) or
 * cost a blocking request on every page. localStorage throws when storage is blocked: then the
 * page simply keeps the normal size.
 */
export const TEXT_SIZE_BOOT_SCRIPT =
  `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)})===${JSON.stringify(LARGE_TEXT)})` +
  `document.documentElement.setAttribute(${JSON.stringify(TEXT_SIZE_ATTRIBUTE)},${JSON.stringify(LARGE_TEXT)})}catch(e){}`
