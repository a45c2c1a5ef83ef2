export class SnapshotInvalidError extends Error {
  constructor(public readonly issues: unknown) {
    super('The snapshot does not match the shared schema; nothing was sent.')
  }
}
