#!/usr/bin/env bash
# Fails when `npm run generate` changed a generated file: the supergraph, the
# Codegen output of each subgraph and of the client, or the migrations. Run
# by `npm run check:generated` right after the generators. It compares with
# the git index, so files a developer has staged count as committed.
set -euo pipefail

paths=(schema/supergraph.graphql ':(glob)src/*/generated/**' drizzle)

untracked=$(git ls-files --others --exclude-standard -- "${paths[@]}")
if git diff --quiet -- "${paths[@]}" && [ -z "$untracked" ]; then
  echo "check:generated: the generated files match the sources."
  exit 0
fi

{
  echo "check:generated: the generated files are out of date. Run 'npm run generate' and commit the result."
  git --no-pager diff --stat -- "${paths[@]}"
  if [ -n "$untracked" ]; then
    echo "New files:"
    sed 's/^/  /' <<<"$untracked"
  fi
  git --no-pager diff -- "${paths[@]}" | head -n 200
} >&2
exit 1
