// End to end: signing in to (simulated) Entra in the real wizard — embedded browser, system browser, device code,
// silent sign-in on the next start — and the ways it must fail cleanly, with nothing stored.
#include "IdentityTestFlow.h"
#include "SimFixture.h"
#include "WizardDriver.h"
#include "browser/EmbeddedBrowser.h"
#include "browser/UrlOpener.h"
#include "core/SecretStore.h"
#include "entra/CloudEndpoints.h"
#include "entra/GraphClient.h"
#include "entra/SignInSession.h"
#include "entra/TokenSource.h"
#include "pages/FailurePanel.h"
#include "pages/SetupWizard.h"
#include "pages/SignInPage.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QLabel>
#include <QNetworkReply>
#include <QTreeWidget>
#include <QWebEngineView>
#include <QtTest>

using namespace insightly;

namespace {

class RecordingOpener : public UrlOpener
{
public:
    bool open(const QUrl &url) override
    {
        opened << url;
        return true;
    }
    QList<QUrl> opened;
};

// Follows the simulator's sign-in pages over HTTP like a browser: credentials, then consent, until a redirect.
testsupport::HttpReply completeHtmlFlow(testsupport::SimFixture &sim, testsupport::HttpReply reply, const QString &upn)
{
    for (int step = 0; step < 6 && reply.status == 200; ++step) {
        if (identitytest::hasElementId(reply.body, "username"))
            reply = identitytest::postForm(sim, identitytest::formAction(reply.body),
                                           {{QStringLiteral("ctx"), identitytest::inputValue(reply.body, QStringLiteral("ctx"))},
                                            {QStringLiteral("username"), upn},
                                            {QStringLiteral("password"), sim.server().options().password},
                                            {QStringLiteral("signin"), QStringLiteral("Sign in")}});
        else if (identitytest::hasElementId(reply.body, "accept"))
            reply = identitytest::postForm(sim, identitytest::formAction(reply.body),
                                           {{QStringLiteral("flow"), identitytest::inputValue(reply.body, QStringLiteral("flow"))},
                                            {QStringLiteral("accept"), QStringLiteral("Accept")}});
        else
            break;
    }
    return reply;
}

QString pathAndQuery(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? QStringLiteral("?") + url.query(QUrl::FullyEncoded) : QString());
}

} // namespace

class TestE2eSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // Each test starts like a first run on this machine: no remembered setup.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_sim = std::make_unique<testsupport::SimFixture>();
        QVERIFY(m_sim->start());
        openWizard();
    }

    void cleanup()
    {
        if (m_driver)
            m_driver->screenshotIfFailed();
        closeWizard();
        m_sim.reset();
    }

    void embeddedSignInLandsOnThePreflight()
    {
        goToSignIn();
        signInInBrowser(QStringLiteral("admin@contoso.example"), true);
        waitForPreflight();
        const QString tenantText = m_driver->find<QLabel>(QStringLiteral("signedInTenant"))->text();
        QVERIFY2(tenantText.contains(m_sim->tenantId()), qPrintable(tenantText));
        QVERIFY(tenantText.contains(m_sim->server().world().directory.tenant.displayName));
        QVERIFY(m_driver->find<QLabel>(QStringLiteral("signedInUser"))->text().contains(QStringLiteral("admin@contoso.example")));
        auto *table = m_driver->find<QTreeWidget>(QStringLiteral("preflightTable"));
        QVERIFY(table->topLevelItemCount() >= 6);
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            QVERIFY2(table->topLevelItem(i)->text(1).startsWith(QStringLiteral("✓")), qPrintable(table->topLevelItem(i)->text(0)));
        QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(storedRefreshToken().ok);
        m_driver->screenshot(QStringLiteral("signin-preflight")); // for the README and for reviewers
    }

    void cancelledConsentSaysSoAndStoresNothing()
    {
        goToSignIn();
        signInInBrowser(QStringLiteral("admin@contoso.example"), false);
        QVERIFY(m_driver->waitFor([&] { return jsTrue(QStringLiteral("!!document.getElementById('cancel')")); }, 60000));
        js(QStringLiteral("document.getElementById('cancel').click()"));
        const QString message = waitForError();
        QVERIFY2(message.contains(QStringLiteral("cancel"), Qt::CaseInsensitive)
                     || message.contains(QStringLiteral("declin"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(storedRefreshToken().notFound);
    }

    void forgedStateIsRefused()
    {
        goToSignIn();
        QVERIFY(waitForSignInForm());
        js(QStringLiteral("location.href = 'http://localhost/?code=stolen-code&state=forged-state'"));
        const QString message = waitForError();
        QVERIFY2(message.contains(QStringLiteral("state"), Qt::CaseInsensitive)
                     || message.contains(QStringLiteral("not started"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(storedRefreshToken().notFound);
        // The stolen code was never sent to the token endpoint.
        QVERIFY(m_sim->server().world().directory.accessTokens.isEmpty());
    }

    void injectedCodeFailsThePkceCheck()
    {
        goToSignIn();
        QVERIFY(waitForSignInForm());
        // An attacker's code, issued for the wizard's state but the attacker's own PKCE challenge.
        const QUrlQuery authorize(m_browserView->url());
        identitytest::AuthorizeParams params;
        params.tenant = QStringLiteral("organizations");
        params.redirect = QStringLiteral("http://localhost");
        params.state = authorize.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        params.scope = authorize.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        const testsupport::HttpReply redirect = identitytest::signInThroughPages(*m_sim, params);
        const QString code = identitytest::queryValue(redirect, QStringLiteral("code"));
        QVERIFY2(!code.isEmpty(), redirect.body.constData());
        js(QStringLiteral("location.href = 'http://localhost/?code=%1&state=%2'")
               .arg(QString::fromLatin1(QUrl::toPercentEncoding(code)), QString::fromLatin1(QUrl::toPercentEncoding(params.state))));
        const QString message = waitForError();
        QVERIFY2(message.contains(QStringLiteral("sign in again"), Qt::CaseInsensitive)
                     || message.contains(QStringLiteral("AADSTS501481")), qPrintable(message));
        QVERIFY(storedRefreshToken().notFound);
    }

    void nonAdminIsStoppedBeforeAnyChange()
    {
        goToSignIn();
        signInInBrowser(QStringLiteral("user@contoso.example"), true);
        waitForPreflight();
        auto *table = m_driver->find<QTreeWidget>(QStringLiteral("preflightTable"));
        QTreeWidgetItem *role = table->topLevelItem(0);
        QVERIFY(role->text(1).startsWith(QStringLiteral("✗")));
        QVERIFY(role->text(2).contains(QStringLiteral("Cloud Application Administrator")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(storedRefreshToken().notFound);
    }

    void shortLivedTokensRefreshAndTheNextStartSignsInSilently()
    {
        m_sim->server().options().tokenLifetimeS = 5;
        goToSignIn();
        signInInBrowser(QStringLiteral("admin@contoso.example"), true);
        waitForPreflight();
        entra::SignInSession *session = m_context->session();
        // The access token's lifetime runs out now in Entra, not after a pause of the test.
        for (auto &grant : m_sim->server().world().directory.accessTokens)
            grant.expiresAtMs = std::min(grant.expiresAtMs, m_sim->server().nowMs() - 1);
        for (int i = 0; i < 3; ++i) {
            bool done = false;
            entra::GraphResult result;
            auto call = [&]() -> QCoro::Task<void> {
                result = co_await session->graph()->send(entra::GraphRequest::get(QStringLiteral("/me")));
                done = true;
            };
            auto task = call();
            QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
            QVERIFY2(result.ok(), qPrintable(result.userMessage().toDiagnostics()));
        }
        QVERIFY(session->tokens()->refreshCount() >= 1);

        // A restart: a new context and window; the stored refresh token signs in without the browser.
        closeWizard();
        openWizard();
        goToSignIn();
        waitForPreflight();
        QVERIFY(m_driver->find<QLabel>(QStringLiteral("signedInTenant"))->text().contains(m_sim->tenantId()));
        QVERIFY(m_driver->find(QStringLiteral("signInView")) == nullptr); // the web engine was never needed
    }

    void systemBrowserWithLoopbackRedirect()
    {
        auto *opener = new RecordingOpener;
        m_context->setUrlOpener(opener);
        goToSignIn();
        QVERIFY(m_driver->waitForWidget(QStringLiteral("signInSystemBrowserButton")));
        QVERIFY(m_driver->click(QStringLiteral("signInSystemBrowserButton")));
        QTRY_COMPARE(opener->opened.size(), 1);
        const QUrl authorize = opener->opened.constFirst();
        const QUrl redirectUri(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));

        // The "system browser": the same pages over HTTP, then the redirect to the wizard's loopback listener.
        testsupport::HttpReply reply = completeHtmlFlow(*m_sim, m_sim->request("GET", pathAndQuery(authorize)),
                                                        QStringLiteral("admin@contoso.example"));
        QCOMPARE(reply.status, 302);
        const QUrl back = QUrl::fromEncoded(reply.header("location"));
        QCOMPARE(back.port(), redirectUri.port());
        QNetworkAccessManager nam;
        QNetworkReply *landing = nam.get(QNetworkRequest(back));
        QTRY_VERIFY(landing->isFinished());
        QCOMPARE(landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete landing;
        waitForPreflight();
        QVERIFY(storedRefreshToken().ok);
    }

    void deviceCode()
    {
        auto *opener = new RecordingOpener;
        m_context->setUrlOpener(opener);
        goToSignIn();
        QVERIFY(m_driver->waitForWidget(QStringLiteral("signInDeviceCodeButton")));
        QVERIFY(m_driver->click(QStringLiteral("signInDeviceCodeButton")));
        QVERIFY(m_driver->waitFor([&] {
            auto *code = m_driver->find<QLabel>(QStringLiteral("signInDeviceCode"));
            return code && code->isVisible() && !code->text().isEmpty();
        }, 30000));
        const QString userCode = m_driver->find<QLabel>(QStringLiteral("signInDeviceCode"))->text();
        QVERIFY(m_driver->click(QStringLiteral("signInDeviceCodeOpen")));
        QTRY_COMPARE(opener->opened.size(), 1);
        QCOMPARE(opener->opened.constFirst().path(), QStringLiteral("/devicelogin"));

        // On "another device": enter the code, sign in, consent.
        testsupport::HttpReply reply = identitytest::postForm(*m_sim, QStringLiteral("/devicelogin"),
                                                              {{QStringLiteral("otc"), userCode},
                                                               {QStringLiteral("next"), QStringLiteral("Next")}});
        reply = completeHtmlFlow(*m_sim, reply, QStringLiteral("admin@contoso.example"));
        QVERIFY2(identitytest::hasElementId(reply.body, "done"), reply.body.constData());
        waitForPreflight(40000); // the wizard polls at the interval Entra gave
        QVERIFY(storedRefreshToken().ok);
    }

private:
    void openWizard()
    {
        AppConfig config;
        m_context = std::make_unique<WizardContext>(config);
        m_wizard = std::make_unique<SetupWizard>(*m_context);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_driver = std::make_unique<testsupport::WizardDriver>(m_wizard.get());
        m_browserView = nullptr;
    }

    void closeWizard()
    {
        m_driver.reset();
        m_wizard.reset();
        m_context.reset();
        m_browserView = nullptr;
    }

    void goToSignIn()
    {
        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::SignIn));
    }

    bool waitForSignInForm()
    {
        if (!m_driver->waitFor([&] {
                m_browserView = m_wizard->findChild<QWebEngineView *>(QStringLiteral("signInView"));
                return m_browserView != nullptr;
            }, 30000))
            return false;
        return m_driver->waitFor([&] { return jsTrue(QStringLiteral("!!document.getElementById('username')")); }, 60000);
    }

    void signInInBrowser(const QString &upn, bool acceptConsent)
    {
        QVERIFY(waitForSignInForm());
        js(QStringLiteral("document.getElementById('username').value = '%1';"
                          "document.getElementById('password').value = '%2';"
                          "document.getElementById('signin').click();")
               .arg(upn, m_sim->server().options().password));
        if (!acceptConsent)
            return;
        QVERIFY(m_driver->waitFor([&] {
            return jsTrue(QStringLiteral("!!document.getElementById('accept')"))
                || (m_context->session() && m_context->session()->isSignedIn());
        }, 60000));
        if (jsTrue(QStringLiteral("!!document.getElementById('accept')")))
            js(QStringLiteral("document.getElementById('accept').click()"));
    }

    void waitForPreflight(int timeoutMs = 60000)
    {
        QVERIFY2(m_driver->waitFor([&] {
            auto *table = m_driver->find<QTreeWidget>(QStringLiteral("preflightTable"));
            return table && table->isVisible() && table->topLevelItemCount() > 0;
        }, timeoutMs), "the preflight table did not appear");
    }

    QString waitForError()
    {
        auto *panel = m_wizard->findChild<FailurePanel *>(QStringLiteral("signInFailure"));
        if (!m_driver->waitFor([&] { return panel && panel->isVisible(); }, 60000))
            return QStringLiteral("<no error shown>");
        return panel->message().toDiagnostics();
    }

    QVariant js(const QString &script)
    {
        return testsupport::WizardDriver::runJavaScript(m_browserView, script);
    }
    bool jsTrue(const QString &script) { return m_browserView && js(script).toBool(); }

    SecretResult storedRefreshToken()
    {
        const SecretKey key{m_sim->tenantId(), QStringLiteral("refresh-token"), m_context->clientRegistration().clientId};
        SecretResult result;
        bool done = false;
        auto read = [&]() -> QCoro::Task<void> {
            result = co_await m_context->secrets().read(key);
            done = true;
        };
        auto task = read();
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            result.error.what = QStringLiteral("the keychain did not answer");
        return result;
    }

    std::unique_ptr<testsupport::SimFixture> m_sim;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<testsupport::WizardDriver> m_driver;
    QWebEngineView *m_browserView = nullptr;
};

QTEST_MAIN(TestE2eSignIn)
#include "tst_e2e_signin.moc"
