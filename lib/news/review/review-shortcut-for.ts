// The review queue's keyboard shortcuts, as a pure mapping from a key press
// to an action, so the rules (no modifiers, never while typing) are tested.

export type ReviewShortcut = "next" | "previous" | "relevant" | "dismiss" | "claim" | "select";

export const REVIEW_SHORTCUTS: readonly { key: string; action: ReviewShortcut; label: string }[] = [
  { key: "j", action: "next", label: "next item" },
  { key: "k", action: "previous", label: "previous item" },
  { key: "r", action: "relevant", label: "relevant" },
  { key: "d", action: "dismiss", label: "dismiss" },
  { key: "c", action: "claim", label: "create claim" },
  { key: "x", action: "select", label: "select" },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element's tag name (upper case, as the DOM gives it). */
  targetTag: string;
  targetEditable: boolean;
}

/** Controls in which letters are typed (or chosen): a shortcut there would eat the keystroke. */
const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

export function reviewShortcutFor(press: KeyPress): ReviewShortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.targetEditable || TYPING_TAGS.has(press.targetTag)) return null;
  return REVIEW_SHORTCUTS.find((s) => s.key === press.key)?.action ?? null;
}
