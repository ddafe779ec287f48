// Prints the bundle figures after `vite build` and fails the build when a budget is broken:
// the JavaScript a signed-in user's first screen (the inbox) needs, gzipped, at most 400 KB;
// no chunk over 2 MiB. Reads Vite's manifest, so the figures follow the real import graph.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const out = new URL('../../../../target/classes/static/', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'))
const FIRST_SCREEN_LIMIT = 400 * 1024
const CHUNK_LIMIT = 2 * 1024 * 1024

const gzipped = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length

// the entry plus every chunk it imports statically, plus what the first screen's route loads
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    closure(manifest[key].imports ?? [], seen)
  }
  return seen
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
const firstScreen = ['src/features/shell/AppLayout.vue', 'src/features/inbox/InboxPage.vue'].filter((k) => manifest[k])
const keys = closure([entry, ...firstScreen])
const firstScreenBytes = [...keys].reduce((sum, k) => sum + gzipped(manifest[k].file), 0)

const chunks = Object.values(manifest)
  .map((c) => c.file)
  .filter((f, i, all) => f.endsWith('.js') && all.indexOf(f) === i)
  .map((f) => ({ file: f, bytes: statSync(join(out, f)).size }))
  .sort((a, b) => b.bytes - a.bytes)
const largest = chunks[0]

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`[bundle] first screen after sign-in (entry + layout + inbox, gzipped JS): ${kb(firstScreenBytes)} (budget ${kb(FIRST_SCREEN_LIMIT)})`)
console.log(`[bundle] largest chunk: ${largest.file} ${kb(largest.bytes)} raw, ${kb(gzipped(largest.file))} gzipped (budget ${kb(CHUNK_LIMIT)} raw)`)
console.log(`[bundle] ${chunks.length} JS chunks, ${kb(chunks.reduce((s, c) => s + c.bytes, 0))} raw in total`)

let failed = false
if (firstScreenBytes > FIRST_SCREEN_LIMIT) {
  console.error(`[bundle] FAILED: the first screen needs ${kb(firstScreenBytes)} of gzipped JavaScript`)
  failed = true
}
for (const c of chunks.filter((c) => c.bytes > CHUNK_LIMIT)) {
  console.error(`[bundle] FAILED: ${c.file} is ${kb(c.bytes)}, over 2 MiB`)
  failed = true
}
process.exit(failed ? 1 : 0)
