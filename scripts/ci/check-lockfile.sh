#!/usr/bin/env bash
# Proves that package-lock.json is what a fresh machine resolves: npm re-resolves the
# dependency tree from package.json and the lockfile alone (an empty npm cache, no
# node_modules, no install scripts) and the result must be byte-for-byte the same file.
# A lockfile written from an existing node_modules lacks other platforms' optional packages
# (npm/cli#4828), and a fresh `npm install` then adds them back; this check catches that.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json package-lock.json "$tmp"/
(cd "$tmp" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund --cache "$tmp/.cache" >/dev/null)
if ! cmp -s package-lock.json "$tmp/package-lock.json"; then
  echo "package-lock.json is not what a fresh machine resolves ($(diff package-lock.json "$tmp/package-lock.json" | grep -c '^[<>]') lines differ):" >&2
  diff package-lock.json "$tmp/package-lock.json" | head -20 >&2
  echo "regenerate it with: rm -rf node_modules package-lock.json && npm install --cache \$(mktemp -d)" >&2
  exit 1
fi
echo "package-lock.json: stable (a fresh resolve gives the same file)"
