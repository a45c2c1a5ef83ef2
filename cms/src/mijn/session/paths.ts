/** The addresses of Mijn buurt that code links or redirects to (the contract in the rules). */
export const SIGN_IN_PATH = '/mijn/inloggen/'
export const SIGN_IN_LINK_PATH = '/mijn/inloggen/link/'
export const OVERVIEW_PATH = '/mijn/'
