// The reader's term matchers, built once per glossary version and kept in the process. Each request reads the
// glossaries' versions (one small query, listGlossaryChoices) and rebuilds only a glossary whose version moved:
// every edit bumps it, so a change made through any app server reaches every reader at their next request.
import "server-only";
import { LRUCache } from "lru-cache";
import { buildTermIndex } from "../../lib/glossary/match-terms.ts";
import type { ConceptMatcher } from "../../lib/reader/term-marks.ts";
import { knownError } from "../errors.ts";
import { getGlossaryVersions } from "./queries.ts";
import { loadMatcherTerms, type getConceptCards } from "./reader/queries.ts";

export type ConceptCardRow = Awaited<ReturnType<typeof getConceptCards>>[number];

export type GlossaryMatcher = ConceptMatcher & {
  glossaryId: string;
  version: number;
  termCount: number;
  /** Popover rows of this glossary's concepts, filled as readers meet them: valid as long as the version is. */
  cardRows: Map<string, ConceptCardRow>;
};

type Entry = { version: number; matcher: Promise<GlossaryMatcher | null> };

export type MatcherCache = ReturnType<typeof createMatcherCache>;

async function buildMatcher(glossaryId: string): Promise<GlossaryMatcher | null> {
  try {
    const { version, terms } = await loadMatcherTerms(glossaryId);
    return {
      glossaryId,
      version,
      termCount: terms.length,
      index: buildTermIndex(terms),
      terms: new Map(terms.map((term) => [term.id, { conceptId: term.conceptId, status: term.status }])),
      cardRows: new Map(),
    };
  } catch (error) {
    // Deleted between the version read and the load: it is simply not applied any more.
    if (knownError(error)?.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * An LRU of built matchers, one entry per glossary (its newest version only), at most `capacity` glossaries.
 * Concurrent requests for the same version share one build.
 */
export function createMatcherCache({ capacity = 8 }: { capacity?: number } = {}) {
  // Keyed by glossary id, valid for the version the entry holds: an edit bumps the version and the next request
  // with the newer version rebuilds.
  const entries = new LRUCache<string, Entry>({ max: capacity });
  let builds = 0;

  function entryFor(glossaryId: string, version: number): Entry {
    const cached = entries.get(glossaryId);
    // Versions only grow: a build that loaded a newer version than a request read serves that request too.
    if (cached && cached.version >= version) return cached;
    builds++;
    const entry: Entry = { version, matcher: buildMatcher(glossaryId) };
    entries.set(glossaryId, entry);
    entry.matcher.then(
      (matcher) => {
        if (matcher) entry.version = Math.max(entry.version, matcher.version);
        else if (entries.get(glossaryId) === entry) entries.delete(glossaryId);
      },
      // A failed build is not kept: the next request tries again.
      () => entries.get(glossaryId) === entry && entries.delete(glossaryId),
    );
    return entry;
  }

  /** The matchers of glossaries whose current versions the caller has just read, in the order given. */
  async function matchersFor(glossaries: readonly { id: string; version: number }[]): Promise<GlossaryMatcher[]> {
    const matchers = await Promise.all(glossaries.map((glossary) => entryFor(glossary.id, glossary.version).matcher));
    return matchers.filter((matcher): matcher is GlossaryMatcher => matcher !== null);
  }

  return {
    matchersFor,
    /** Same, reading the versions first. */
    async getMatchers(glossaryIds: readonly string[]): Promise<GlossaryMatcher[]> {
      const versions = await getGlossaryVersions(glossaryIds);
      return matchersFor(glossaryIds.flatMap((id) => (versions.has(id) ? [{ id, version: versions.get(id)! }] : [])));
    },
    /** For tests and diagnostics: glossaries held, and matchers built since the cache was created. */
    stats: () => ({ size: entries.size, builds }),
  };
}

const globalForCache = globalThis as unknown as { parallelMatcherCache?: MatcherCache };

/** The process's cache, shared by every request (kept across dev-server reloads of this module). */
export const matcherCache: MatcherCache = (globalForCache.parallelMatcherCache ??= createMatcherCache());
