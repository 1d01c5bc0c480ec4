#include "entra/SigningCertificates.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include "entra/CertificateActivation.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace insightly::entra {

using namespace setupops;

bool SigningCertificates::isUsable(const TokenSigningCertificate &certificate, int minimumDaysLeft,
                                   const QDateTime &now)
{
    return !certificate.certificate.isNull() && certificate.certificate.isValidAt(now) &&
           certificate.daysLeft(now) > minimumDaysLeft;
}

namespace {

// The certificate an earlier rotation made and has not activated yet. First the one the wizard recorded
// (SetupState::certificateRotation), then — when the record was lost (a crash between Entra's answer and the
// save) — the newest inactive one that is not older than the active one. End dates are not compared: they
// are to the second, and a rotation may choose a shorter validity than the active certificate has.
const TokenSigningCertificate *pendingRotationCertificate(const OperationContext &context,
                                                          const CertificateInventory &inventory,
                                                          const SigningCertificates::Options &options)
{
    const TokenSigningCertificate *active = inventory.active();
    const auto pending = [&](const TokenSigningCertificate &c) {
        return !c.active && SigningCertificates::isUsable(c, options.minimumDaysLeft) &&
               (!active || c.startDateTime >= active->startDateTime);
    };
    QString recorded;
    if (context.setup && context.setup->state().certificateRotation)
        recorded = context.setup->state().certificateRotation->newThumbprint;
    if (!recorded.isEmpty())
        for (const TokenSigningCertificate &c : inventory.certificates)
            if (c.thumbprint == recorded && pending(c))
                return &c;
    const TokenSigningCertificate *newest = nullptr;
    for (const TokenSigningCertificate &c : inventory.certificates)
        if (pending(c) && (!newest || c.startDateTime > newest->startDateTime))
            newest = &c;
    return newest;
}

// How many times addTokenSigningCertificate is sent when no answer says clearly whether it landed.
constexpr int kMaximumCreatePosts = 3;

// A certificate that was not in `known` and started at most ten minutes before `since`: what a lost answer
// to addTokenSigningCertificate may have made.
bool madeSince(const TokenSigningCertificate &c, const QSet<QString> &known, const QDateTime &since)
{
    return !c.thumbprint.isEmpty() && !known.contains(c.thumbprint) && c.startDateTime >= since.addSecs(-600);
}

// Looks for a certificate made since `since`, every poll interval for ConvergencePolicy::landedGrace (a
// new key credential reaches every replica only after a while). The newest one found, or none. A failed read
// ends the look with its failure.
QCoro::Task<CertificateResult> lookForLanded(OperationContext context, QSet<QString> known, QDateTime since)
{
    const QDeadlineTimer deadline(context.convergence.landedGrace);
    for (int look = 0; look == 0 || !deadline.hasExpired(); ++look) {
        context.report(SigningCertificates::tr(
            "Microsoft Entra did not confirm the new certificate; checking whether it was created…"));
        if (look > 0 && !co_await pause(context, context.convergence.pollInterval))
            co_return CertificateResult::failedWith(cancelledFailure());
        const CertificateInventory inventory = co_await CertificateReader::read(context);
        if (inventory.failed())
            co_return CertificateResult::failedWith(inventory);
        const TokenSigningCertificate *newest = nullptr;
        for (const TokenSigningCertificate &c : inventory.certificates)
            if (madeSince(c, known, since) && (!newest || c.startDateTime > newest->startDateTime))
                newest = &c;
        if (newest) {
            CertificateResult found;
            found.outcome = CertificateResult::Outcome::CreatedInactive;
            found.certificate = *newest;
            found.previousThumbprint = inventory.activeThumbprint;
            co_return found;
        }
    }
    CertificateResult none;
    none.outcome = CertificateResult::Outcome::Failed; // not found, and no failure either
    co_return none;
}

// addTokenSigningCertificate, then wait until its Verify key is visible. `known` = thumbprints before.
// The POST is not safe to repeat: after an answer that does not say whether it landed (none, 429, 5xx) the
// inventory is looked at first, and only when no new certificate shows up is it sent again.
// `latest`, when given, receives the inventory in which the new certificate was seen.
QCoro::Task<CertificateResult> createCertificate(OperationContext context,
                                                 SigningCertificates::Options options, QSet<QString> known,
                                                 CertificateInventory *latest = nullptr)
{
    const QString spId = context.setup->state().servicePrincipalId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int days = std::clamp(options.validityDays, 1, SigningCertificates::kMaximumValidityDays);
    // Entra refuses more than 3 years; a minute's margin for the clock between here and there.
    const QDateTime end = std::min(now.addDays(days), now.addYears(3).addSecs(-60));
    QString thumbprint;
    GraphResult answer;
    for (int posts = 0; thumbprint.isEmpty(); ++posts) {
        if (posts == kMaximumCreatePosts)
            co_return CertificateResult::failedWith(failureOf(answer));
        context.report(SigningCertificates::tr("Creating a SAML signing certificate valid until %1…")
                           .arg(QLocale().toString(end.toLocalTime().date(), QLocale::ShortFormat)));
        GraphRequest post =
            prepared(GraphRequest::post(
                         QStringLiteral("/servicePrincipals/%1/addTokenSigningCertificate").arg(spId),
                         QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
                                     {QStringLiteral("endDateTime"), end.toString(Qt::ISODate)}},
                         RepeatSafety::NotSafeToRepeat),
                     context);
        post.consistencyRetries = ConsistencyRetry::NotFound;
        answer = co_await context.graph->send(post);
        if (answer.ok()) {
            const SigningCertificate returned = SigningCertificate::fromDer(
                QByteArray::fromBase64(answer.json.value(QStringLiteral("key")).toString().toLatin1()));
            thumbprint = returned.thumbprint();
            const QString claimed = SigningCertificate::normalizedThumbprint(
                answer.json.value(QStringLiteral("thumbprint")).toString());
            if (returned.isNull() || thumbprint != claimed)
                co_return CertificateResult::failedWith(
                    failure(SigningCertificates::tr("The new signing certificate could not be checked."),
                            SigningCertificates::tr(
                                "The thumbprint Microsoft Entra returned does not match the certificate "
                                "it returned."),
                            SigningCertificates::tr(
                                "Run this step again. If it happens again, create the certificate in the "
                                "Entra admin center (Single sign-on > SAML Certificates)."),
                            QStringLiteral("steps.certificate-mismatch")));
            break;
        }
        if (answer.cancelled || !mayHaveLanded(answer))
            co_return CertificateResult::failedWith(failureOf(answer));
        qCWarning(lcSetupSteps) << "addTokenSigningCertificate got" << answer.status
                                << "; looking before trying again";
        const CertificateResult landed = co_await lookForLanded(context, known, now);
        if (landed.failed() || landed.ok())
            co_return landed;
    }
    // Wait until the new Verify key is visible.
    auto isNew = [thumbprint](const TokenSigningCertificate &c) { return c.thumbprint == thumbprint; };
    // Named, not temporaries in the co_await expression: GCC 12 destroys such temporaries twice.
    const std::function<bool(const CertificateInventory &)> anyNew =
        [isNew](const CertificateInventory &inventory) {
            return std::any_of(inventory.certificates.cbegin(), inventory.certificates.cend(), isNew);
        };
    const QString waiting = SigningCertificates::tr(
        "Waiting for Microsoft Entra to show the new certificate… seen %1 of %2 times");
    // Just created: a look at once would only find it missing.
    CertificateInventory inventory;
    const OperationFailure waited =
        co_await CertificateReader::waitFor(context, anyNew, waiting, FirstLook::AfterPause, &inventory);
    if (waited.failed())
        co_return CertificateResult::failedWith(waited);
    for (const TokenSigningCertificate &c : inventory.certificates)
        if (isNew(c)) {
            CertificateResult result;
            result.outcome = CertificateResult::Outcome::CreatedInactive;
            result.certificate = c;
            result.previousThumbprint = inventory.activeThumbprint;
            if (latest)
                *latest = inventory;
            co_return result;
        }
    co_return CertificateResult::failedWith(failure(
        SigningCertificates::tr("The new signing certificate disappeared."),
        SigningCertificates::tr("It was seen and then no longer listed."),
        SigningCertificates::tr("Run this step again."), QStringLiteral("steps.certificate-vanished")));
}

} // namespace

QCoro::Task<SigningCertificates::PreparedActivation>
SigningCertificates::prepareActive(OperationContext context, Options options)
{
    PreparedActivation prepared;
    context.report(tr("Reading the SAML signing certificates…"));
    const CertificateInventory inventory = co_await CertificateReader::read(context);
    if (inventory.failed()) {
        prepared.result = CertificateResult::failedWith(inventory);
        co_return prepared;
    }
    prepared.previousThumbprint = inventory.activeThumbprint;
    if (!options.notificationEmails.isEmpty())
        if (const OperationFailure refused =
                CertificateActivation::emailChange(inventory, options.notificationEmails, &prepared.emails);
            refused.failed()) {
            prepared.result = CertificateResult::failedWith(refused);
            co_return prepared;
        }
    prepared.notificationEmails = options.notificationEmails;
    if (const TokenSigningCertificate *active = inventory.active();
        active && SigningCertificates::isUsable(*active, options.minimumDaysLeft)) {
        prepared.result.outcome = CertificateResult::Outcome::KeptActive;
        prepared.result.certificate = *active;
        prepared.latest = inventory;
        co_return prepared;
    }
    // A valid inactive one left by an interrupted run is used rather than creating another.
    for (const TokenSigningCertificate &c : inventory.certificates)
        if (!c.active && SigningCertificates::isUsable(c, options.minimumDaysLeft)) {
            prepared.result.outcome = CertificateResult::Outcome::CreatedInactive;
            prepared.result.certificate = c;
            break;
        }
    prepared.latest = inventory;
    if (prepared.result.outcome == CertificateResult::Outcome::Failed) {
        QSet<QString> known;
        for (const TokenSigningCertificate &c : inventory.certificates)
            known.insert(c.thumbprint);
        const CertificateResult created =
            co_await createCertificate(context, options, known, &prepared.latest);
        if (!created.ok()) {
            prepared.result = created;
            co_return prepared;
        }
        prepared.result.outcome = CertificateResult::Outcome::CreatedInactive;
        prepared.result.certificate = created.certificate;
    }
    co_return prepared;
}

QCoro::Task<CertificateResult> SigningCertificates::finishActive(OperationContext context,
                                                                 PreparedActivation prepared)
{
    CertificateResult result = prepared.result;
    if (!result.ok())
        co_return result;
    if (result.outcome == CertificateResult::Outcome::KeptActive) {
        CertificateActivation::recordActive(context, result.certificate);
        if (!prepared.notificationEmails.isEmpty()) {
            const OperationFailure set =
                co_await CertificateActivation::setNotificationEmails(context, prepared.notificationEmails);
            if (set.failed())
                co_return CertificateResult::failedWith(set);
        }
        co_return result;
    }
    // The activation and the notification e-mails in one PATCH of the service principal.
    const CertificateResult activated = co_await CertificateActivation::activateFrom(
        context, prepared.latest, result.certificate.thumbprint, prepared.emails);
    if (!activated.ok())
        co_return activated;
    result = activated;
    result.outcome = CertificateResult::Outcome::CreatedAndActivated;
    result.previousThumbprint = prepared.previousThumbprint;
    co_return result;
}

QCoro::Task<CertificateResult> SigningCertificates::ensureActive(OperationContext context, Options options)
{
    PreparedActivation prepared = co_await prepareActive(context, options);
    co_return co_await finishActive(context, std::move(prepared));
}

QCoro::Task<CertificateResult> SigningCertificates::createForRotation(OperationContext context,
                                                                      Options options)
{
    const CertificateInventory inventory = co_await CertificateReader::read(context);
    if (inventory.failed())
        co_return CertificateResult::failedWith(inventory);
    if (const TokenSigningCertificate *pending = pendingRotationCertificate(context, inventory, options)) {
        CertificateResult reused;
        reused.outcome = CertificateResult::Outcome::CreatedInactive;
        reused.certificate = *pending;
        reused.previousThumbprint = inventory.activeThumbprint;
        context.report(tr("A new certificate from an earlier run is waiting to be activated."));
        co_return reused;
    }
    QSet<QString> known;
    for (const TokenSigningCertificate &c : inventory.certificates)
        known.insert(c.thumbprint);
    const CertificateResult created = co_await createCertificate(context, options, known);
    if (created.ok() && context.setup) {
        // Recorded at once, so that a re-run (or a restart after a crash) finds this one by its thumbprint.
        context.setup->update([&](SetupState &state) {
            SetupState::CertificateRotation rotation =
                state.certificateRotation.value_or(SetupState::CertificateRotation{});
            rotation.previousThumbprint = inventory.activeThumbprint;
            rotation.newThumbprint = created.certificate.thumbprint;
            rotation.activatedAt = {};
            state.certificateRotation = rotation;
        });
    }
    co_return created;
}

} // namespace insightly::entra
