#pragma once

#include "entra/OAuthTypes.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <qcorotask.h>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace insightly {

namespace entra {
class CancelToken;
class SignInSession;
struct SignInOutcome;
} // namespace entra

class EmbeddedBrowser;
class LoopbackRedirectListener;
class FailurePanel;
class PreflightView;

// Sign in to Microsoft Entra ID: in the embedded browser (auth code + PKCE), or — one click away — in the system
// browser with a loopback redirect (for Conditional Access policies that refuse embedded browsers), or with a
// device code. A stored session signs in silently on a later start. Then the preflight table, before any change.
class SignInPage : public StepPage
{
    Q_OBJECT
public:
    explicit SignInPage(WizardContext &context, QWidget *parent = nullptr);
    ~SignInPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    EmbeddedBrowser *browser() const { return m_browser; }

private:
    enum class Panel { Busy, Browser, SystemBrowser, DeviceCode, Result };
    void showPanel(Panel panel, const QString &status = {});
    entra::SignInSession &session();
    void startEmbedded();
    void startSystemBrowser();
    void startDeviceCode();
    void signOutAndRestart();
    void stopAlternatives();

    QCoro::Task<void> restoreOrStart();
    QCoro::Task<void> finishRedirect(QUrl redirect);
    QCoro::Task<void> runDeviceCode();
    QCoro::Task<void> signOutThenSignIn();
    void handleOutcome(const entra::SignInOutcome &outcome);
    void showStateStatus();
    void moveFocusAfterSignIn();
    void chooseStateFolder();

    QLabel *m_status = nullptr;
    QStackedWidget *m_panels = nullptr;
    EmbeddedBrowser *m_browser = nullptr;
    QLabel *m_systemBrowserText = nullptr;
    QLabel *m_deviceCode = nullptr;
    QLabel *m_deviceText = nullptr;
    QPushButton *m_useEmbedded = nullptr;
    QPushButton *m_useSystemBrowser = nullptr;
    QPushButton *m_useDeviceCode = nullptr;
    QPushButton *m_switchAccount = nullptr;
    PreflightView *m_preflight = nullptr;
    FailurePanel *m_error = nullptr;
    FailurePanel *m_stateProblem = nullptr;   // the saved setup: damaged, unreadable, not saved
    QPushButton *m_retryState = nullptr;
    QPushButton *m_chooseStateFolder = nullptr;
    FailurePanel *m_keychainProblem = nullptr; // the session couldn't be kept in the keychain
    LoopbackRedirectListener *m_listener = nullptr;
    QPointer<entra::CancelToken> m_deviceCancel;
    entra::DeviceCode m_currentDeviceCode;
    bool m_started = false;
    bool m_busy = false;
};

} // namespace insightly
