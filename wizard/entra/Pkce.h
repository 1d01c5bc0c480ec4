#pragma once

#include <QByteArray>
#include <QString>

namespace insightly::entra {

// Proof Key for Code Exchange (RFC 7636), S256 only.
struct Pkce {
    QByteArray verifier;  // 43–128 characters of [A-Za-z0-9-._~]
    QByteArray challenge; // BASE64URL(SHA-256(verifier)), no padding

    // A fresh pair from the operating system's CSPRNG (QRandomGenerator::system()).
    static Pkce generate(int verifierLength = 64);
    static QByteArray challengeFor(const QByteArray &verifier);
    static bool isValidVerifier(const QByteArray &verifier);
};

// `byteCount` random bytes from the OS CSPRNG, base64url-encoded without padding (for state, nonce,
// verifiers).
QByteArray randomUrlSafeToken(int byteCount);

} // namespace insightly::entra
