/**
 * A build failure with a message meant for editors (shown in the CMS admin and on /status).
 * `final` failures are not retried: waiting does not make a deleted wijk come back.
 */
export class BuildError extends Error {
  readonly final: boolean

  constructor(message: string, options: { final?: boolean } = {}) {
    super(message)
    this.name = 'BuildError'
    this.final = options.final ?? false
  }
}
