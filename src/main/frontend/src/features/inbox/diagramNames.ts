/** The model with every named element's name in the reader's language (the server resolved them). */
export function localizedXml(xml: string, names: Record<string, string>): string {
  if (!names || Object.keys(names).length === 0) return xml
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) return xml
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const id = element.getAttribute('id')
    if (id && names[id] && element.hasAttribute('name')) element.setAttribute('name', names[id])
  }
  return new XMLSerializer().serializeToString(doc)
}
