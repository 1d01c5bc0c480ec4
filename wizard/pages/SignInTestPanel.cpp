#include "pages/SignInTestPanel.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/InsightlyTab.h"
#include "pages/PageWidgets.h"
#include "pages/WizardContext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <algorithm>

namespace insightly {

SignInTestPanel::SignInTestPanel(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : QGroupBox(tr("Test the sign-in before enforcing SAML"), parent)
    , m_flow(new SignInTestFlow(context.flowContext(), context.endpoints(), this))
    , m_insightly(insightlyTab)
{
    setObjectName(QStringLiteral("samlSignInTestPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_test = makeButton(this, QStringLiteral("samlTestButton"), tr("&Test the sign-in"),
                        tr("Test the sign-in to Insightly through Entra"));
    row->addWidget(m_test);
    m_status = new InfoLabel(QStringLiteral("samlTestStatus"), tr("Status of the sign-in test"), this);
    m_status->setText(tr("After the upload in Insightly, test one sign-in through Entra."));
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

    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("samlTest"),
                                    context.certificateTrust(), this);
    m_browser->setMinimumHeight(200);
    m_browser->setAccessibleName(tr("Browser of the sign-in test"));

    // LOCKOUT CHECK SLOT (see beforeEnforceArea()): before the admin is told to enforce.
    m_beforeEnforce = new QVBoxLayout;
    m_beforeEnforce->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_beforeEnforce);
    // What follows a passing test, in a widget of its own so that a page can keep it in view
    // (enforcePanel()).
    m_enforcePanel = new QWidget(this);
    m_enforcePanel->setObjectName(QStringLiteral("samlEnforcePanel"));
    auto *enforceLayout = new QVBoxLayout(m_enforcePanel);
    enforceLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enforcePanel);
    m_enforceSteps =
        new InfoLabel(QStringLiteral("samlEnforceSteps"), tr("Next: enforce SAML login"), m_enforcePanel);
    m_enforceSteps->setTextFormat(Qt::RichText);
    m_enforceSteps->setText(tr("<b>The sign-in works.</b> Now, in the Insightly tab: tick <b>Enforce "
                               "SAML Login</b> and click <b>Save</b>. Then confirm here."));
    enforceLayout->addWidget(m_enforceSteps);
    auto *enforceRow = new QHBoxLayout;
    m_enforceConfirm = new QCheckBox(tr("I ticked Enforce SAML Login and saved"), m_enforcePanel);
    m_enforceConfirm->setObjectName(QStringLiteral("samlEnforcedConfirm"));
    m_enforceConfirm->setAccessibleName(tr("I ticked Enforce SAML Login in Insightly and saved"));
    m_enforceCheck = makeButton(m_enforcePanel, QStringLiteral("samlEnforceCheckButton"), tr("Confir&m"),
                                tr("Confirm that SAML login is enforced in Insightly"));
    enforceRow->addWidget(m_enforceConfirm);
    enforceRow->addWidget(m_enforceCheck);
    enforceRow->addStretch(1);
    enforceLayout->addLayout(enforceRow);
    m_enforceStatus = new InfoLabel(QStringLiteral("samlEnforceStatus"), tr("Whether SAML login is enforced"),
                                    m_enforcePanel);
    enforceLayout->addWidget(m_enforceStatus);
    for (QWidget *w : {static_cast<QWidget *>(m_enforceSteps), static_cast<QWidget *>(m_enforceConfirm),
                       static_cast<QWidget *>(m_enforceCheck)})
        w->setVisible(false);

    connect(m_flow, &SignInTestFlow::progressChanged, m_status, &InfoLabel::setText);
    connect(m_flow, &SignInTestFlow::failed, this, [this](const UserMessage &message) {
        m_test->setEnabled(true);
        m_failure->showMessage(message);
        emit stateChanged();
    });
    connect(m_flow, &SignInTestFlow::pageTextWanted, this, &SignInTestPanel::readRefusingPage);
    connect(m_flow, &SignInTestFlow::finished, this, &SignInTestPanel::showVerdict);
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
            if (finished)
                m_flow->pageLoaded(info.url(), httpError,
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
    m_flow->disconnect(this);
    m_flow->cancel();
}

void SignInTestPanel::setOffersEnforce(bool offers)
{
    m_offersEnforce = offers;
    // A rotation's panel carries no word about enforcing: not even hidden, for a screen reader's sake.
    if (!offers)
        m_enforceSteps->setText(QString());
}

void SignInTestPanel::startTest()
{
    if (m_flow->isRunning())
        return;
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
    const QUrl start = co_await m_flow->start(insightlyThumbprint);
    if (!self || m_closing || start.isEmpty())
        co_return;
    BrowserPage *page = m_browser->page();
    page->enableSamlCapture();
    disconnect(page, &BrowserPage::samlResponseCaptured, this, nullptr);
    connect(page, &BrowserPage::samlResponseCaptured, this, [this](const QString &base64Response) {
        m_flow->samlCaptured(base64Response.toLatin1(), m_browser->currentUrl().host(),
                             QDateTime::currentDateTimeUtc());
    });
    emit browserWanted();
    m_browser->load(start);
}

void SignInTestPanel::readRefusingPage(const QUrl &url, bool httpError)
{
    QPointer<SignInTestPanel> self(this);
    m_browser->page()->runJavaScript(
        QStringLiteral("(function(){var t=document.body?document.body.innerText:'';"
                       "return (document.title+' — '+t.replace(/\\s+/g,' ')).slice(0,300);})()"),
        [self, url, httpError](const QVariant &value) {
            if (self && !self->m_closing)
                self->m_flow->refusedWithPageText(url, httpError, value.toString());
        });
}

void SignInTestPanel::showVerdict(const SignInTestFlow::Verdict &verdict)
{
    m_test->setEnabled(true);
    showRows(verdict.rows);
    for (QWidget *w : {static_cast<QWidget *>(m_enforceSteps), static_cast<QWidget *>(m_enforceConfirm),
                       static_cast<QWidget *>(m_enforceCheck)})
        w->setVisible(verdict.passed && m_offersEnforce && !m_enforceConfirmed);
    if (verdict.passed && m_offersEnforce && !m_enforceConfirmed)
        emit insightlyWanted();
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
    if (!passed())
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
    m_enforceSteps->setVisible(false); // done: the request to enforce would now be stale
    m_enforceStatus->setText(tr("SAML login is enforced in Insightly."));
    m_flow->confirmEnforced();
    emit stateChanged();
}

} // namespace insightly
