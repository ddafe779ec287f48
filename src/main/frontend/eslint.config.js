import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

export default [
  { ignores: ['node_modules/**', 'dist/**', 'dev-dist/**', 'scripts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue', '**/*.ts'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module', extraFileExtensions: ['.vue'] },
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // TypeScript checks names; the rule only knows the globals listed above
      'no-undef': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/attribute-hyphenation': 'off',
      'vue/v-on-event-hyphenation': 'off',
      // one formatter per locale (docs/web.md, "Dates and time zones"): dates are formatted only in
      // src/i18n/dates.ts; screens call d(value, 'short' | 'date' | 'day') or useDates()
      'no-restricted-properties': ['error',
        { object: 'Intl', property: 'DateTimeFormat', message: 'Format dates with d() or useDates() (src/i18n/useDates.ts); only src/i18n/dates.ts builds date formats.' },
        { property: 'toLocaleDateString', message: 'Format dates with d() or useDates() (src/i18n/useDates.ts).' },
        { property: 'toLocaleTimeString', message: 'Format dates with d() or useDates() (src/i18n/useDates.ts).' },
        { property: 'toLocaleString', message: 'Format dates with d() or useDates(), numbers with n() (vue-i18n).' },
      ],
      'no-restricted-imports': ['error', {
        paths: ['dayjs', 'moment', 'date-fns', 'luxon'].map((name) => ({ name, message: 'Format dates with d() or useDates() (src/i18n/useDates.ts).' })),
        patterns: [{ group: ['dayjs/*', 'date-fns/*'], message: 'Format dates with d() or useDates() (src/i18n/useDates.ts).' }],
      }],
    },
  },
  // the one module that knows how dates read
  { files: ['src/i18n/dates.ts', 'src/i18n/dates.spec.ts'], rules: { 'no-restricted-properties': 'off' } },
]
