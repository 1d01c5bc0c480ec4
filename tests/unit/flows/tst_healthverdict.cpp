// HealthVerdict's rules without a tenant: which rows make `--check` exit 0, 1, 2 or 3, which wins when
// several apply, that every finding names an action, and that the JSON matches docs/check.schema.json.
#include "CheckJsonSchema.h"
#include "flows/HealthVerdict.h"
#include "flows/StatusRowRules.h"

#include <QtTest>

using namespace insightly;
using Status = HealthVerdict::Status;
using Id = StatusRow::Id;
using Level = StatusRow::Level;

class TestHealthVerdict : public QObject
{
    Q_OBJECT

private:
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);

    static StatusRow ok(Id id)
    {
        StatusRow r;
        r.id = id;
        r.level = Level::Ok;
        r.title = StatusRow::titleOf(id);
        r.summary = QStringLiteral("fine");
        return r;
    }
    static QList<StatusRow> allOk()
    {
        QList<StatusRow> rows;
        for (Id id : StatusRow::allIds())
            rows << ok(id);
        return rows;
    }
    StatusRow certificate(int daysLeft, const QString &thumbprint = QStringLiteral("AA11")) const
    {
        StatusRow r = ok(Id::Certificate);
        const QDateTime expiry = now.addDays(daysLeft);
        r.level = daysLeft <= 0 ? Level::Error : (daysLeft < 60 ? Level::Warning : Level::Ok);
        r.values.insert(QStringLiteral("thumbprint"), thumbprint);
        r.values.insert(QStringLiteral("expiry"), expiry);
        r.values.insert(QStringLiteral("daysLeft"), qint64(daysLeft));
        r.action = StatusRowRules::rotateCertificateAction();
        return r;
    }
    static void replace(QList<StatusRow> *rows, const StatusRow &row)
    {
        for (StatusRow &r : *rows)
            if (r.id == row.id)
                r = row;
    }
    static SetupState state()
    {
        SetupState s;
        s.tenantId = QStringLiteral("tenant-1");
        s.certificateThumbprint = QStringLiteral("AA11");
        return s;
    }

private slots:
    void certificateDays_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("400 days") << 400 << 0;
        QTest::newRow("60 days") << 60 << 0;
        QTest::newRow("59 days") << 59 << 1;
        QTest::newRow("14 days") << 14 << 1;
        QTest::newRow("13 days") << 13 << 2;
        QTest::newRow("expired") << -3 << 2;
    }
    void certificateDays()
    {
        QFETCH(int, daysLeft);
        QFETCH(int, exitCode);
        QList<StatusRow> rows = allOk();
        replace(&rows, certificate(daysLeft));
        const HealthVerdict v = HealthVerdict::judge(rows, state(), {}, now);
        QCOMPARE(v.exitCode(), exitCode);
        if (exitCode != 0)
            QCOMPARE(v.actions(), QStringList{StatusRowRules::rotateCertificateAction()});
    }

    void insightlyHoldsAnotherCertificateIsFailing()
    {
        QList<StatusRow> rows = allOk();
        replace(&rows, certificate(300, QStringLiteral("BB22")));
        const HealthVerdict v = HealthVerdict::judge(rows, state(), {}, now);
        QCOMPARE(v.status, Status::Failing);
        QVERIFY(v.findings.constFirst().summary.contains(QStringLiteral("AA11")));
        QVERIFY(v.findings.constFirst().summary.contains(QStringLiteral("BB22")));
    }

    void failedSignInTestIsFailing()
    {
        SetupState s = state();
        s.lastSignInTest =
            SetupState::SignInTestResult{now.addDays(-1), false, QStringLiteral("AADSTS50011")};
        QList<StatusRow> rows = allOk();
        replace(&rows, StatusRowRules::signInTest(s));
        const HealthVerdict v = HealthVerdict::judge(rows, s, {}, now);
        QCOMPARE(v.status, Status::Failing);
        QCOMPARE(v.findings.constFirst().check, QStringLiteral("signInTest"));
        QVERIFY(!v.findings.constFirst().action.isEmpty());
    }

    void quarantineIsFailingAndWinsOverCannotTellAndWarning()
    {
        QList<StatusRow> rows = allOk();
        StatusRow quarantine = ok(Id::Provisioning);
        quarantine.level = Level::Error;
        quarantine.summary = QStringLiteral("In quarantine (EncounteredQuarantineException)");
        quarantine.action = QStringLiteral("Regenerate the SCIM token");
        replace(&rows, quarantine);
        UserMessage network;
        network.what = QStringLiteral("Graph did not answer.");
        replace(&rows, StatusRowRules::unreadable(Id::Assignments, network));
        replace(&rows, certificate(30));
        const HealthVerdict v = HealthVerdict::judge(rows, state(), {}, now);
        QCOMPARE(v.status, Status::Failing);
        QCOMPARE(v.findings.size(), 3);
        QVERIFY(v.actions().contains(QStringLiteral("Regenerate the SCIM token")));
        QCOMPARE(checkschema::violations(v.toJson()), QStringList());
    }

    void unreadableRowCannotTellOverWarning()
    {
        QList<StatusRow> rows = allOk();
        UserMessage network;
        network.what = QStringLiteral("Graph did not answer.");
        replace(&rows, StatusRowRules::unreadable(Id::Provisioning, network));
        replace(&rows, certificate(30));
        QCOMPARE(HealthVerdict::judge(rows, state(), {}, now).status, Status::CannotTell);
    }

    void noApplicationCannotTell()
    {
        QList<StatusRow> rows = allOk();
        StatusRow app = ok(Id::Application);
        app.level = Level::Error;
        replace(&rows, app);
        QCOMPARE(HealthVerdict::judge(rows, state(), {}, now).status, Status::CannotTell);
    }

    void oldScimTokenWarnsOnlyWhenAsked()
    {
        SetupState s = state();
        s.completedSteps.insert(SetupState::Step::Scim, now.addDays(-200));
        HealthVerdict::Options options;
        QCOMPARE(HealthVerdict::judge(allOk(), s, options, now).status, Status::Healthy);
        options.maxScimTokenAgeDays = 180;
        const HealthVerdict v = HealthVerdict::judge(allOk(), s, options, now);
        QCOMPARE(v.status, Status::Warning);
        QCOMPARE(v.findings.constFirst().check, QStringLiteral("scimTokenAge"));
        options.maxScimTokenAgeDays = 365;
        QCOMPARE(HealthVerdict::judge(allOk(), s, options, now).status, Status::Healthy);
    }

    void healthyHasNoFindingAndValidJson()
    {
        const HealthVerdict v = HealthVerdict::judge(allOk(), state(), {}, now);
        QCOMPARE(v.status, Status::Healthy);
        QVERIFY(v.findings.isEmpty());
        const QJsonObject json = v.toJson();
        QCOMPARE(checkschema::violations(json), QStringList());
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), StatusRow::allIds().size());
        QVERIFY(v.toTable().contains(QStringLiteral("exit status 0")));
    }

    void schemaCheckerRejectsWrongOutput()
    {
        QJsonObject json =
            HealthVerdict::cannotTell(QStringLiteral("setup"), QStringLiteral("none"), {}).toJson();
        QCOMPARE(checkschema::violations(json), QStringList());
        json.remove(QStringLiteral("findings"));
        json.insert(QStringLiteral("status"), QStringLiteral("fine"));
        QCOMPARE(checkschema::violations(json).size(), 2);
    }
};

QTEST_MAIN(TestHealthVerdict)
#include "tst_healthverdict.moc"
