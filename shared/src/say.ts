/**
 * The console voice of the command-line tools and the builder: `sayer('[builder]')('luistert op …')`
 * prints "[builder] luistert op …", the prefix in bold when stdout is a terminal and plain otherwise
 * (logs, test output).
 */
export const sayer = (prefix: string) => {
  const shown = process.stdout.isTTY ? `\x1b[1m${prefix}\x1b[0m` : prefix
  return (message: string) => console.log(`${shown} ${message}`)
}
