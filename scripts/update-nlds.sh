#!/usr/bin/env bash
# Refreshes the NL Design System CSS that the app serves from wwwroot/lib (docs/decisions/0008-nl-design-system-css-committed.md).
# The files are committed so that `dotnet run` works on a fresh clone without npm; this script copies them
# from node_modules after a version bump in package.json (`npm install`), and the browser tier checks that
# the committed copy equals the npm package's file.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/@utrecht/component-library-css ] || npm ci --no-audit --no-fund --silent
src=node_modules/@utrecht/component-library-css
dst=src/Leerwerk.Web/wwwroot/lib/utrecht-component-library-css
mkdir -p "$dst"
cp "$src/dist/index.css" "$src/dist/html.css" "$src/LICENSE.md" "$dst/"
node -p "require('./$src/package.json').version" >"$dst/VERSION"
echo "NL Design System CSS $(cat "$dst/VERSION") gekopieerd naar $dst"
