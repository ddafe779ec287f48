// What a screen calls to show a date: the named formats of ./dates.ts through vue-i18n's d(), and
// nothing else (the lint rule in eslint.config.js refuses other ways of formatting dates).
import { useI18n } from 'vue-i18n'
import { dayValue } from './dates'

export interface Dates {
  /** A calendar day (YYYY-MM-DD: a planned end, a milestone) as that day for everyone; `empty` when missing. */
  day: (iso: string | null | undefined, empty?: string) => string
  /** The day of an instant in the reader's zone. */
  date: (at: string | Date | null | undefined, empty?: string) => string
  /** An instant with its time, in the reader's zone. */
  when: (at: string | Date | null | undefined, empty?: string) => string
  /** A calendar day or an instant, whichever the value is (a day has no time part). */
  dayOrDate: (value: string | null | undefined, empty?: string) => string
}

export function useDates(): Dates {
  const { d } = useI18n()
  const instant = (at: string | Date) => (at instanceof Date ? at : new Date(at))
  return {
    day: (iso, empty = '') => (iso ? d(dayValue(iso), 'day') : empty),
    date: (at, empty = '') => (at ? d(instant(at), 'date') : empty),
    when: (at, empty = '') => (at ? d(instant(at), 'short') : empty),
    dayOrDate: (value, empty = '') => (!value ? empty : value.length === 10 ? d(dayValue(value), 'day') : d(new Date(value), 'date')),
  }
}
