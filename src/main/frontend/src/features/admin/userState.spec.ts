import { describe, expect, it } from 'vitest'
import { accountLine, userState } from './userState'

describe('an account as the admin and partner managers see it', () => {
  it('tells an invitee from someone who was deactivated', () => {
    expect(userState({ active: true, deactivatedAt: null })).toBe('active')
    expect(userState({ active: false, deactivatedAt: '2026-12-03T10:00:00Z' })).toBe('inactive')
    expect(userState({ active: false, deactivatedAt: null })).toBe('invited')
  })

  it('names an invitee, whose user name is its address, once', () => {
    expect(accountLine({ username: 'li.wei@hd.cn', email: 'li.wei@hd.cn' })).toBe('li.wei@hd.cn')
    expect(accountLine({ username: 'pm', email: 'pm@demo.example' })).toBe('pm · pm@demo.example')
    expect(accountLine({ username: 'svc', email: null })).toBe('svc')
  })
})
