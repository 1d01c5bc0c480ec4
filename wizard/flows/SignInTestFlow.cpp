#include "flows/SignInTestFlow.h"

#include "core/SetupStateStore.h"
#include "entra/AdminAssignment.h"
#include "entra/CancelToken.h"
#include "entra/Preflight.h"
#include "entra/SamlHandoffFiles.h"
#include "entra/SignInSession.h"
#include "flows/FlowLog.h"

#include <QUrlQuery>

namespace insightly {

namespace {
constexpr std::chrono::milliseconds kLandingTimeout{60000};
}

SignInTestFlow::SignInTestFlow(FlowContext context, entra::CloudEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_endpoints(std::move(endpoints))
{
    m_landingTimeout.setSingleShot(true);
    m_landingTimeout.setInterval(kLandingTimeout);
    connect(&m_landingTimeout, &QTimer::timeout, this, [this] {
        if (m_running)
            finish(tr("Insightly did not show a page after the sign-in within a minute."), false);
    });
}

SignInTestFlow::~SignInTestFlow()
{
    // Cancelling may resume the assignment's coroutine at once, inside this destructor: it then stops.
    m_closing = true;
    cancel();
}

void SignInTestFlow::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QUrl SignInTestFlow::idpInitiatedSignInUrl(const QString &appId, const QString &tenantId)
{
    // Insightly supports IdP-initiated sign-in only, so the test starts where users start: My Apps' launcher
    // link for the app (https://launcher.myapps.microsoft.com/api/signin/{appId}?tenantId={tenant}).
    QUrl url(QStringLiteral("https://launcher.myapps.microsoft.com"));
    url.setPath(QStringLiteral("/api/signin/") + appId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tenantId"), tenantId);
    url.setQuery(query);
    return url;
}

SignInTestFlow::Landing SignInTestFlow::landing(const QUrl &acs, const QUrl &current, bool httpError)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    const bool insightlyHost = current.scheme() == acs.scheme() &&
                               current.host().compare(acs.host(), Qt::CaseInsensitive) == 0 &&
                               port(current) == port(acs);
    QString acsPath = acs.path();
    while (acsPath.endsWith(u'/'))
        acsPath.chop(1);
    QString path = current.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const bool onAcs = path.compare(acsPath, Qt::CaseInsensitive) == 0;
    return insightlyHost && !onAcs && !httpError ? Landing::SignedIn : Landing::Refused;
}

QCoro::Task<QUrl> SignInTestFlow::start(QString insightlyThumbprint)
{
    QPointer<SignInTestFlow> self(this);
    if (m_running)
        co_return QUrl();
    m_running = true;
    m_passed = false;
    m_report.reset();
    m_lastLoad.reset();
    m_postingHost.clear();
    const QString tenant = m_context.ensureSetupTenant();
    entra::SignInSession *session = m_context.signedIn();
    const QString userId = session ? session->preflight().identity.userId : QString();
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    Q_EMIT progressChanged(tr("Making sure you are assigned to the application…"));
    auto progress = [self](const QString &sentence) {
        if (self && !self->m_closing)
            Q_EMIT self->progressChanged(sentence);
    };
    const entra::AdminAssignmentResult assigned = co_await entra::AdminAssignment::ensureAssigned(
        m_context.operation(token, progress, m_convergence), userId);
    if (!self || m_closing)
        co_return QUrl();
    token->deleteLater();
    m_cancel.clear();
    if (!assigned.ok()) {
        m_running = false;
        Q_EMIT progressChanged(tr("The sign-in test could not start."));
        Q_EMIT failed(assigned.error);
        co_return QUrl();
    }

    const SetupState &state = m_context.setup->state();
    const entra::SamlPanelValues panel =
        entra::SamlHandoffFiles::panelValues(m_endpoints, tenant, state.appId);
    m_expected = SamlResponseExpectations{};
    m_expected.entityId = state.insightlySignInUrl.toString();
    m_expected.replyUrl = state.insightlySignInUrl;
    m_expected.entraIdentifier = panel.entraIdentifier;
    m_expected.activeThumbprint = state.certificateThumbprint;
    m_expected.insightlyThumbprint = insightlyThumbprint;
    Q_EMIT progressChanged(
        tr("Sign in with your Entra account in the browser below if it asks; the wizard watches "
           "what Entra sends to Insightly."));
    co_return idpInitiatedSignInUrl(state.appId, tenant);
}

void SignInTestFlow::samlCaptured(const QByteArray &base64Response, const QString &postingHost,
                                  const QDateTime &now)
{
    if (!m_running)
        return;
    m_expected.now = now;
    m_report = SamlResponseCheck::check(base64Response, m_expected);
    m_postingHost = postingHost;
    qCInfo(lcFlows) << "SAML response captured; all checks passed:" << m_report->allPassed();
    Q_EMIT progressChanged(tr("Entra sent the sign-in to Insightly; waiting for Insightly's answer…"));
    m_landingTimeout.start();
    // Insightly may have answered before the capture was reported: judge the page it already showed.
    if (m_lastLoad && m_lastLoad->url.host().compare(m_expected.replyUrl.host(), Qt::CaseInsensitive) == 0) {
        const FinishedLoad load = *m_lastLoad;
        pageLoaded(load.url, load.httpError, load.errorText);
    }
}

void SignInTestFlow::pageLoaded(const QUrl &url, bool httpError, const QString &errorText)
{
    if (!m_running)
        return;
    m_lastLoad = FinishedLoad{url, httpError, errorText};
    if (!m_report)
        return; // not yet posted; samlCaptured() looks at this load again
    // The page that posted the SAML response (Entra's, or My Apps') may still report its own load after the
    // post was captured: that is not where Insightly took the browser.
    if (url.host().compare(m_postingHost, Qt::CaseInsensitive) == 0 && !m_postingHost.isEmpty() &&
        url.host().compare(m_expected.replyUrl.host(), Qt::CaseInsensitive) != 0)
        return;
    if (landing(m_expected.replyUrl, url, httpError) == Landing::SignedIn) {
        finish(QString(), true);
        return;
    }
    if (!errorText.isEmpty() && !httpError) {
        // No page to read: the connection itself failed (the browser shows why).
        finish(errorText, false);
        return;
    }
    Q_EMIT pageTextWanted(url, httpError);
}

void SignInTestFlow::refusedWithPageText(const QUrl &url, bool httpError, const QString &pageText)
{
    if (!m_running)
        return;
    // Refused: say where Insightly left the browser and what its page says.
    const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QString verdict;
    if (url.host().compare(m_expected.replyUrl.host(), Qt::CaseInsensitive) != 0)
        verdict = tr("Insightly sent the browser to another site (%1).").arg(where);
    else if (httpError)
        verdict = tr("Insightly answered with an error page at %1.").arg(where);
    else
        verdict = tr("Insightly kept the browser on its SAML sign-in address (%1).").arg(where);
    const QString page = pageText.trimmed();
    if (!page.isEmpty())
        verdict += u' ' + tr("The page says: %1").arg(page);
    finish(verdict, false);
}

void SignInTestFlow::finish(const QString &landingVerdict, bool landedSignedIn)
{
    m_landingTimeout.stop();
    m_running = false;
    Verdict verdict;
    verdict.rows = m_report ? m_report->rows : QList<SamlCheckRow>{};
    SamlCheckRow landed;
    landed.id = QStringLiteral("insightly-signed-in");
    landed.title = tr("Signed in to Insightly");
    landed.passed = landedSignedIn;
    landed.seen = landedSignedIn ? tr("Insightly opened") : landingVerdict;
    if (!landedSignedIn) {
        landed.failure.what = tr("Insightly did not accept the sign-in.");
        landed.failure.why = landingVerdict;
        landed.failure.action = tr("Fix the failed checks above, then test again.");
    }
    verdict.rows << landed;
    m_passed = m_report && m_report->allPassed() && landedSignedIn;
    verdict.passed = m_passed;
    const QString detail = m_passed ? tr("Signed in to Insightly as %1.").arg(m_report->content.nameId)
                                    : tr("The sign-in test failed.");
    verdict.status = m_passed ? tr("The sign-in works. %1").arg(detail) : detail;
    const bool passedNow = m_passed;
    m_context.setup->update([&](SetupState &state) {
        state.lastSignInTest =
            SetupState::SignInTestResult{QDateTime::currentDateTimeUtc(), passedNow, detail};
    });
    if (m_passed) {
        m_context.setup->markStepCompleted(SetupState::Step::Handoff);
        m_context.setup->markStepCompleted(SetupState::Step::SignInTest);
    }
    Q_EMIT progressChanged(verdict.status);
    Q_EMIT finished(verdict);
}

void SignInTestFlow::confirmEnforced()
{
    if (!m_passed)
        return;
    m_context.setup->markStepCompleted(SetupState::Step::Enforce);
    Q_EMIT enforced();
}

} // namespace insightly
