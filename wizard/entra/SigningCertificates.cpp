#include "entra/SigningCertificates.h"

namespace insightly::entra {

QCoro::Task<CertificateInventory> SigningCertificates::read(OperationContext context)
{
    Q_UNUSED(context);
    CertificateInventory result;
    result.error.what = QStringLiteral("SigningCertificates::read is not implemented yet.");
    co_return result;
}

QCoro::Task<CertificateResult> SigningCertificates::ensureActive(OperationContext context, Options options)
{
    Q_UNUSED(context);
    Q_UNUSED(options);
    CertificateResult result;
    result.error.what = QStringLiteral("SigningCertificates::ensureActive is not implemented yet.");
    co_return result;
}

QCoro::Task<CertificateResult> SigningCertificates::createForRotation(OperationContext context, Options options)
{
    Q_UNUSED(context);
    Q_UNUSED(options);
    CertificateResult result;
    result.error.what = QStringLiteral("SigningCertificates::createForRotation is not implemented yet.");
    co_return result;
}

QCoro::Task<CertificateResult> SigningCertificates::activate(OperationContext context, QString thumbprint)
{
    Q_UNUSED(context);
    Q_UNUSED(thumbprint);
    CertificateResult result;
    result.error.what = QStringLiteral("SigningCertificates::activate is not implemented yet.");
    co_return result;
}

QCoro::Task<CertificateResult> SigningCertificates::rollback(OperationContext context, QString previousThumbprint)
{
    Q_UNUSED(context);
    Q_UNUSED(previousThumbprint);
    CertificateResult result;
    result.error.what = QStringLiteral("SigningCertificates::rollback is not implemented yet.");
    co_return result;
}

QCoro::Task<CertificateResult> SigningCertificates::removeCertificates(OperationContext context, QStringList thumbprints)
{
    Q_UNUSED(context);
    Q_UNUSED(thumbprints);
    CertificateResult result;
    result.error.what = QStringLiteral("SigningCertificates::removeCertificates is not implemented yet.");
    co_return result;
}

QCoro::Task<OperationFailure> SigningCertificates::setNotificationEmails(OperationContext context, QStringList emails)
{
    Q_UNUSED(context);
    Q_UNUSED(emails);
    OperationFailure result;
    result.error.what = QStringLiteral("SigningCertificates::setNotificationEmails is not implemented yet.");
    co_return result;
}

qint64 TokenSigningCertificate::daysLeft(const QDateTime &now) const
{
    return certificate.daysLeft(now);
}
const TokenSigningCertificate *CertificateInventory::active() const
{
    return nullptr;
}
const TokenSigningCertificate *CertificateInventory::find(const QString &) const
{
    return nullptr;
}
} // namespace insightly::entra
