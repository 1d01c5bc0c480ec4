// Several setups side by side — two Insightly instances of one tenant, and another tenant — keep their own
// saved state, journal, keychain keys and weekly-check names; a setup saved per tenant by an earlier version
// moves to its (tenant, instance) name transparently; the Welcome page's model lists them.
#include "core/SecretKeys.h"
#include "core/SetupChoiceModel.h"
#include "core/SetupStateStore.h"
#include "flows/ReminderSchedule.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace insightly;

namespace {

const QString tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString otherTenant = QStringLiteral("fabrikam.onmicrosoft.com");

QUrl signInUrl(const QString &pod, const QString &instanceId)
{
    return QUrl(QStringLiteral("https://crm.%1.insightly.com/user/saml?instanceId=%2").arg(pod, instanceId));
}

// A new setup of `tenantId` taken to the point where its Insightly instance and app are known.
void makeSetup(SetupStateStore &store, const QString &tenantId, const QString &instanceId,
               const QString &appId)
{
    store.choose(SetupKey{tenantId, {}});
    store.load(tenantId);
    store.update([&](SetupState &s) {
        s.tenantId = tenantId;
        s.insightlySignInUrl = signInUrl(QStringLiteral("na1"), instanceId);
        s.instanceId = instanceId;
    });
    store.update([&](SetupState &s) { s.appId = appId; });
    store.markStepCompleted(SetupState::Step::App);
}

AuditEntry note(const QString &text)
{
    AuditEntry e;
    e.system = QStringLiteral("insightly");
    e.method = QStringLiteral("admin");
    e.object = QStringLiteral("settings/Saml");
    e.note = text;
    return e;
}

QStringList notes(const QList<AuditEntry> &entries)
{
    QStringList list;
    for (const AuditEntry &e : entries)
        list << e.note;
    return list;
}

} // namespace

class TestSetups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoSetupsKeepTheirOwnState()
    {
        QTemporaryDir dir;
        SetupStateStore store(dir.path());
        makeSetup(store, tenant, QStringLiteral("111"), QStringLiteral("app-of-111"));
        makeSetup(store, tenant, QStringLiteral("222"), QStringLiteral("app-of-222"));
        makeSetup(store, otherTenant, QStringLiteral("111"), QStringLiteral("app-of-fabrikam"));

        // One file per (tenant, instance); the tenant-only file of each new setup is gone.
        QVERIFY(QFile::exists(store.filePath(SetupKey{tenant, QStringLiteral("111")})));
        QVERIFY(QFile::exists(store.filePath(SetupKey{tenant, QStringLiteral("222")})));
        QVERIFY(QFile::exists(store.filePath(SetupKey{otherTenant, QStringLiteral("111")})));
        QVERIFY(!QFile::exists(store.filePath(tenant)));
        QCOMPARE(store.catalogue().knownSetups().size(), 3);
        QCOMPARE(store.catalogue().knownTenants(), (QStringList{tenant, otherTenant}));

        // Each opens with its own values.
        store.load(SetupKey{tenant, QStringLiteral("111")});
        QCOMPARE(store.state().appId, QStringLiteral("app-of-111"));
        QCOMPARE(store.state().insightlySignInUrl, signInUrl(QStringLiteral("na1"), QStringLiteral("111")));
        store.update([](SetupState &s) { s.pod = QStringLiteral("na1"); });
        store.load(SetupKey{tenant, QStringLiteral("222")});
        QCOMPARE(store.state().appId, QStringLiteral("app-of-222"));
        QVERIFY(store.state().pod.isEmpty()); // the change to the other setup did not leak
        store.load(SetupKey{otherTenant, QStringLiteral("111")});
        QCOMPARE(store.state().appId, QStringLiteral("app-of-fabrikam"));

        // The admin's pick decides which one the sign-in opens; without a pick, the tenant's latest.
        store.choose(SetupKey{tenant, QStringLiteral("111")});
        store.load(tenant.toUpper());
        QCOMPARE(store.state().appId, QStringLiteral("app-of-111"));
        store.forgetChoice();
        store.load(SetupKey{tenant, QStringLiteral("222")});
        store.update([](SetupState &s) { s.pod = QStringLiteral("eu1"); }); // the one used last now
        store.load(tenant);
        QCOMPARE(store.state().appId, QStringLiteral("app-of-222"));
        // "A new setup" of a tenant that has setups starts empty.
        store.choose(SetupKey{tenant, {}});
        store.load(tenant);
        QVERIFY(store.state().appId.isEmpty());
        QVERIFY(store.state().instanceId.isEmpty());

        QCOMPARE(store.catalogue().findSetup(tenant, signInUrl(QStringLiteral("na1"), QStringLiteral("111"))),
                 (SetupKey{tenant, QStringLiteral("111")}));
        QCOMPARE(store.catalogue().findSetup(
                     {}, QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=222"))),
                 (SetupKey{tenant, QStringLiteral("222")}));
        QVERIFY(store.catalogue()
                    .findSetup(tenant, signInUrl(QStringLiteral("na1"), QStringLiteral("999")))
                    .isEmpty());
    }

    void aSetupNeverOverwritesAnotherOfTheSameTenant()
    {
        QTemporaryDir dir;
        SetupStateStore store(dir.path());
        makeSetup(store, tenant, QStringLiteral("111"), QStringLiteral("app-of-111"));
        // A new setup that names the same instance: the saved one is not overwritten.
        store.choose(SetupKey{tenant, {}});
        store.load(tenant);
        QVERIFY(!store.update([](SetupState &s) {
            s.instanceId = QStringLiteral("111");
            s.appId = QStringLiteral("another-app");
        }));
        QCOMPARE(store.status().problem, SetupStateStore::Problem::NotLoaded);
        SetupStateStore reader(dir.path());
        reader.load(SetupKey{tenant, QStringLiteral("111")});
        QCOMPARE(reader.state().appId, QStringLiteral("app-of-111"));
    }

    void journalsDoNotMix()
    {
        QTemporaryDir dir;
        SetupStateStore store(dir.path());
        // A new setup's entries from before its instance was known go with it to its own journal.
        store.choose(SetupKey{tenant, {}});
        store.load(tenant);
        store.update([](SetupState &s) { s.tenantId = tenant; });
        QVERIFY(store.appendToJournal(note(QStringLiteral("first of 111"))));
        store.update([](SetupState &s) {
            s.instanceId = QStringLiteral("111");
            s.insightlySignInUrl = signInUrl(QStringLiteral("na1"), QStringLiteral("111"));
        });
        QVERIFY(store.appendToJournal(note(QStringLiteral("second of 111"))));
        makeSetup(store, tenant, QStringLiteral("222"), QStringLiteral("app-of-222"));
        QVERIFY(store.appendToJournal(note(QStringLiteral("only of 222"))));

        const AuditJournal journal = store.journal();
        QVERIFY(journal.directory().startsWith(dir.path()));
        QCOMPARE(notes(journal.read((SetupKey{tenant, QStringLiteral("111")}.id()))),
                 (QStringList{QStringLiteral("first of 111"), QStringLiteral("second of 111")}));
        QCOMPARE(notes(journal.read((SetupKey{tenant, QStringLiteral("222")}.id()))),
                 QStringList{QStringLiteral("only of 222")});
        QVERIFY(journal.read(tenant).isEmpty());
        const SetupKey first{tenant, QStringLiteral("111")}, second{tenant, QStringLiteral("222")};
        QVERIFY(journal.filePath(first.id()) != journal.filePath(second.id()));
    }

    void keychainKeysDoNotMix()
    {
        SetupState a;
        a.tenantId = tenant;
        a.instanceId = QStringLiteral("111");
        SetupState b = a;
        b.instanceId = QStringLiteral("222");
        SetupState c = a;
        c.tenantId = otherTenant;
        QSet<QString> scim, apiKeys;
        for (const SetupState &s : {a, b, c}) {
            scim.insert(SecretKeys::scimToken(s).toString());
            apiKeys.insert(SecretKeys::insightlyApiKey(s).toString());
        }
        QCOMPARE(scim.size(), 3);
        QCOMPARE(apiKeys.size(), 3);
        QVERIFY(scim.intersect(apiKeys).isEmpty());
        // The session belongs to the tenant (one admin sign-in serves its instances); two tenants never
        // share.
        QVERIFY(SecretKeys::refreshToken(tenant, QStringLiteral("client")).toString() !=
                SecretKeys::refreshToken(otherTenant, QStringLiteral("client")).toString());
    }

    void scheduleNamesDoNotMix()
    {
        SetupState a;
        a.tenantId = tenant;
        a.instanceId = QStringLiteral("111");
        a.insightlySignInUrl = signInUrl(QStringLiteral("na1"), QStringLiteral("111"));
        SetupState b = a;
        b.instanceId = QStringLiteral("222");
        b.insightlySignInUrl = signInUrl(QStringLiteral("na1"), QStringLiteral("222"));
        const QString exe = QStringLiteral("/opt/insightly-sso-setup/insightly-sso-setup");
        ReminderSchedule first(ReminderSchedule::optionsFor(a, exe));
        ReminderSchedule second(ReminderSchedule::optionsFor(b, exe));
        QVERIFY(first.name() != second.name());
        QVERIFY(first.label() != second.label());
        QVERIFY(first.taskName() != second.taskName());
        QVERIFY(first.files() != second.files());
        QCOMPARE(first.checkArguments(),
                 (QStringList{QStringLiteral("--check"), QStringLiteral("--quiet"),
                              QStringLiteral("--notify"), QStringLiteral("--tenant"), tenant,
                              QStringLiteral("--instance"), a.insightlySignInUrl.toString()}));
        // The scheduler's own files name the setup, so that a click on the notification opens it.
        for (ReminderSchedule::Platform platform :
             {ReminderSchedule::Platform::SystemdUser, ReminderSchedule::Platform::Launchd,
              ReminderSchedule::Platform::TaskScheduler}) {
            first.setPlatform(platform);
            second.setPlatform(platform);
            QVERIFY(first.files() != second.files());
        }
        QVERIFY(first.launchdPlist().contains(
            QStringLiteral("<string>--instance</string>\n        <string>%1</string>")
                .arg(a.insightlySignInUrl.toString().toHtmlEscaped())));
        QVERIFY(first.taskSchedulerXml().contains(
            QStringLiteral("--tenant %1 --instance %2")
                .arg(tenant, a.insightlySignInUrl.toString().toHtmlEscaped())));
        QVERIFY(first.systemdService().contains(
            QStringLiteral("--instance \"%1\"").arg(a.insightlySignInUrl.toString())));
        QVERIFY(!second.systemdService().contains(QStringLiteral("instanceId=111")));
    }

    void aTenantFileOfAnEarlierVersionMovesToItsSetup()
    {
        QTemporaryDir dir;
        {
            SetupState old;
            old.tenantId = tenant;
            old.instanceId = QStringLiteral("111");
            old.insightlySignInUrl = signInUrl(QStringLiteral("na1"), QStringLiteral("111"));
            old.appId = QStringLiteral("app-of-111");
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("setups/journal"))));
            QFile file(dir.filePath(QStringLiteral("setups/%1.json").arg(tenant)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(old.toJson()).toJson());
            QFile journal(dir.filePath(QStringLiteral("setups/journal/%1.jsonl").arg(tenant)));
            QVERIFY(journal.open(QIODevice::WriteOnly));
            journal.write(
                QJsonDocument(note(QStringLiteral("from before")).toJson()).toJson(QJsonDocument::Compact) +
                '\n');
            QFile marker(dir.filePath(QStringLiteral("setups/last-used")));
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.write(tenant.toUtf8());
        }
        SetupStateStore store(dir.filePath(QStringLiteral("setups")));
        const SetupKey setup{tenant, QStringLiteral("111")};
        QCOMPARE(store.catalogue().mostRecentSetup(), setup);
        QVERIFY(QFile::exists(store.filePath(setup)));
        QVERIFY(!QFile::exists(store.filePath(tenant)));
        QCOMPARE(notes(store.journal().read(setup.id())), QStringList{QStringLiteral("from before")});
        QVERIFY(store.journal().read(tenant).isEmpty());
        QCOMPARE(store.load(tenant).outcome, SetupStateStore::LoadOutcome::Loaded);
        QCOMPARE(store.state().appId, QStringLiteral("app-of-111"));
        // A second instance of the tenant starts beside it.
        makeSetup(store, tenant, QStringLiteral("222"), QStringLiteral("app-of-222"));
        store.load(setup);
        QCOMPARE(store.state().appId, QStringLiteral("app-of-111"));
    }

    void theWelcomeModelListsEverySetup()
    {
        QTemporaryDir dir;
        SetupStateStore store(dir.path());
        SetupChoiceModel model;
        model.reload(store);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.setupCount(), 0);
        QVERIFY(model.setupAt(0).isEmpty());
        QVERIFY(!model.data(model.index(0)).toString().isEmpty());

        makeSetup(store, tenant, QStringLiteral("111"), QStringLiteral("app-of-111"));
        makeSetup(store, otherTenant, QStringLiteral("333"), QStringLiteral("app-of-fabrikam"));
        store.update([](SetupState &s) { s.tenantDisplayName = QStringLiteral("Fabrikam"); });
        model.reload(store);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.setupCount(), 2);
        // The most recently saved first, each with its tenant and instance.
        QCOMPARE(model.setupAt(1), (SetupKey{otherTenant, QStringLiteral("333")}));
        QCOMPARE(model.setupAt(2), (SetupKey{tenant, QStringLiteral("111")}));
        QCOMPARE(model.rowOf(SetupKey{tenant, QStringLiteral("111")}), 2);
        QCOMPARE(model.rowOf(SetupKey{tenant, QStringLiteral("999")}), 0);
        const QModelIndex fabrikam = model.index(1);
        QCOMPARE(model.data(fabrikam, SetupChoiceModel::SetupIdRole).toString(),
                 (SetupKey{otherTenant, QStringLiteral("333")}.id()));
        QCOMPARE(model.data(fabrikam, SetupChoiceModel::TenantRole).toString(), otherTenant);
        QCOMPARE(model.data(fabrikam, SetupChoiceModel::InstanceUrlRole).toUrl(),
                 signInUrl(QStringLiteral("na1"), QStringLiteral("333")));
        const QString text = model.data(fabrikam).toString();
        QVERIFY2(text.contains(QStringLiteral("Fabrikam")) &&
                     text.contains(QStringLiteral("crm.na1.insightly.com")) &&
                     text.contains(QStringLiteral("333")),
                 qPrintable(text));
        QCOMPARE(model.data(fabrikam, Qt::AccessibleTextRole).toString(), text);
        QVERIFY(model.data(model.index(2)).toString().contains(tenant));
        QVERIFY(model.data(fabrikam, SetupChoiceModel::SavedAtRole).toDateTime().isValid());
    }

    void progressSaysWhereASetupStands()
    {
        SetupState s;
        const QString start = SetupChoiceModel::progressText(s);
        s.markStepCompleted(SetupState::Step::App);
        QVERIFY(SetupChoiceModel::progressText(s) != start);
        s.markStepCompleted(SetupState::Step::Assign);
        const QString done = SetupChoiceModel::progressText(s);
        s.lastSignInTest = SetupState::SignInTestResult{QDateTime::currentDateTimeUtc(), false, {}};
        QVERIFY(SetupChoiceModel::progressText(s) != done);
    }
};

QTEST_GUILESS_MAIN(TestSetups)
#include "tst_setups.moc"
