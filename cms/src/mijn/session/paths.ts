/** Where a signed-out visitor is sent (the sign-in page of the contract in the rules). */
export const SIGN_IN_PATH = '/mijn/inloggen/'
