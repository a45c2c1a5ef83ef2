/**
 * /mijn/schrijven.js: keeps a concept on the server a few seconds after typing stops, with the same
 * POST handler as the "Bewaar als concept" button (asked for JSON), and says so in the form's
 * aria-live line ("Concept bewaard om 14:32"). Without it the button does the same; the photo is
 * only sent by a button. Plain ES2017, no dependencies.
 */
export const AUTOSAVE_SCRIPT = `(() => {
  const form = document.querySelector('form[data-autosave]')
  if (!form || !window.fetch || !window.FormData) return
  const status = form.querySelector('[data-autosave-status]')
  const say = (text) => { if (status) status.textContent = text }
  const WAIT_MS = 3000
  let timer = null
  let saving = false
  let again = false
  let lastSent = null

  const body = () => {
    const data = new FormData(form)
    data.delete('foto')
    data.set('actie', 'concept')
    return data
  }
  const fingerprint = (data) => JSON.stringify(Array.from(data.entries()))

  const save = async () => {
    timer = null
    if (saving) { again = true; return }
    const data = body()
    const print = fingerprint(data)
    if (print === lastSent) return
    saving = true
    try {
      const response = await fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', headers: { accept: 'application/json' } })
      const answer = response.headers.get('content-type')?.includes('application/json') ? await response.json() : null
      if (!response.ok || !answer || !answer.ok) throw new Error(String(response.status))
      lastSent = print
      let idField = form.querySelector('input[name="id"]')
      if (!idField) {
        idField = document.createElement('input')
        idField.type = 'hidden'
        idField.name = 'id'
        form.prepend(idField)
      }
      if (idField.value !== String(answer.id)) {
        idField.value = String(answer.id)
        const kind = form.getAttribute('data-autosave')
        if (/^[a-z]+$/.test(kind)) history.replaceState(null, '', '/mijn/' + kind + '/' + answer.id + '/')
      }
      say(answer.message)
    } catch (error) {
      say('Het concept is niet bewaard. Druk op de knop Bewaar als concept.')
    } finally {
      saving = false
      if (again) { again = false; schedule() }
    }
  }
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, WAIT_MS)
  }
  form.addEventListener('input', (event) => { if (event.target && event.target.name !== 'foto') schedule() })
  form.addEventListener('change', (event) => { if (event.target && event.target.type === 'radio') schedule() })
  form.addEventListener('submit', () => { if (timer) clearTimeout(timer) })
  lastSent = fingerprint(body())
})()
`
