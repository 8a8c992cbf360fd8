# Sourced by .ci/run: installs the Debian packages the suites need (the
# PostgreSQL server; chromium and chromium-driver for the browser suite) in
# the background while the first build runs; `wait_for_packages` joins it.

PACKAGES_LOG=$(mktemp /tmp/procura-ci-apt.XXXXXX)

start_packages() {
  local wanted=()
  [ -n "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null)" ] || wanted+=(postgresql)
  [ -x /usr/bin/chromium ] || wanted+=(chromium)
  [ -x /usr/bin/chromedriver ] || wanted+=(chromium-driver)
  if [ ${#wanted[@]} -eq 0 ]; then
    PACKAGES_PID=""
    return
  fi
  echo "installing in the background: ${wanted[*]}"
  (
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${wanted[@]}"
  ) >"$PACKAGES_LOG" 2>&1 &
  PACKAGES_PID=$!
}

wait_for_packages() {
  [ -n "${PACKAGES_PID:-}" ] || return 0
  if ! wait "$PACKAGES_PID"; then
    echo "installing Debian packages failed:"; tail -n 30 "$PACKAGES_LOG"; return 1
  fi
  echo "packages installed"
}
