#include "entra/SamlConfiguration.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <algorithm>

namespace insightly::entra {

using namespace setupops;

namespace {

const QString kMode = QStringLiteral("preferredSingleSignOnMode");

struct AppUris {
    OperationFailure failure;
    QStringList identifierUris;
    QStringList redirectUris;
    QJsonObject web;
};

QCoro::Task<AppUris> readUris(OperationContext context, QString appObjectId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,identifierUris,web"));
    GraphRequest request =
        prepared(GraphRequest::get(QStringLiteral("/applications/") + appObjectId, query), context);
    request.consistencyRetries = ConsistencyRetry::NotFound;
    const GraphResult answer = co_await context.graph->send(request);
    AppUris uris;
    if (!answer.ok()) {
        uris.failure = failureOf(answer);
        co_return uris;
    }
    uris.identifierUris = stringsOf(answer.json.value(QStringLiteral("identifierUris")));
    uris.web = answer.json.value(QStringLiteral("web")).toObject();
    uris.redirectUris = stringsOf(uris.web.value(QStringLiteral("redirectUris")));
    co_return uris;
}

struct Mode {
    OperationFailure failure;
    bool saml = false;
};

QCoro::Task<Mode> readMode(OperationContext context, QString spId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,") + kMode);
    GraphRequest request =
        prepared(GraphRequest::get(QStringLiteral("/servicePrincipals/") + spId, query), context);
    request.consistencyRetries = ConsistencyRetry::NotFound;
    const GraphResult answer = co_await context.graph->send(request);
    Mode mode;
    if (!answer.ok())
        mode.failure = failureOf(answer);
    else
        mode.saml = answer.json.value(kMode).toString() == QLatin1String("saml");
    co_return mode;
}

SamlConfigurationResult failedWith(const OperationFailure &failure)
{
    SamlConfigurationResult result;
    static_cast<OperationFailure &>(result) = failure;
    return result;
}

// The first half of apply(): the inputs checked, the service principal and the application read together
// (one round trip), SAML mode turned on unless it is on. `result` carries a failure, or samlModeChanged.
struct SamlStart {
    SamlConfigurationResult result;
    AppUris current;
    QUrl signInPageUrl;
};

QCoro::Task<SamlStart> turnOnSaml(OperationContext context, QUrl signInPageUrl)
{
    SamlStart start;
    start.signInPageUrl = signInPageUrl;
    if (const OperationFailure missing = missingInputs(context, true); missing.failed()) {
        start.result = failedWith(missing);
        co_return start;
    }
    const QString url = signInPageUrl.toString();
    if (!signInPageUrl.isValid() || signInPageUrl.isRelative() || url.isEmpty()) {
        start.result = failedWith(
            failure(SamlConfiguration::tr("The Insightly sign-in page URL is missing or not a valid URL."),
                    SamlConfiguration::tr("Entra needs it as the application's Identifier and Reply URL."),
                    SamlConfiguration::tr("Go back to the Insightly step and enter the Sign-in page URL that "
                                          "Insightly shows under System Settings > SAML."),
                    QStringLiteral("steps.no-signin-url")));
        co_return start;
    }
    const QString spId = context.setup->state().servicePrincipalId;
    const QString appObjectId = context.setup->state().appObjectId;

    // SAML mode first: it is what exempts the app from the verified-domain rule for identifierUris. The mode
    // and the URIs are read together (one round trip).
    context.report(SamlConfiguration::tr("Checking the single sign-on mode…"));
    QCoro::Task<Mode> modeTask = readMode(context, spId);
    QCoro::Task<AppUris> urisTask = readUris(context, appObjectId);
    const Mode mode = co_await std::move(modeTask);
    start.current = co_await std::move(urisTask);
    if (mode.failure.failed()) {
        start.result = failedWith(mode.failure);
        co_return start;
    }
    if (start.current.failure.failed()) {
        start.result = failedWith(start.current.failure);
        co_return start;
    }
    if (!mode.saml) {
        context.report(SamlConfiguration::tr("Turning on SAML single sign-on…"));
        GraphRequest patch = prepared(GraphRequest::patch(QStringLiteral("/servicePrincipals/") + spId,
                                                          QJsonObject{{kMode, QStringLiteral("saml")}}),
                                      context);
        patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
        const GraphResult answer = co_await context.graph->send(patch);
        if (!answer.ok()) {
            start.result = failedWith(failureOf(answer));
            co_return start;
        }
        start.result.samlModeChanged = true;
    }
    co_return start;
}

// The second half of apply(): the Identifier and Reply URL written unless they are right, read back until
// Entra answers with them, the URL saved and Step::Saml marked completed.
QCoro::Task<SamlConfigurationResult> finishSaml(OperationContext context, SamlStart start)
{
    if (start.result.failed())
        co_return start.result;
    SamlConfigurationResult result = start.result;
    const AppUris &current = start.current;
    const QUrl signInPageUrl = start.signInPageUrl;
    const QString url = signInPageUrl.toString();
    const QString spId = context.setup->state().servicePrincipalId;
    const QString appObjectId = context.setup->state().appObjectId;

    // 2. Identifier (Entity ID) and Reply URL (ACS).
    const QStringList wanted{url};
    if (!sameStrings(current.identifierUris, wanted) || !sameStrings(current.redirectUris, wanted)) {
        // Exactly one value each: Insightly has one Sign-in page URL, and several identifier URIs break SAML
        // apps (https://github.com/hashicorp/terraform-provider-azuread/issues/978) — other values are
        // replaced, not kept. The rest of `web` is sent back unchanged because a PATCH replaces the whole
        // complex value.
        QJsonObject web = current.web;
        web.remove(QStringLiteral("redirectUriSettings"));
        web.insert(QStringLiteral("redirectUris"), QJsonArray{url});
        const QJsonObject body{{QStringLiteral("identifierUris"), QJsonArray{url}},
                               {QStringLiteral("web"), web}};
        const QDeadlineTimer budget(context.convergence.hostNameRetryBudget);
        auto delay = context.convergence.hostNameRetryInitial;
        for (;;) {
            context.report(SamlConfiguration::tr("Setting the Identifier and Reply URL to %1…").arg(url));
            GraphRequest patch =
                prepared(GraphRequest::patch(QStringLiteral("/applications/") + appObjectId, body), context);
            patch.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::Conflict;
            const GraphResult answer = co_await context.graph->send(patch);
            if (answer.ok())
                break;
            // The SAML exemption replicates like everything else: right after step 1 Entra may still refuse.
            const bool notExemptYet =
                answer.status == 400 && answer.errorCode == QLatin1String("HostNameNotOnVerifiedDomain");
            if (!notExemptYet || budget.hasExpired())
                co_return failedWith(failureOf(answer));
            ++result.hostNameRetries;
            context.report(SamlConfiguration::tr(
                "Microsoft Entra is still applying the SAML setting; trying again in %n s…", nullptr,
                int(std::max<qint64>(1, delay.count() / 1000))));
            if (!co_await pause(context, delay))
                co_return failedWith(cancelledFailure());
            delay = std::min(std::chrono::milliseconds(qint64(
                                 double(delay.count()) * std::max(1.0, context.convergence.pollBackoff))),
                             std::chrono::milliseconds(30000));
        }
        result.urisChanged = true;
    }

    // 3. Read back until Entra answers with the new values.
    if (result.samlModeChanged || result.urisChanged) {
        const std::function<QCoro::Task<Probe>()> probe = [context, spId, appObjectId,
                                                           url]() -> QCoro::Task<Probe> {
            Probe look;
            QCoro::Task<Mode> modeRead = readMode(context, spId);
            QCoro::Task<AppUris> urisRead = readUris(context, appObjectId);
            const Mode m = co_await std::move(modeRead);
            const AppUris uris = co_await std::move(urisRead);
            if (m.failure.failed()) {
                look.failure = m.failure;
                co_return look;
            }
            if (uris.failure.failed()) {
                look.failure = uris.failure;
                co_return look;
            }
            look.seen = m.saml && sameStrings(uris.identifierUris, QStringList{url}) &&
                        sameStrings(uris.redirectUris, QStringList{url});
            co_return look;
        };
        const std::function<QString(int, int)> describe = [](int seen, int needed) {
            return SamlConfiguration::tr("Confirming the SAML settings… seen %1 of %2 times")
                .arg(seen)
                .arg(needed);
        };
        const UserMessage timeout = replicationTimeout(
            SamlConfiguration::tr("Microsoft Entra did not confirm the SAML settings in time."),
            SamlConfiguration::tr("The changed settings were not read back consistently (replication)."),
            SamlConfiguration::tr("Wait a few minutes and run this step again; settings that are already "
                                  "right are not changed again."));
        if (const OperationFailure waited =
                co_await waitUntilSeen(context, context.convergence.confirmations, probe, describe, timeout);
            waited.failed())
            co_return failedWith(waited);
    }

    context.setup->update([&](SetupState &state) { state.insightlySignInUrl = signInPageUrl; });
    context.setup->markStepCompleted(SetupState::Step::Saml);
    context.report(
        SamlConfiguration::tr("SAML single sign-on is set up with Identifier and Reply URL %1.").arg(url));
    co_return result;
}

} // namespace

QCoro::Task<SamlConfigurationResult> SamlConfiguration::apply(OperationContext context, QUrl signInPageUrl)
{
    SamlStart start = co_await turnOnSaml(context, signInPageUrl);
    co_return co_await finishSaml(context, std::move(start));
}

QCoro::Task<SamlSetupResult> SamlConfiguration::applyWithCertificate(OperationContext context,
                                                                     QUrl signInPageUrl,
                                                                     SigningCertificates::Options certificate)
{
    // First, side by side: the SAML mode turned on, and the certificate created and waited for until Entra
    // lists it. That wait (a new key credential replicates like the mode does) is also the wait for the SAML
    // mode, which Entra needs before it accepts the Identifier: the Identifier is written after it, once.
    QCoro::Task<SamlStart> samlOn = turnOnSaml(context, signInPageUrl);
    QCoro::Task<SigningCertificates::PreparedActivation> prepared =
        SigningCertificates::prepareActive(context, certificate);
    SamlStart start = co_await std::move(samlOn);
    SigningCertificates::PreparedActivation ready = co_await std::move(prepared);
    // Then, side by side: the Identifier and Reply URL, and the activation (with the e-mails), each read
    // back. Each part runs to its end even when the other failed.
    QCoro::Task<SamlConfigurationResult> uris = finishSaml(context, std::move(start));
    QCoro::Task<CertificateResult> active = SigningCertificates::finishActive(context, std::move(ready));
    SamlSetupResult result;
    result.saml = co_await std::move(uris);
    result.certificate = co_await std::move(active);
    co_return result;
}

} // namespace insightly::entra
