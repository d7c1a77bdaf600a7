import { createRequire } from "node:module";

/**
 * Parses XML with a real parser (sax, strict and namespace-aware; installed
 * with rss-parser) into a small tree the feed tests can query. Malformed XML
 * — an unescaped "&" or "<", a bad entity, mismatched tags — throws.
 */

export interface XmlTreeElement {
  /** Namespace URI ("" for none) and local name. */
  uri: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlTreeElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
}

// sax ships no type declarations: describe the part of its API used here.
interface SaxTag {
  uri: string;
  local: string;
  attributes: Record<string, { local: string; value: string; uri: string }>;
}
interface SaxParser {
  onopentag: (tag: SaxTag) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  onerror: (err: Error) => void;
  write(xml: string): SaxParser;
  close(): void;
}
interface SaxModule {
  parser(strict: boolean, opts: { xmlns: boolean }): SaxParser;
}

const sax = createRequire(import.meta.url)("sax") as SaxModule;

export function parseXmlTree(xml: string): XmlTreeElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlTreeElement[] = [];
  let root: XmlTreeElement | undefined;
  let failure: Error | undefined;
  parser.onerror = (err) => {
    failure ??= err;
  };
  parser.onopentag = (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      // Namespace declarations are not data.
      if (a.uri !== "http://www.w3.org/2000/xmlns/") attrs[a.local] = a.value;
    }
    const node: XmlTreeElement = { uri: tag.uri, local: tag.local, attrs, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error("no root element");
  return root;
}

export function childrenNamed(node: XmlTreeElement, local: string, uri = node.uri): XmlTreeElement[] {
  return node.children.filter((c) => c.local === local && c.uri === uri);
}

export function childText(node: XmlTreeElement, local: string): string | undefined {
  return childrenNamed(node, local)[0]?.text;
}

/** RFC 3339 date-time (the Atom Date construct), e.g. 2026-08-31T15:00:00Z or …+02:00. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
