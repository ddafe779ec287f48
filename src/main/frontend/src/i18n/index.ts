import { createI18n } from 'vue-i18n'
import type { FeatureMessages, Language, Messages } from './messages'
import { LANGUAGES } from './messages'
import { useLanguage } from '@/api/http'
import { browserZone, dateTimeFormats, knownZone, readerZone } from './dates'

// every messages file under src (common + one per feature) is merged into one catalogue
const modules = import.meta.glob<{ default: FeatureMessages }>(['./common.ts', '../features/*/messages.ts'], { eager: true })

export function catalogue(): Record<Language, Messages> {
  const result: Record<Language, Messages> = { en: {}, 'zh-CN': {} }
  for (const module of Object.values(modules)) {
    for (const language of LANGUAGES) Object.assign(result[language], module.default[language])
  }
  return result
}

const STORAGE_KEY = 'crossflow.language'

/** The remembered choice, else the browser's first language we speak, else English. */
export function initialLanguage(stored: string | null = localStorage.getItem(STORAGE_KEY), browser: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language
  for (const tag of browser) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN'
    if (tag.toLowerCase().startsWith('en')) return 'en'
  }
  return 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLanguage(),
  fallbackLocale: 'en',
  messages: catalogue(),
  datetimeFormats: dateTimeFormats(browserZone()),
  missingWarn: false,
  fallbackWarn: false,
})

useLanguage(i18n.global.locale.value)
document.documentElement.lang = i18n.global.locale.value

export function setLanguage(language: Language): void {
  i18n.global.locale.value = language
  localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
  useLanguage(language)
}

/** Shows every instant in this zone from now on (the reader's, from its profile); unknown: the browser's. */
export function setTimeZone(zone: string | null | undefined): void {
  const chosen = knownZone(zone) ? zone : browserZone()
  readerZone.value = chosen
  const formats = dateTimeFormats(chosen)
  for (const language of LANGUAGES) i18n.global.setDateTimeFormat(language, formats[language])
}
