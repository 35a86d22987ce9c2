#!/usr/bin/env bash
# Rebuilds data/ner/platforms.txt: the social platforms of the npm package social-links (MIT), one name a line.
# Deterministic: a pinned version, sorted output. Ids with an underscore (dev_to) and one-letter ids are left out
# because they are not the names news writes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
version="1.15.1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "social-links@$version" --silent >/dev/null && tar xzf "social-links-$version.tgz")
{
  echo "# Social platforms from the npm package social-links $version (MIT, (c) 2020 Grzegorz Kucmierz), lib/profiles."
  echo "# Rebuild: tools/PlatformList/build.sh"
  for f in "$work"/package/lib/profiles/*.js; do
    name="$(basename "$f" .js)"
    case "$name" in *.spec|index|*_*) continue ;; esac
    [ "${#name}" -ge 2 ] && echo "$name"
  done | LC_ALL=C sort -u
} > "$root/data/ner/platforms.txt"
