#include "pages/SignInTestPanel.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "core/LogCategories.h"
#include "core/SetupStateStore.h"
#include "entra/AdminAssignment.h"
#include "entra/CancelToken.h"
#include "entra/CloudEndpoints.h"
#include "entra/Preflight.h"
#include "entra/SamlHandoffFiles.h"
#include "entra/SignInSession.h"
#include "pages/FailurePanel.h"
#include "pages/InsightlyTab.h"
#include "pages/OperationSupport.h"
#include "pages/WizardContext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QWebEngineLoadingInfo>
#include <QVBoxLayout>
#include <algorithm>

namespace insightly {

namespace {
constexpr int kLandingTimeoutMs = 60000;
}

SignInTestPanel::SignInTestPanel(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : QGroupBox(tr("Test the sign-in before enforcing SAML"), parent)
    , m_context(context)
    , m_insightly(insightlyTab)
{
    setObjectName(QStringLiteral("samlSignInTestPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test the sign-in"), this);
    m_test->setObjectName(QStringLiteral("samlTestButton"));
    m_test->setAccessibleName(tr("Test the sign-in to Insightly through Entra"));
    row->addWidget(m_test);
    m_status = new QLabel(tr("After the upload in Insightly, test one sign-in through Entra."), this);
    m_status->setObjectName(QStringLiteral("samlTestStatus"));
    m_status->setAccessibleName(tr("Status of the sign-in test"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("samlTestResults"));
    m_results->setAccessibleName(tr("Checklist of the sign-in test"));
    m_results->setHeaderLabels({tr("Check"), tr("Result"), tr("Seen"), tr("Reason and fix")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->setMinimumHeight(140);
    m_results->hide();
    layout->addWidget(m_results);
    m_failure = new FailurePanel(QStringLiteral("samlTest"), this);
    layout->addWidget(m_failure);

    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("samlTest"), context.certificateTrust(), this);
    m_browser->setMinimumHeight(260);
    m_browser->hide();
    layout->addWidget(m_browser, 1);

    m_enforceSteps =
        new QLabel(tr("<b>The sign-in works.</b> Now, in the Insightly tab above: tick <b>Enforce "
                      "SAML Login</b> and click <b>Save</b>. Then confirm here."),
                   this);
    m_enforceSteps->setObjectName(QStringLiteral("samlEnforceSteps"));
    m_enforceSteps->setWordWrap(true);
    m_enforceSteps->setTextFormat(Qt::RichText);
    layout->addWidget(m_enforceSteps);
    auto *enforceRow = new QHBoxLayout;
    m_enforceConfirm = new QCheckBox(tr("I ticked Enforce SAML Login and saved"), this);
    m_enforceConfirm->setObjectName(QStringLiteral("samlEnforcedConfirm"));
    m_enforceConfirm->setAccessibleName(tr("I ticked Enforce SAML Login in Insightly and saved"));
    m_enforceCheck = new QPushButton(tr("&Confirm"), this);
    m_enforceCheck->setObjectName(QStringLiteral("samlEnforceCheckButton"));
    m_enforceCheck->setAccessibleName(tr("Confirm that SAML login is enforced in Insightly"));
    enforceRow->addWidget(m_enforceConfirm);
    enforceRow->addWidget(m_enforceCheck);
    enforceRow->addStretch(1);
    layout->addLayout(enforceRow);
    m_enforceStatus = new QLabel(this);
    m_enforceStatus->setObjectName(QStringLiteral("samlEnforceStatus"));
    m_enforceStatus->setAccessibleName(tr("Whether SAML login is enforced"));
    m_enforceStatus->setWordWrap(true);
    layout->addWidget(m_enforceStatus);
    for (QWidget *w : {static_cast<QWidget *>(m_enforceSteps), static_cast<QWidget *>(m_enforceConfirm),
                       static_cast<QWidget *>(m_enforceCheck)})
        w->setVisible(false);

    m_landingTimeout.setSingleShot(true);
    m_landingTimeout.setInterval(kLandingTimeoutMs);
    connect(&m_landingTimeout, &QTimer::timeout, this, [this] {
        finish(tr("Insightly did not show a page after the sign-in within a minute."), false);
    });
    connect(m_test, &QPushButton::clicked, this, &SignInTestPanel::startTest);
    connect(m_browser, &EmbeddedBrowser::pageCreated, this, [this](BrowserPage *page) {
        connect(page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
            const bool finished = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ||
                                  info.status() == QWebEngineLoadingInfo::LoadFailedStatus;
            const bool failed = info.status() == QWebEngineLoadingInfo::LoadFailedStatus;
            // Chromium reports an HTTP error page (4xx/5xx) as a failed load in the HTTP status domain.
            const bool httpError =
                failed && info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
            // ERR_ABORTED: a load superseded by the next navigation; wait for that one.
            if (failed && !httpError && info.errorCode() == -3)
                return;
            onLoadingChanged(info.url(), finished, httpError,
                             failed && !httpError ? info.errorString() : QString());
        });
    });
    connect(m_enforceCheck, &QPushButton::clicked, this, &SignInTestPanel::confirmEnforce);
}

SignInTestPanel::~SignInTestPanel()
{
    // Cancelling may resume the operation's coroutine at once, inside this destructor: it then stops
    // (m_closing) instead of updating widgets or signalling a wizard that is being torn down.
    m_closing = true;
    if (m_cancel)
        m_cancel->cancel();
}

QUrl SignInTestPanel::idpInitiatedSignInUrl(const QString &appId, const QString &tenantId)
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

void SignInTestPanel::startTest()
{
    if (m_running)
        return;
    m_running = true;
    m_passed = false;
    m_report.reset();
    m_test->setEnabled(false);
    m_failure->clear();
    m_results->clear();
    m_results->hide();
    m_status->setText(tr("Reading the certificate Insightly holds…"));
    emit stateChanged();
    // What Insightly holds, when its page shows it; the comparison then names both certificates.
    m_insightly->readUploadedThumbprint([this](const QString &thumbprint) { prepareAndOpen(thumbprint); });
}

QCoro::Task<> SignInTestPanel::prepareAndOpen(QString insightlyThumbprint)
{
    QPointer<SignInTestPanel> self(this);
    const QString tenant = ensureSetupTenant(m_context);
    entra::SignInSession *session = m_context.session();
    const QString userId = session ? session->preflight().identity.userId : QString();
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    m_status->setText(tr("Making sure you are assigned to the application…"));
    auto progress = [self](const QString &sentence) {
        if (self)
            self->m_status->setText(sentence);
    };
    const entra::AdminAssignmentResult assigned = co_await entra::AdminAssignment::ensureAssigned(
        operationContext(m_context, token, progress, m_convergence), userId);
    if (!self || self->m_closing)
        co_return;
    token->deleteLater();
    m_cancel.clear();
    if (!assigned.ok()) {
        m_running = false;
        m_test->setEnabled(true);
        m_status->setText(tr("The sign-in test could not start."));
        m_failure->showMessage(assigned.error);
        emit stateChanged();
        co_return;
    }

    const SetupState &state = m_context.setup().state();
    const entra::SamlPanelValues panel =
        entra::SamlHandoffFiles::panelValues(m_context.endpoints(), tenant, state.appId);
    m_expected = SamlResponseExpectations{};
    m_expected.entityId = state.insightlySignInUrl.toString();
    m_expected.replyUrl = state.insightlySignInUrl;
    m_expected.entraIdentifier = panel.entraIdentifier;
    m_expected.activeThumbprint = state.certificateThumbprint;
    m_expected.insightlyThumbprint = insightlyThumbprint;

    BrowserPage *page = m_browser->page();
    page->enableSamlCapture();
    disconnect(page, &BrowserPage::samlResponseCaptured, this, nullptr);
    connect(page, &BrowserPage::samlResponseCaptured, this, &SignInTestPanel::onSamlCaptured);
    m_browser->show();
    m_status->setText(
        tr("Sign in with your Entra account in the browser below if it asks; the wizard watches "
           "what Entra sends to Insightly."));
    m_lastLoad.reset();
    m_browser->load(idpInitiatedSignInUrl(state.appId, tenant));
}

void SignInTestPanel::onSamlCaptured(const QString &base64Response, const QUrl &postedTo)
{
    if (!m_running)
        return;
    m_expected.now = QDateTime::currentDateTimeUtc();
    m_report = SamlResponseCheck::check(base64Response.toLatin1(), m_expected);
    m_postingHost = m_browser->currentUrl().host();
    qCInfo(lcPages) << "SAML response captured, posted to" << postedTo.adjusted(QUrl::RemoveQuery)
                    << "all checks passed:" << m_report->allPassed();
    m_status->setText(tr("Entra sent the sign-in to Insightly; waiting for Insightly's answer…"));
    m_landingTimeout.start();
    // Insightly may have answered before the capture was reported: judge the page it already showed.
    if (m_lastLoad && m_lastLoad->url.host().compare(m_expected.replyUrl.host(), Qt::CaseInsensitive) == 0) {
        const FinishedLoad load = *m_lastLoad;
        onLoadingChanged(load.url, true, load.httpError, load.errorText);
    }
}

SignInTestPanel::Landing SignInTestPanel::landing(const QUrl &acs, const QUrl &current, bool httpError)
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

void SignInTestPanel::onLoadingChanged(const QUrl &url, bool finished, bool httpError, const QString &errorText)
{
    if (!m_running || !finished)
        return;
    m_lastLoad = FinishedLoad{url, httpError, errorText};
    if (!m_report)
        return; // not yet posted; onSamlCaptured() looks at this load again
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
    // Refused: say where Insightly left the browser and what its page says.
    const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QPointer<SignInTestPanel> self(this);
    m_browser->page()->runJavaScript(
        QStringLiteral("(function(){var t=document.body?document.body.innerText:'';"
                       "return (document.title+' — '+t.replace(/\\s+/g,' ')).slice(0,300);})()"),
        [self, where, httpError, url](const QVariant &value) {
            if (!self || !self->m_running)
                return;
            const QString page = value.toString().trimmed();
            QString verdict;
            if (url.host().compare(self->m_expected.replyUrl.host(), Qt::CaseInsensitive) != 0)
                verdict = tr("Insightly sent the browser to another site (%1).").arg(where);
            else if (httpError)
                verdict = tr("Insightly answered with an error page at %1.").arg(where);
            else
                verdict = tr("Insightly kept the browser on its SAML sign-in address (%1).").arg(where);
            if (!page.isEmpty())
                verdict += u' ' + tr("The page says: %1").arg(page);
            self->finish(verdict, false);
        });
}

void SignInTestPanel::finish(const QString &landingVerdict, bool landedSignedIn)
{
    m_landingTimeout.stop();
    m_running = false;
    m_test->setEnabled(true);
    QList<SamlCheckRow> rows = m_report ? m_report->rows : QList<SamlCheckRow>{};
    SamlCheckRow landing;
    landing.id = QStringLiteral("insightly-signed-in");
    landing.title = tr("Signed in to Insightly");
    landing.passed = landedSignedIn;
    landing.seen = landedSignedIn ? tr("Insightly opened") : landingVerdict;
    if (!landedSignedIn) {
        landing.failure.what = tr("Insightly did not accept the sign-in.");
        landing.failure.why = landingVerdict;
        landing.failure.action = tr("Fix the failed checks above, then test again.");
    }
    rows << landing;
    showRows(rows);
    m_passed = m_report && m_report->allPassed() && landedSignedIn;
    const QString detail = m_passed ? tr("Signed in to Insightly as %1.").arg(m_report->content.nameId)
                                    : tr("The sign-in test failed.");
    m_status->setText(m_passed ? tr("The sign-in works. %1").arg(detail) : detail);
    m_context.setup().update([&](SetupState &state) {
        state.lastSignInTest =
            SetupState::SignInTestResult{QDateTime::currentDateTimeUtc(), m_passed, detail};
    });
    if (m_passed) {
        m_context.setup().markStepCompleted(SetupState::Step::Handoff);
        m_context.setup().markStepCompleted(SetupState::Step::SignInTest);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_enforceSteps), static_cast<QWidget *>(m_enforceConfirm),
                       static_cast<QWidget *>(m_enforceCheck)})
        w->setVisible(m_passed && m_offersEnforce);
    emit stateChanged();
}

void SignInTestPanel::showRows(const QList<SamlCheckRow> &rows)
{
    m_results->clear();
    for (const SamlCheckRow &row : rows) {
        QString reason;
        if (!row.passed) {
            reason = row.failure.what;
            if (!row.failure.action.isEmpty())
                reason += u' ' + row.failure.action;
        }
        auto *item = new QTreeWidgetItem(
            m_results, {row.title, row.passed ? tr("✓ passed") : tr("✗ failed"), row.seen, reason});
        item->setData(0, Qt::UserRole, row.id);
        item->setData(1, Qt::UserRole, row.passed);
        item->setToolTip(2, row.seen);
        item->setToolTip(3, reason);
    }
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    // What was seen is long (URLs, thumbprints): room for it when all passed, for the reasons when not.
    const bool allPassed =
        std::all_of(rows.cbegin(), rows.cend(), [](const SamlCheckRow &r) { return r.passed; });
    // With nothing to fix, what was seen takes the room of the empty "Reason and fix" column (the last column
    // stretches); otherwise the reasons get it.
    m_results->setColumnHidden(3, allPassed);
    if (!allPassed)
        m_results->setColumnWidth(2, 120);
    m_results->show();
}

void SignInTestPanel::confirmEnforce()
{
    if (!m_passed)
        return;
    m_insightly->readEnforceSamlChecked([this](int state) {
        switch (state) {
        case 1:
            m_enforceConfirm->setChecked(true);
            setEnforced();
            break;
        case 2:
            m_enforceStatus->setText(
                tr("Enforce SAML Login is ticked but not saved yet: click Save in Insightly."));
            break;
        case 0:
            m_enforceStatus->setText(tr("Enforce SAML Login is not ticked in Insightly yet."));
            break;
        default:
            // The Insightly tab does not show the settings page: the admin's word is what there is.
            if (m_enforceConfirm->isChecked())
                setEnforced();
            else
                m_enforceStatus->setText(
                    tr("Tick the box once you have saved Enforce SAML Login in Insightly."));
        }
    });
}

void SignInTestPanel::setEnforced()
{
    m_enforceConfirmed = true;
    m_enforceStatus->setText(tr("SAML login is enforced in Insightly."));
    m_context.setup().markStepCompleted(SetupState::Step::Enforce);
    emit stateChanged();
}

} // namespace insightly
