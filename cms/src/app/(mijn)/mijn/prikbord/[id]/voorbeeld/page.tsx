import type { Metadata } from 'next'

import { PRIKBORD } from '../../../../../../mijn/writing/kinds'
import { PreviewWritingPage } from '../../../../../../mijn/writing/ui/WritingPages'
import '../../../schrijven.css'

export const metadata: Metadata = { title: 'Voorbeeld · Mijn buurt' }
export const dynamic = 'force-dynamic'

export default function Page({ params }: { params: Promise<{ id: string }> }) {
  return <PreviewWritingPage config={PRIKBORD} params={params} />
}
