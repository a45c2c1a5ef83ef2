import React from 'react'

/**
 * The form's buttons. In the page's order "Bewaar als concept" comes first, so Enter in a field
 * keeps a concept and never submits; "Indienen", the large main button, is what submits.
 */
export const FormButtons = ({ noun }: { noun: string }) => (
  <div className="write-buttons">
    <p className="write-buttons__saved" data-autosave-status aria-live="polite" role="status" />
    <div className="write-buttons__row">
      <button type="submit" name="actie" value="concept" className="button button--quiet">
        Bewaar als concept
      </button>
      <button type="submit" name="actie" value="voorbeeld" className="button button--quiet">
        Bekijk voorbeeld
      </button>
    </div>
    <button type="submit" name="actie" value="indienen" className="button button--wide">
      Indienen
    </button>
    <p className="hint write-buttons__hint">Met Indienen gaat je {noun} naar de redactie. Die kijkt ernaar en je krijgt een e-mail.</p>
  </div>
)
