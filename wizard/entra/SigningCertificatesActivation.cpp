// SAML signing certificates that exist already: activation (with rollback), removal, and who is told before
// they expire. Reading and creating: SigningCertificates.cpp.
#include "entra/SigningCertificates.h"

#include "core/SetupStateStore.h"
#include "entra/SigningCertificates_p.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace insightly::entra {

using namespace setupops;
using namespace certificates;

QCoro::Task<CertificateResult> SigningCertificates::activate(OperationContext context, QString thumbprint)
{
    const CertificateInventory inventory = co_await read(context);
    if (inventory.failed())
        co_return failedWith(inventory);
    co_return co_await activateFrom(context, inventory, thumbprint, QJsonObject{});
}

namespace certificates {

QCoro::Task<CertificateResult> activateFrom(OperationContext context, CertificateInventory inventory,
                                            QString thumbprint, QJsonObject alsoSet)
{
    const QString wanted = SigningCertificate::normalizedThumbprint(thumbprint);
    if (!inventory.find(wanted)) {
        // Not in the inventory at hand (e.g. found by a look after a lost answer): read the current one.
        inventory = co_await SigningCertificates::read(context);
        if (inventory.failed())
            co_return failedWith(inventory);
    }
    const TokenSigningCertificate *target = inventory.find(wanted);
    if (!target)
        co_return failedWith(
            failure(SigningCertificates::tr("The certificate %1 is not on the Insightly SAML application.")
                        .arg(wanted),
                    SigningCertificates::tr("It was removed, or it belongs to another application."),
                    SigningCertificates::tr("Read the certificates again and choose one that is listed."),
                    QStringLiteral("steps.certificate-unknown")));
    if (!target->certificate.isValidAt(QDateTime::currentDateTimeUtc()))
        co_return failedWith(
            failure(SigningCertificates::tr("The certificate %1 is expired or not yet valid.").arg(wanted),
                    SigningCertificates::tr("Microsoft Entra cannot sign with it."),
                    SigningCertificates::tr("Create a new certificate instead."),
                    QStringLiteral("steps.certificate-expired")));
    CertificateResult result;
    result.previousThumbprint = inventory.activeThumbprint;
    result.certificate = *target;
    result.certificate.active = true;
    if (target->active && alsoSet.isEmpty()) {
        result.outcome = CertificateResult::Outcome::AlreadyActive;
        saveActive(context, result.certificate);
        co_return result;
    }
    const bool activating = !target->active;
    if (activating)
        context.report(SigningCertificates::tr("Activating the certificate %1…").arg(wanted));
    QJsonObject body = alsoSet;
    body.insert(kPreferred, wanted);
    GraphRequest patch =
        prepared(GraphRequest::patch(
                     QStringLiteral("/servicePrincipals/") + context.setup->state().servicePrincipalId, body),
                 context);
    patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
    const GraphResult answer = co_await context.graph->send(patch);
    if (!answer.ok())
        co_return failedWith(failureOf(answer));
    if (alsoSet.contains(kEmails))
        context.setup->update(
            [&](SetupState &state) { state.notificationEmails = stringsOf(alsoSet.value(kEmails)); });
    if (activating) {
        const std::function<bool(const CertificateInventory &)> isActive =
            [wanted](const CertificateInventory &i) { return i.activeThumbprint == wanted; };
        const QString confirming =
            SigningCertificates::tr("Confirming the active certificate… seen %1 of %2 times");
        const OperationFailure waited = co_await waitForInventory(context, isActive, confirming);
        if (waited.failed())
            co_return failedWith(waited);
    }
    result.outcome =
        activating ? CertificateResult::Outcome::Activated : CertificateResult::Outcome::AlreadyActive;
    saveActive(context, result.certificate);
    co_return result;
}

OperationFailure emailChange(const CertificateInventory &inventory, QStringList emails, QJsonObject *change)
{
    emails.removeAll(QString());
    emails.removeDuplicates();
    if (emails.size() > 5)
        return failure(SigningCertificates::tr("Too many addresses for certificate expiry notices."),
                       SigningCertificates::tr("Microsoft Entra accepts at most 5 addresses."),
                       SigningCertificates::tr("Remove some addresses."),
                       QStringLiteral("steps.too-many-emails"));
    const auto lowerSorted = [](QStringList list) {
        for (QString &s : list)
            s = s.toLower();
        list.sort();
        return list;
    };
    *change = {};
    if (lowerSorted(inventory.notificationEmailAddresses) != lowerSorted(emails))
        change->insert(kEmails, QJsonArray::fromStringList(emails));
    return {};
}

} // namespace certificates

QCoro::Task<CertificateResult> SigningCertificates::rollback(OperationContext context,
                                                             QString previousThumbprint)
{
    const CertificateInventory inventory = co_await read(context);
    if (inventory.failed())
        co_return failedWith(inventory);
    const TokenSigningCertificate *previous = inventory.find(previousThumbprint);
    if (!previous || !previous->certificate.isValidAt(QDateTime::currentDateTimeUtc()))
        co_return failedWith(failure(
            tr("The previous certificate can no longer be made active again."),
            previous ? tr("It has expired.") : tr("It was removed from the application."),
            tr("Upload the current certificate to Insightly instead (Certificate (Base64)), then test "
               "the sign-in again."),
            QStringLiteral("steps.rollback-impossible")));
    context.report(tr("Going back to the previous certificate…"));
    co_return co_await activate(context, previousThumbprint);
}

QCoro::Task<CertificateResult> SigningCertificates::removeCertificates(OperationContext context,
                                                                       QStringList thumbprints)
{
    const CertificateInventory inventory = co_await read(context);
    if (inventory.failed())
        co_return failedWith(inventory);
    QSet<QString> customKeyIds;
    CertificateResult result;
    for (const QString &thumbprint : thumbprints) {
        const TokenSigningCertificate *c = inventory.find(thumbprint);
        if (!c)
            continue; // already gone
        if (c->active)
            co_return failedWith(failure(
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
            if (!customKeyIds.contains(v.toObject().value(kCustomKeyId).toString()))
                kept.append(v);
        return kept;
    };
    context.report(tr("Removing %n old certificate(s)…", nullptr, int(customKeyIds.size())));
    GraphRequest patch = prepared(
        GraphRequest::patch(QStringLiteral("/servicePrincipals/") + context.setup->state().servicePrincipalId,
                            QJsonObject{{kKeys, without(inventory.keyCredentials)},
                                        {kPasswords, without(inventory.passwordCredentials)}}),
        context);
    patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
    const GraphResult answer = co_await context.graph->send(patch);
    if (!answer.ok())
        co_return failedWith(failureOf(answer));
    const QStringList removed = result.removedThumbprints;
    const std::function<bool(const CertificateInventory &)> allGone = [removed](
                                                                          const CertificateInventory &i) {
        return std::none_of(removed.cbegin(), removed.cend(), [&i](const QString &t) { return i.find(t); });
    };
    const QString confirming = tr("Confirming the removal… seen %1 of %2 times");
    const OperationFailure waited = co_await waitForInventory(context, allGone, confirming);
    if (waited.failed())
        co_return failedWith(waited);
    co_return result;
}

QCoro::Task<OperationFailure> SigningCertificates::setNotificationEmails(OperationContext context,
                                                                         QStringList emails)
{
    QJsonObject change;
    if (const OperationFailure refused = emailChange(CertificateInventory{}, emails, &change);
        refused.failed())
        co_return refused;
    const CertificateInventory inventory = co_await read(context);
    if (inventory.failed())
        co_return inventory;
    emailChange(inventory, emails, &change);
    if (change.isEmpty())
        co_return OperationFailure{};
    context.report(tr("Setting who is told before the certificate expires…"));
    GraphRequest patch = prepared(
        GraphRequest::patch(QStringLiteral("/servicePrincipals/") + context.setup->state().servicePrincipalId,
                            change),
        context);
    patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
    const GraphResult answer = co_await context.graph->send(patch);
    if (!answer.ok())
        co_return failureOf(answer);
    context.setup->update(
        [&](SetupState &state) { state.notificationEmails = stringsOf(change.value(kEmails)); });
    co_return OperationFailure{};
}

} // namespace insightly::entra
