const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text made safe to put between tags and inside a quoted attribute (either quote): the five
 * characters HTML gives a meaning, each as its character reference. Used by every page, answer and
 * mail the CMS, the site and the builder write as a string.
 */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
