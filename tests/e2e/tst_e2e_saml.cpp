// End to end: Steps 1 and 2 in the real wizard window, headless, against the simulator — the Insightly
// instance (taken from the embedded Insightly tab), the Insightly SAML app, SAML and its certificate, the
// upload in Insightly through the pre-selected file, the sign-in test, and Enforce SAML Login.
#include "SessionHelpers.h"
#include "PageByLabel.h"
#include "SimFixture.h"
#include "WizardDriver.h"
#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "core/SetupStateStore.h"
#include "entra/SetupOperation.h"
#include "insightly/InsightlyUrls.h"
#include "pages/AppPage.h"
#include "pages/InsightlyTab.h"
#include "pages/SamlPage.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEngineView>
#include <QtTest>

using namespace insightly;
using testsupport::WizardDriver;

namespace {

constexpr int kLong = 120000;

// A helper that failed (its QVERIFY returned from it) ends the test function too.
#define STEP(call)                                                                                           \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

entra::ConvergencePolicy fastConvergence()
{
    entra::ConvergencePolicy policy;
    policy.pollInterval = std::chrono::milliseconds(100);
    policy.confirmations = 2;
    policy.timeout = std::chrono::minutes(2);
    policy.hostNameRetryInitial = std::chrono::milliseconds(200);
    policy.savedAppGrace = std::chrono::seconds(5);
    return policy;
}

QString js(QWebEngineView *view, const QString &script)
{
    return WizardDriver::runJavaScript(view, script).toString();
}

} // namespace

class TestE2eSaml : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_logDir.isValid());
        sim::SimOptions options;
        options.requestLog = m_logDir.filePath(QStringLiteral("requests.jsonl"));
        QFile::remove(options.requestLog); // the simulator appends: each test reads its own requests only
        m_sim = std::make_unique<testsupport::SimFixture>(options);
        QVERIFY2(m_sim->start(), "the simulator did not start");
        startWizard(/*freshTenant=*/true);
        QVERIFY(m_exportDir.isValid());
    }

    void cleanup()
    {
        m_driver->screenshotIfFailed();
        m_driver.reset();
        m_wizard.reset();
        m_context.reset();
        m_sim.reset();
    }

    void badSignInUrlShowsItsMessage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::newRow("settings page")
            << "https://crm.na1.insightly.com/settings/Saml" << SignInUrlCode::SettingsPage;
        QTest::newRow("http") << "http://crm.na1.insightly.com/user/saml?instanceId=1234567"
                              << SignInUrlCode::Http;
        QTest::newRow("no instanceId")
            << "https://crm.na1.insightly.com/user/saml" << SignInUrlCode::MissingInstanceId;
        QTest::newRow("other host") << "https://crm.example.com/user/saml?instanceId=1234567"
                                    << SignInUrlCode::OtherHost;
        QTest::newRow("Entra login URL")
            << "https://login.microsoftonline.com/contoso.example/saml2" << SignInUrlCode::EntraSignIn;
        QTest::newRow("My Apps") << "https://myapps.microsoft.com/" << SignInUrlCode::MyApps;
        QTest::newRow("REST API") << "https://api.na1.insightly.com/v3.1/Users"
                                  << SignInUrlCode::InsightlyApi;
        QTest::newRow("other Insightly page")
            << "https://crm.na1.insightly.com/Contacts/List" << SignInUrlCode::WrongPath;
    }

    void badSignInUrlShowsItsMessage()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::Instance));
        QVERIFY(m_driver->typeText(QStringLiteral("instanceUrlEdit"), typed));
        auto *message = m_driver->find<QLabel>(QStringLiteral("instanceUrlMessage"));
        QVERIFY(message);
        QCOMPARE(message->property("code").toString(), code);
        const SignInUrlValidation expected =
            InsightlyUrls::validateSignInPageUrl(typed);
        QVERIFY(message->text().contains(expected.error.what));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        // The sign-in URL Insightly shows is accepted, and its instance is named.
        QVERIFY(m_driver->typeText(QStringLiteral("instanceUrlEdit"), simSignInUrl()));
        QCOMPARE(message->property("code").toString(), QString());
        QVERIFY(message->text().contains(m_sim->server().world().insightly.instanceId));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void stepsOneAndTwoToPassingSignInTestThenEnforce()
    {
        STEP(reachConfiguredSamlPage());
        QCOMPARE(m_driver->find<QLabel>(QStringLiteral("appResultLabel")) ? 1 : 0, 1);
        STEP(uploadInInsightly(samlPage()->certificatePath()));
        STEP(runSignInTest(true));
        QVERIFY2(testPassed(), qPrintable(checklist()));
        // What the admin sees, kept as a test artifact: the checklist scrolled into view.
        if (auto *scroll = m_driver->find<QScrollArea>(QStringLiteral("samlPageScroll")))
            scroll->ensureWidgetVisible(m_driver->find(QStringLiteral("samlTestResults")), 0, 200);
        m_driver->screenshot(QStringLiteral("step2-sign-in-test-passed"));
        // Not before SAML is enforced.
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        STEP(enforceInInsightly());
        QVERIFY(m_driver->click(QStringLiteral("samlEnforceCheckButton")));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        const SetupState &state = m_context->setup().state();
        QVERIFY(state.isStepCompleted(SetupState::Step::SignInTest));
        QVERIFY(state.isStepCompleted(SetupState::Step::Enforce));
        QVERIFY(state.lastSignInTest && state.lastSignInTest->succeeded);
        QVERIFY(m_sim->server().world().insightly.enforceSamlLogin);
    }

    void wrongCertificateFailsTheTestUntilTheRightOneIsUploaded()
    {
        const QString wrong = QStringLiteral(INSIGHTLY_SHARED_DIR) +
                              QStringLiteral("/fixtures/entra-metadata/app-signing-cert-base64.cer");
        if (!QFile::exists(wrong))
            QSKIP(
                "the shared fixtures are not here (INSIGHTLY_SHARED_DIR): no foreign certificate to upload");
        const QList<QSslCertificate> foreign = QSslCertificate::fromPath(wrong);
        QCOMPARE(foreign.size(), 1);
        const QString foreignThumbprint =
            QString::fromLatin1(foreign.first().digest(QCryptographicHash::Sha1).toHex()).toUpper();

        STEP(reachConfiguredSamlPage());
        const QString active = m_context->setup().state().certificateThumbprint;
        QVERIFY(!active.isEmpty());
        STEP(uploadInInsightly(wrong));
        STEP(runSignInTest(true));
        QVERIFY(!testPassed());
        const QString list = checklist();
        QVERIFY2(list.contains(
                     QStringLiteral("Insightly holds certificate %1, Entra signs with %2: upload the new one")
                         .arg(foreignThumbprint, active)),
                 qPrintable(list));
        QVERIFY(!m_driver->find(QStringLiteral("samlEnforceCheckButton"))->isVisible());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        STEP(uploadInInsightly(samlPage()->certificatePath()));
        STEP(runSignInTest(false));
        QVERIFY2(testPassed(), qPrintable(checklist()));
    }

    // Entra's response passes every claim check, but Insightly refuses it (the admin's Insightly user is
    // deactivated): the browser stays on the ACS with an error page, so the test fails on where Insightly took
    // the browser — the one rule for every world — and Enforce SAML Login is not offered.
    void insightlyRefusesAValidLookingResponse()
    {
        STEP(reachConfiguredSamlPage());
        STEP(uploadInInsightly(samlPage()->certificatePath()));
        sim::InsightlyUser *admin =
            m_sim->server().world().insightly.userByEmail(QStringLiteral("admin@contoso.example"));
        QVERIFY(admin);
        admin->active = false;
        STEP(runSignInTest(true));
        QVERIFY(!testPassed());
        auto *results = m_driver->find<QTreeWidget>(QStringLiteral("samlTestResults"));
        int failed = 0;
        QString landing;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = results->topLevelItem(i);
            if (!item->data(1, Qt::UserRole).toBool()) {
                ++failed;
                landing = item->data(0, Qt::UserRole).toString() + u' ' + item->text(2);
            }
        }
        QCOMPARE(failed, 1); // every claim of Entra's response passed
        QVERIFY2(landing.startsWith(QLatin1String("insightly-signed-in")), qPrintable(checklist()));
        QVERIFY2(landing.contains(QLatin1String("crm.na1.insightly.com/user/saml")), qPrintable(landing));
        QVERIFY2(landing.contains(QLatin1String("deactivated")), qPrintable(landing));
        QVERIFY(!m_driver->find(QStringLiteral("samlEnforceCheckButton"))->isVisible());
        admin->active = true;
    }

    // Entra slow to replicate: new objects answer 404 for 20 s, and the Identifier PATCH would meet
    // HostNameNotOnVerifiedDomain until SAML mode has replicated. The wizard waits the new app out, and Step 2
    // writes the Identifier only once its new certificate is listed — a wait as long as the SAML mode's — so
    // the Identifier is written once and accepted. (The refusal and its retries: tst_galleryapplication.)
    void slowReplicationEndsWithOneAppAndOneActiveCertificate()
    {
        m_sim->server().options().replicationDelayMs = 20000;
        STEP(reachConfiguredSamlPage());
        QVERIFY2(graphAnswers("GET", QStringLiteral("/servicePrincipals/"), 404) > 0,
                 "the new app was readable at once: slow replication was not tested");
        QCOMPARE(graphAnswers("PATCH", QStringLiteral("/applications/"), 400), 0);
        QCOMPARE(graphAnswers("PATCH", QStringLiteral("/applications/"), 204), 1);
        STEP(verifyOneAppAndOneActiveCertificate());
    }

    // The wizard killed half-way through Step 1 (the app is being created), then started again: it finds the
    // app it created, and Step 2 ends with one active certificate.
    void killedDuringStepOneThenRestartedEndsWithOneApp()
    {
        m_sim->server().options().replicationDelayMs = 3000;
        bool spSaved = false;
        QObject::connect(&m_context->setup(), &SetupStateStore::changed, m_wizard.get(), [&] {
            spSaved = spSaved || !m_context->setup().state().servicePrincipalId.isEmpty();
        });
        STEP(enterSignInUrlAndGoToStepOne());
        QTRY_VERIFY_WITH_TIMEOUT(spSaved, kLong);
        QVERIFY2(!m_context->setup().state().isStepCompleted(SetupState::Step::App),
                 "Step 1 finished before the wizard could be killed");
        const QString savedSp = m_context->setup().state().servicePrincipalId;
        // Killed: the window and everything it held go away mid-operation; only what was saved remains.
        m_driver.reset();
        m_wizard.reset();
        m_context.reset();

        startWizard(/*freshTenant=*/false);
        QCOMPARE(m_context->setup().state().servicePrincipalId, savedSp);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::Instance));
        QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("instanceUrlEdit"))->text(), simSignInUrl());
        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::App));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), kLong);
        QCOMPARE(m_driver->find(QStringLiteral("appResultLabel"))->property("outcome").toString(),
                 QStringLiteral("found"));
        QCOMPARE(m_context->setup().state().servicePrincipalId, savedSp);
        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::Saml));
        QTRY_VERIFY_WITH_TIMEOUT(!samlPage()->certificatePath().isEmpty(), kLong);
        STEP(verifyOneAppAndOneActiveCertificate());
    }

private:
    // The wizard as the admin starts it, signed in, on the Insightly instance page. A fresh simulator is a
    // fresh tenant: unless restarting, forget what an earlier test saved for the same tenant id.
    void startWizard(bool freshTenant)
    {
        AppConfig config;
        m_context = std::make_unique<WizardContext>(config);
        QString error;
        QVERIFY2(
            testsupport::signInForTests(*m_context, *m_sim, QStringLiteral("admin@contoso.example"), &error),
            qPrintable(error));
        if (freshTenant)
            QFile::remove(m_context->setup().filePath(m_sim->tenantId()));
        m_context->setup().load(m_sim->tenantId());
        m_wizard = std::make_unique<SetupWizard>(*m_context);
        qobject_cast<AppPage *>(m_wizard->page(SetupWizard::App))->setConvergencePolicy(fastConvergence());
        samlPage()->setConvergencePolicy(fastConvergence());
        m_wizard->setStartId(SetupWizard::Instance);
        m_wizard->restart();
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_driver = std::make_unique<WizardDriver>(m_wizard.get());
    }

    SamlPage *samlPage() const { return qobject_cast<SamlPage *>(m_wizard->page(SetupWizard::Saml)); }
    QWebEngineView *insightlyView() const
    {
        return m_wizard->findChild<InsightlyTab *>(QStringLiteral("insightlyTab"))->browser()->view();
    }
    QString simSignInUrl() const
    {
        return m_sim->insightlySignInUrl().toString();
    }

    // Exactly one service principal made from the Insightly SAML template, holding one token-signing
    // certificate, which is the active one — asked of Graph, as an admin would check in the portal.
    void verifyOneAppAndOneActiveCertificate()
    {
        const QString token = m_sim->token();
        const QString spId = m_context->setup().state().servicePrincipalId;
        const testsupport::HttpReply sp = m_sim->graph(
            "GET",
            QStringLiteral("/v1.0/servicePrincipals/%1?$select=applicationTemplateId,keyCredentials,"
                           "preferredTokenSigningKeyThumbprint")
                .arg(spId),
            {}, token);
        QCOMPARE(sp.status, 200);
        const QString templateId = sp.json().value(QStringLiteral("applicationTemplateId")).toString();
        QVERIFY(!templateId.isEmpty());
        const testsupport::HttpReply fromTemplate = m_sim->graph(
            "GET",
            QStringLiteral("/v1.0/servicePrincipals?$filter=applicationTemplateId eq '%1'&$select=id")
                .arg(templateId),
            {}, token);
        QCOMPARE(fromTemplate.status, 200);
        QCOMPARE(fromTemplate.json().value(QStringLiteral("value")).toArray().size(), 1);
        int verifyKeys = 0;
        for (const QJsonValue &key : sp.json().value(QStringLiteral("keyCredentials")).toArray())
            if (key.toObject().value(QStringLiteral("usage")).toString() == QLatin1String("Verify"))
                ++verifyKeys;
        QCOMPARE(verifyKeys, 1);
        QCOMPARE(sp.json().value(QStringLiteral("preferredTokenSigningKeyThumbprint")).toString().toUpper(),
                 m_context->setup().state().certificateThumbprint);
    }

    // How many Graph requests with this method and path part got this status, from the simulator's log.
    int graphAnswers(const char *method, const QString &pathPart, int status) const
    {
        int count = 0;
        QFile log(m_logDir.filePath(QStringLiteral("requests.jsonl")));
        if (!log.open(QIODevice::ReadOnly))
            return -1;
        while (!log.atEnd()) {
            const QJsonObject e = QJsonDocument::fromJson(log.readLine()).object();
            if (e.value(QStringLiteral("method")).toString() == QLatin1String(method) &&
                e.value(QStringLiteral("url")).toString().contains(pathPart) &&
                e.value(QStringLiteral("status")).toInt() == status)
                ++count;
        }
        return count;
    }

    // Instance page through the Insightly tab, Step 1, and Step 2 up to the exported files.
    void reachConfiguredSamlPage()
    {
        STEP(enterSignInUrlAndGoToStepOne());
        STEP(finishStepOneAndConfigureSaml());
    }

    // The Instance page: sign in to Insightly in the tab, take the Sign-in page URL from it, Next.
    void enterSignInUrlAndGoToStepOne()
    {
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::Instance));
        QVERIFY(m_driver->click(QStringLiteral("instanceOpenInsightlyButton")));
        QWebEngineView *view = insightlyView();
        QVERIFY(WizardDriver::waitForUrl(view, [](const QUrl &u) {
            return u.path().compare(QLatin1String("/User/Login"), Qt::CaseInsensitive) == 0;
        }));
        // Insightly's pages promise no element ids: the admin's way, by the captions.
        js(view, testsupport::byLabel(QStringLiteral("field('Email').value='admin@contoso.example';"
                                                     "field('Password').value='%1';"
                                                     "button('Sign In').click();")
                                          .arg(m_sim->server().options().password)));
        QVERIFY(WizardDriver::waitForUrl(view, [](const QUrl &u) {
            return u.path().compare(QLatin1String("/settings/Saml"), Qt::CaseInsensitive) == 0;
        }));
        QVERIFY(m_driver->click(QStringLiteral("instanceTakeUrlButton")));
        auto *url = m_driver->find<QLineEdit>(QStringLiteral("instanceUrlEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(url->text(), simSignInUrl(), 20000);
        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::App));
    }

    // Step 1 creates the app; Step 2 configures SAML and the certificate and exports the files.
    void finishStepOneAndConfigureSaml()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), kLong);
        QCOMPARE(m_driver->find(QStringLiteral("appResultLabel"))->property("outcome").toString(),
                 QStringLiteral("created"));
        QVERIFY(!m_context->setup().state().servicePrincipalId.isEmpty());
        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::Saml));

        QTRY_VERIFY_WITH_TIMEOUT(!samlPage()->certificatePath().isEmpty(), kLong);
        QVERIFY(m_driver->typeText(QStringLiteral("samlExportFolderEdit"), m_exportDir.path()));
        QVERIFY(m_driver->click(QStringLiteral("samlExportButton")));
        QTRY_VERIFY_WITH_TIMEOUT(samlPage()->certificatePath().startsWith(m_exportDir.path()), kLong);
        QVERIFY(QFile::exists(samlPage()->certificatePath()));
        const QString thumbprint = m_context->setup().state().certificateThumbprint;
        QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("samlThumbprint"))->text(), thumbprint);
        QVERIFY(m_driver->find<QLineEdit>(QStringLiteral("samlLoginUrl"))
                    ->text()
                    .endsWith(QStringLiteral("/saml2")));
        QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("samlEntraIdentifier"))->text().isEmpty(), false);
    }

    // What an admin does in the Insightly tab: click the file field (the wizard answers with `file`), Upload.
    void uploadInInsightly(const QString &file)
    {
        QVERIFY(m_driver->click(QStringLiteral("samlOpenInsightlyButton")));
        QWebEngineView *view = insightlyView();
        QVERIFY(WizardDriver::waitForUrl(view, [](const QUrl &u) {
            return u.path().compare(QLatin1String("/settings/Saml"), Qt::CaseInsensitive) == 0;
        }));
        auto *page = qobject_cast<BrowserPage *>(view->page());
        page->setPreselectedFiles({file}); // as when the admin picked this file; the wizard's is the default
        QSignalSpy answered(page, &BrowserPage::fileChooserAnswered);
        QVERIFY2(view->isVisible() && view->width() > 100 && view->height() > 100,
                 "the Insightly tab is not on screen");
        // A person's click on the file field; the page may still be laying out after scrolling, so look again
        // and click again (a click that hits nothing has no effect).
        for (int attempt = 0; attempt < 5 && answered.isEmpty(); ++attempt) {
            const QStringList rect =
                js(view, testsupport::byLabel(QStringLiteral(
                             "var e=field('Certificate (Base64');"
                             "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                             "return Math.round(r.left+r.width/2)+','+Math.round(r.top+r.height/2);")))
                    .split(u',');
            QCOMPARE(rect.size(), 2);
            QTest::qWait(300);
            const QPoint centre(rect.at(0).toInt(), rect.at(1).toInt());
            QWidget *target = view->focusProxy();
            QVERIFY(target);
            QTest::mouseMove(target, centre);
            QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, centre);
            answered.wait(1000); // the file chooser's answer, or look again
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            js(view, testsupport::byLabel(QStringLiteral("return String(field('Certificate (Base64').files.length);"))),
            QStringLiteral("1"), 20000);
        js(view, testsupport::byLabel(QStringLiteral("button('Upload').click();")));
        QVERIFY2(WizardDriver::waitForUrl(
                     view, [](const QUrl &u) { return u.query().contains(QLatin1String("uploaded")); }),
                 qPrintable(
                     view->url().toString() + QStringLiteral(" shows: ") +
                     js(view, QStringLiteral("document.body ? document.body.innerText.slice(0, 600) : ''"))));
        const QList<QSslCertificate> uploaded = QSslCertificate::fromPath(file);
        QCOMPARE(uploaded.size(), 1);
        QCOMPARE(
            js(view, testsupport::byLabel(QStringLiteral("return valueAfter('Thumbprint');"))).trimmed(),
            QString::fromLatin1(uploaded.first().digest(QCryptographicHash::Sha1).toHex()).toUpper());
    }

    void runSignInTest(bool signInToEntra)
    {
        auto *results = m_driver->find<QTreeWidget>(QStringLiteral("samlTestResults"));
        QVERIFY(results);
        QVERIFY(m_driver->click(QStringLiteral("samlTestButton")));
        QTRY_VERIFY_WITH_TIMEOUT(results->isHidden(), 5000);
        if (signInToEntra) {
            QWebEngineView *view = m_wizard->findChild<QWebEngineView *>(QStringLiteral("samlTestView"));
            QTRY_VERIFY_WITH_TIMEOUT(
                (view = m_wizard->findChild<QWebEngineView *>(QStringLiteral("samlTestView"))), kLong);
            QVERIFY(WizardDriver::waitForUrl(
                view, [](const QUrl &u) { return u.path().endsWith(QLatin1String("/signin")); }, kLong));
            js(view, QStringLiteral("document.getElementById('username').value='admin@contoso.example';"
                                    "document.getElementById('password').value='%1';"
                                    "document.getElementById('signin').click();")
                         .arg(m_sim->server().options().password));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!results->isHidden() && results->topLevelItemCount() > 0, kLong);
    }

    bool testPassed() const
    {
        auto *results = m_driver->find<QTreeWidget>(QStringLiteral("samlTestResults"));
        bool all = results->topLevelItemCount() > 0;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            all = all && results->topLevelItem(i)->data(1, Qt::UserRole).toBool();
        return all && m_context->setup().state().isStepCompleted(SetupState::Step::SignInTest);
    }

    QString checklist() const
    {
        auto *results = m_driver->find<QTreeWidget>(QStringLiteral("samlTestResults"));
        QStringList lines;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = results->topLevelItem(i);
            lines << QStringLiteral("%1 | %2 | %3 | %4")
                         .arg(item->text(0), item->text(1), item->text(2), item->text(3));
        }
        return lines.join(u'\n');
    }

    void enforceInInsightly()
    {
        QWebEngineView *view = insightlyView();
        js(view, testsupport::byLabel(QStringLiteral("field('Enforce SAML Login').checked=true;"
                                                     "button('Save').click();")));
        QVERIFY(WizardDriver::waitForUrl(
            view, [](const QUrl &u) { return u.query().contains(QLatin1String("saved")); }));
    }

    std::unique_ptr<testsupport::SimFixture> m_sim;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;
    QTemporaryDir m_exportDir;
    QTemporaryDir m_logDir;
};

QTEST_MAIN(TestE2eSaml)
#include "tst_e2e_saml.moc"
