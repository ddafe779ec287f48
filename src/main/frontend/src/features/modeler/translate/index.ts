import { ZH_CN } from './zh-CN'

const TABLES: Record<string, Record<string, string>> = { 'zh-CN': ZH_CN }

/** The translation bpmn-js calls for every text it shows: the designer's language, `{name}` placeholders filled. */
export function translator(language: string) {
  const table = TABLES[language] ?? {}
  return (template: string, replacements: Record<string, string> = {}): string =>
    (table[template] ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`)
}

/** A bpmn-js module replacing its built-in (English) `translate` service. */
export function translateModule(language: string) {
  return { translate: ['value', translator(language)] }
}
