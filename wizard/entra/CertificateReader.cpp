#include "entra/CertificateReader.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include <QJsonArray>
#include <algorithm>

namespace insightly::entra {

using namespace setupops;

namespace {

QDateTime graphTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

CertificateResult CertificateResult::failedWith(const OperationFailure &failure)
{
    CertificateResult result;
    static_cast<OperationFailure &>(result) = failure;
    result.outcome = CertificateResult::Outcome::Failed;
    return result;
}

qint64 TokenSigningCertificate::daysLeft(const QDateTime &now) const
{
    if (!certificate.isNull())
        return certificate.daysLeft(now);
    return now.daysTo(endDateTime);
}

const TokenSigningCertificate *CertificateInventory::active() const
{
    return activeThumbprint.isEmpty() ? nullptr : find(activeThumbprint);
}

const TokenSigningCertificate *CertificateInventory::find(const QString &thumbprint) const
{
    const QString wanted = SigningCertificate::normalizedThumbprint(thumbprint);
    for (const TokenSigningCertificate &c : certificates)
        if (!wanted.isEmpty() && c.thumbprint == wanted)
            return &c;
    return nullptr;
}

QCoro::Task<CertificateInventory> CertificateReader::read(OperationContext context)
{
    CertificateInventory inventory;
    if (const OperationFailure missing = missingInputs(context, true); missing.failed()) {
        static_cast<OperationFailure &>(inventory) = missing;
        co_return inventory;
    }
    QUrlQuery query;
    // `key` comes only with $select on one object
    // (https://learn.microsoft.com/graph/api/serviceprincipal-addtokensigningcertificate).
    query.addQueryItem(QStringLiteral("$select"),
                       QStringList{kKeys, kPasswords, kPreferred, kEmails}.join(u','));
    GraphRequest request = prepared(
        GraphRequest::get(QStringLiteral("/servicePrincipals/") + context.setup->state().servicePrincipalId,
                          query),
        context);
    request.consistencyRetries = ConsistencyRetry::NotFound;
    const GraphResult answer = co_await context.graph->send(request);
    if (!answer.ok()) {
        static_cast<OperationFailure &>(inventory) = failureOf(answer);
        co_return inventory;
    }
    inventory.keyCredentials = answer.json.value(kKeys).toArray();
    inventory.passwordCredentials = answer.json.value(kPasswords).toArray();
    inventory.activeThumbprint =
        SigningCertificate::normalizedThumbprint(answer.json.value(kPreferred).toString());
    inventory.notificationEmailAddresses = stringsOf(answer.json.value(kEmails));
    for (const QJsonValue &v : std::as_const(inventory.keyCredentials)) {
        const QJsonObject key = v.toObject();
        if (key.value(QStringLiteral("usage")).toString() != QLatin1String("Verify") ||
            key.value(QStringLiteral("type")).toString() != QLatin1String("AsymmetricX509Cert"))
            continue;
        TokenSigningCertificate c;
        c.customKeyIdentifier = key.value(kCustomKeyId).toString();
        c.verifyKeyId = key.value(QStringLiteral("keyId")).toString();
        c.displayName = key.value(QStringLiteral("displayName")).toString();
        c.startDateTime = graphTime(key.value(QStringLiteral("startDateTime")));
        c.endDateTime = graphTime(key.value(QStringLiteral("endDateTime")));
        c.certificate = SigningCertificate::fromDer(
            QByteArray::fromBase64(key.value(QStringLiteral("key")).toString().toLatin1()));
        // The thumbprint is computed, never taken from elsewhere; customKeyIdentifier has carried the same
        // bytes in Microsoft's examples, which is only an observation: a difference is logged.
        const QString fromCustomKeyId =
            QString::fromLatin1(QByteArray::fromBase64(c.customKeyIdentifier.toLatin1()).toHex().toUpper());
        c.thumbprint = c.certificate.isNull() ? QString() : c.certificate.thumbprint();
        if (!c.thumbprint.isEmpty() && fromCustomKeyId.size() == 40 && fromCustomKeyId != c.thumbprint)
            qCWarning(lcSetupSteps) << "customKeyIdentifier differs from the computed thumbprint of key"
                                    << c.verifyKeyId;
        c.active = !c.thumbprint.isEmpty() && c.thumbprint == inventory.activeThumbprint;
        inventory.certificates.append(c);
    }
    std::stable_sort(inventory.certificates.begin(), inventory.certificates.end(),
                     [](const auto &a, const auto &b) { return a.endDateTime > b.endDateTime; });
    co_return inventory;
}

QCoro::Task<OperationFailure>
CertificateReader::waitFor(OperationContext context, std::function<bool(const CertificateInventory &)> wanted,
                           QString sentence, FirstLook first, CertificateInventory *seen)
{
    const std::function<QCoro::Task<Probe>()> probe = [context, wanted, seen]() -> QCoro::Task<Probe> {
        Probe look;
        const CertificateInventory inventory = co_await read(context);
        if (inventory.failed())
            look.failure = inventory;
        else
            look.seen = wanted(inventory);
        if (seen)
            *seen = inventory;
        co_return look;
    };
    const std::function<QString(int, int)> describe = [sentence](int seen, int needed) {
        return sentence.arg(seen).arg(needed);
    };
    const UserMessage timeout =
        replicationTimeout(tr("Microsoft Entra did not confirm the certificate change in time."),
                           tr("The change was not read back consistently (replication)."),
                           tr("Wait a few minutes and run this step again; it continues with the "
                              "certificates that exist instead of creating more."));
    co_return co_await waitUntilSeen(context, context.convergence.confirmations, probe, describe, timeout,
                                     first);
}

} // namespace insightly::entra
