import type { WallTime } from './amsterdamTime'

/**
 * "Floating" time: a local wall-clock reading stored in a Date as if it were
 * UTC. rrule does its calendar arithmetic in UTC, so feeding it floating dates
 * makes every occurrence keep its local clock time regardless of DST.
 */
export function wallToFloating(wall: WallTime): Date {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second))
}

export function floatingToWall(floating: Date): WallTime {
  return {
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
  }
}

/** The local calendar date of a floating Date, as "YYYY-MM-DD". */
export function floatingDateKey(floating: Date): string {
  return floating.toISOString().slice(0, 10)
}
