#!/bin/bash
# Sets Skill Studio up on Debian 12 and runs it or its tests.
#
#   build-aux/setup.sh run [FILE]   install what is missing, build, start the app
#   build-aux/setup.sh test         install what is missing, build, run every test headless
#   build-aux/setup.sh deps         only install what is missing
set -euo pipefail

cd "$(dirname "$0")/.."

PACKAGES=(
  # build
  meson ninja-build pkg-config gcc libc6-dev gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libsqlite3-dev libjson-glib-dev
  libxlsxwriter-dev libicu-dev
  # data validation, tests and screenshots
  desktop-file-utils appstream xvfb xauth sqlite3 poppler-utils imagemagick unzip
  # fonts for Chinese (Song- and Hei-style) and the zh_CN locale
  fonts-noto-cjk fonts-dejavu-core locales
)

as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing () {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"
  fi
  # Bureau users read Chinese: the app and its screenshots run in zh_CN.UTF-8.
  if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf8$'; then
    as_root sed -i 's/^# *\(zh_CN.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen || echo 'zh_CN.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    as_root locale-gen >/dev/null
  fi
}

build () {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@"
  fi
  ninja -C "$dir"
}

run_tests () {
  local dir=$1
  # Each test program gets its own X server: GTK's widget tests need a display.
  xvfb-run -a -s '-screen 0 1280x1024x24' \
    meson test -C "$dir" --print-errorlogs --num-processes 2
}

command=${1:-run}
shift || true

case "$command" in
  deps)
    install_missing
    ;;
  run)
    install_missing
    build _build
    exec meson devenv -C _build ./src/gui/skill-studio "$@"
    ;;
  test)
    install_missing
    build _build
    status=0
    run_tests _build || status=$?
    # The same suites once more with AddressSanitizer and UBSan.
    build _build-asan -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
    run_tests _build-asan || status=$?
    python3 build-aux/test-summary.py _build _build-asan
    exit $status
    ;;
  *)
    echo "usage: $0 run|test|deps" >&2
    exit 2
    ;;
esac
