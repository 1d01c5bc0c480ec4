#include "entra/CertificateActivation.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include <QJsonArray>

namespace insightly::entra {

using namespace setupops;

QCoro::Task<CertificateResult> CertificateActivation::activate(OperationContext context, QString thumbprint)
{
    const CertificateInventory inventory = co_await CertificateReader::read(context);
    if (inventory.failed())
        co_return CertificateResult::failedWith(inventory);
    co_return co_await activateFrom(context, inventory, thumbprint, QJsonObject{});
}

QCoro::Task<CertificateResult> CertificateActivation::activateFrom(OperationContext context,
                                                                   CertificateInventory inventory,
                                                                   QString thumbprint, QJsonObject alsoSet)
{
    const QString wanted = SigningCertificate::normalizedThumbprint(thumbprint);
    if (!inventory.find(wanted)) {
        // Not in the inventory at hand (e.g. found by a look after a lost answer): read the current one.
        inventory = co_await CertificateReader::read(context);
        if (inventory.failed())
            co_return CertificateResult::failedWith(inventory);
    }
    const TokenSigningCertificate *target = inventory.find(wanted);
    if (!target)
        co_return CertificateResult::failedWith(
            failure(tr("The certificate %1 is not on the Insightly SAML application.").arg(wanted),
                    tr("It was removed, or it belongs to another application."),
                    tr("Read the certificates again and choose one that is listed."),
                    QStringLiteral("steps.certificate-unknown")));
    if (!target->certificate.isValidAt(QDateTime::currentDateTimeUtc()))
        co_return CertificateResult::failedWith(
            failure(tr("The certificate %1 is expired or not yet valid.").arg(wanted),
                    tr("Microsoft Entra cannot sign with it."), tr("Create a new certificate instead."),
                    QStringLiteral("steps.certificate-expired")));
    CertificateResult result;
    result.previousThumbprint = inventory.activeThumbprint;
    result.certificate = *target;
    result.certificate.active = true;
    if (target->active && alsoSet.isEmpty()) {
        result.outcome = CertificateResult::Outcome::AlreadyActive;
        recordActive(context, result.certificate);
        co_return result;
    }
    const bool activating = !target->active;
    if (activating)
        context.report(tr("Activating the certificate %1…").arg(wanted));
    QJsonObject body = alsoSet;
    body.insert(CertificateReader::kPreferred, wanted);
    GraphRequest patch =
        prepared(GraphRequest::patch(
                     QStringLiteral("/servicePrincipals/") + context.setup->state().servicePrincipalId, body),
                 context);
    patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
    const GraphResult answer = co_await context.graph->send(patch);
    if (!answer.ok())
        co_return CertificateResult::failedWith(failureOf(answer));
    if (alsoSet.contains(CertificateReader::kEmails))
        context.setup->update([&](SetupState &state) {
            state.notificationEmails = stringsOf(alsoSet.value(CertificateReader::kEmails));
        });
    if (activating) {
        const std::function<bool(const CertificateInventory &)> isActive =
            [wanted](const CertificateInventory &i) { return i.activeThumbprint == wanted; };
        const QString confirming = tr("Confirming the active certificate… seen %1 of %2 times");
        const OperationFailure waited = co_await CertificateReader::waitFor(context, isActive, confirming);
        if (waited.failed())
            co_return CertificateResult::failedWith(waited);
    }
    result.outcome =
        activating ? CertificateResult::Outcome::Activated : CertificateResult::Outcome::AlreadyActive;
    recordActive(context, result.certificate);
    co_return result;
}

OperationFailure CertificateActivation::emailChange(const CertificateInventory &inventory, QStringList emails,
                                                    QJsonObject *change)
{
    emails.removeAll(QString());
    emails.removeDuplicates();
    if (emails.size() > 5)
        return failure(tr("Too many addresses for certificate expiry notices."),
                       tr("Microsoft Entra accepts at most 5 addresses."), tr("Remove some addresses."),
                       QStringLiteral("steps.too-many-emails"));
    const auto lowerSorted = [](QStringList list) {
        for (QString &s : list)
            s = s.toLower();
        list.sort();
        return list;
    };
    *change = {};
    if (lowerSorted(inventory.notificationEmailAddresses) != lowerSorted(emails))
        change->insert(CertificateReader::kEmails, QJsonArray::fromStringList(emails));
    return {};
}

void CertificateActivation::recordActive(const OperationContext &context,
                                         const TokenSigningCertificate &active)
{
    context.setup->update([&](SetupState &state) {
        state.certificateThumbprint = active.thumbprint;
        state.certificateExpiry = active.endDateTime;
    });
    context.setup->markStepCompleted(SetupState::Step::Certificate);
}

QCoro::Task<CertificateResult> CertificateActivation::rollback(OperationContext context,
                                                               QString previousThumbprint)
{
    const CertificateInventory inventory = co_await CertificateReader::read(context);
    if (inventory.failed())
        co_return CertificateResult::failedWith(inventory);
    const TokenSigningCertificate *previous = inventory.find(previousThumbprint);
    if (!previous || !previous->certificate.isValidAt(QDateTime::currentDateTimeUtc()))
        co_return CertificateResult::failedWith(failure(
            tr("The previous certificate can no longer be made active again."),
            previous ? tr("It has expired.") : tr("It was removed from the application."),
            tr("Upload the current certificate to Insightly instead (Certificate (Base64)), then test "
               "the sign-in again."),
            QStringLiteral("steps.rollback-impossible")));
    context.report(tr("Going back to the previous certificate…"));
    co_return co_await activate(context, previousThumbprint);
}

QCoro::Task<OperationFailure> CertificateActivation::setNotificationEmails(OperationContext context,
                                                                           QStringList emails)
{
    QJsonObject change;
    if (const OperationFailure refused = emailChange(CertificateInventory{}, emails, &change);
        refused.failed())
        co_return refused;
    const CertificateInventory inventory = co_await CertificateReader::read(context);
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
    context.setup->update([&](SetupState &state) {
        state.notificationEmails = stringsOf(change.value(CertificateReader::kEmails));
    });
    co_return OperationFailure{};
}

} // namespace insightly::entra
