// SignInSession + preflight against the simulator: who signed in, which role and permissions, before any change.
#include "SessionHelpers.h"
#include "SimFixture.h"
#include "core/SecretStore.h"
#include "entra/Preflight.h"
#include "entra/SignInSession.h"
#include "pages/WizardContext.h"

#include <QtTest>

using namespace insightly;

class TestSignInSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sim.start());
    }

    void adminPassesThePreflight()
    {
        AppConfig config;
        WizardContext context(config);
        QString error;
        QVERIFY2(testsupport::signInForTests(context, m_sim, QStringLiteral("admin@contoso.example"), &error),
                 qPrintable(error));
        const entra::PreflightReport &report = context.session()->preflight();
        QCOMPARE(report.identity.tenantId, m_sim.tenantId());
        QCOMPARE(report.identity.tenantName, m_sim.server().world().directory.tenant.displayName);
        QCOMPARE(report.identity.userPrincipalName, QStringLiteral("admin@contoso.example"));
        QVERIFY(report.identity.directoryRoles.contains(QStringLiteral("Cloud Application Administrator")));
        QVERIFY(report.passed());
        QCOMPARE(report.rows.size(), 1 + entra::requiredScopes().size());
        for (const entra::PreflightRow &row : report.rows)
            QVERIFY2(row.passed, qPrintable(row.id));
    }

    void userWithoutRoleIsStoppedWithTheFix()
    {
        AppConfig config;
        WizardContext context(config);
        QString error;
        QVERIFY2(testsupport::signInForTests(context, m_sim, QStringLiteral("user@contoso.example"), &error),
                 qPrintable(error));
        const entra::PreflightReport &report = context.session()->preflight();
        QVERIFY(!report.passed());
        const entra::PreflightRow &role = report.rows.constFirst();
        QCOMPARE(role.id, QStringLiteral("role"));
        QVERIFY(!role.passed);
        QVERIFY(role.fix.action.contains(QStringLiteral("Cloud Application Administrator")));
    }

private:
    testsupport::SimFixture m_sim;
};

QTEST_MAIN(TestSignInSession)
#include "tst_signinsession.moc"
