import { describe, expect, it } from 'vitest'
import { stageKey } from './support'

describe('stageKey', () => {
  it('names each stage of a support request', () => {
    expect(stageKey('AWAITING_REQUESTER')).toBe('service.support.stage.AWAITING_REQUESTER')
    expect(stageKey('CLOSED')).toBe('service.support.stage.CLOSED')
  })

  it('reads an unknown stage as with the service desk', () => {
    expect(stageKey('SOMETHING_NEW')).toBe('service.support.stage.WITH_SERVICE_DESK')
  })
})
