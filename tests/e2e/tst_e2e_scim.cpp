// End to end: step 3 in the real wizard window against the simulator — the admin types Insightly's SCIM
// endpoint and token, tests the connection (the wizard's probe and Entra's Test Connection), saves and starts
// provisioning, and watches the live status.
#include "GalleryApp.h"
#include "ScimSimSetup.h"
#include "SessionHelpers.h"
#include "SimFixture.h"
#include "UnresponsiveServers.h"
#include "WizardDriver.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "pages/ScimPage.h"
#include "pages/ScimStatusPanel.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>
#include <qcorotask.h>

using namespace insightly;

class TestE2eScim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void goodTokenBothTestsPassJobStartsUserProvisioned();
    void wrongTokenFailsWithTheTokenCause();
    void wrongPathFailsWithNotFoundCause();
    void serverDownFailsAtTcp();
    void silentServerFailsWithTimeout();
    void tokenRegeneratedAfterSavingShowsQuarantine();
    void cancelAbortsTheRunningTest();

private:
    bool testConnection(const QString &url, const QString &token);
    bool saveAndStart();
    QJsonObject simJob() const;
    bool assignUser(const QString &upn);
    // A member of the directory (not the admin) with the first and last name Insightly requires.
    QString memberUpn(int which) const;

    std::unique_ptr<testsupport::SimFixture> m_sim;
    testsupport::ScimSim m_scim;
    QString m_spId;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<testsupport::WizardDriver> m_driver;
    ScimPage *m_page = nullptr;
};

void TestE2eScim::init()
{
    m_sim = std::make_unique<testsupport::SimFixture>(insightlytest::options());
    QString error;
    QVERIFY2(testsupport::startSimWithScim(*m_sim, &m_scim, &error), qPrintable(error));

    // Step 1 as raw Graph calls: the gallery app, found by name.
    const testsupport::GalleryApp app = testsupport::addInsightlySamlFromGallery(*m_sim, m_sim->token(), &error);
    QVERIFY2(app.isValid(), qPrintable(error));
    m_spId = app.servicePrincipalId;

    AppConfig config;
    m_context = std::make_unique<WizardContext>(config);
    QVERIFY2(testsupport::signInForTests(*m_context, *m_sim, QStringLiteral("admin@contoso.example"), &error),
             qPrintable(error));
    // Steps 1 and 2 as SetupState records them.
    SetupState state;
    state.tenantId = m_sim->tenantId();
    state.appObjectId = app.appObjectId;
    state.appId = app.appId;
    state.servicePrincipalId = m_spId;
    state.instanceId = m_sim->server().world().insightly.instanceId;
    state.insightlySignInUrl = m_sim->insightlySignInUrl();
    state.pod = QStringLiteral("na1");
    QVERIFY(m_context->setup().replace(state));

    m_wizard = std::make_unique<SetupWizard>(*m_context);
    m_wizard->setStartId(SetupWizard::Scim);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_driver = std::make_unique<testsupport::WizardDriver>(m_wizard.get());
    m_page = qobject_cast<ScimPage *>(m_wizard->page(SetupWizard::Scim));
    QVERIFY(m_page);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::Scim));
}

void TestE2eScim::cleanup()
{
    if (m_driver)
        m_driver->screenshotIfFailed();
    m_driver.reset();
    m_wizard.reset();
    m_context.reset();
    m_sim.reset();
}

bool TestE2eScim::testConnection(const QString &url, const QString &token)
{
    if (!m_driver->typeText(QStringLiteral("scimUrlEdit"), url) ||
        !m_driver->typeText(QStringLiteral("scimTokenEdit"), token) ||
        !m_driver->click(QStringLiteral("scimTestButton")))
        return false;
    return m_driver->waitFor(
        [this] { return !m_page->isBusy() && !m_page->lastProbeReport().checks.isEmpty(); }, 90000);
}

bool TestE2eScim::saveAndStart()
{
    return m_driver->click(QStringLiteral("scimSaveButton")) &&
           m_driver->waitFor([this] { return m_page->isComplete(); }, 60000);
}

bool TestE2eScim::assignUser(const QString &upn)
{
    const sim::DirectoryUser *user = m_sim->server().world().directory.userByUpn(upn);
    if (!user)
        return false;
    const testsupport::HttpReply assigned = m_sim->graph(
        "POST", QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_spId),
        QJsonObject{{QStringLiteral("principalId"), user->id},
                    {QStringLiteral("resourceId"), m_spId},
                    {QStringLiteral("appRoleId"), QStringLiteral("00000000-0000-0000-0000-000000000000")}},
        m_sim->token());
    if (assigned.status != 201)
        qWarning() << "assignment failed" << assigned.status << assigned.body;
    return assigned.status == 201;
}

QString TestE2eScim::memberUpn(int which) const
{
    for (const sim::DirectoryUser &user : m_sim->server().world().directory.users)
        if (!user.givenName.isEmpty() && !user.surname.isEmpty() &&
            !user.userPrincipalName.startsWith(QLatin1String("admin@")) && which-- == 0)
            return user.userPrincipalName;
    return {};
}

QJsonObject TestE2eScim::simJob() const
{
    for (const QJsonObject &job : m_sim->server().world().apps.synchronizationJobs)
        if (job.value(QStringLiteral("id")).toString() == m_context->setup().state().synchronizationJobId)
            return job;
    return {};
}

void TestE2eScim::goodTokenBothTestsPassJobStartsUserProvisioned()
{
    QVERIFY(!m_page->isComplete());
    QVERIFY(testConnection(m_scim.endpoint.toString(), m_scim.token));
    QVERIFY2(m_page->lastProbeReport().allPassed(),
             qPrintable(m_page->lastProbeReport().firstFailure().what));
    QVERIFY2(m_page->lastEntraResult().passed, qPrintable(m_page->lastEntraResult().entraMessage));
    auto *table = m_driver->find<QTableWidget>(QStringLiteral("scimProbeTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 5);
    // Every row passed, TLS included: https://crm.na1.insightly.com through the proxy, its CA trusted.
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("\u2713"));
    QVERIFY(m_driver->find<QLabel>(QStringLiteral("scimEntraResult"))
                ->text()
                .startsWith(QStringLiteral("\u2713")));
    // The token is shown masked only: its last four characters.
    const QString masked = m_driver->find<QLabel>(QStringLiteral("scimTokenMasked"))->text();
    QVERIFY(masked.endsWith(m_scim.token.right(4)));
    QVERIFY(!masked.contains(m_scim.token));

    QVERIFY(saveAndStart());
    const SetupState &state = m_context->setup().state();
    QVERIFY(state.isStepCompleted(SetupState::Step::Scim));
    QCOMPARE(state.scimBaseAddress, m_scim.endpoint);
    QVERIFY(state.synchronizationJobId.startsWith(QStringLiteral("insightlySaml.")));
    QCOMPARE(simJob().value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("Active"));
    const QJsonObject secrets = m_sim->server().world().apps.synchronizationSecrets.value(m_spId);
    QCOMPARE(secrets.value(QStringLiteral("SecretToken")).toString(), m_scim.token);
    QCOMPARE(secrets.value(QStringLiteral("SyncAll")).toString(), QStringLiteral("false"));
    QVERIFY(secrets.value(QStringLiteral("SyncNotificationSettings"))
                .toString()
                .contains(QStringLiteral("\"Recipients\":\"admin@contoso.example\"")));
    // Never the token in the state file.
    QFile file(m_context->setup().currentFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_scim.token.toUtf8()));
    // …the keychain keeps it, under the tenant and the Insightly instance.
    const SecretKey key{state.tenantId, QStringLiteral("scim-token"), state.instanceId};
    QTRY_VERIFY_WITH_TIMEOUT(m_context->secrets().storedKeys(state.tenantId).contains(key.toString()), 20000);
    const SecretResult stored = QCoro::waitFor(m_context->secrets().read(key));
    QVERIFY(stored.ok);
    QCOMPARE(QString::fromUtf8(stored.value), m_scim.token);
    QTRY_VERIFY_WITH_TIMEOUT(m_driver->find(QStringLiteral("scimStatusPanel"))->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->statusPanel()->lastStatus().code.isEmpty(), 20000);

    // An assignment: the provisioning engine creates the user on the SCIM side.
    const QString upn = memberUpn(0);
    QVERIFY(assignUser(upn));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QJsonObject &scimUser : m_sim->server().world().insightly.scimUsers)
                if (scimUser.value(QStringLiteral("userName")).toString().compare(upn, Qt::CaseInsensitive) ==
                    0)
                    return true;
            return false;
        },
        60000));
    // The status panel follows the cycles on its own.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusPanel()->lastStatus().synchronizedUsers >= 1, 60000);
}

void TestE2eScim::wrongTokenFailsWithTheTokenCause()
{
    QVERIFY(testConnection(m_scim.endpoint.toString(), QStringLiteral("not-the-insightly-token-1234")));
    const ScimCheck &lookup = m_page->lastProbeReport().check(ScimCheckId::UserLookup);
    QVERIFY(lookup.failed());
    QCOMPARE(lookup.failure.code, QString::fromLatin1(ScimProbeCode::TokenRejected));
    QVERIFY(!m_page->lastEntraResult().passed);
    QVERIFY(m_page->lastEntraResult().entraCode.contains(QStringLiteral("CredentialValidationFailure")));
    const QString entraText = m_driver->find<QLabel>(QStringLiteral("scimEntraResult"))->text();
    QVERIFY(entraText.contains(m_page->lastEntraResult().entraMessage)); // verbatim
    QVERIFY(entraText.contains(m_page->lastEntraResult().reading.what));
    auto *table = m_driver->find<QTableWidget>(QStringLiteral("scimProbeTable"));
    QCOMPARE(table->item(int(ScimCheckId::UserLookup), 0)->text(), QStringLiteral("\u2717"));
    QVERIFY(table->item(int(ScimCheckId::UserLookup), 4)->text().contains(lookup.failure.what));
    QVERIFY(!m_driver->find(QStringLiteral("scimSaveButton"))->isEnabled());
}

void TestE2eScim::wrongPathFailsWithNotFoundCause()
{
    QUrl wrong = m_scim.endpoint;
    wrong.setPath(QStringLiteral("/scim/v1"));
    QVERIFY(testConnection(wrong.toString(), m_scim.token));
    const UserMessage failure = m_page->lastProbeReport().firstFailure();
    QCOMPARE(failure.code, QString::fromLatin1(ScimProbeCode::WrongPath));
    QVERIFY(!m_page->lastEntraResult().passed);
    QVERIFY(m_page->lastEntraResult().entraMessage.contains(QStringLiteral("404")));
}

void TestE2eScim::serverDownFailsAtTcp()
{
    const quint16 port = testsupport::refusingLoopbackPort();
    QVERIFY(port != 0);
    QVERIFY(testConnection(testsupport::loopbackScimUrl(port).toString(), m_scim.token));
    const ScimCheck &tcp = m_page->lastProbeReport().check(ScimCheckId::TcpConnect);
    QVERIFY(tcp.failed());
    QCOMPARE(tcp.failure.code, QString::fromLatin1(ScimProbeCode::ConnectionRefused));
    QVERIFY(!m_page->lastEntraResult().passed);
}

void TestE2eScim::silentServerFailsWithTimeout()
{
    // Accepts the connection and never answers.
    testsupport::SilentServer silent;
    QVERIFY(silent.listen());
    ScimProbeOptions options;
    options.checkTimeout = std::chrono::seconds(2);
    m_page->setProbeOptions(options);
    QVERIFY(testConnection(silent.scimUrl().toString(), m_scim.token));
    const UserMessage failure = m_page->lastProbeReport().firstFailure();
    QCOMPARE(failure.code, QString::fromLatin1(ScimProbeCode::Timeout));
    QVERIFY(m_page->lastProbeReport().check(ScimCheckId::TcpConnect).passed());
    QVERIFY(!m_page->lastEntraResult().passed);
}

void TestE2eScim::tokenRegeneratedAfterSavingShowsQuarantine()
{
    QVERIFY(testConnection(m_scim.endpoint.toString(), m_scim.token));
    QVERIFY(m_page->lastEntraResult().passed);
    QVERIFY(saveAndStart());
    // A user in scope, so that the next cycle talks to Insightly with the saved token.
    QVERIFY(assignUser(memberUpn(1)));
    // The admin regenerates the token in Insightly (the fixture is still signed in to the settings page).
    const testsupport::HttpReply regenerated =
        insightlytest::postForm(*m_sim, QStringLiteral("/settings/Saml/RegenerateToken"), {});
    QVERIFY(regenerated.status == 303 || regenerated.status == 200);
    QVERIFY(m_sim->server().world().insightly.scimToken != m_scim.token);

    QVERIFY(QTest::qWaitFor([this] { return m_page->statusPanel()->lastStatus().isQuarantined(); }, 90000));
    auto *quarantine = m_driver->find<QLabel>(QStringLiteral("scimStatusQuarantine"));
    QTRY_VERIFY(quarantine->isVisible());
    QVERIFY(quarantine->text().contains(QStringLiteral("paste the new token")));
    QVERIFY(quarantine->text().contains(QStringLiteral("EncounteredQuarantineException")));

    // The fix the panel names: paste the new token, test, save — the wizard restarts the quarantined job.
    const QString newToken = m_sim->server().world().insightly.scimToken;
    QVERIFY(testConnection(m_scim.endpoint.toString(), newToken));
    QVERIFY(m_page->lastEntraResult().passed);
    QVERIFY(saveAndStart());
    QVERIFY(QTest::qWaitFor(
        [this] {
            const auto &status = m_page->statusPanel()->lastStatus();
            return status.code == QLatin1String("Active") &&
                   status.lastExecutionState == QLatin1String("Succeeded");
        },
        90000));
    QTRY_VERIFY(!quarantine->isVisible());
}

void TestE2eScim::cancelAbortsTheRunningTest()
{
    // A server that never answers keeps both tests running until the admin cancels.
    testsupport::SilentServer silent;
    QVERIFY(silent.listen());
    ScimProbeOptions options;
    options.checkTimeout = std::chrono::minutes(5);
    m_page->setProbeOptions(options);
    QVERIFY(m_driver->typeText(QStringLiteral("scimUrlEdit"), silent.scimUrl().toString()));
    QVERIFY(m_driver->typeText(QStringLiteral("scimTokenEdit"), m_scim.token));
    QVERIFY(m_driver->click(QStringLiteral("scimTestButton")));
    QVERIFY(m_page->isBusy());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(m_driver->waitForWidget(QStringLiteral("scimCancelButton")));
    QVERIFY(m_driver->waitFor([&] { return silent.heldConnections() > 0; }, 30000));
    QVERIFY(m_driver->click(QStringLiteral("scimCancelButton")));
    QVERIFY(m_driver->waitFor([this] { return !m_page->isBusy(); }, 30000));
    QVERIFY(m_page->lastProbeReport().cancelled);
    QVERIFY(!m_page->lastEntraResult().passed);
    QVERIFY(m_driver->find(QStringLiteral("scimTestButton"))->isEnabled());
}

QTEST_MAIN(TestE2eScim)
#include "tst_e2e_scim.moc"
