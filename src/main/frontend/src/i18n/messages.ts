/** The shape every feature's messages file exports: the same keys in both languages. */
export type Messages = { [key: string]: string | Messages }

export interface FeatureMessages {
  en: Messages
  'zh-CN': Messages
}

export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
