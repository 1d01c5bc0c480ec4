// LockoutCheckFlow against the simulator: without an API key it asks for one; a refused key says so; with the
// admin's key it lists the active Insightly users who could not sign in (the admin first), keeps the key in
// the keychain for the next check, and once their Entra users are assigned only those without one remain —
// and when they are gone, nobody is at risk. No widget, no web view.
#include "ScimWorld.h"
#include "core/SecretKeys.h"
#include "core/SetupStateStore.h"
#include "flows/AssignFlow.h"
#include "flows/LockoutCheckFlow.h"

#include <QtTest>

using namespace insightly;

class TestLockoutCheckFlow : public QObject
{
    Q_OBJECT

    static QStringList emailsAtRisk(const LockoutReport &report)
    {
        QStringList emails;
        for (const LockoutRisk &risk : report.atRisk)
            emails << risk.insightlyUser.email.toLower();
        emails.sort();
        return emails;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<LockoutReport>();
        qRegisterMetaType<UserMessage>();
    }

    void findsWhoWouldBeLockedOut()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        const entra::GalleryApplicationResult app = f.run(entra::GalleryApplication::ensure(f.context()));
        QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));

        LockoutCheckFlow flow(f.flowContext());
        UserMessage why;
        QVERIFY(!flow.canCheck(&why)); // the Insightly instance is not known yet
        QCOMPARE(why.code, QStringLiteral("lockout.no-instance"));
        const sim::InsightlyState &insightly = f.sim->server().world().insightly;
        f.store->update([&](SetupState &s) {
            s.pod = insightly.pod;
            s.instanceId = insightly.instanceId;
        });
        QVERIFY2(flow.canCheck(&why), qPrintable(why.toDiagnostics()));
        QCOMPARE(flow.verdict(), LockoutCheckFlow::Verdict::NotChecked);

        // No key typed and none kept: the flow asks for it.
        const SecretKey key = SecretKeys::insightlyApiKey(f.store->state(), f.sim->tenantId());
        f.run(f.wizard->secrets().remove(key), 60000);
        QVERIFY(!f.run(flow.hasStoredApiKey(), 60000));
        QSignalSpy failures(&flow, &LockoutCheckFlow::failed);
        LockoutReport report = f.run(flow.run());
        QVERIFY(f.finished);
        QCOMPARE(report.error.code, QStringLiteral("lockout.api-key-missing"));
        QCOMPARE(failures.size(), 1);
        QCOMPARE(flow.verdict(), LockoutCheckFlow::Verdict::NotChecked);
        QVERIFY(!flow.statusText().isEmpty());

        // A key Insightly refuses.
        report = f.run(flow.run(QStringLiteral("not-the-admins-key")));
        QCOMPARE(report.error.code, QString::fromLatin1(InsightlyRestCode::KeyRefused));
        QCOMPARE(flow.verdict(), LockoutCheckFlow::Verdict::NotChecked);

        // The admin's key (with stray spaces, as pasted): every active user is at risk, the admin first.
        QSignalSpy finished(&flow, &LockoutCheckFlow::finished);
        report = f.run(flow.run(QStringLiteral("  ") + insightly.apiKey + QStringLiteral(" ")));
        QVERIFY2(report.ok(), qPrintable(report.error.toDiagnostics()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(flow.verdict(), LockoutCheckFlow::Verdict::AtRisk);
        QVERIFY(report.atRisk.first().isKeyOwner);
        QVERIFY(LockoutCheckFlow::describe(report.atRisk.first()).startsWith(QStringLiteral("You: ")));
        QVERIFY(emailsAtRisk(report).contains(QStringLiteral("former.employee@contoso.example")));
        QVERIFY(!emailsAtRisk(report).contains(QStringLiteral("robin.departed@contoso.example"))); // inactive
        const QList<SetupState::Assignment> fixes = LockoutCheckFlow::fixes(report);
        QVERIFY(!fixes.isEmpty());
        QVERIFY(fixes.size() < report.atRisk.size()); // some have no Entra user at all
        QVERIFY2(flow.statusText().contains(QStringLiteral("could not sign in")),
                 qPrintable(flow.statusText()));
        QVERIFY(f.run(flow.hasStoredApiKey(), 60000)); // kept in the keychain

        // Their Entra users assigned; the next check (a new flow: the key comes from the keychain) lists only
        // those without an Entra user.
        AssignFlow assign(f.flowContext());
        QVERIFY(f.run(assign.assign(fixes)).ok());
        LockoutCheckFlow later(f.flowContext());
        report = f.run(later.run());
        QVERIFY2(report.ok(), qPrintable(report.error.toDiagnostics()));
        QVERIFY(!report.atRisk.isEmpty());
        QVERIFY(LockoutCheckFlow::fixes(report).isEmpty());
        for (const LockoutRisk &risk : report.atRisk)
            QVERIFY2(!risk.entraUser, qPrintable(risk.insightlyUser.email));
        QVERIFY(!emailsAtRisk(report).contains(QStringLiteral("admin@contoso.example")));

        // Those deactivated in Insightly: nobody is at risk.
        for (sim::InsightlyUser &u : f.sim->server().world().insightly.users)
            if (emailsAtRisk(report).contains(u.email.toLower()))
                u.active = false;
        report = f.run(later.run());
        QVERIFY(report.ok());
        QCOMPARE(later.verdict(), LockoutCheckFlow::Verdict::NobodyAtRisk);
        QVERIFY(report.atRisk.isEmpty());
        QVERIFY(later.statusText().contains(QStringLiteral("can sign in")));
    }
};

QTEST_GUILESS_MAIN(TestLockoutCheckFlow)
#include "tst_lockoutcheckflow.moc"
