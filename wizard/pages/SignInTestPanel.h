#pragma once

#include "entra/SetupOperation.h"
#include "saml/SamlResponseCheck.h"

#include <QGroupBox>
#include <QPointer>
#include <QTimer>
#include <optional>
#include <qcorotask.h>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace insightly {

class EmbeddedBrowser;
class FailurePanel;
class InsightlyTab;
class WizardContext;

// The sign-in test before enforcing: assigns the signed-in admin to the app if needed, opens the app's
// IdP-initiated sign-in in an embedded browser, captures the SAML response as it is posted to Insightly,
// checks it against the setup (SamlResponseCheck) and checks that the browser ends signed in to Insightly.
// Only after it passed does it ask the admin to tick Enforce SAML Login, and confirm they did.
class SignInTestPanel : public QGroupBox
{
    Q_OBJECT
public:
    SignInTestPanel(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);
    ~SignInTestPanel() override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    bool passed() const { return m_passed; }
    bool enforceConfirmed() const { return m_enforceConfirmed; }
    // After a passing test, ask the admin to tick Enforce SAML Login (new setup) — not when it is on already
    // (certificate rotation).
    void setOffersEnforce(bool offers) { m_offersEnforce = offers; }
    // Where the IdP-initiated sign-in of the app starts: My Apps' launcher link for the app.
    static QUrl idpInitiatedSignInUrl(const QString &appId, const QString &tenantId);
    // Where Insightly took the browser after Entra posted the SAML response to `acs` (the Sign-in page URL):
    // its own host outside the ACS path means signed in; still on the ACS, an HTTP error page, or another
    // host means refused. `httpError` = the page was an HTTP error (4xx/5xx).
    enum class Landing { SignedIn, Refused };
    static Landing landing(const QUrl &acs, const QUrl &current, bool httpError);

signals:
    void stateChanged();

private:
    void startTest();
    QCoro::Task<> prepareAndOpen(QString insightlyThumbprint);
    void onSamlCaptured(const QString &base64Response, const QUrl &postedTo);
    void onLoadingChanged(const QUrl &url, bool finished, bool httpError, const QString &errorText);
    void finish(const QString &landingVerdict, bool landedSignedIn);
    void showRows(const QList<SamlCheckRow> &rows);
    void confirmEnforce();
    void setEnforced();

    WizardContext &m_context;
    InsightlyTab *m_insightly;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    FailurePanel *m_failure = nullptr;
    EmbeddedBrowser *m_browser = nullptr;
    QLabel *m_enforceSteps = nullptr;
    QCheckBox *m_enforceConfirm = nullptr;
    QPushButton *m_enforceCheck = nullptr;
    QLabel *m_enforceStatus = nullptr;
    QTimer m_landingTimeout;
    QPointer<entra::CancelToken> m_cancel;
    entra::ConvergencePolicy m_convergence;
    SamlResponseExpectations m_expected;
    std::optional<SamlResponseReport> m_report;
    QString m_postingHost; // the host of the page that posted the SAML response (Entra's)
    // The last page that finished loading in this test (the capture may be reported after Insightly's answer).
    struct FinishedLoad {
        QUrl url;
        bool httpError = false;
        QString errorText;
    };
    std::optional<FinishedLoad> m_lastLoad;
    bool m_running = false;
    bool m_closing = false; // set by the destructor
    bool m_offersEnforce = true;
    bool m_passed = false;
    bool m_enforceConfirmed = false;
};

} // namespace insightly
