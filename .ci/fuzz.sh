#!/usr/bin/env bash
# API contract fuzzing: Schemathesis drives every operation of openapi.yaml
# against a real `procura serve` (debug build, SQLite, loopback only) and fails
# on any finding.
#
#   bash .ci/fuzz.sh                 # after `cargo build` made target/debug/procura
#   . .ci/fuzz.sh; run_fuzz          # from .ci/run (runs in a subshell: its
#                                    # traps and `cd` do not leak into the caller)
#
# It fails (non-zero) when:
#   - Schemathesis reports a failure or an error (a dropped connection counts),
#   - the server log shows a panic (caught even where no check looks),
#   - the fuzzing token was revoked mid-run (the rest would be hollow 401s),
#   - the server died.
#
# Knobs (environment): FUZZ_BIN (default target/debug/procura), FUZZ_MAX_EXAMPLES
# (50), FUZZ_SEED (1), FUZZ_TIMEOUT (240 s for the main Schemathesis run),
# FUZZ_EXCLUDE_CHECKS (positive_data_acceptance; empty runs all), FUZZ_VENV, FUZZ_REPORT_DIR
# (target/fuzz), FUZZ_KEEP=1 keeps the temporary server directory.
set -euo pipefail

# Pinned: a new Schemathesis release adds checks and changes generation, so
# an upgrade is a deliberate change here, not a surprise red CI.
FUZZ_ST_VERSION=4.32.5

# Installs Schemathesis into its own venv (never into the system Python) unless
# the pinned version is already there. It lives under /tmp, outside the clone,
# so later CI runs on the same machine reuse it; a new machine installs again.
fuzz_install_schemathesis() {
  FUZZ_VENV=${FUZZ_VENV:-/tmp/procura-schemathesis-$FUZZ_ST_VERSION}
  if [ "$("$FUZZ_VENV/bin/st" --version 2>/dev/null)" != "st, version $FUZZ_ST_VERSION" ]; then
    echo "installing schemathesis $FUZZ_ST_VERSION into $FUZZ_VENV"
    rm -rf "$FUZZ_VENV"
    python3 -m venv "$FUZZ_VENV"
    "$FUZZ_VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$FUZZ_ST_VERSION"
  fi
  "$FUZZ_VENV/bin/st" --version
}

run_fuzz() (
  set -euo pipefail
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  bin=${FUZZ_BIN:-$root/target/debug/procura}
  spec=$root/openapi.yaml
  max_examples=${FUZZ_MAX_EXAMPLES:-50}
  seed=${FUZZ_SEED:-1}
  budget=${FUZZ_TIMEOUT:-240}
  # positive_data_acceptance counts every 4xx on a schema-valid request as a
  # failure, but most of this API's 4xx are rules no schema can state: ids that
  # must exist (422 not_found), workflow states (409), stale If-Match (412),
  # "a rejection needs a reason". It would always be red; every other built-in
  # check runs, negative_data_rejection included.
  # FUZZ_EXCLUDE_CHECKS= (empty) runs every check.
  exclude_checks=${FUZZ_EXCLUDE_CHECKS-positive_data_acceptance}
  check_args=(--checks all)
  [ -n "$exclude_checks" ] && check_args+=(--exclude-checks "$exclude_checks")
  reports=${FUZZ_REPORT_DIR:-$root/target/fuzz}
  [ -x "$bin" ] || { echo "fuzz: no server binary at $bin (run cargo build first)" >&2; exit 2; }

  fuzz_install_schemathesis
  st=$FUZZ_VENV/bin/st
  py=$FUZZ_VENV/bin/python

  work=$(mktemp -d /tmp/procura-fuzz.XXXXXX)
  mkdir -p "$reports" "$work/mail"
  server_pid=
  cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
      kill -TERM "$server_pid" 2>/dev/null || true
      # actix drains for up to 30 s on TERM; do not wait for more than 10.
      for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
    cp "$work/server.log" "$reports/server.log" 2>/dev/null || true
    if [ "${FUZZ_KEEP:-0}" = 1 ]; then echo "fuzz: kept $work"; else rm -rf "$work"; fi
  }
  trap cleanup EXIT

  # A free loopback port chosen by the kernel: no clash with a developer's
  # server on 8080 or with the test suite's servers.
  port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base=http://127.0.0.1:$port
  admin_email=fuzz-admin@procura.test
  admin_password=$("$py" -c 'import secrets; print("fz-" + secrets.token_hex(12))')

  # Only our settings: a PROCURA_CONFIG, SMTP URL or schedule left in the
  # environment must not change what is fuzzed. Fresh SQLite file, mail to
  # files, two workers for two cores; panics go to stderr whatever PROCURA_LOG.
  while read -r name; do unset "$name"; done < <(compgen -e | grep '^PROCURA_' || true)
  echo "fuzz: starting $bin on $base"
  PROCURA_BIND=127.0.0.1:$port \
  DATABASE_URL="sqlite://$work/procura.db" \
  PROCURA_ADMIN_EMAIL=$admin_email \
  PROCURA_ADMIN_PASSWORD=$admin_password \
  PROCURA_MAIL_DIR=$work/mail \
  PROCURA_WORKERS=2 \
  PROCURA_LOG=warn \
  RUST_BACKTRACE=1 \
    "$bin" serve >"$work/server.log" 2>&1 &
  server_pid=$!

  for _ in $(seq 150); do
    kill -0 "$server_pid" 2>/dev/null || { echo "fuzz: server exited at start" >&2; cat "$work/server.log" >&2; exit 1; }
    curl -fsS -o /dev/null "$base/readyz" 2>/dev/null && break
    sleep 0.2
  done
  curl -fsS -o /dev/null "$base/readyz" || { echo "fuzz: server not ready after 30 s" >&2; exit 1; }

  # Fixture, through the API itself: two sign-ins (one token for the main run,
  # one spent by the logout run, taken now because the fuzzed login operation
  # uses up the per-address rate limit); the admin gets every role, a
  # department and a fallback approver so that the role-gated and workflow
  # operations reach their logic instead of stopping at 403/409; and a decoy
  # admin that the hooks below aim self-directed user changes at.
  read -r token_main token_logout admin_id decoy_id < <(
    FUZZ_BASE=$base FUZZ_EMAIL=$admin_email FUZZ_PASSWORD=$admin_password "$py" - <<'PY'
import json, os, urllib.request

base = os.environ["FUZZ_BASE"] + "/api/v1"

def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method)
    if body is not None:
        req.data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.load(resp)

creds = {"email": os.environ["FUZZ_EMAIL"], "password": os.environ["FUZZ_PASSWORD"]}
first = call("POST", "/auth/login", creds)
second = call("POST", "/auth/login", creds)
token, admin = first["token"], first["user"]["id"]
roles = ["admin", "employee", "approver", "it_specialist", "finance"]
dept = call("POST", "/departments", {"code": "FUZZ", "name": "Fuzzing"}, token)["id"]
call("PATCH", f"/users/{admin}", {"roles": roles, "department_id": dept}, token)
decoy = call("POST", "/users", {"email": "decoy@procura.test", "name": "Decoy",
                                "password": "decoy-password-1", "roles": roles}, token)["id"]
policy = call("GET", "/approval-policy", token=token)
policy = {k: policy[k] for k in ("currency", "finance_threshold", "director_threshold",
                                 "it_review_categories")}
call("PUT", "/approval-policy", dict(policy, fallback_approver_id=decoy), token)
print(token, second["token"], admin, decoy)
PY
  ) || { echo "fuzz: fixture set-up through the API failed" >&2; exit 1; }

  # Hooks, loaded by Schemathesis from SCHEMATHESIS_HOOKS:
  # - PATCH /api/v1/users/{id} aimed at the fuzzing admin (its id is learnt
  #   from /me or the user list in the stateful phase) could set a password or
  #   disable it, which revokes every session of that user and turns the rest
  #   of the run into 401s; such requests go to the decoy admin instead, so the
  #   handler still runs against a real account.
  # - problem_json_on_errors: the spec's convention that every 4xx/5xx is
  #   application/problem+json, checked on every response (content-type
  #   conformance only checks what each operation lists).
  cat >"$work/fuzz_hooks.py" <<'PY'
import os

import schemathesis

ADMIN_ID = os.environ["FUZZ_ADMIN_ID"].lower()
DECOY_ID = os.environ["FUZZ_DECOY_ID"]


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if (
        case.operation.method.upper() == "PATCH"
        and case.operation.path == "/api/v1/users/{id}"
        and isinstance(case.path_parameters, dict)
        and str(case.path_parameters.get("id", "")).lower() == ADMIN_ID
    ):
        case.path_parameters["id"] = DECOY_ID


@schemathesis.check
def problem_json_on_errors(ctx, response, case):
    """Every 4xx/5xx answer is application/problem+json."""
    if response.status_code >= 400:
        values = response.headers.get("content-type") or [""]
        ctype = values[0].split(";")[0].strip().lower()
        if ctype != "application/problem+json":
            raise AssertionError(
                f"{response.status_code} answered with Content-Type {values[0]!r}, "
                "not application/problem+json"
            )
PY

  # Config: Hypothesis rarely draws a 27-digit number, and money and
  # quantities are decimal strings with no upper bound in the spec, so the
  # decimal fields are also fed values at and beyond rust_decimal's range
  # (~7.9e28), where conversions overflow. No cache file is kept.
  cat >"$work/schemathesis.toml" <<'TOML'
[cache]
enabled = false

[dictionaries.huge-decimals]
values = ["79228162514264337593543950335", "9000000000000000000000000000",
          "100000000000000000000000000", "-9000000000000000000000000000",
          "1000000000.001", "100000000.01", "1000000000000.01", "9223372036854775.807"]

[parameters]
"body.quantity" = { dictionary = "huge-decimals", probability = 0.1 }
"body.unit_cost" = { dictionary = "huge-decimals", probability = 0.1 }
"body.amount" = { dictionary = "huge-decimals", probability = 0.1 }
"body.reorder_point" = { dictionary = "huge-decimals", probability = 0.1 }
"body.max_level" = { dictionary = "huge-decimals", probability = 0.1 }
"body.order_multiple" = { dictionary = "huge-decimals", probability = 0.1 }
"body.finance_threshold" = { dictionary = "huge-decimals", probability = 0.1 }
"body.director_threshold" = { dictionary = "huge-decimals", probability = 0.1 }
"body.lines[*].quantity" = { dictionary = "huge-decimals", probability = 0.1 }
"body.lines[*].unit_price" = { dictionary = "huge-decimals", probability = 0.1 }
"body.lines[*].counted" = { dictionary = "huge-decimals", probability = 0.1 }
"body.items[*].quantity" = { dictionary = "huge-decimals", probability = 0.1 }
"body.lines[*].description" = { dictionary = "hostile-text", probability = 0.1 }
"body.title" = { dictionary = "hostile-text", probability = 0.1 }
"body.justification" = { dictionary = "hostile-text", probability = 0.1 }
"body.comment" = { dictionary = "hostile-text", probability = 0.1 }
"body.reason" = { dictionary = "hostile-text", probability = 0.1 }
"body.note" = { dictionary = "hostile-text", probability = 0.1 }
"body.supplier" = { dictionary = "hostile-text", probability = 0.1 }
"body.reference" = { dictionary = "hostile-text", probability = 0.1 }
"body.name" = { dictionary = "hostile-text", probability = 0.1 }
"body.email" = { dictionary = "hostile-text", probability = 0.1 }
"body.password" = { dictionary = "hostile-text", probability = 0.1 }
"body.sku" = { dictionary = "hostile-text", probability = 0.1 }
"body.code" = { dictionary = "hostile-text", probability = 0.1 }
TOML
  # Strings past every documented maxLength, NUL and control bytes, and
  # values one past each decimal's bound (issue 14's classes): all 422.
  huge=$(printf 'x%.0s' $(seq 5000))
  cat >>"$work/schemathesis.toml" <<TOML

[dictionaries.hostile-text]
values = ["$huge", "a\u0000b", "line\nforged", "\u001b[31m", "=HYPERLINK(\"x\")"]
TOML

  # Shared options: the spec from the tree (not the served copy, which is the
  # same file compiled in), a fixed seed so a red run is reproducible (the seed
  # is printed), one worker, no example database or cache left behind (we
  # run from $work). One worker, not two: CPython before 3.11.8 and 3.12.1
  # (Debian's 3.11 among them) can raise a spurious "SystemError: AST
  # constructor recursion depth mismatch" when threads parse source at once
  # (python/cpython#106905), which Hypothesis does to describe its
  # strategies; it failed a run on POST /items/import. One thread cannot
  # race, and the run stays well inside its time. Warnings are shown, not fatal. Each
  # operation stops at its first failure (no --continue-on-failure): CI only
  # needs to know that something is wrong, and it keeps the run short.
  st_run() {
    local limit=$1; shift
    local rc=0
    (cd "$work" && SCHEMATHESIS_HOOKS=fuzz_hooks PYTHONPATH=$work \
      FUZZ_ADMIN_ID=$admin_id FUZZ_DECOY_ID=$decoy_id \
      timeout --kill-after=10 "$limit" "$st" --config-file "$work/schemathesis.toml" run "$spec" \
        --url "$base" \
        "${check_args[@]}" \
        --seed "$seed" --workers 1 --request-timeout 15 \
        --generation-database none --no-color \
        "$@") || rc=$?
    [ "$rc" = 124 ] && echo "fuzz: FAIL schemathesis did not finish within $limit s" >&2
    return "$rc"
  }

  status=0
  echo "fuzz: every operation but logout, $max_examples examples each"
  # logout revokes the very token in use, so it has its own run below.
  st_run "$budget" -H "Authorization: Bearer $token_main" \
    --exclude-operation-id logout \
    --max-examples "$max_examples" \
    --report junit --report-junit-path "$reports/junit-main.xml" || status=1

  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token_main" "$base/api/v1/me")
  if [ "$code" != 200 ]; then
    echo "fuzz: FAIL the fuzzing token stopped working (GET /me -> $code); the run is not trustworthy" >&2
    status=1
  fi

  echo "fuzz: logout, with its own token"
  st_run 60 -H "Authorization: Bearer $token_logout" \
    --include-operation-id logout \
    --max-examples 10 \
    --report junit --report-junit-path "$reports/junit-logout.xml" || status=1

  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "fuzz: FAIL the server died during the run" >&2
    status=1
  fi
  # A panic in a handler drops the connection (or, inside a write transaction,
  # breaks later writes); list each distinct place once.
  if grep -q 'panicked at' "$work/server.log"; then
    echo "fuzz: FAIL the server panicked:" >&2
    # message, then the first three frames in this project's code
    awk '/panicked at/ {p=1; next}
         p==1 {msg=$0; p=2; where=""; n=0; next}
         p==2 && /^ +at / && !/\.cargo\/|\/rustc\// {
           sub(".*/src/", "src/", $2); where=where (n ? " <- " : "") $2
           if (++n == 3) {print "  " msg ": " where; p=0}
         }' \
      "$work/server.log" | sort | uniq -c | sort -rn >&2
    status=1
  fi

  [ "$status" = 0 ] && echo "fuzz: passed" || echo "fuzz: FAILED (reports and server log in $reports)" >&2
  exit "$status"
)

# Executed directly (not sourced): run it.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  run_fuzz
fi
