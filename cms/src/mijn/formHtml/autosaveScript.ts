/**
 * Keeps a concept while someone types (only with JavaScript; without it "Bewaar als concept" does the
 * same). Ten seconds after the last change the form is posted as a concept, without its photo (a photo
 * is only sent with a button). A new activity gets its address after the first save, so later saves
 * change that one. A save that is refused (a half-typed date) is simply tried again after the next
 * change; a line under the buttons says when it was last kept.
 */
export const AUTOSAVE_SCRIPT = `(() => {
  const form = document.querySelector('form[data-autosave]')
  if (!form || !window.fetch || !window.FormData) return
  const status = document.createElement('p')
  status.className = 'veld-hint'
  status.setAttribute('role', 'status')
  form.appendChild(status)
  let timer = 0
  let busy = false
  const save = async () => {
    if (busy) return
    busy = true
    const body = new FormData(form)
    body.delete('photo')
    body.set('actie', 'concept')
    try {
      const answer = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' })
      const saved = answer.ok && /\\/mijn\\/(activiteit\\/\\d+|organisatie)\\//.test(answer.url)
      if (saved) {
        const id = /\\/mijn\\/activiteit\\/(\\d+)\\//.exec(answer.url)
        if (id && /\\/nieuw\\/opslaan$/.test(form.action)) {
          form.action = '/mijn/activiteit/' + id[1] + '/opslaan'
          history.replaceState(null, '', '/mijn/activiteit/' + id[1] + '/')
        }
        const now = new Date()
        status.textContent = 'Automatisch bewaard als concept om ' + String(now.getHours()).padStart(2, '0') + ':' + String(now.getMinutes()).padStart(2, '0') + '.'
      }
    } catch (error) {
      // Offline or the server away: the next change tries again; the buttons still work.
    } finally {
      busy = false
    }
  }
  form.addEventListener('input', (event) => {
    if (event.target && event.target.type === 'file') return
    clearTimeout(timer)
    timer = setTimeout(save, 10000)
  })
  form.addEventListener('submit', () => clearTimeout(timer))
})()
`
