// `insightly-sso-setup --demo --plan --json` with no display server, against a fresh simulated tenant the
// admin only signed in to (the session only in the keychain): exit status 0, the versioned JSON lists the
// setup's writes step by step (the app created from the gallery first), and the simulator's request log shows
// that reading the plan sent no Graph write. Without a saved setup for the tenant: exit status 3 and the
// action.
#include "CheckSession.h"
#include "HeadlessAppRun.h"
#include "StatusTestWorld.h"

class TestAppPlanSim : public QObject, StatusTestWorld
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFile::exists(QStringLiteral(INSIGHTLY_APP_EXECUTABLE)))
            QSKIP("the insightly-sso-setup executable is not built");
    }

    void freshTenantPlanChangesNothing()
    {
        testsupport::HeadlessAppRun app(QStringLiteral(INSIGHTLY_APP_EXECUTABLE));
        QTemporaryDir logs;
        sim::SimOptions options = simOptions();
        options.stateDir = app.simStateDir();
        SetupStepsFixture f(options);
        QCOMPARE(f.start(), QString());
        QCOMPARE(checksession::keepWizardSession(f), QString());
        f.sim->server().saveState();
        const QString tenant = f.sim->tenantId().toLower();
        QVERIFY(app.installSetup(f.store->filePath(f.sim->tenantId()), tenant));

        const QString requestLog = logs.filePath(QStringLiteral("plan-requests.jsonl"));
        app.setEnvironment(QStringLiteral("INSIGHTLY_SIM_REQUEST_LOG"), requestLog);
        const testsupport::HeadlessAppRun::Result run =
            app.run({QStringLiteral("--demo"), QStringLiteral("--plan"), QStringLiteral("--json")});
        const QString &out = run.out;
        QVERIFY(run.finished);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(out + run.err));

        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 1);
        QVERIFY(json.value(QStringLiteral("complete")).toBool());
        QCOMPARE(json.value(QStringLiteral("tenantId")).toString().toLower(), tenant);
        QStringList steps, requests;
        for (const QJsonValue &v : json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (!steps.contains(c.value(QStringLiteral("step")).toString()))
                steps.append(c.value(QStringLiteral("step")).toString());
            if (!c.value(QStringLiteral("method")).toString().isEmpty())
                requests.append(c.value(QStringLiteral("method")).toString() + u' ' +
                                c.value(QStringLiteral("path")).toString());
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("app"), QStringLiteral("saml"), QStringLiteral("scim"),
                                     QStringLiteral("assign")}));
        QVERIFY2(requests.constFirst().startsWith(QStringLiteral("POST /applicationTemplates/")) &&
                     requests.constFirst().endsWith(QStringLiteral("/instantiate")),
                 qPrintable(requests.join(u'\n')));
        QVERIFY(requests.contains(
            QStringLiteral("PUT /servicePrincipals/{servicePrincipal-id}/synchronization/secrets")));

        // The same plan as a table, for a person.
        const QString signInUrl = f.signInPageUrl().toString();
        const testsupport::HeadlessAppRun::Result tableRun =
            app.run({QStringLiteral("--demo"), QStringLiteral("--plan"), QStringLiteral("--tenant"), tenant,
                     QStringLiteral("--instance"), signInUrl});
        const QString &table = tableRun.out;
        QVERIFY(tableRun.finished);
        QCOMPARE(tableRun.exitCode, 0);
        for (const char *part : {"[app]", "[saml]", "[scim]", "[assign]", "POST /applicationTemplates/",
                                 "preferredSingleSignOnMode"})
            QVERIFY2(table.contains(QLatin1String(part)), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("-> ") + signInUrl), qPrintable(table)); // Step 2's Identifier

        // The plan read the tenant and wrote nothing.
        QFile log(requestLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        int graphReads = 0;
        while (!log.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(log.readLine()).object();
            const QUrl url(entry.value(QStringLiteral("url")).toString());
            if (url.host() != QLatin1String("graph.microsoft.com"))
                continue;
            const QString method = entry.value(QStringLiteral("method")).toString();
            QVERIFY2(method == QLatin1String("GET") ||
                         (method == QLatin1String("POST") && url.path() == QLatin1String("/v1.0/$batch")),
                     qPrintable(method + u' ' + url.path()));
            ++graphReads;
        }
        QVERIFY(graphReads > 0);
    }

    void unknownTenantCannotTell()
    {
        const testsupport::HeadlessAppRun app(QStringLiteral(INSIGHTLY_APP_EXECUTABLE));
        const testsupport::HeadlessAppRun::Result run = app.run(
            {QStringLiteral("--plan"), QStringLiteral("--tenant"), QStringLiteral("contoso.example")}, 60000);
        const QString &err = run.err;
        QVERIFY(run.finished);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(err.contains(QStringLiteral("Run the wizard")), qPrintable(err));
    }
};

QTEST_MAIN(TestAppPlanSim)
#include "tst_app_plan_sim.moc"
