/** A grey placeholder the size of content still loading; screen readers hear the region's busy state instead. */
export function Skeleton({ className = "" }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`block animate-pulse rounded bg-sunken motion-reduce:animate-none ${className}`}
    />
  );
}
