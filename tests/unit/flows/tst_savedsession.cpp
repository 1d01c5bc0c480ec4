// flows/SavedSession, the one "restore the saved session of a setup" of `--check` and `--plan`: each outcome
// (no setup, not signed in, restored) against the simulator, and the choice of a tenant's fresh setup for an
// Insightly instance not set up yet.
#include "CheckSession.h"
#include "StatusTestWorld.h"
#include "entra/CloudEndpoints.h"
#include "flows/SavedSession.h"

class TestSavedSession : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noSetup();
    void notSignedIn();
    void restored();
    void freshSetupForNewInstance();
    void clientRegistrationOfTheSetup();

private:
    static SavedSession::Outcome restore(SetupStepsFixture &f, SavedSession &saved,
                                         const SavedSession::Options &options = {})
    {
        return f.run(saved.restore(options), 120000);
    }
    static std::unique_ptr<SavedSession> make(SetupStepsFixture &f, SetupStateStore *store)
    {
        return std::make_unique<SavedSession>(&f.wizard->network(), &f.wizard->secrets(), store,
                                              entra::CloudEndpoints::forCloud(entra::Cloud::Global));
    }
};

void TestSavedSession::noSetup()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    QTemporaryDir empty;
    SetupStateStore store(empty.path());
    const auto saved = make(f, &store);
    QCOMPARE(restore(f, *saved), SavedSession::Outcome::NoSetup);
    QCOMPARE(saved->outcome(), SavedSession::Outcome::NoSetup);
    QCOMPARE(saved->message().what, SavedSession::tr("No setup was found on this computer."));
    QVERIFY(!saved->message().action.isEmpty());
    QVERIFY(saved->session() == nullptr);

    SavedSession::Options otherTenant;
    otherTenant.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
    QCOMPARE(restore(f, *make(f, f.store.get()), otherTenant), SavedSession::Outcome::NoSetup);
}

void TestSavedSession::notSignedIn()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    // A setup of another tenant, saved on this computer, whose session was never kept in the keychain.
    QTemporaryDir dir;
    SetupStateStore store(dir.path());
    const QString tenant = checksession::saveSetupWithoutSession(store, QStringLiteral("Fabrikam"));
    const auto saved = make(f, &store);
    QCOMPARE(restore(f, *saved), SavedSession::Outcome::NotSignedIn);
    QVERIFY(saved->session() == nullptr);
    QCOMPARE(saved->state().tenantId, tenant);
    QCOMPARE(saved->state().tenantDisplayName, QStringLiteral("Fabrikam"));
    QVERIFY2(saved->message().what.startsWith(QStringLiteral("Not signed in")),
             qPrintable(saved->message().what));
    QVERIFY(!saved->message().action.isEmpty());
}

void TestSavedSession::restored()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    QCOMPARE(checksession::keepWizardSession(f), QString());
    const auto saved = make(f, f.store.get());
    QCOMPARE(restore(f, *saved), SavedSession::Outcome::Restored);
    QVERIFY(saved->message().isEmpty());
    QVERIFY(saved->session() != nullptr);
    QVERIFY(saved->session()->graph() != nullptr);
    QCOMPARE(saved->key().tenantId, f.sim->tenantId());
    QCOMPARE(saved->state().tenantId, f.sim->tenantId());
    QVERIFY(!saved->signIn().preflight.identity.userId.isEmpty());
}

void TestSavedSession::freshSetupForNewInstance()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    // f.store holds the tenant's fresh setup: no Insightly instance chosen yet.
    const auto saved = make(f, f.store.get());
    SavedSession::Options options;
    options.tenant = f.sim->tenantId();
    options.instance = QUrl(QStringLiteral("https://contoso.insightly.example/login"));
    QString why;
    QVERIFY(saved->chooseSetup(options, &why).isEmpty());
    QVERIFY2(why.contains(options.instance.toString()), qPrintable(why));

    options.freshSetupForNewInstance = true;
    why.clear();
    const SetupKey fresh = saved->chooseSetup(options, &why);
    QCOMPARE(fresh.tenantId, f.sim->tenantId());
    QVERIFY(fresh.instanceId.isEmpty());

    // Once the tenant's setup has an instance, another instance has no fresh setup to fall back on.
    f.store->update([&](SetupState &s) { s.instanceId = QStringLiteral("other-instance"); });
    QVERIFY(saved->chooseSetup(options, &why).isEmpty());
}

void TestSavedSession::clientRegistrationOfTheSetup()
{
    using entra::ClientRegistration;
    const ClientRegistration defaultClient = ClientRegistration::defaultClient();
    QCOMPARE(ClientRegistration::forClientId({}).redirectUri, defaultClient.redirectUri);
    QCOMPARE(ClientRegistration::forClientId(defaultClient.clientId).redirectUri, defaultClient.redirectUri);
    const QString own = QStringLiteral("11111111-2222-3333-4444-555555555555");
    QCOMPARE(ClientRegistration::forClientId(own).clientId, own);
    QCOMPARE(ClientRegistration::forClientId(own).redirectUri,
             ClientRegistration::ownClient(own).redirectUri);
    QVERIFY(ClientRegistration::forClientId(own).redirectUri != defaultClient.redirectUri);
}

QTEST_MAIN(TestSavedSession)
#include "tst_savedsession.moc"
