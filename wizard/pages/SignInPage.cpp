#include "pages/SignInPage.h"
#include "pages/PageWidgets.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "browser/LoopbackRedirectListener.h"
#include "browser/UrlOpener.h"
#include "core/LogCategories.h"
#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/SignInSession.h"
#include "entra/TokenClient.h"
#include "pages/FailurePanel.h"
#include "pages/PageWidgets.h"
#include "pages/PreflightView.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace insightly {

SignInPage::SignInPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("signInPage"), parent)
{
    setTitle(tr("Sign in to Microsoft Entra ID"));
    setSubTitle(tr("Sign in with an account that may manage enterprise applications in your tenant."));
    setInstructions(
        tr("<p>Sign in on this page. Before it changes anything, the wizard checks that your account "
           "holds the <b>Cloud Application Administrator</b> or <b>Application Administrator</b> role "
           "and that the permissions it needs were granted.</p>"
           "<p>If your organisation does not allow signing in from an embedded browser, use "
           "<i>Sign in with the system browser</i> or <i>Sign in with a code</i>.</p>"
           "<p>Your session is kept in the system keychain, so the next start signs you in without "
           "asking again.</p>"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    contentLayout()->addWidget(m_status);

    m_error = new FailurePanel(QStringLiteral("signIn"), this);
    contentLayout()->addWidget(m_error);

    // Never silent: a saved setup that was damaged or can't be written, and a session the keychain couldn't
    // keep, are shown here with their cause and what to do.
    m_keychainProblem = new FailurePanel(QStringLiteral("signInKeychain"), this);
    contentLayout()->addWidget(m_keychainProblem);
    m_stateProblem = new FailurePanel(QStringLiteral("signInState"), this);
    contentLayout()->addWidget(m_stateProblem);
    auto *stateActions = new QHBoxLayout;
    m_retryState = makeButton(this, QStringLiteral("signInRetryStateButton"), tr("&Retry saving"),
                              tr("Retry saving the setup progress"));
    m_chooseStateFolder =
        makeButton(this, QStringLiteral("signInChooseStateFolderButton"), tr("Choose another &folder…"),
                   tr("Choose another folder for the setup progress"));
    stateActions->addWidget(m_retryState);
    stateActions->addWidget(m_chooseStateFolder);
    stateActions->addStretch(1);
    contentLayout()->addLayout(stateActions);
    m_retryState->hide();
    m_chooseStateFolder->hide();
    connect(m_retryState, &QPushButton::clicked, this, [this] { this->context().setup().retry(); });
    connect(m_chooseStateFolder, &QPushButton::clicked, this, &SignInPage::chooseStateFolder);
    connect(&context.setup(), &SetupStateStore::statusChanged, this, &SignInPage::showStateStatus);

    m_panels = new QStackedWidget(this);
    m_panels->addWidget(new QWidget(m_panels)); // Busy: the status line says what happens

    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("signIn"), context.certificateTrust(),
                                    m_panels);
    // Microsoft's sign-in form fits (it scrolls inside the view below that), with the other ways to sign in
    // still in view under it at 1280×720 and 125 %.
    m_browser->setMinimumHeight(280);
    m_panels->addWidget(m_browser);

    auto *system = new QWidget(m_panels);
    auto *systemLayout = new QVBoxLayout(system);
    m_systemBrowserText = new QLabel(system);
    m_systemBrowserText->setObjectName(QStringLiteral("signInSystemBrowserText"));
    m_systemBrowserText->setWordWrap(true);
    systemLayout->addWidget(m_systemBrowserText);
    systemLayout->addStretch(1);
    m_panels->addWidget(system);

    auto *device = new QWidget(m_panels);
    auto *deviceLayout = new QVBoxLayout(device);
    m_deviceText = new QLabel(device);
    m_deviceText->setObjectName(QStringLiteral("signInDeviceText"));
    m_deviceText->setWordWrap(true);
    m_deviceText->setOpenExternalLinks(false);
    deviceLayout->addWidget(m_deviceText);
    m_deviceCode = new QLabel(device);
    m_deviceCode->setObjectName(QStringLiteral("signInDeviceCode"));
    m_deviceCode->setAccessibleName(tr("Sign-in code"));
    m_deviceCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_deviceCode->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_deviceCode->setFont(big);
    deviceLayout->addWidget(m_deviceCode);
    auto *deviceButtons = new QHBoxLayout;
    auto *copyCode = makeButton(device, QStringLiteral("signInDeviceCodeCopy"), tr("&Copy code"));
    auto *openLink = makeButton(device, QStringLiteral("signInDeviceCodeOpen"), tr("&Open the sign-in page"));
    deviceButtons->addWidget(copyCode);
    deviceButtons->addWidget(openLink);
    deviceButtons->addStretch(1);
    deviceLayout->addLayout(deviceButtons);
    deviceLayout->addStretch(1);
    m_panels->addWidget(device);
    connect(copyCode, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_currentDeviceCode.userCode); });
    connect(openLink, &QPushButton::clicked, this,
            [this] { this->context().urlOpener().open(QUrl(m_currentDeviceCode.verificationUri)); });

    m_preflight = new PreflightView(m_panels);
    m_panels->addWidget(m_preflight);
    contentLayout()->addWidget(m_panels, 1);

    auto *alternatives = new QHBoxLayout;
    m_useEmbedded = makeButton(this, QStringLiteral("signInEmbeddedButton"), tr("Sign in &here"));
    m_useSystemBrowser =
        makeButton(this, QStringLiteral("signInSystemBrowserButton"), tr("Sign in with the &system browser"));
    m_useDeviceCode = makeButton(this, QStringLiteral("signInDeviceCodeButton"), tr("Sign in with a co&de"));
    m_switchAccount = makeButton(this, QStringLiteral("signInSwitchAccount"), tr("Sign in as someone e&lse"));
    for (QPushButton *b : {m_useEmbedded, m_useSystemBrowser, m_useDeviceCode, m_switchAccount})
        alternatives->addWidget(b);
    alternatives->addStretch(1);
    contentLayout()->addLayout(alternatives);

    connect(m_useEmbedded, &QPushButton::clicked, this, &SignInPage::startEmbedded);
    connect(m_useSystemBrowser, &QPushButton::clicked, this, &SignInPage::startSystemBrowser);
    connect(m_useDeviceCode, &QPushButton::clicked, this, &SignInPage::startDeviceCode);
    connect(m_switchAccount, &QPushButton::clicked, this, &SignInPage::signOutAndRestart);
    m_switchAccount->hide();
}

SignInPage::~SignInPage()
{
    stopAlternatives();
}

entra::SignInSession &SignInPage::session()
{
    if (!context().session())
        context().startSession(context().tenant());
    return *context().session();
}

void SignInPage::showPanel(Panel panel, const QString &status)
{
    m_panels->setCurrentIndex(int(panel));
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool signedIn = panel == Panel::Result;
    m_useEmbedded->setVisible(!signedIn && panel != Panel::Browser);
    m_useSystemBrowser->setVisible(!signedIn && panel != Panel::SystemBrowser);
    m_useDeviceCode->setVisible(!signedIn && panel != Panel::DeviceCode);
    m_switchAccount->setVisible(signedIn);
    emit completeChanged();
}

void SignInPage::initializePage()
{
    // Runs again after Back/Next: a signed-in session stays; only the first visit starts a sign-in.
    if (m_started)
        return;
    m_started = true;
    restoreOrStart();
}

void SignInPage::cleanupPage()
{
    // Going Back to Welcome keeps the session; a running alternative is stopped (it restarts on return).
    stopAlternatives();
}

bool SignInPage::isComplete() const
{
    return !m_busy && context().session() && context().session()->isSignedIn() &&
           context().session()->preflight().passed();
}

QCoro::Task<void> SignInPage::restoreOrStart()
{
    QPointer<SignInPage> self(this);
    QString tenant = context().tenant();
    const bool remembered = tenant.isEmpty();
    if (remembered)
        tenant = context().setup().catalogue().mostRecentTenant();
    context().startSession(tenant);
    if (!tenant.isEmpty()) {
        m_busy = true;
        showPanel(Panel::Busy, tr("Signing you in with your saved session…"));
        const entra::SignInOutcome outcome = co_await session().restore();
        if (!self)
            co_return;
        m_busy = false;
        if (outcome.signedIn) {
            handleOutcome(outcome);
            co_return;
        }
        qCInfo(lcPages) << "no saved session:" << outcome.error.code;
        // The remembered tenant is only a guess: an interactive sign-in lets the admin pick any tenant.
        if (remembered)
            context().startSession(context().tenant());
    }
    startEmbedded();
}

void SignInPage::startEmbedded()
{
    stopAlternatives();
    m_error->clear();
    entra::SignInSession &s = session();
    const QUrl authorize = s.beginInteractive();
    BrowserPage *page = m_browser->page();
    page->setRedirectCatcher([&s](const QUrl &url) { return s.isRedirect(url); });
    disconnect(page, &BrowserPage::redirectCaught, this, nullptr);
    connect(page, &BrowserPage::redirectCaught, this, [this](const QUrl &url) { finishRedirect(url); });
    showPanel(Panel::Browser);
    m_browser->load(authorize);
}

void SignInPage::startSystemBrowser()
{
    stopAlternatives();
    m_error->clear();
    m_listener = new LoopbackRedirectListener(this);
    if (!m_listener->listen()) {
        UserMessage m;
        m.what = tr("The wizard could not open a local port to receive the sign-in.");
        m.action = tr("Sign in here or with a code instead.");
        m.code = QStringLiteral("signin.loopback");
        m_error->showMessage(m);
        return;
    }
    const QUrl authorize = session().beginSystemBrowser(m_listener->redirectUri());
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this,
            [this](const QUrl &url) { finishRedirect(url); });
    m_systemBrowserText->setText(tr("Your browser opened Microsoft's sign-in page. Sign in there; this page "
                                    "continues by itself when you are done."));
    showPanel(Panel::SystemBrowser, tr("Waiting for the sign-in in your browser…"));
    if (!context().urlOpener().open(authorize)) {
        UserMessage m;
        m.what = tr("The system browser could not be opened.");
        m.action = tr("Sign in here or with a code instead.");
        m.code = QStringLiteral("signin.browser");
        m_error->showMessage(m);
    }
}

void SignInPage::startDeviceCode()
{
    stopAlternatives();
    m_error->clear();
    runDeviceCode();
}

QCoro::Task<void> SignInPage::runDeviceCode()
{
    QPointer<SignInPage> self(this);
    showPanel(Panel::Busy, tr("Asking Microsoft for a sign-in code…"));
    const entra::DeviceCode code = co_await session().beginDeviceCode();
    if (!self)
        co_return;
    if (!code.ok()) {
        m_error->showMessage(session().tokenClient()->describe(code.error));
        showPanel(Panel::Busy);
        co_return;
    }
    m_currentDeviceCode = code;
    m_deviceText->setText(
        tr("On any device, open %1 and enter this code. This page continues by itself when you "
           "are done.")
            .arg(code.verificationUri));
    m_deviceCode->setText(code.userCode);
    m_deviceCode->setAccessibleDescription(code.userCode);
    showPanel(Panel::DeviceCode, tr("Waiting for you to enter the code…"));
    m_deviceCancel = new entra::CancelToken(this);
    const entra::SignInOutcome outcome = co_await session().finishDeviceCode(code, m_deviceCancel);
    if (!self)
        co_return;
    if (m_deviceCancel && m_deviceCancel->isCancelled())
        co_return; // the admin chose another way
    handleOutcome(outcome);
}

QCoro::Task<void> SignInPage::finishRedirect(QUrl redirect)
{
    QPointer<SignInPage> self(this);
    m_busy = true;
    showPanel(Panel::Busy, tr("Completing the sign-in and checking your permissions…"));
    const entra::SignInOutcome outcome = co_await session().finishInteractive(redirect);
    if (!self)
        co_return;
    m_busy = false;
    if (m_listener) {
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    handleOutcome(outcome);
}

void SignInPage::handleOutcome(const entra::SignInOutcome &outcome)
{
    if (!outcome.signedIn) {
        // Nothing was stored: the refresh token is kept only after a complete, checked sign-in.
        m_error->showMessage(outcome.error);
        showPanel(Panel::Busy, tr("You are not signed in."));
        return;
    }
    m_error->clear();
    const entra::SignedInIdentity &who = outcome.preflight.identity;
    context().setTenant(who.tenantId);
    if (outcome.sessionNotKept.isEmpty())
        m_keychainProblem->clear();
    else
        m_keychainProblem->showMessage(outcome.sessionNotKept); // not "kept in the system keychain"
    SetupStateStore &store = context().setup();
    store.load(who.tenantId); // its outcome, if it needs the admin, arrives through statusChanged()
    showStateStatus();
    store.update([&](SetupState &state) {
        state.tenantId = who.tenantId;
        state.tenantDisplayName = who.tenantName;
        state.clientId = context().clientRegistration().clientId;
    });
    if (outcome.preflight.passed())
        store.markStepCompleted(SetupState::Step::SignIn);
    m_preflight->show(outcome.preflight);
    showPanel(Panel::Result);
    moveFocusAfterSignIn();
}

void SignInPage::moveFocusAfterSignIn()
{
    // The sign-in's browser (or code panel), which held the keyboard focus, is no longer shown: the focus
    // goes on to the next action instead of nowhere — Next when the checks passed, else the other-account
    // button. Focus elsewhere (another window, a control the admin chose meanwhile) is left alone.
    QWidget *focus = window()->focusWidget();
    if (focus && focus->isVisible() && !m_panels->isAncestorOf(focus))
        return;
    QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr;
    if (next && next->isVisible() && next->isEnabled())
        next->setFocus(Qt::OtherFocusReason);
    else if (m_switchAccount->isVisible())
        m_switchAccount->setFocus(Qt::OtherFocusReason);
}

void SignInPage::showStateStatus()
{
    const SetupStateStore::Status status = context().setup().status();
    if (status.ok())
        m_stateProblem->clear();
    else
        m_stateProblem->showMessage(status.message);
    m_retryState->setVisible(status.canRetry);
    m_chooseStateFolder->setVisible(status.canChooseAnotherFolder);
}

void SignInPage::chooseStateFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose a folder for the setup progress"), context().setup().directory());
    if (!folder.isEmpty())
        context().setup().useFolder(folder);
}

void SignInPage::signOutAndRestart()
{
    signOutThenSignIn();
}

QCoro::Task<void> SignInPage::signOutThenSignIn()
{
    QPointer<SignInPage> self(this);
    if (context().session())
        co_await context().session()->signOut();
    if (!self)
        co_return;
    m_browser->resetSession(); // forget the identity platform's browser cookies too
    startEmbedded();
}

void SignInPage::stopAlternatives()
{
    if (m_deviceCancel) {
        m_deviceCancel->cancel();
        m_deviceCancel->deleteLater();
        m_deviceCancel = nullptr;
    }
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

} // namespace insightly
