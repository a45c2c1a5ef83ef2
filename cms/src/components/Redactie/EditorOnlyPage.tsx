import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * The frame of the redactie's own admin pages (Privacy, Wachtrij): the admin's template with a title,
 * and for other roles a short notice instead of the content. Payload sends visitors who are not
 * logged in to the login page; the pages' endpoints refuse other roles anyway.
 */
export const EditorOnlyPage = ({
  initPageResult,
  params,
  searchParams,
  title,
  allowed,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { title: string; allowed: boolean; children: ReactNode }) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'var(--base) 0' }}>{title}</h1>
        {allowed ? children : <p>Deze pagina is alleen voor de redactie.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
