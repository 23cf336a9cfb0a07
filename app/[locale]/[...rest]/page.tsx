import { notFound } from "next/navigation";

// The not-found page's title: Next resolves a page's metadata apart from the page, so a notFound() thrown only while
// rendering left this answer with the layout's bare default title.
export { generateMetadata } from "../not-found";

/** Unknown paths under a locale get the localized not-found page. */
export default function CatchAll() {
  notFound();
}
