import { describe, expect, it } from 'vitest'
import { plain, segments, unescapeHtml } from './highlight'

describe('highlighted search text', () => {
  it('cuts a Chinese snippet at the markers', () => {
    expect(segments('本次质检报告显示<mark>焊接工艺</mark>合格')).toEqual([
      { text: '本次质检报告显示', hit: false },
      { text: '焊接工艺', hit: true },
      { text: '合格', hit: false },
    ])
  })

  it('marks several English words and keeps the text between them', () => {
    expect(segments('…the <mark>housings</mark> were <mark>welded</mark>')).toEqual([
      { text: '…the ', hit: false },
      { text: 'housings', hit: true },
      { text: ' were ', hit: false },
      { text: 'welded', hit: true },
    ])
  })

  it('decodes the escapes into text and never turns them into markup', () => {
    const parts = segments('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>&lt;b&gt;</mark>')
    expect(parts).toEqual([
      { text: "<script>alert('x')</script> & ", hit: false },
      { text: '<b>', hit: true },
    ])
  })

  it('reads an escaped marker as text, not as a marker', () => {
    expect(segments('&lt;mark&gt;no&lt;/mark&gt;')).toEqual([{ text: '<mark>no</mark>', hit: false }])
  })

  it('decodes numeric references and leaves unknown ones alone', () => {
    expect(unescapeHtml('&#x710a;&#25509; &quot;a&quot; &bogus; &#0;')).toBe('焊接 "a" &bogus; &#0;')
  })

  it('joins touching marks and survives a marker left open or nothing at all', () => {
    expect(segments('<mark>质检</mark><mark>报告</mark>')).toEqual([{ text: '质检报告', hit: true }])
    expect(segments('a<mark>b')).toEqual([{ text: 'a', hit: false }, { text: 'b', hit: true }])
    expect(segments('')).toEqual([])
    expect(segments(null)).toEqual([])
  })

  it('gives the text without markers', () => {
    expect(plain('质检报告 <mark>2024</mark>-05 &amp; more')).toBe('质检报告 2024-05 & more')
  })
})
