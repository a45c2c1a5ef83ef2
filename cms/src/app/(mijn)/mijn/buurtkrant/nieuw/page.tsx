import type { Metadata } from 'next'

import { BUURTKRANT } from '../../../../../mijn/writing/kinds'
import { NewWritingPage } from '../../../../../mijn/writing/ui/WritingPages'
import '../../schrijven.css'

export const metadata: Metadata = { title: 'Schrijf voor de buurtkrant · Mijn buurt' }
export const dynamic = 'force-dynamic'

export default function Page() {
  return <NewWritingPage config={BUURTKRANT} />
}
