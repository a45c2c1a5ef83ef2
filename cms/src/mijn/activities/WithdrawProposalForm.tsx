import React from 'react'

/**
 * "Trek mijn voorstel in": a plain form (no JavaScript) under a resident's own unpublished proposal.
 * Deleting cannot be undone, so the resident ticks "Ja, ik weet het zeker" first (WCAG 3.3.4).
 */
export const WithdrawProposalForm = ({ id }: { id: number }) => (
  <form className="mijn-formulier" method="post" action={`/mijn/activiteit/${id}/intrekken`}>
    <fieldset className="veld-groep">
      <legend>Gaat het toch niet door?</legend>
      <p className="veld-hint" id="intrekken-uitleg">
        Trek je voorstel in. Het wordt weggehaald en de redactie kijkt er niet meer naar. Dat kun je niet terugdraaien.
      </p>
      <div className="keuze">
        <input type="checkbox" id="zeker" name="zeker" value="ja" aria-describedby="intrekken-uitleg" />
        <label htmlFor="zeker">Ja, ik weet het zeker</label>
      </div>
      <div className="knoppen">
        <button type="submit" className="knop knop-tweede">
          Trek mijn voorstel in
        </button>
      </div>
    </fieldset>
  </form>
)
