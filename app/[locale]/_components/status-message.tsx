import { Link } from "@/i18n/navigation";

/** The body of the localized error pages (not found, forbidden): a heading, a line and a way back. */
export function StatusMessage({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p>{body}</p>
      <Link href="/articles" className="text-accent underline">
        {back}
      </Link>
    </div>
  );
}
