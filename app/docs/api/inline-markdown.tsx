import { Fragment, type ReactNode } from "react";

// The OpenAPI descriptions use a sliver of Markdown: `code`, **bold**, and
// "- " bullet lines. Rendering that sliver here keeps the docs page free of a
// Markdown dependency and of any raw HTML injection.

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*)/g;

export function InlineMarkdown({ text }: { text: string }): ReactNode {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

/** Paragraphs separated by blank lines; consecutive "- " lines become one list. */
export function BlockMarkdown({ text }: { text: string }): ReactNode {
  return text.split(/\n{2,}/).map((block, i) => {
    const lines = block.split("\n");
    if (lines.every((l) => l.startsWith("- "))) {
      return (
        <ul key={i}>
          {lines.map((l, j) => (
            <li key={j}>
              <InlineMarkdown text={l.slice(2)} />
            </li>
          ))}
        </ul>
      );
    }
    return (
      <p key={i}>
        <InlineMarkdown text={block} />
      </p>
    );
  });
}
