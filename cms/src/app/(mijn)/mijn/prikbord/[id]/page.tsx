import type { Metadata } from 'next'

import { PRIKBORD } from '../../../../../mijn/writing/kinds'
import { EditWritingPage } from '../../../../../mijn/writing/ui/WritingPages'
import '../../schrijven.css'

export const metadata: Metadata = { title: 'Je bericht op het prikbord · Mijn buurt' }
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ params, searchParams }: Props) {
  return <EditWritingPage config={PRIKBORD} params={params} searchParams={searchParams} />
}
