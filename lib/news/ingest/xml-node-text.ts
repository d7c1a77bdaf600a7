/** A value as xml2js (through rss-parser) hands it over: text, or an element object. */
export type XmlNode = string | number | boolean | null | undefined | XmlNode[] | { [key: string]: XmlNode };

/**
 * The text of an xml2js node. Attributes ("$") are skipped; an element's own
 * text ("_") comes before its children's (xml2js does not keep mixed-content
 * order, good enough for titles and names).
 */
export function xmlNodeText(node: XmlNode): string {
  if (node === null || node === undefined) return "";
  if (typeof node === "string") return node;
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (Array.isArray(node)) return node.map(xmlNodeText).join(" ");
  const own = typeof node._ === "string" ? node._ : "";
  const children = Object.entries(node)
    .filter(([key]) => key !== "$" && key !== "_")
    .map(([, value]) => xmlNodeText(value));
  return [own, ...children].join(" ");
}

/** An attribute of an xml2js element object, if it is one. */
export function xmlAttribute(node: XmlNode, name: string): string | undefined {
  if (!node || typeof node !== "object" || Array.isArray(node)) return undefined;
  const attributes = node.$;
  if (!attributes || typeof attributes !== "object" || Array.isArray(attributes)) return undefined;
  const value = attributes[name];
  return typeof value === "string" ? value : undefined;
}
