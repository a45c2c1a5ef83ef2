import React from 'react'

type Props = {
  id: string
  label: string
  hint?: string
  error?: string
  value?: string
  /** A large text field (textarea) of this many rows. */
  rows?: number
  type?: 'text' | 'date'
  autoComplete?: string
  min?: string
  max?: string
}

/** One labelled field with its hint and, after a check, what to do next to it (the error is read with the field). */
export const Field = ({ id, label, hint, error, value = '', rows, type = 'text', autoComplete, min, max }: Props) => {
  const describedBy = [hint && `${id}-hint`, error && `${id}-fout`].filter(Boolean).join(' ') || undefined
  const common = { id, name: id, defaultValue: value, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined } as const
  return (
    <div className={`field${error ? ' field--fout' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <p className="field-error" id={`${id}-fout`}>
          {error}
        </p>
      )}
      {rows ? <textarea {...common} rows={rows} /> : <input {...common} type={type} autoComplete={autoComplete ?? 'off'} min={min} max={max} />}
    </div>
  )
}
