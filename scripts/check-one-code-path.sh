#!/usr/bin/env bash
# The one-code-path gate: wizard/ never knows whether it talks to Microsoft and Insightly or to the simulated
# world, and nothing but app/ (the demo wiring) and tests/ may accept a certificate error. Prints every
# offending line and exits 1; exits 0 when clean. Usage: scripts/check-one-code-path.sh [REPO_ROOT]
set -uo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || exit 2

# The OAuth loopback redirect of the system-browser sign-in is the one place wizard/ may name a loopback
# address: file and a pattern of the allowed line (extended regular expression, matched on the line text).
allowed=(
    'wizard/browser/LoopbackRedirectListener.h:.*'
    'wizard/browser/LoopbackRedirectListener.cpp:.*'
    'wizard/browser/README.md:LoopbackRedirectListener'
    'wizard/entra/TokenClient.cpp:host\.compare\(QLatin1String\("localhost"\)'
    'wizard/entra/TokenClient.h:Entra ignores the port of localhost redirect URIs'
    'wizard/entra/CloudEndpoints.cpp:kDefaultClientId\), QUrl\(QStringLiteral\("http://localhost"\)\)'
)

is_allowed() { # $1 = file, $2 = line text
    local entry file pattern
    for entry in "${allowed[@]}"; do
        file="${entry%%:*}"
        pattern="${entry#*:}"
        if [ "$1" = "$file" ] && printf '%s\n' "$2" | grep -Eq -- "$pattern"; then
            return 0
        fi
    done
    return 1
}

failed=0
report() { # $1 = rule, $2 = grep -n line "file:line:text"
    echo "one-code-path: $1: $2"
    failed=1
}

# 1. What wizard/ must not mention.
while IFS= read -r hit; do
    file="${hit%%:*}"
    rest="${hit#*:}"
    text="${rest#*:}"
    is_allowed "$file" "$text" || report "wizard/ names a loopback address, the simulator or demo mode" "$hit"
done < <(grep -rnIiE 'endpointOverride|allowLoopbackHttp|127\.0\.0\.1|localhost|\bsim\b|simulat|\bdemo\b' wizard/ || true)

# 2. Certificate errors accepted anywhere but app/ and tests/.
while IFS= read -r hit; do
    report "a certificate error accepted outside app/ and tests/" "$hit"
done < <(grep -rnIE 'acceptCertificate|ignoreSslErrors' --include='*.cpp' --include='*.h' --include='*.hpp' \
             --include='*.js' --exclude-dir=build --exclude-dir=.git . \
         | grep -vE '^\./(app|tests)/' || true)

if [ "$failed" -ne 0 ]; then
    echo "one-code-path: FAILED (see the lines above)"
    exit 1
fi
echo "one-code-path: OK"
