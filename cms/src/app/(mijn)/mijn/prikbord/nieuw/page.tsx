import type { Metadata } from 'next'

import { PRIKBORD } from '../../../../../mijn/writing/kinds'
import { NewWritingPage } from '../../../../../mijn/writing/ui/WritingPages'
import '../../schrijven.css'

export const metadata: Metadata = { title: 'Zet iets op het prikbord · Mijn buurt' }
export const dynamic = 'force-dynamic'

export default function Page() {
  return <NewWritingPage config={PRIKBORD} />
}
