/**
 * Payload's Dutch login errors in plain words (B1, "je"), for residents who log in for the first
 * time. Payload answers in Dutch unless the browser asks for English.
 */
export const authTranslations = {
  nl: {
    error: {
      unverifiedEmail: 'Je hebt je e-mailadres nog niet bevestigd. Klik eerst op de link in de mail die we je stuurden.',
      emailOrPasswordIncorrect: 'Dit e-mailadres of wachtwoord klopt niet.',
      tokenInvalidOrExpired: 'Deze link werkt niet meer. Vraag een nieuwe aan.',
    },
  },
}
