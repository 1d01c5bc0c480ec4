#include "entra/CertificateCleanup.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace insightly::entra {

using namespace setupops;

QCoro::Task<CertificateResult> CertificateCleanup::removeCertificates(OperationContext context,
                                                                      QStringList thumbprints)
{
    const CertificateInventory inventory = co_await CertificateReader::read(context);
    if (inventory.failed())
        co_return CertificateResult::failedWith(inventory);
    QSet<QString> customKeyIds;
    CertificateResult result;
    for (const QString &thumbprint : thumbprints) {
        const TokenSigningCertificate *c = inventory.find(thumbprint);
        if (!c)
            continue; // already gone
        if (c->active)
            co_return CertificateResult::failedWith(failure(
                tr("The active signing certificate cannot be removed."),
                tr("Microsoft Entra signs Insightly sign-ins with %1.").arg(c->thumbprint),
                tr("Activate another certificate first."), QStringLiteral("steps.certificate-active")));
        customKeyIds.insert(c->customKeyIdentifier);
        result.removedThumbprints.append(c->thumbprint);
    }
    result.outcome = CertificateResult::Outcome::Removed;
    if (customKeyIds.isEmpty())
        co_return result;
    // No action removes a SAML certificate: PATCH both collections without every entry of the certificate,
    // chosen by customKeyIdentifier equality (the Sign key, the Verify key and the password share it).
    const auto without = [&customKeyIds](const QJsonArray &credentials) {
        QJsonArray kept;
        for (const QJsonValue &v : credentials)
            if (!customKeyIds.contains(v.toObject().value(CertificateReader::kCustomKeyId).toString()))
                kept.append(v);
        return kept;
    };
    context.report(tr("Removing %n old certificate(s)…", nullptr, int(customKeyIds.size())));
    GraphRequest patch =
        prepared(GraphRequest::patch(
                     QStringLiteral("/servicePrincipals/") + context.setup->state().servicePrincipalId,
                     QJsonObject{{CertificateReader::kKeys, without(inventory.keyCredentials)},
                                 {CertificateReader::kPasswords, without(inventory.passwordCredentials)}}),
                 context);
    patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
    const GraphResult answer = co_await context.graph->send(patch);
    if (!answer.ok())
        co_return CertificateResult::failedWith(failureOf(answer));
    const QStringList removed = result.removedThumbprints;
    const std::function<bool(const CertificateInventory &)> allGone = [removed](
                                                                          const CertificateInventory &i) {
        return std::none_of(removed.cbegin(), removed.cend(), [&i](const QString &t) { return i.find(t); });
    };
    const QString confirming = tr("Confirming the removal… seen %1 of %2 times");
    const OperationFailure waited = co_await CertificateReader::waitFor(context, allGone, confirming);
    if (waited.failed())
        co_return CertificateResult::failedWith(waited);
    co_return result;
}

} // namespace insightly::entra
