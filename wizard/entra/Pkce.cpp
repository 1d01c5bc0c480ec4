#include "entra/Pkce.h"

#include "core/SecretRedaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtGlobal>

namespace insightly::entra {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray randomUrlSafeToken(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < byteCount; ++i)
        bytes[i] = char(rng->bounded(256));
    return bytes.toBase64(kBase64Url);
}

Pkce Pkce::generate(int verifierLength)
{
    verifierLength = qBound(43, verifierLength, 128);
    // base64url of n bytes gives ceil(4n/3) characters from the RFC 7636 unreserved set.
    QByteArray verifier = randomUrlSafeToken((verifierLength * 3 + 3) / 4).left(verifierLength);
    registerSecret(verifier);
    return {verifier, challengeFor(verifier)};
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (char c : verifier) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace insightly::entra
