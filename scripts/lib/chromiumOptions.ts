/**
 * Launch options for Debian's Chromium driven by playwright-core (Playwright's own browser download is
 * not available on these machines). The background-networking flags stop it calling home on a closed network.
 */
export const chromiumOptions = () => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
})
