#pragma once

#include "core/UserMessage.h"
#include "entra/CloudEndpoints.h"
#include "entra/SetupOperation.h"
#include "flows/FlowContext.h"
#include "saml/SamlResponseCheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>
#include <qcorotask.h>

namespace insightly {

// Step 2's proof: one IdP-initiated sign-in through Entra into Insightly, judged without a browser. The page
// that hosts the browser feeds in plain values — the SAML response it captured on its way to Insightly, and
// each page that finished loading (URL, HTTP error or not) — and shows the verdict: the checks of the
// response against the setup (SamlResponseCheck) plus "signed in to Insightly", saved in
// SetupState::lastSignInTest. After a pass, the admin's confirmation that Enforce SAML Login is saved
// completes the step.
class SignInTestFlow : public QObject
{
    Q_OBJECT
public:
    // Where Insightly took the browser after Entra posted the SAML response to `acs` (the Sign-in page URL):
    // its own host outside the ACS path means signed in; still on the ACS, an HTTP error page, or another
    // host means refused. `httpError` = the page was an HTTP error (4xx/5xx).
    enum class Landing { SignedIn, Refused };
    static Landing landing(const QUrl &acs, const QUrl &current, bool httpError);
    // Where the IdP-initiated sign-in of the app starts: My Apps' launcher link for the app.
    static QUrl idpInitiatedSignInUrl(const QString &appId, const QString &tenantId);

    struct Verdict {
        bool passed = false;
        QList<SamlCheckRow> rows; // the response's checks, then "Signed in to Insightly"
        QString status;           // one sentence for the page
    };

    SignInTestFlow(FlowContext context, entra::CloudEndpoints endpoints, QObject *parent = nullptr);
    ~SignInTestFlow() override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    // How long Insightly may take to show a page after the SAML response was posted (default one minute).
    void setLandingTimeout(std::chrono::milliseconds timeout) { m_landingTimeout.setInterval(timeout); }
    bool isRunning() const { return m_running; }
    bool passed() const { return m_passed; }
    const SamlResponseExpectations &expectations() const { return m_expected; }

    // Starts a test: assigns the signed-in admin to the app if needed and sets what the response must say.
    // `insightlyThumbprint` = the certificate Insightly holds, when its page shows it. Returns where the
    // browser starts the sign-in; empty when the test cannot start (failed() says why).
    QCoro::Task<QUrl> start(QString insightlyThumbprint);

public Q_SLOTS:
    // The SAML response (base64, as posted) captured on its way to Insightly; `postingHost` = the host of the
    // page that posted it (Entra's), whose own later loads are not Insightly's answer.
    void samlCaptured(const QByteArray &base64Response, const QString &postingHost, const QDateTime &now);
    // A page finished loading in the test's browser. `errorText` = why a load failed without an HTTP answer.
    void pageLoaded(const QUrl &url, bool httpError, const QString &errorText);
    // What the refusing page says (asked for by pageTextWanted()).
    void refusedWithPageText(const QUrl &url, bool httpError, const QString &pageText);
    // The admin confirmed that Enforce SAML Login is saved in Insightly (after a pass).
    void confirmEnforced();
    void cancel();

Q_SIGNALS:
    void progressChanged(const QString &sentence);
    void failed(const insightly::UserMessage &message); // the test could not start
    // Insightly refused: the page reads the refusing page's text and calls refusedWithPageText().
    void pageTextWanted(const QUrl &url, bool httpError);
    void finished(const insightly::SignInTestFlow::Verdict &verdict);
    void enforced();

private:
    void finish(const QString &landingVerdict, bool landedSignedIn);

    struct FinishedLoad {
        QUrl url;
        bool httpError = false;
        QString errorText;
    };

    FlowContext m_context;
    entra::CloudEndpoints m_endpoints;
    entra::ConvergencePolicy m_convergence;
    QPointer<entra::CancelToken> m_cancel;
    QTimer m_landingTimeout;
    SamlResponseExpectations m_expected;
    std::optional<SamlResponseReport> m_report;
    std::optional<FinishedLoad> m_lastLoad; // the capture may be reported after Insightly's answer
    QString m_postingHost;
    bool m_running = false;
    bool m_passed = false;
    bool m_closing = false;
};

} // namespace insightly

Q_DECLARE_METATYPE(insightly::SignInTestFlow::Verdict)
