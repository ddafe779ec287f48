import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '@/api/http'
import { i18n } from '@/i18n'
import { session } from '@/session'
import type { SearchHit, SearchResults } from './api'

const search = vi.fn<(q: string, kind: string | null, page: number) => Promise<SearchResults>>()
vi.mock('./api', async (original) => ({ ...(await original<typeof import('./api')>()), searchApi: { search: (q: string, kind: string | null, page: number) => search(q, kind, page) } }))

const { default: SearchPage } = await import('./SearchPage.vue')

const P = '11111111-1111-1111-1111-111111111111'
const D = '22222222-2222-2222-2222-222222222222'
const hit = (kind: string, objectId: string, snippet = ''): SearchHit => ({
  kind, objectId, projectId: P, projectName: 'Gearbox Housing Line', title: objectId, highlightedTitle: objectId, snippet, score: 0, updatedAt: '2026-12-01T00:00:00Z',
})
const results = (hits: SearchHit[], facets: Record<string, number>, page = 0): SearchResults => ({
  query: '焊接', page, size: 20, total: Object.values(facets).reduce((a, b) => a + b, 0), facets, hits,
})

async function open(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/search', name: 'search', component: SearchPage },
    { path: '/documents/:documentId', name: 'document', component: { template: '<div />' } },
    { path: '/:rest(.*)*', component: { template: '<div />' } },
  ] })
  await router.push(path)
  const wrapper = mount(SearchPage, { global: { plugins: [router, i18n] } })
  await flushPromises()
  return { wrapper, router }
}

describe('the search results page', () => {
  beforeEach(() => {
    search.mockReset()
    i18n.global.locale.value = 'en'
    session.me = { id: 'u', username: 'pm', displayName: 'PM', language: null, timeZone: 'Asia/Shanghai', capabilities: [], tenant: { id: 't', name: 'T', timeZone: 'Asia/Shanghai' }, organisation: { id: 'o', name: 'O', kind: 'HOST' } }
  })

  it('groups the hits by kind with their counts, marks the words and links each hit', async () => {
    search.mockResolvedValue(results([hit('ticket', 't1'), hit('document', D, '本次<mark>焊接</mark>合格'), hit('page', 'g1')], { document: 3, 'work-item': 0, ticket: 1, page: 1 }))
    const { wrapper } = await open('/search?q=焊接')
    expect(search).toHaveBeenCalledWith('焊接', null, 0)
    const groups = wrapper.findAll('[data-test=search-group]')
    expect(groups.map((g) => g.attributes('data-kind'))).toEqual(['document', 'ticket', 'page'])
    expect(groups[0].find('[data-test=search-group-count]').text()).toBe('3')
    expect(groups[0].find('mark').text()).toBe('焊接')
    expect(groups[0].find('[data-test=search-hit-link]').attributes('href')).toBe(`/documents/${D}`)
    expect(groups[1].find('[data-test=search-hit-link]').attributes('href')).toBe('/tickets/t1')
    // pages have no screen: listed without a link
    expect(groups[2].find('[data-test=search-hit-link]').exists()).toBe(false)
    expect(groups[0].find('[data-test=search-show-all]').text()).toContain('3')
    expect(wrapper.findAll('[data-test=search-facet]').map((f) => f.attributes('data-kind'))).toEqual(['all', 'document', 'ticket', 'page'])
  })

  it('filters by kind through the address and loads more without repeating a hit', async () => {
    search.mockResolvedValueOnce(results([hit('document', 'd1')], { document: 2, ticket: 0 }))
    const { wrapper, router } = await open('/search?q=焊接')
    await wrapper.find('[data-test=search-facet][data-kind=document]').trigger('click')
    search.mockResolvedValueOnce({ ...results([hit('document', 'd1')], { document: 2, ticket: 0 }), total: 2 })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '焊接', kind: 'document' })
    expect(search).toHaveBeenLastCalledWith('焊接', 'document', 0)
    search.mockResolvedValueOnce({ ...results([hit('document', 'd1'), hit('document', 'd2')], { document: 2, ticket: 0 }, 1), total: 2 })
    await wrapper.find('[data-test=search-more]').trigger('click')
    await flushPromises()
    expect(search).toHaveBeenLastCalledWith('焊接', 'document', 1)
    expect(wrapper.findAll('[data-test=search-hit]').map((h) => h.attributes('data-id'))).toEqual(['d1', 'd2'])
    expect(wrapper.find('[data-test=search-more]').exists()).toBe(false)
  })

  it('says when nothing was found, and shows the server\'s message when the search failed', async () => {
    search.mockResolvedValueOnce(results([], { document: 0, ticket: 0 }))
    const { wrapper } = await open('/search?q=焊接工艺')
    expect(wrapper.find('[data-test=search-empty]').text()).toContain('Nothing found for “焊接工艺”')
    expect(wrapper.find('[data-test=search-facets]').exists()).toBe(false)

    search.mockRejectedValueOnce(new ApiError({ status: 400, title: 'Bad Request', detail: 'q must be at most 500 characters' }))
    const failed = await open('/search?q=x')
    expect(failed.wrapper.find('[data-test=search-error]').text()).toContain('q must be at most 500 characters')
  })

  it('asks nothing without a query', async () => {
    const { wrapper } = await open('/search')
    expect(search).not.toHaveBeenCalled()
    expect(wrapper.find('[data-test=search-prompt]').exists()).toBe(true)
  })
})
