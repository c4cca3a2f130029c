#!/usr/bin/env bash
# The onboarding demo: walks one person through the whole onboarding of the system started by ./run.sh, through
# the gateway, with the NCA's test keys from pki/test-2026 and tools/Signer for every signature:
#   the client's head  pki/test-2026/legal/valid/head.p12               ТЕСТОВ ТЕСТ,  IIN 123456789011, first head
#   the user           pki/test-2026/legal/valid/employee_signright.p12  ТЕСТТОВ ТЕСТТ, IIN 123456789012, right to sign
#   the treasury       a key the development CA issues to the development unit's operator (IIN 900101300011)
# Both NCA persons work for АО "ТЕСТ", BIN 123456789021. Run it again and it first closes the user the previous
# run made (as the unit's operator, "closed as erroneous"), then registers the same person anew under a new login.
# Exits 0 when the user ends active, else non-zero naming the step that failed.
#
# Settings (environment): KAZYNASHYLYK_GATEWAY (default http://localhost:8480), KAZYNASHYLYK_DATA_DIRECTORY (the
# running system's data folder; found like the AppHost finds it when unset), KAZYNASHYLYK_DEMO_TIMEOUT (seconds to
# wait for each asynchronous step, default 120).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
gateway=${KAZYNASHYLYK_GATEWAY:-http://localhost:8480}
timeout=${KAZYNASHYLYK_DEMO_TIMEOUT:-120}
key_password=Qwerty12
user_key="$repo_root/pki/test-2026/legal/valid/employee_signright.p12"
head_key="$repo_root/pki/test-2026/legal/valid/head.p12"
operator_iin=900101300011
unit_code=1001
client_code=KZ-DEMO-0001
step="starting"

fail() {
  echo "FAILED at step: $step" >&2
  [ $# -gt 0 ] && echo "  $*" >&2
  exit 1
}
trap 'fail "command failed: $BASH_COMMAND"' ERR

say() { printf '==> %s\n' "$*"; }
detail() { printf '    %s\n' "$*"; }

data_directory() {
  if [ -n "${KAZYNASHYLYK_DATA_DIRECTORY:-}" ]; then
    echo "$KAZYNASHYLYK_DATA_DIRECTORY"
  elif [ -d "$repo_root/.data/pki/development-ca" ]; then
    echo "$repo_root/.data"
  else
    echo "/var/tmp/kazynashylyk-$(printf %s "$repo_root" | sha256sum | cut -c1-12)"
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- HTTP helpers: every call prints nothing on success and fails the step with the ProblemDetails otherwise ---

# call METHOD PATH [JSON] [TOKEN] -> body on stdout; fails unless 2xx
call() {
  local method=$1 path=$2 body=${3:-} token=${4:-} status
  local args=(-sS -o "$work/response" -w '%{http_code}' -X "$method" "$gateway$path" -H 'Accept: application/json')
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ "$method" = POST ] && args+=(-H "Idempotency-Key: demo-$(date +%s%N)")
  status=$(curl "${args[@]}") || fail "no answer from $gateway$path"
  if [ "${status:0:1}" != 2 ]; then
    fail "$method $path answered $status: $(cat "$work/response")"
  fi
  cat "$work/response"
}

# status_of METHOD PATH [JSON] [TOKEN] -> the HTTP status only (for probes that may fail)
status_of() {
  local method=$1 path=$2 body=${3:-} token=${4:-}
  local args=(-sS -o "$work/probe" -w '%{http_code}' -X "$method" "$gateway$path")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  curl "${args[@]}" || echo 000
}

sign() { # sign KEY INPUT OUTPUT [PASSWORD] -> an attached CMS (DER) in OUTPUT
  "$signer" sign --p12 "$1" --password "${4:-$key_password}" --in "$2" --out "$3" >/dev/null \
    || fail "tools/Signer could not sign $(basename "$2") with $(basename "$1")"
}

cms_json() { # cms_json CMS_FILE [EXTRA_JQ_ARGS...] -> {"cms": base64}
  jq -n --arg cms "$(base64 -w0 "$1")" '{cms: $cms}'
}

login() { # login KEY [PASSWORD] [ROLE] -> access token
  local challenge id role=${3:-}
  challenge=$(call POST /api/registration/login/challenge '{}')
  id=$(jq -r .challengeId <<<"$challenge")
  jq -r .nonce <<<"$challenge" | base64 -d >"$work/nonce"
  sign "$1" "$work/nonce" "$work/nonce.cms" "${2:-$key_password}"
  call POST /api/registration/login \
    "$(jq -n --arg id "$id" --arg cms "$(base64 -w0 "$work/nonce.cms")" --arg role "$role" \
      '{challengeId: $id, cms: $cms} + (if $role == "" then {} else {role: $role} end)')" | jq -r .accessToken
}

wait_for() { # wait_for DESCRIPTION PATH JQ_CONDITION [TOKEN] -> the last body
  local deadline=$((SECONDS + timeout)) body
  while :; do
    body=$(call GET "$2" '' "${4:-}")
    if jq -e "$3" >/dev/null <<<"$body"; then
      echo "$body"
      return
    fi
    [ $SECONDS -ge $deadline ] && fail "$1 did not happen within ${timeout}s; last state: $body"
    sleep 1
  done
}

# --- the walk ---

step="wait for the system"
say "waiting for $gateway/health"
deadline=$((SECONDS + 600))
until [ "$(status_of GET /health)" = 200 ]; do
  [ $SECONDS -ge $deadline ] && fail "the gateway at $gateway is not healthy: is ./run.sh running?"
  sleep 2
done
detail "healthy"

step="find the tools"
signer="$repo_root/tools/Signer/bin/Debug/net10.0/kazynashylyk-signer"
devca="$repo_root/tools/DevelopmentCa/bin/Debug/net10.0/kazynashylyk-development-ca"
if [ ! -x "$signer" ] || [ ! -x "$devca" ]; then
  dotnet build "$repo_root/tools/Signer" -nologo -v quiet >/dev/null
  dotnet build "$repo_root/tools/DevelopmentCa" -nologo -v quiet >/dev/null
fi

step="issue the treasury operator's development key"
ca_dir="$(data_directory)/pki/development-ca"
[ -f "$ca_dir/ca.cer" ] || fail "no development CA in $ca_dir: start the system with ./run.sh first"
operator_key="$work/operator.p12"
"$devca" issue --dir "$ca_dir" --surname ОПЕРАТОРОВ --name ОПЕРАТОР --iin "$operator_iin" --bin 990140000017 \
  --org "Астана қаласы бойынша қазынашылық департаменті" --role right-to-sign \
  --out "$operator_key" --password "$key_password" >"$work/operator.json" 2>"$work/operator.err" \
  || fail "the development CA could not issue the operator's key: $(cat "$work/operator.err")"
detail "operator key issued, certificate serial $(jq -r .serial "$work/operator.json")"

step="log in as the unit's operator"
operator_token=$(login "$operator_key")
detail "operator logged in (role treasury-operator, unit $unit_code)"

step="close the user of a previous run"
if [ "$(status_of POST /api/registration/login/challenge '{}')" = 200 ]; then
  previous=$(jq -r .challengeId "$work/probe")
  jq -r .nonce "$work/probe" | base64 -d >"$work/nonce"
  sign "$user_key" "$work/nonce" "$work/nonce.cms"
  if [ "$(status_of POST /api/registration/login \
      "$(jq -n --arg id "$previous" --arg cms "$(base64 -w0 "$work/nonce.cms")" '{challengeId: $id, cms: $cms}')")" \
      = 200 ]; then
    previous_user=$(jq -r .subject "$work/probe")
    call POST "/api/registration/users/$previous_user/close" \
      '{"kind": "erroneous", "reason": "closed by the onboarding demo before it registers the person again"}' \
      "$operator_token" >/dev/null
    detail "the previous run's user $previous_user is closed as erroneous"
  else
    detail "no earlier user of this person"
  fi
fi

step="submit the registration"
login_name="demo.$(date +%Y%m%d%H%M%S)"
registration=$(jq -n --arg login "$login_name" --arg unit "$unit_code" --arg code "$client_code" '{
  territorialUnitCode: $unit, roleCode: "chief-accountant", language: "kk", termsVersion: "2026-1",
  client: { treasuryCode: $code, bin: "123456789021", name: "АО \"ТЕСТ\"", legalForm: "АО",
    head: { surname: "ТЕСТОВ", name: "ТЕСТ", patronymic: "ТЕСТОВИЧ", position: "Председатель правления",
      email: "head@client.test", authorityBasis: "Устав" } },
  user: { login: $login, iin: "123456789012", surname: "ТЕСТТОВ", name: "ТЕСТТ", patronymic: "ТЕСТТОВИЧ",
    position: "Главный бухгалтер", email: ($login + "@client.test"), phone: "+77010000000",
    identityDocument: { kind: "id-card", number: "012345678", issuer: "МВД РК", issuedOn: "2020-01-15" } } }')
submitted=$(call POST /api/registration/registrations "$registration")
application=$(jq -r .applicationId <<<"$submitted")
detail "application $(jq -r .reference <<<"$submitted") ($application), login $login_name, status $(jq -r .status <<<"$submitted")"

step="sign the registration form as the user"
jq -r .form.document <<<"$submitted" | base64 -d >"$work/form.json"
sign "$user_key" "$work/form.json" "$work/form.cms"
call POST "/api/registration/registrations/$application/form-signature" "$(cms_json "$work/form.cms")" >/dev/null
detail "registration form signed and verified"

step="wait for the agreement to be drafted"
drafted=$(wait_for "drafting the agreement" "/api/registration/registrations/$application" \
  '.agreementId != null and .journalNumber != null')
agreement=$(jq -r .agreementId <<<"$drafted")
detail "agreement $agreement drafted, journal number $(jq -r .journalNumber <<<"$drafted")"

sign_agreement() { # sign_agreement WHO KEY TOKEN [PASSWORD]
  step="sign the agreement as the $1"
  call GET "/api/agreements/$agreement/document" '' "$3" >"$work/agreement.json"
  sign "$2" "$work/agreement.json" "$work/agreement.cms" "${4:-$key_password}"
  local state
  state=$(call POST "/api/agreements/$agreement/signatures" "$(cms_json "$work/agreement.cms")" "$3" | jq -r .state)
  detail "signed by the $1; agreement state $state"
}

step="log in as the user (applicant)"
user_token=$(login "$user_key")
sign_agreement user "$user_key" "$user_token"

step="log in as the client's head"
head_token=$(login "$head_key" "$key_password" client-head)
sign_agreement "client's head" "$head_key" "$head_token"

sign_agreement treasury "$operator_key" "$operator_token"

step="wait for the user to become active"
final=$(wait_for "activating the user" "/api/registration/registrations/$application" '.userStatus == "active"')
detail "agreement $(jq -r .journalNumber <<<"$final") in force; user $login_name status $(jq -r .userStatus <<<"$final")"

step="wait for the notifications"
onboarding=$(wait_for "notifying the user and the head" "/api/registration/onboardings/$application" \
  '.state == "Completed"' "$operator_token")
detail "onboarding $(jq -r .state <<<"$onboarding"): e-mails to the user and the head are in smtp4dev"

say "done: user $login_name is active"
