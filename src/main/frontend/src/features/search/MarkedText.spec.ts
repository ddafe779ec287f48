import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MarkedText from './MarkedText.vue'

describe('MarkedText', () => {
  it('renders the marked words as <mark> and whatever else the server escaped as text', () => {
    const wrapper = mount(MarkedText, { props: { marked: '&lt;img src=x onerror=alert(1)&gt; 主题：<mark>焊接工艺</mark>。' } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['焊接工艺'])
    expect(wrapper.text()).toBe('<img src=x onerror=alert(1)> 主题：焊接工艺。')
  })
})
