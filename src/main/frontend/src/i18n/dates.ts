// The one place that knows how dates and times read (docs/web.md, "Dates and time zones"):
// instants are shown in the reader's time zone (its own from the profile, else its tenant's; the
// browser's before anyone signed in), calendar days (a planned end, a milestone) as the day they
// are, whatever the zone. Every screen formats through vue-i18n's `d()` with these named formats.
import { ref } from 'vue'
import type { Language } from './messages'

/** The browser's own zone, the fallback before the profile is known. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

/** Whether this browser knows the zone (an IANA id such as Asia/Shanghai). */
export function knownZone(zone: string | null | undefined): zone is string {
  if (!zone) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The reader's zone; set from the profile when the session loads or the profile changes. */
export const readerZone = ref<string>(browserZone())

type Formats = Record<string, Intl.DateTimeFormatOptions>

/**
 * The named formats per language in a zone: `short` (date and time), `date` (the day of an instant
 * in the zone) and `day` (a calendar day given as {@link dayValue}: read in UTC, so it never shifts).
 */
export function dateTimeFormats(zone: string): Record<Language, Formats> {
  const date: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: zone }
  const day: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
  return {
    en: {
      short: { ...date, hour: '2-digit', minute: '2-digit' },
      date,
      day,
    },
    'zh-CN': {
      short: { ...date, hour: '2-digit', minute: '2-digit', hour12: false },
      date,
      day,
    },
  }
}

export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const partFormats = new Map<string, Intl.DateTimeFormat>()

/** What a clock on the wall in the zone shows at the instant. */
export function wallClock(at: Date, zone: string = readerZone.value): WallClock {
  let format = partFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    })
    partFormats.set(zone, format)
  }
  const parts: Record<string, number> = {}
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar day (YYYY-MM-DD) the instant falls on in the zone. */
export function dayIn(at: Date, zone: string = readerZone.value): string {
  const w = wallClock(at, zone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`
}

/** The calendar day `days` after an ISO day. */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d + days))
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`
}

/** A calendar day (YYYY-MM-DD, or the day part of a longer ISO text) as the value the `day` format reads. */
export function dayValue(isoDay: string): Date {
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

/** The zones a person picks from: this browser's list, with the current choice always in it. */
export function zoneChoices(current?: string | null): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  const all = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Tokyo', 'Asia/Singapore', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles']
  const list = all.includes('UTC') ? [...all] : ['UTC', ...all]
  if (current && !list.includes(current)) list.unshift(current)
  return list
}

/**
 * "Asia/Shanghai (UTC+08:00) · 中国标准时间": a zone with its offset now and, where the browser knows
 * one, its name in the reader's language, as a picker shows it.
 */
export function zoneLabel(zone: string, at: Date = new Date(), language?: string): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value
    const offset = !name || name === 'GMT' ? 'UTC' : name.replace('GMT', 'UTC')
    const label = `${zone} (${offset})`
    if (!language) return label
    const generic = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value
    // a zone the browser has no name for is called by its offset again ("GMT+08:00"): leave it out
    return generic && !/^(GMT|UTC)/.test(generic) ? `${label} · ${generic}` : label
  } catch {
    return zone
  }
}
