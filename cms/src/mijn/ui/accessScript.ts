/**
 * The site's two reading aids, for Mijn buurt: "Grotere letters" and "Lees voor" (sites/src/components/
 * TextSizeToggle.astro and ReadAloud.astro). Same storage key and attribute as the site, so a resident
 * who chose large text there has it here too (one origin). The buttons stay hidden without JavaScript
 * (and "Lees voor" without speech synthesis); every form works without this script.
 * Served as /mijn/hulp.js (a file of our own origin, no inline code but the tiny boot line).
 */
const TEXT_SIZE_STORAGE_KEY = 'wijk-tekstgrootte'
const TEXT_SIZE_ATTRIBUTE = 'data-text-size'
const LARGE_TEXT = 'large'

/** In <head> before the body, so large text never flashes small (as the site's TEXT_SIZE_BOOT_SCRIPT). */
export const TEXT_SIZE_BOOT_SCRIPT =
  `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)})===${JSON.stringify(LARGE_TEXT)})` +
  `document.documentElement.setAttribute(${JSON.stringify(TEXT_SIZE_ATTRIBUTE)},${JSON.stringify(LARGE_TEXT)})}catch(e){}`

export const ACCESS_SCRIPT = `(() => {
  const KEY = ${JSON.stringify(TEXT_SIZE_STORAGE_KEY)}, ATTR = ${JSON.stringify(TEXT_SIZE_ATTRIBUTE)}, LARGE = ${JSON.stringify(LARGE_TEXT)};
  const root = document.documentElement;
  const bar = document.querySelector('[data-access-toolbar]');
  const size = document.querySelector('[data-text-size-toggle]');
  const reveal = (el) => { el.hidden = false; if (bar) bar.hidden = false; };
  if (size) {
    const apply = (large) => { if (large) root.setAttribute(ATTR, LARGE); else root.removeAttribute(ATTR); size.setAttribute('aria-pressed', String(large)); };
    apply(root.getAttribute(ATTR) === LARGE);
    size.addEventListener('click', () => {
      const large = size.getAttribute('aria-pressed') !== 'true';
      apply(large);
      try { if (large) localStorage.setItem(KEY, LARGE); else localStorage.removeItem(KEY); } catch (e) {}
    });
    reveal(size);
  }
  const button = document.querySelector('[data-read-aloud]');
  const stopButton = document.querySelector('[data-read-aloud-stop]');
  const label = button && button.querySelector('[data-read-aloud-label]');
  const main = document.querySelector('main');
  if (!button || !stopButton || !label || !main || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;
  const synth = window.speechSynthesis;
  synth.getVoices();
  const LABELS = { idle: 'Lees voor', reading: 'Pauze', paused: 'Verder lezen' };
  // Short pieces (Chrome stops an utterance after about 15 s), cut at sentence ends where possible.
  const split = (text) => {
    const clean = text.replace(/\\s+/g, ' ').trim();
    if (!clean) return [];
    const out = [];
    for (const sentence of clean.split(/(?<=[.!?…:])\\s+/)) {
      const last = out[out.length - 1];
      if (last !== undefined && last.length + 1 + sentence.length <= 200) out[out.length - 1] = last + ' ' + sentence;
      else for (let i = 0; i < sentence.length; i += 200) out.push(sentence.slice(i, i + 200));
    }
    return out;
  };
  const blocks = () => Array.from(main.querySelectorAll('h1,h2,h3,p,li,label,legend,dt,dd'))
    .filter((el) => !el.closest('[data-access-toolbar],[hidden],[aria-hidden="true"]') && !el.querySelector('p,li'))
    .map((el) => ({ el, text: el.innerText || el.textContent || '' }));
  let state = 'idle', pieces = [], index = 0, current;
  const show = (next) => {
    state = next; button.dataset.state = next; label.textContent = LABELS[next]; stopButton.hidden = next === 'idle';
    const old = document.querySelector('[data-reading]'); if (old) old.removeAttribute('data-reading');
    if (next !== 'idle' && pieces[index]) pieces[index].el.setAttribute('data-reading', '');
  };
  const finish = () => { current = undefined; index = 0; const had = document.activeElement === stopButton; show('idle'); if (had) button.focus(); };
  const speak = () => {
    const piece = pieces[index];
    if (!piece) return finish();
    const u = new SpeechSynthesisUtterance(piece.text);
    u.lang = 'nl-NL';
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('nl'));
    if (voice) u.voice = voice;
    u.addEventListener('end', () => { if (u !== current) return; index += 1; speak(); });
    u.addEventListener('error', (e) => { if (u !== current) return; if (e.error === 'interrupted' || e.error === 'canceled') pause(); else finish(); });
    current = u; show('reading'); piece.el.scrollIntoView({ block: 'nearest' }); synth.speak(u);
  };
  const pause = () => { current = undefined; synth.cancel(); show('paused'); };
  const stop = () => { current = undefined; synth.cancel(); finish(); };
  button.addEventListener('click', () => {
    if (state === 'reading') return pause();
    if (state === 'idle') { pieces = blocks().flatMap((b) => split(b.text).map((text) => ({ el: b.el, text }))); index = 0; synth.cancel(); }
    speak();
  });
  stopButton.addEventListener('click', stop);
  window.addEventListener('pagehide', () => { if (state !== 'idle') stop(); });
  reveal(button);
})();
`
