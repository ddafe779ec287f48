import { describe, expect, it } from 'vitest'
import { groupedSecret } from './twoFactorApi'

describe('the enrolment secret', () => {
  it('is shown in groups of four for typing by hand', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')
    expect(groupedSecret('ABCDEF')).toBe('ABCD EF')
  })
})
