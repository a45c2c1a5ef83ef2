import { addAmsterdamDays, amsterdamDateKey } from '@wijk/shared/time'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Article, Media, Post } from '../../../payload-types'
import { editorialState, stateInWords } from '../../overview/stateInWords'
import type { ArticleValues } from '../../articles/articleForm'
import { POST_MAX_DAYS, type PostValues } from '../../posts/postForm'
import { requireMijnSession } from '../../session/requireMijnSession'
import { Notice } from '../../ui/Notice'
import { findOwn, type OwnDoc, photoOf } from '../findOwn'
import { EDITABLE_STATES, WITHDRAWABLE_STATES } from '../intent'
import { type AnyMijnKind as MijnKind, formLogicOf } from '../kinds'
import { photoErrorOf, type PhotoError } from '../../photos/photo'
import { checkForSubmit } from '../saveWriting'
import { ArticleForm } from './ArticleForm'
import { ArticlePreview } from './ArticlePreview'
import { ErrorSummary } from './ErrorSummary'
import { formatClock } from './formatDate'
import { PostForm } from './PostForm'
import { PostPreview } from './PostPreview'

type Search = Promise<Record<string, string | string[] | undefined>>
type Params = Promise<{ id: string }>

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const dateLimits = () => ({
  minDate: amsterdamDateKey(addAmsterdamDays(new Date(), 1)),
  maxDate: amsterdamDateKey(addAmsterdamDays(new Date(), POST_MAX_DAYS)),
})

const AutosaveScript = () => <script src="/mijn/schrijven.js" defer />

const Form = ({
  config,
  id,
  values,
  photo,
  errors,
}: {
  config: MijnKind
  id?: number
  values: unknown
  photo: Media | null
  errors: Record<string, string>
}) =>
  config.slug === 'buurtkrant' ? (
    <ArticleForm id={id} values={values as ArticleValues} photo={photo} errors={errors} />
  ) : (
    <PostForm id={id} values={values as PostValues} photo={photo} errors={errors} {...dateLimits()} />
  )

const TITLES = {
  buurtkrant: { new: 'Schrijf voor de buurtkrant', edit: 'Je stuk voor de buurtkrant' },
  prikbord: { new: 'Zet iets op het prikbord', edit: 'Je bericht op het prikbord' },
} as const

/** `/mijn/<kind>/nieuw/`: an empty form. */
export const NewWritingPage = async ({ config }: { config: MijnKind }) => {
  const { user } = await requireMijnSession(await headers())
  const titles = TITLES[config.slug]
  if (!config.mayWrite(user)) {
    return (
      <>
        <h1>{titles.new}</h1>
        <Notice kind="error" lines={[config.notAllowed]} />
        <p>
          <a href="/mijn/">Terug naar Mijn buurt</a>
        </p>
      </>
    )
  }
  return (
    <>
      <p className="crumb">
        <a href="/mijn/">Mijn buurt</a>
      </p>
      <h1>{titles.new}</h1>
      <p className="lead">
        {config.slug === 'buurtkrant'
          ? 'Vertel de buurt je verhaal. De redactie leest het voordat het in de buurtkrant komt.'
          : 'Zoek je iets of iemand? Of wil je iets geven of doen voor een buur? De redactie kijkt ernaar voordat het op het prikbord komt.'}
      </p>
      <p className="hint-block">Je {config.noun} wordt onderweg als concept bewaard. Pas met de knop Indienen gaat het naar de redactie.</p>
      <Form config={config} values={config.emptyValues(user)} photo={null} errors={{}} />
      <AutosaveScript />
    </>
  )
}

const stateOf = (doc: OwnDoc) => editorialState(doc.editorialStatus)

/** The notes at the top after a redirect (what just happened), in words. */
const notesFor = (doc: OwnDoc, search: Record<string, string | string[] | undefined>, noun: string): string[] => {
  const notes: string[] = []
  if (one(search.bewaard)) notes.push(`Concept bewaard om ${formatClock(doc.updatedAt)}.`)
  if (one(search.ingediend)) notes.push(`Ingediend. Je ${noun} wacht nu op de redactie. Je krijgt een e-mail als de redactie ernaar gekeken heeft.`)
  if (one(search.ingetrokken)) notes.push(`Ingetrokken. De redactie kijkt er niet meer naar. Je kunt je ${noun} nog aanpassen en opnieuw indienen.`)
  if (one(search.gesloten)) notes.push('Gesloten. Je bericht gaat bij de volgende bijwerking van de site van het prikbord.')
  return notes
}

/** The state in words, with the redactie's question or reason when there is one. */
const StateLine = ({ doc }: { doc: OwnDoc }) => {
  const state = stateOf(doc)
  if (state === 'changes-requested') {
    return (
      <div className="notice notice--vraag" role="note">
        <p>
          <strong>De redactie vraagt:</strong> {doc.editorComment?.trim() || 'pas je stuk nog wat aan.'}
        </p>
        <p>Pas het hieronder aan en druk op Indienen.</p>
      </div>
    )
  }
  const closed = (doc as Post).closed ? ' (gesloten)' : ''
  return (
    <p className="state" data-state={state}>
      Status: <strong>{stateInWords(state, { rejectionReason: doc.rejectionReason })}</strong>
      {closed}
    </p>
  )
}

const ActionForm = ({ config, id, actie, label, hint }: { config: MijnKind; id: number; actie: string; label: string; hint: string }) => (
  <form method="post" action={`/mijn/${config.slug}/opslaan`} className="side-action">
    <input type="hidden" name="id" value={String(id)} />
    <p className="hint">{hint}</p>
    <button type="submit" name="actie" value={actie} className="button button--quiet">
      {label}
    </button>
  </form>
)

const loadOwn = async (config: MijnKind, params: Params) => {
  const session = await requireMijnSession(await headers())
  const doc = await findOwn(session, config.collection, (await params).id)
  if (!doc) notFound()
  return { session, doc }
}

const errorsFrom = (config: MijnKind, doc: OwnDoc, search: Record<string, string | string[] | undefined>) => {
  const errors = one(search.controle) ? checkForSubmit(formLogicOf(config), doc) : {}
  const photo = one(search.foto)
  const message = photoErrorOf(photo)
  if (message) errors[(photo as PhotoError) === 'alt' ? 'photoAlt' : 'photo'] = message
  return errors
}

/** `/mijn/<kind>/<id>/`: the resident's own piece: the form while they may change it, else its state and what they can still do. */
export const EditWritingPage = async ({ config, params, searchParams }: { config: MijnKind; params: Params; searchParams: Search }) => {
  const { doc } = await loadOwn(config, params)
  const search = await searchParams
  const state = stateOf(doc)
  const photo = photoOf(doc)
  const values = config.kind.fromDoc(doc as never, photo?.alt ?? '')
  const notes = notesFor(doc, search, config.noun)
  const errors = errorsFrom(config, doc, search)
  const editable = EDITABLE_STATES.has(state)
  return (
    <>
      <p className="crumb">
        <a href="/mijn/">Mijn buurt</a>
      </p>
      <h1>{TITLES[config.slug].edit}</h1>
      {notes.length > 0 && <Notice kind="ok" lines={notes} />}
      <StateLine doc={doc} />
      <ErrorSummary errors={errors} intro={one(search.controle) ? `Je ${config.noun} is bewaard, maar nog niet ingediend. Nog even dit:` : 'Let op:'} />
      {editable ? (
        <>
          <Form config={config} id={doc.id} values={values} photo={photo} errors={errors} />
          <AutosaveScript />
        </>
      ) : (
        <>
          <p>
            <a className="button button--quiet" href={`/mijn/${config.slug}/${doc.id}/voorbeeld/`}>
              Bekijk hoe het eruitziet
            </a>
          </p>
          {state === 'submitted' && <p>Wil je nog iets veranderen? Trek je {config.noun} dan eerst in. Daarna kun je het aanpassen en opnieuw indienen.</p>}
        </>
      )}
      {WITHDRAWABLE_STATES.has(state) && (
        <ActionForm
          config={config}
          id={doc.id}
          actie="intrekken"
          label={`Trek mijn ${config.noun} in`}
          hint={`Wil je niet meer dat dit geplaatst wordt? Trek het in. De redactie kijkt er dan niet meer naar.`}
        />
      )}
      {config.slug === 'prikbord' && state === 'published' && !(doc as Post).closed && (
        <ActionForm
          config={config}
          id={doc.id}
          actie="sluiten"
          label="Sluit mijn oproep"
          hint="Heb je gevonden wat je zocht, of is je aanbod weg? Sluit je oproep, dan gaat hij van het prikbord."
        />
      )}
    </>
  )
}

/** `/mijn/<kind>/<id>/voorbeeld/`: how it will look on the site, with the way on. */
export const PreviewWritingPage = async ({ config, params }: { config: MijnKind; params: Params }) => {
  const { doc } = await loadOwn(config, params)
  const state = stateOf(doc)
  const photo = photoOf(doc)
  const values = config.kind.fromDoc(doc as never, photo?.alt ?? '')
  const date = (doc as Article).publishedAt ?? new Date().toISOString()
  const editable = EDITABLE_STATES.has(state)
  return (
    <>
      <p className="crumb">
        <a href="/mijn/">Mijn buurt</a> <span aria-hidden="true">›</span> <a href={`/mijn/${config.slug}/${doc.id}/`}>{TITLES[config.slug].edit}</a>
      </p>
      <h1>Voorbeeld</h1>
      <p className="lead">Zo ziet je {config.noun} eruit als de redactie het plaatst. Alleen jij ziet dit voorbeeld.</p>
      <StateLine doc={doc} />
      {config.slug === 'buurtkrant' ? (
        <ArticlePreview values={values as ArticleValues} photo={photo} date={date} />
      ) : (
        <PostPreview values={values as PostValues} photo={photo} date={date} expiresAt={(doc as Post).expiresAt} />
      )}
      {editable && (
        <div className="preview-actions">
          <form method="post" action={`/mijn/${config.slug}/opslaan`}>
            <input type="hidden" name="id" value={String(doc.id)} />
            <input type="hidden" name="bewaard" value="1" />
            <button type="submit" name="actie" value="indienen" className="button button--wide">
              Indienen
            </button>
          </form>
          <p>
            <a className="button button--quiet" href={`/mijn/${config.slug}/${doc.id}/`}>
              Verder schrijven
            </a>
          </p>
        </div>
      )}
    </>
  )
}
