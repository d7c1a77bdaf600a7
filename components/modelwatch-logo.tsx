/** The Modelwatch mark: an eye whose iris is an interval bar with its estimate. */
export function ModelwatchLogo({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#3b4fd8" />
      <path d="M5 16c3-5.2 6.8-7.8 11-7.8S24 10.8 27 16c-3 5.2-6.8 7.8-11 7.8S8 21.2 5 16Z" fill="#fff" />
      <rect x="10" y="14.4" width="12" height="3.2" rx="1.6" fill="#b9c2ff" />
      <circle cx="17.5" cy="16" r="3.4" fill="#141a23" />
    </svg>
  );
}
