import sharp from 'sharp'

/** Escapes text for use inside SVG markup. */
const xml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^[A-ZÀ-Ý]/.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join('') || name.slice(0, 2).toUpperCase()

/** A square logo with the organisation's initials: demo data needs pictures without a network. */
export const logoPng = (name: string, background: string, foreground = '#FFFFFF') =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" rx="48" fill="${background}"/>` +
        `<text x="200" y="250" font-family="DejaVu Sans, sans-serif" font-size="150" font-weight="bold" fill="${foreground}" text-anchor="middle">${xml(initials(name))}</text></svg>`,
    ),
  )
    .png()
    .toBuffer()

/** A friendly portrait placeholder: a head-and-shoulders silhouette on a warm background. */
export const portraitPng = (background: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="${background}"/>` +
        `<circle cx="300" cy="230" r="110" fill="#FFF5E6"/><ellipse cx="300" cy="560" rx="210" ry="170" fill="#FFF5E6"/></svg>`,
    ),
  )
    .png()
    .toBuffer()

/** A wide banner for articles and events. */
export const bannerPng = (title: string, background: string, accent: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${background}"/>` +
        `<circle cx="1350" cy="180" r="260" fill="${accent}" opacity="0.85"/><circle cx="180" cy="820" r="200" fill="${accent}" opacity="0.5"/>` +
        `<text x="120" y="500" font-family="DejaVu Sans, sans-serif" font-size="84" font-weight="bold" fill="#FFFFFF">${xml(title.slice(0, 30))}</text></svg>`,
    ),
  )
    .jpeg({ quality: 80 })
    .toBuffer()
