#!/usr/bin/env bash
# `npm test`: type check, lint, unit tests and end-to-end tests in headless Chromium, on the
# embedded SQLite database (or on PostgreSQL when TEST_DATABASE_URL / E2E_DATABASE_URL are set).
# Each suite records its counts in test-results/records/; the last line adds them up.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
tag=${TEST_TAG:-sqlite}
[ "${KEEP_RECORDS:-}" = 1 ] || rm -rf test-results/records
mkdir -p test-results/records
status=0
record() { npx tsx scripts/test-summary.ts record "$@" || status=1; }

bash scripts/ensure-chromium.sh || exit 1

if [ "${SKIP_STATIC_CHECKS:-}" != 1 ]; then
  npm run --silent typecheck; record "typecheck" check $?
  npm run --silent lint; record "lint" check $?
fi

npx vitest run --reporter=default --reporter=json --outputFile.json="test-results/vitest-$tag.json"
record "unit ($tag)" vitest "test-results/vitest-$tag.json" $?

# End-to-end: a fresh database, migrated and seeded exactly as on a first `npm start`.
e2e_db=${E2E_DATABASE_URL:-file:./data/e2e.db}
# The build is pointed at the e2e database, not the default data/parallel.db: the build opens the database and
# leaves an empty one behind, which is no place for a first `npm start` to find. The e2e file is removed after the
# build, so that the end-to-end run starts from nothing, exactly as a first start does.
if [ "${SKIP_BUILD:-}" != 1 ]; then DATABASE_URL=$e2e_db npx next build >test-results/build.log 2>&1 || { cat test-results/build.log; record "build" check 1; exit 1; }; fi
[[ $e2e_db == file:* ]] && rm -f "${e2e_db#file:}"{,-wal,-shm}
DATABASE_URL=$e2e_db npx tsx --conditions=react-server scripts/setup.ts && DATABASE_URL=$e2e_db npx tsx --conditions=react-server e2e/fixtures/partial-translation.ts \
  || { record "e2e setup ($tag)" check 1; exit 1; }
DATABASE_URL=$e2e_db PLAYWRIGHT_JSON="test-results/playwright-$tag.json" npx playwright test ${E2E_GREP:+--grep "$E2E_GREP"}
record "e2e ($tag)" playwright "test-results/playwright-$tag.json" $?

npx tsx scripts/test-summary.ts total
exit $status
