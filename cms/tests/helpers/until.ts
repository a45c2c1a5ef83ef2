/** Resolves once `check` holds, polling every 50 ms; throws after `ms` (background jobs finish in their own time). */
export const until = async (check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> => {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('timed out')
}
