/** Serialises JSON-LD for a <script> tag; "<" is escaped so no content can close the tag. */
export const jsonLdScript = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c')

export type Crumb = { name: string; path: string }

export const breadcrumbList = (crumbs: Crumb[], site: URL | string | undefined) => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: crumb.name,
    item: new URL(crumb.path, site).toString(),
  })),
})
