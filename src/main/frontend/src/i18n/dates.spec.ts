import { describe, expect, it } from 'vitest'
import { addDays, dateTimeFormats, dayIn, dayValue, knownZone, wallClock, zoneLabel } from './dates'
import { dueBefore, dueDisplay, isDueToday, isOverdue } from '@/features/inbox/filters'

// a task due on 2026-12-08 in Shanghai is due until that day ends there: 16:00Z on the 8th
const DUE = '2026-12-08T16:00:00Z'
const at = (iso: string) => new Date(iso)

describe('days of a time zone', () => {
  it('names the day an instant falls on in the zone', () => {
    expect(dayIn(at('2026-12-07T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-12-07')
    expect(dayIn(at('2026-12-07T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-08')
    expect(dayIn(at('2026-12-07T16:00:00Z'), 'Europe/Berlin')).toBe('2026-12-07')
    expect(wallClock(at(DUE), 'Europe/Berlin')).toMatchObject({ day: 8, hour: 17, minute: 0 })
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03')
  })

  it('knows IANA zones and refuses what is none', () => {
    expect(knownZone('Asia/Shanghai')).toBe(true)
    expect(knownZone('Mars/Olympus')).toBe(false)
    expect(knownZone(null)).toBe(false)
    expect(zoneLabel('Asia/Shanghai', at(DUE))).toBe('Asia/Shanghai (UTC+08:00)')
    expect(zoneLabel('Asia/Shanghai', at(DUE), 'zh-CN')).toMatch(/^Asia\/Shanghai \(UTC\+08:00\) · .*中国/)
  })

  it('formats instants in the zone and calendar days as they are', () => {
    const f = dateTimeFormats('Europe/Berlin')
    const berlin = new Intl.DateTimeFormat('en', f.en.short).format(at(DUE))
    expect(berlin).toContain('Dec 8, 2026')
    expect(berlin).toContain('05:00')
    const shanghai = new Intl.DateTimeFormat('zh-CN', dateTimeFormats('Asia/Shanghai')['zh-CN'].short).format(at('2026-12-08T15:59:00Z'))
    expect(shanghai).toContain('23:59')
    // a planned end of 2026-12-08 is the 8th for every reader
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      expect(new Intl.DateTimeFormat('en', dateTimeFormats(zone).en.day).format(dayValue('2026-12-08'))).toBe('Dec 8, 2026')
    }
  })
})

describe('due today and overdue across the Shanghai day boundary', () => {
  it('is due today for a Shanghai reader from its midnight until the day ends there', () => {
    const zone = 'Asia/Shanghai'
    expect(isDueToday(DUE, at('2026-12-07T15:59:00Z'), zone)).toBe(false)
    expect(isDueToday(DUE, at('2026-12-07T16:00:00Z'), zone)).toBe(true)
    expect(isDueToday(DUE, at('2026-12-08T15:59:00Z'), zone)).toBe(true)
    expect(isOverdue(DUE, at('2026-12-08T15:59:00Z'))).toBe(false)
    expect(isOverdue(DUE, at('2026-12-08T16:00:00Z'))).toBe(true)
    expect(isDueToday(DUE, at('2026-12-08T16:00:00Z'), zone)).toBe(false)
    expect(dueBefore('today', '', at('2026-12-07T16:00:00Z'), zone)).toBe('2026-12-08')
  })

  it('has a Berlin reader see the same moment at its own time', () => {
    const zone = 'Europe/Berlin'
    expect(isDueToday(DUE, at('2026-12-07T16:00:00Z'), zone)).toBe(false)
    expect(isDueToday(DUE, at('2026-12-07T23:00:00Z'), zone)).toBe(true)
    expect(dueDisplay(DUE, zone)).toEqual({ at: at(DUE), allDay: false })
    const shanghai = dueDisplay(DUE, 'Asia/Shanghai')
    expect(shanghai.allDay).toBe(true)
    expect(dayIn(shanghai.at, 'Asia/Shanghai')).toBe('2026-12-08')
  })
})
