#!/usr/bin/env bash
# A minimal Debian bookworm root file system (debootstrap --variant=minbase: no Java, Maven or Node),
# made once and kept, for the release tests: the base of the container image and the clean machine the
# bundle is unpacked on. Prints the directory. Idempotent; the mirror is the one apt already uses here.
#   dir=$(scripts/debian-minbase.sh)
set -euo pipefail

dir="${NEURONA_MINBASE_DIR:-/var/cache/neurona/bookworm-minbase}"

if [ -s "$dir/etc/debian_version" ] && [ -x "$dir/bin/sh" ]; then
  echo "$dir"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
command -v debootstrap >/dev/null 2>&1 || { apt-get update -qq >&2; apt-get install -y -qq debootstrap >/dev/null; }

# the first Debian archive apt is configured with (deb822 or one-line sources)
mirror=$({ grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list || true; } \
  | grep -v security | head -1 | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' | awk '{print $1}')
[ -n "$mirror" ] || { echo "no Debian archive found in apt's sources" >&2; exit 1; }

partial="$dir.partial"
rm -rf "$partial"
mkdir -p "$(dirname "$dir")"
echo "debootstrap --variant=minbase bookworm into $dir" >&2
debootstrap --variant=minbase bookworm "$partial" "$mirror" >&2
rm -rf "$dir"
mv "$partial" "$dir"
echo "$dir"
