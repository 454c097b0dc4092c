#!/usr/bin/env bash
# Installs the Debian packages a step needs, only when they are missing, so `npm test` and
# `npm run demo` work on a fresh machine. Usage: ensure-system-deps.sh chromium|render ...
set -euo pipefail
want=()
for need in "$@"; do
  case "$need" in
    chromium)
      command -v chromium >/dev/null 2>&1 || want+=(chromium)
      # Thai glyphs in the screenshots people look at (test-results/).
      fc-list 2>/dev/null | grep -qi laksaman || want+=(fonts-thai-tlwg-ttf fontconfig)
      ;;
    render)
      command -v soffice >/dev/null 2>&1 || want+=(libreoffice-writer-nogui)
      command -v pdftoppm >/dev/null 2>&1 || want+=(poppler-utils)
      fc-list 2>/dev/null | grep -qi laksaman || want+=(fonts-thai-tlwg-ttf fontconfig)
      ;;
    *) echo "ensure-system-deps: unknown need '$need'" >&2; exit 2 ;;
  esac
done
if ((${#want[@]})); then
  mapfile -t want < <(printf '%s\n' "${want[@]}" | sort -u)
  echo "Installing Debian packages: ${want[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
fi
# Google's Sarabun (the font the generated Doc uses) from the npm package, where fontconfig finds it.
if [[ " $* " == *" render "* ]] && ! fc-list 2>/dev/null | grep -q "Sarabun"; then
  dir="${HOME}/.local/share/fonts/sarabun"
  mkdir -p "$dir"
  find "$(dirname "$0")/../node_modules/@expo-google-fonts/sarabun" -name 'Sarabun_*.ttf' -exec cp {} "$dir" \;
  fc-cache -f "$dir" >/dev/null 2>&1 || true
fi
