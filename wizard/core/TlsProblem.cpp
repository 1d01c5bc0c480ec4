#include "core/TlsProblem.h"

#include <QStringList>
#include <algorithm>

namespace insightly {

TlsProblemKind TlsProblem::classify(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return TlsProblemKind::None;
    const auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) {
        return std::any_of(errors.cbegin(), errors.cend(), [&kinds](const QSslError &e) {
            return std::find(kinds.begin(), kinds.end(), e.error()) != kinds.end();
        });
    };
    if (has({QSslError::CertificateRevoked, QSslError::CertificateBlacklisted,
             QSslError::CertificateSignatureFailed}))
        return TlsProblemKind::Revoked;
    if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        return TlsProblemKind::Expired;
    if (has({QSslError::HostNameMismatch}))
        return TlsProblemKind::WrongName;
    if (has({QSslError::UnableToGetIssuerCertificate, QSslError::UnableToGetLocalIssuerCertificate,
             QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::CertificateUntrusted, QSslError::UnableToVerifyFirstCertificate,
             QSslError::InvalidCaCertificate, QSslError::CertificateRejected}))
        return TlsProblemKind::UntrustedIssuer;
    return TlsProblemKind::Other;
}

QString TlsProblem::describe(const QString &host, TlsProblemKind kind, const QString &detail)
{
    QString sentence;
    switch (kind) {
    case TlsProblemKind::UntrustedIssuer:
        sentence =
            tr("The certificate of %1 was issued by an authority this computer does not trust.").arg(host);
        break;
    case TlsProblemKind::Expired:
        sentence = tr("The certificate of %1 has expired or is not valid yet.").arg(host);
        break;
    case TlsProblemKind::WrongName:
        sentence = tr("The certificate presented for %1 was issued for another name.").arg(host);
        break;
    case TlsProblemKind::Revoked:
        sentence = tr("The certificate of %1 was revoked or is damaged.").arg(host);
        break;
    case TlsProblemKind::None:
    case TlsProblemKind::Other:
        sentence = tr("The secure connection to %1 could not be verified.").arg(host);
        break;
    }
    sentence += u' ' + tr("Nothing was sent to it.");
    if (!detail.isEmpty())
        sentence += QStringLiteral(" (") + detail + u')';
    return sentence;
}

QString TlsProblem::describe(const QString &host, const QList<QSslError> &errors)
{
    QStringList details;
    for (const QSslError &e : errors)
        details << e.errorString();
    details.removeDuplicates();
    return describe(host, classify(errors), details.join(QStringLiteral("; ")));
}

QString TlsProblem::advice()
{
    return tr("Check the date and time of this computer. If your company inspects secure connections, its "
              "proxy's certificate authority must be trusted by this computer; otherwise do not continue.");
}

} // namespace insightly
