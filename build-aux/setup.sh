#!/bin/bash
# Sets Skill Studio up on Debian 12 and runs it or its tests.
#
#   build-aux/setup.sh run [FILE]   install what is missing, build, start the app
#   build-aux/setup.sh test         install what is missing, build, run every test headless
#   build-aux/setup.sh deps         only install what is missing
#   build-aux/setup.sh fuzz         build the fuzz harnesses and run each for FUZZ_SECONDS
#
# `test` ends with `fuzz`: each libFuzzer harness of tests/fuzz runs for
# FUZZ_SECONDS (default 60) under ASan and UBSan with GLib warnings fatal.
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
  # fuzzing: clang, libFuzzer (libclang_rt.fuzzer) and llvm-symbolizer for stacks
  clang libclang-rt-14-dev llvm-14
)

FUZZ_HARNESSES=(exchange policy print-form)
FUZZ_DIR=_build-fuzz

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

fuzz_available () {
  command -v clang >/dev/null &&
    printf 'int LLVMFuzzerTestOneInput (const char *d, unsigned long n) { return 0; }\n' |
      clang -x c -fsanitize=fuzzer -o /dev/null - 2>/dev/null
}

build_fuzz () {
  if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
    CC=clang meson setup "$FUZZ_DIR" -Dfuzzing=true -Dgui_tests=false \
      -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized
  fi
  # Only the harnesses: the rest of the project is built and tested above.
  ninja -C "$FUZZ_DIR" "${FUZZ_HARNESSES[@]/#/tests/fuzz/fuzz-}"
}

# Runs one harness for FUZZ_SECONDS on a fresh copy of its seed corpus. A
# crash, leak, timeout or out-of-memory input is written to
# tests/fuzz/regressions/NAME/, where `git add` makes it a test of every
# build (fuzz-replay.c); its log is in $FUZZ_DIR/fuzz-runs/NAME.log.
run_fuzzer () {
  local name=$1 runs=$FUZZ_DIR/fuzz-runs status=0
  local corpus=$runs/$name-corpus regressions=tests/fuzz/regressions/$name
  local dict=()

  rm -rf "$corpus" "$runs/$name.log" "$runs/$name.rc"
  mkdir -p "$corpus" "$regressions"
  cp tests/fuzz/corpus/"$name"/* "$corpus"/
  # The format's keys and values, so that mutations write JSON it knows.
  [ -f "tests/fuzz/$name.dict" ] && dict=(-dict="tests/fuzz/$name.dict")
  echo "fuzz-$name: ${FUZZ_SECONDS}s (log: $runs/$name.log)"
  # Not G_DEBUG=gc-friendly: zeroed spare array slots hide reads past the end.
  local run=(env G_SLICE=always-malloc G_DEBUG=fatal-warnings
             UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
             LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
             "$FUZZ_DIR/tests/fuzz/fuzz-$name" -timeout=25 -rss_limit_mb=2048)
  # First the inputs kept from earlier crashes, under clang's checks too
  # (gcc's UBSan lacks some, e.g. float-cast-overflow); then the fuzzing.
  local found="the input is kept in $regressions/; git add it to make it a regression test"
  "${run[@]}" -runs=0 -artifact_prefix="$runs/$name-" "$regressions" >"$runs/$name.log" 2>&1 ||
    { status=$?; found="an input kept in $regressions/ still fails"; }
  if [ "$status" -eq 0 ]; then
    # FUZZ_ARGS holds more libFuzzer options, split on spaces (-jobs=4 -dict=…).
    # shellcheck disable=SC2086
    "${run[@]}" -max_total_time="$FUZZ_SECONDS" -print_final_stats=1 \
      -artifact_prefix="$regressions/" "${dict[@]}" ${FUZZ_ARGS:-} "$corpus" \
      >>"$runs/$name.log" 2>&1 || status=$?
  fi
  echo "$status" >"$runs/$name.rc"
  if [ "$status" -ne 0 ]; then
    # The stack and the input's name, then where it was kept.
    grep -E '^(==[0-9]+==|SUMMARY|    #[0-9]|artifact_prefix|Base64|\(process)' \
      "$runs/$name.log" | head -60 >&2 || true
    echo "fuzz-$name FAILED (exit $status): $found" >&2
  fi
  return "$status"
}

fuzz () {
  local status=0
  : "${FUZZ_SECONDS:=60}"
  if [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
  fi
  build_fuzz
  mkdir -p "$FUZZ_DIR/fuzz-runs"
  for name in "${FUZZ_HARNESSES[@]}"; do
    run_fuzzer "$name" || status=1
  done
  return $status
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
    # The importers' fuzz harnesses, each for FUZZ_SECONDS, with clang.
    summary_dirs=(_build _build-asan)
    if fuzz_available; then
      fuzz || status=1
      summary_dirs+=("$FUZZ_DIR")
    else
      echo "Fuzzing skipped: no clang with libFuzzer (Debian: clang libclang-rt-14-dev)" >&2
    fi
    python3 build-aux/test-summary.py "${summary_dirs[@]}"
    exit $status
    ;;
  fuzz)
    install_missing
    fuzz_available || { echo "No clang with libFuzzer (Debian: clang libclang-rt-14-dev)" >&2; exit 1; }
    status=0
    fuzz || status=$?
    python3 build-aux/test-summary.py "$FUZZ_DIR"
    exit $status
    ;;
  *)
    echo "usage: $0 run|test|deps|fuzz" >&2
    exit 2
    ;;
esac
