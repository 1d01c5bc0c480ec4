#!/usr/bin/env bash
# Steps 1–4 of Insightly's "Microsoft Entra ID SAML + SCIM" article, done with curl against insightly-sso-sim.
# sim/README.md shows each command with the output this script printed; the ctest test sim_walkthrough runs it
# against a freshly started simulator, so the README cannot drift from what the simulator really answers.
#
#   sim/walkthrough.sh http://127.0.0.1:PORT          against a simulator that is already running
#   sim/walkthrough.sh --start path/to/insightly-sso-sim [sim options…]   starts (and stops) its own
#
# Needs bash, curl and python3 (for picking values out of JSON). WALKTHROUGH_FULL=1 prints whole answers.
set -euo pipefail
for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "walkthrough: $tool is not installed; skipping" >&2; exit 77; }
done

if [[ ${1:-} == --start ]]; then
    [[ $# -ge 2 ]] || { echo "usage: $0 --start SIMULATOR [options]" >&2; exit 2; }
    SIM_EXE=$2
    shift 2
    SIM_OUT=$(mktemp)
    "$SIM_EXE" "$@" >"$SIM_OUT" &
    SIM_PID=$!
    trap 'kill "$SIM_PID" 2>/dev/null || true; rm -f "$SIM_OUT"' EXIT
    for _ in $(seq 1 300); do
        [[ -s $SIM_OUT ]] && break
        kill -0 "$SIM_PID" 2>/dev/null || { echo "the simulator exited" >&2; exit 1; }
        sleep 0.1
    done
    BASE=$(head -n1 "$SIM_OUT")
elif [[ $# -eq 1 ]]; then
    BASE=$1
else
    echo "usage: $0 BASE_URL | --start SIMULATOR [options]" >&2
    exit 2
fi
[[ $BASE == http://127.0.0.1:* ]] || { echo "not a simulator base URL: '$BASE'" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [[ -n ${SIM_PID:-} ]] && kill "$SIM_PID" 2>/dev/null; [[ -n ${SIM_OUT:-} ]] && rm -f "$SIM_OUT"; true' EXIT
cd "$WORK"

# json EXPR: evaluates a Python expression over the JSON document `d` read from stdin.
json() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }
# htmlvalue CAPTION: the value="…" of the input captioned CAPTION, from HTML on stdin. Insightly's pages are read
# the way a person reads them, by captions: their element ids change with every render.
htmlvalue() { grep -o "$1</label><input[^>]*value=\"[^\"]*\"" | sed 's/.*value="//; s/"$//' | head -n1; }

show() {
    if [[ -n ${WALKTHROUGH_FULL:-} ]]; then
        printf '%s\n' "$1"
    else
        # Long answers are cut (marked with …) so that the README stays readable.
        printf '%s\n' "$1" | head -n 12 | awk '{ if (length($0) > 400) print substr($0, 1, 400) "…"; else print }'
        [[ $(printf '%s\n' "$1" | wc -l) -le 12 ]] || echo "…"
    fi
}

# step TITLE COMMAND: prints the command as written, runs it, prints (trimmed) what it printed; the answer is
# left in $OUT. A failing command (curl --fail-with-body: any HTTP status >= 400) stops the walk-through.
# WALKTHROUGH_MARKDOWN=1 prints each step as a Markdown section (how sim/README.md's walk-through was made).
step() {
    if [[ -n ${WALKTHROUGH_MARKDOWN:-} ]]; then
        printf '\n#### %s\n\n```console\n$ %s\n' "$1" "$2"
    else
        printf '\n## %s\n$ %s\n' "$1" "$2"
    fi
    if ! OUT=$(eval "$2" 2>&1); then
        printf '%s\n' "$OUT"
        echo "walkthrough: step failed: $1" >&2
        exit 1
    fi
    show "$OUT"
    if [[ -n ${WALKTHROUGH_MARKDOWN:-} ]]; then printf '```\n'; fi
}

# section TITLE: a heading for one of the article's steps.
section() {
    if [[ -n ${WALKTHROUGH_MARKDOWN:-} ]]; then printf '\n### %s\n' "$1"; else printf '\n# %s\n' "$1"; fi
}

# expect WHAT ACTUAL WANTED: stops the walk-through when a value is not what the article leads to.
expect() {
    if [[ $2 != "$3" ]]; then
        echo "walkthrough: $1 is '$2', expected '$3'" >&2
        exit 1
    fi
}

TENANT=contoso.example
CLIENT=14d82eec-204b-4c2f-b7e8-296a70dab67e   # Microsoft Graph Command Line Tools, a public client
GRAPH=$BASE/v1.0
[[ -n ${WALKTHROUGH_MARKDOWN:-} ]] || echo "# walk-through against $BASE"

section "Step 1 — add Insightly SAML from the gallery"
step "Sign in as the admin (resource-owner password grant)" \
'curl -sS --fail-with-body "$BASE/$TENANT/oauth2/v2.0/token" -d grant_type=password -d client_id=$CLIENT \
  -d username=admin@contoso.example -d password=demo \
  --data-urlencode "scope=Application.ReadWrite.All AppRoleAssignment.ReadWrite.All Synchronization.ReadWrite.All User.Read.All Group.Read.All"'
TOKEN=$(json 'd["access_token"]' <<<"$OUT")
AUTH="Authorization: Bearer $TOKEN"

step "Find the Insightly SAML gallery template" \
'curl -sS --fail-with-body -G "$GRAPH/applicationTemplates" -H "$AUTH" \
  --data-urlencode "\$filter=displayName eq '"'"'Insightly SAML'"'"'" --data-urlencode "\$select=id,displayName,supportedSingleSignOnModes,supportedProvisioningTypes"'
TEMPLATE=$(json 'd["value"][0]["id"]' <<<"$OUT")
expect "template count" "$(json 'len(d["value"])' <<<"$OUT")" 1

step "Instantiate it" \
'curl -sS --fail-with-body -X POST "$GRAPH/applicationTemplates/$TEMPLATE/instantiate" -H "$AUTH" \
  -H "Content-Type: application/json" -d '"'"'{"displayName":"Insightly SAML"}'"'"''
APP=$(json 'd["application"]["id"]' <<<"$OUT")
APPID=$(json 'd["application"]["appId"]' <<<"$OUT")
SP=$(json 'd["servicePrincipal"]["id"]' <<<"$OUT")
USER_ROLE=$(json '[r["id"] for r in d["servicePrincipal"]["appRoles"] if r["displayName"] == "User"][0]' <<<"$OUT")

# New objects answer 404 until they have replicated (--replication-delay-ms); poll as Microsoft advises.
for attempt in $(seq 1 60); do
    STATUS=$(curl -sS -o /dev/null -w '%{http_code}' "$GRAPH/servicePrincipals/$SP" -H "$AUTH")
    [[ $STATUS == 200 ]] && break
    sleep 1
done
step "Poll the service principal until it has replicated" \
'curl -sS --fail-with-body "$GRAPH/servicePrincipals/$SP?\$select=id,appId,displayName,preferredSingleSignOnMode" -H "$AUTH"'

section "Step 2 — SAML single sign-on in Entra"
step "Turn on SAML mode (before identifierUris: it exempts the app from the verified-domain rule)" \
'curl -sS --fail-with-body -X PATCH "$GRAPH/servicePrincipals/$SP" -H "$AUTH" -H "Content-Type: application/json" \
  -d '"'"'{"preferredSingleSignOnMode":"saml"}'"'"' -w "%{http_code}\n"'
expect "PATCH preferredSingleSignOnMode status" "$OUT" 204

step "Sign in to Insightly (curl keeps the session cookie in a jar)" \
'curl -sS --fail-with-body -c jar -b jar "$BASE/User/Login" -d email=admin@contoso.example -d password=demo \
  -o /dev/null -w "%{http_code} %{redirect_url}\n"'
expect "Insightly sign-in" "$OUT" "302 $BASE/"

step "Read the Sign-in page URL off System Settings › SAML" \
'curl -sS --fail-with-body -b jar "$BASE/settings/Saml" | grep -o "Sign-in page URL</label><input[^>]*>"'
SIGNIN_URL=$(htmlvalue "Sign-in page URL" <<<"$OUT")
[[ $SIGNIN_URL == "$BASE/user/saml?instanceId="* ]] || { echo "walkthrough: no Sign-in page URL" >&2; exit 1; }

step "Identifier (Entity ID) and Reply URL = the Sign-in page URL" \
'curl -sS --fail-with-body -X PATCH "$GRAPH/applications/$APP" -H "$AUTH" -H "Content-Type: application/json" \
  -d "{\"identifierUris\":[\"$SIGNIN_URL\"],\"web\":{\"redirectUris\":[\"$SIGNIN_URL\"]}}" -w "%{http_code}\n"'
expect "PATCH identifierUris status" "$OUT" 204

step "Create the SAML signing certificate" \
'curl -sS --fail-with-body -X POST "$GRAPH/servicePrincipals/$SP/addTokenSigningCertificate" -H "$AUTH" \
  -H "Content-Type: application/json" -d '"'"'{"displayName":"CN=Insightly SAML"}'"'"''
THUMBPRINT=$(json 'd["thumbprint"]' <<<"$OUT")
json '"-----BEGIN CERTIFICATE-----\n" + "\n".join(d["key"][i:i+64] for i in range(0, len(d["key"]), 64)) + "\n-----END CERTIFICATE-----"' \
    <<<"$OUT" >insightly-saml.cer

step "Make it the active signing certificate" \
'curl -sS --fail-with-body -X PATCH "$GRAPH/servicePrincipals/$SP" -H "$AUTH" -H "Content-Type: application/json" \
  -d "{\"preferredTokenSigningKeyThumbprint\":\"$THUMBPRINT\"}" -w "%{http_code}\n"'
expect "PATCH preferredTokenSigningKeyThumbprint status" "$OUT" 204

step "Federation metadata of the app" \
'curl -sS --fail-with-body "$BASE/$TENANT/federationmetadata/2007-06/federationmetadata.xml?appid=$APPID"'
grep -q "entityID=" <<<"$OUT" || { echo "walkthrough: no metadata" >&2; exit 1; }

section "Step 3 — Insightly: certificate, Enforce SAML Login, SCIM"
step "Upload the certificate to Insightly (multipart, as the browser's file input does)" \
'curl -sS --fail-with-body -b jar "$BASE/settings/Saml/Certificate" -F "certificate=@insightly-saml.cer" -L \
  | grep -o "<dt>Thumbprint</dt><dd[^>]*>[^<]*"'
expect "uploaded thumbprint" "${OUT##*>}" "$THUMBPRINT"

step "Enforce SAML and enable SCIM provisioning; read the SCIM endpoint and token off the page" \
'curl -sS --fail-with-body -b jar "$BASE/settings/Saml" -d enforceSaml=on -d enableScim=on -L \
  | grep -o "\(SCIM endpoint\|Token\)</label><input[^>]*>"'
SCIM_URL=$(htmlvalue "SCIM endpoint" <<<"$OUT")
SCIM_TOKEN=$(htmlvalue "Token" <<<"$OUT")
[[ ${#SCIM_TOKEN} -ge 32 ]] || { echo "walkthrough: no SCIM token" >&2; exit 1; }

section "Step 4 — provisioning, users and groups"
step "Synchronization templates of the app" \
'curl -sS --fail-with-body "$GRAPH/servicePrincipals/$SP/synchronization/templates" -H "$AUTH"'
SYNC_TEMPLATE=$(json 'd["value"][0]["id"]' <<<"$OUT")

step "Create the provisioning job" \
'curl -sS --fail-with-body -X POST "$GRAPH/servicePrincipals/$SP/synchronization/jobs" -H "$AUTH" \
  -H "Content-Type: application/json" -d "{\"templateId\":\"$SYNC_TEMPLATE\"}"'
JOB=$(json 'd["id"]' <<<"$OUT")

step "Test Connection (validateCredentials calls the SCIM endpoint the way Entra does)" \
'curl -sS --fail-with-body -X POST "$GRAPH/servicePrincipals/$SP/synchronization/jobs/$JOB/validateCredentials" \
  -H "$AUTH" -H "Content-Type: application/json" -w "%{http_code}\n" \
  -d "{\"useSavedCredentials\":false,\"credentials\":[{\"key\":\"BaseAddress\",\"value\":\"$SCIM_URL\"},{\"key\":\"SecretToken\",\"value\":\"$SCIM_TOKEN\"}]}"'
expect "validateCredentials status" "$OUT" 204

step "Save the credentials (only assigned users and groups)" \
'curl -sS --fail-with-body -X PUT "$GRAPH/servicePrincipals/$SP/synchronization/secrets" -H "$AUTH" \
  -H "Content-Type: application/json" -w "%{http_code}\n" \
  -d "{\"value\":[{\"key\":\"BaseAddress\",\"value\":\"$SCIM_URL\"},{\"key\":\"SecretToken\",\"value\":\"$SCIM_TOKEN\"},{\"key\":\"SyncAll\",\"value\":\"false\"}]}"'
expect "PUT secrets status" "$OUT" 204

step "Search users (needs ConsistencyLevel: eventual)" \
'curl -sS --fail-with-body -G "$GRAPH/users" -H "$AUTH" -H "ConsistencyLevel: eventual" \
  --data-urlencode "\$search=\"displayName:user\" OR \"mail:user\"" --data-urlencode "\$select=id,displayName,userPrincipalName"'
USER=$(json '[u["id"] for u in d["value"] if u["userPrincipalName"] == "user@contoso.example"][0]' <<<"$OUT")

step "Pick a group" \
'curl -sS --fail-with-body -G "$GRAPH/groups" -H "$AUTH" --data-urlencode "\$top=1" --data-urlencode "\$select=id,displayName"'
GROUP=$(json 'd["value"][0]["id"]' <<<"$OUT")

step "Assign the user" \
'curl -sS --fail-with-body -X POST "$GRAPH/servicePrincipals/$SP/appRoleAssignedTo" -H "$AUTH" -H "Content-Type: application/json" \
  -d "{\"principalId\":\"$USER\",\"resourceId\":\"$SP\",\"appRoleId\":\"$USER_ROLE\"}"'
expect "assigned principal" "$(json 'd["principalId"]' <<<"$OUT")" "$USER"

step "Assign the group through \$batch" \
'curl -sS --fail-with-body -X POST "$GRAPH/\$batch" -H "$AUTH" -H "Content-Type: application/json" \
  -d "{\"requests\":[{\"id\":\"1\",\"method\":\"POST\",\"url\":\"/servicePrincipals/$SP/appRoleAssignedTo\",\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"principalId\":\"$GROUP\",\"resourceId\":\"$SP\",\"appRoleId\":\"$USER_ROLE\"}}]}"'
expect "batch item status" "$(json 'd["responses"][0]["status"]' <<<"$OUT")" 201

step "The job's rule for users" \
'curl -sS --fail-with-body "$GRAPH/servicePrincipals/$SP/synchronization/jobs/$JOB/schema" -H "$AUTH" \
  | python3 -c "import json,sys; print(json.dumps([{k: r[k] for k in (\"id\", \"sourceDirectoryName\", \"targetDirectoryName\")} for r in json.load(sys.stdin)[\"synchronizationRules\"]]))"'
RULE=$(json 'd[0]["id"]' <<<"$OUT")

step "Provision the user on demand (the answer is double-encoded JSON, as Graph's)" \
'curl -sS --fail-with-body -X POST "$GRAPH/servicePrincipals/$SP/synchronization/jobs/$JOB/provisionOnDemand" -H "$AUTH" \
  -H "Content-Type: application/json" \
  -d "{\"parameters\":[{\"ruleId\":\"$RULE\",\"subjects\":[{\"objectId\":\"$USER\",\"objectTypeName\":\"User\"}]}]}"'
expect "provisionOnDemand result" "$(json 'json.loads(d["key"])["result"]' <<<"$OUT")" Success

# Starting the job only now keeps the on-demand answer above "Success": a started engine could have pushed
# the user already ("Skipped: RedundantExport").
step "Start the job" \
'curl -sS --fail-with-body -X POST "$GRAPH/servicePrincipals/$SP/synchronization/jobs/$JOB/start" -H "$AUTH" -w "%{http_code}\n"'
expect "start status" "$OUT" 204

# The engine's first cycle runs within syncIntervalMs of start; wait for it to report.
for attempt in $(seq 1 60); do
    CODE=$(curl -sS "$GRAPH/servicePrincipals/$SP/synchronization/jobs/$JOB" -H "$AUTH" | json 'd["status"].get("lastExecution") and d["status"]["code"]')
    [[ $CODE == Active ]] && break
    sleep 1
done
step "Job status" \
'curl -sS --fail-with-body "$GRAPH/servicePrincipals/$SP/synchronization/jobs/$JOB?\$select=id,status" -H "$AUTH" \
  | python3 -c "import json,sys; s=json.load(sys.stdin)[\"status\"]; print(json.dumps({k: s.get(k) for k in (\"code\", \"lastExecution\", \"synchronizedEntryCountByType\")}))"'
expect "job status" "$(json 'd["code"]' <<<"$OUT")" Active

step "The user, as Insightly's SCIM service sees it" \
'curl -sS --fail-with-body "$SCIM_URL/Users?filter=userName%20eq%20%22user@contoso.example%22" \
  -H "Authorization: Bearer $SCIM_TOKEN"'
expect "SCIM users found" "$(json 'd["totalResults"]' <<<"$OUT")" 1

[[ -n ${WALKTHROUGH_MARKDOWN:-} ]] || printf '\n# walk-through finished: every step succeeded\n'
