#!/usr/bin/env bash
# Writes a new migration for both providers from the shared models: `npm run db:migration -- <name>`.
# Both folders must move together; the drift test fails when one lags behind the models.
set -euo pipefail
name=${1:?usage: npm run db:migration -- <name>}
stamp=$(date -u +%Y%m%d%H%M%S)
mkdir -p data
for provider in sqlite postgresql; do
  dir=prisma/$provider/migrations/${stamp}_$name
  if [ "$provider" = sqlite ]; then url="file:./data/migration-scratch.db"; else url="${POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"; fi
  # Written aside first: an empty new folder inside migrations/ makes the diff fail (P3015).
  DATABASE_URL=$url npx prisma migrate diff --from-migrations "prisma/$provider/migrations" \
    --to-schema-datamodel "prisma/$provider" --script -o "data/migration-$provider.sql"
  mkdir -p "$dir"
  mv "data/migration-$provider.sql" "$dir/migration.sql"
  echo "wrote $dir/migration.sql"
done
