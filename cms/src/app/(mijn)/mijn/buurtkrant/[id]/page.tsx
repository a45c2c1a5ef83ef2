import type { Metadata } from 'next'

import { BUURTKRANT } from '../../../../../mijn/writing/kinds'
import { EditWritingPage } from '../../../../../mijn/writing/ui/WritingPages'
import '../../schrijven.css'

export const metadata: Metadata = { title: 'Je stuk voor de buurtkrant · Mijn buurt' }
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ params, searchParams }: Props) {
  return <EditWritingPage config={BUURTKRANT} params={params} searchParams={searchParams} />
}
