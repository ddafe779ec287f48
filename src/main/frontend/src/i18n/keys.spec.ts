import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogue, initialLanguage } from './index'
import type { Messages } from './messages'

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  )
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : []
  })
}

describe('the message catalogue', () => {
  const all = catalogue()
  const en = new Set(keys(all.en))
  const zh = new Set(keys(all['zh-CN']))

  it('has every key in both languages', () => {
    expect([...en].filter((k) => !zh.has(k)), 'missing in zh-CN').toEqual([])
    expect([...zh].filter((k) => !en.has(k)), 'missing in en').toEqual([])
  })

  it('has a message for every key the code uses', () => {
    const used = new Set<string>()
    // t('a.b'), $t("a.b"), i18n-t keypath="a.b" — literal keys only; dynamic ones are listed in messages
    const pattern = /(?:\bt|\$t|\bte)\(\s*['"`]([\w.-]+)['"`]|keypath="([\w.-]+)"/g
    for (const file of sources(join(import.meta.dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) used.add(match[1] ?? match[2])
    }
    expect(used.size).toBeGreaterThan(10)
    expect([...used].filter((k) => !en.has(k)).sort(), 'used but not defined').toEqual([])
  })

  it('has no empty message', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const empty = keys(all[language]).filter((k) => {
        const value = k.split('.').reduce<unknown>((m, part) => (m as Messages)[part], all[language])
        return typeof value !== 'string' || value.trim() === ''
      })
      expect(empty, language).toEqual([])
    }
  })
})

describe('initialLanguage', () => {
  it('prefers the remembered choice, then the browser', () => {
    expect(initialLanguage('en', ['zh-CN'])).toBe('en')
    expect(initialLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(initialLanguage(null, ['de-DE', 'en-GB'])).toBe('en')
    expect(initialLanguage(null, ['fr'])).toBe('en')
  })
})
