// The Insightly side of the journal after a flows-level setup against the simulator: what the admin was asked
// to do in Insightly (upload the certificate, enter Entra's values, tick Enforce, enable SCIM, regenerate the
// token) and what the wizard then saw (Insightly's certificate matches, a SAML sign-in was accepted, the SCIM
// endpoint answered 200) — in order, once each, and without a secret.
#include "ScimWorld.h"
#include "core/SetupStateStore.h"
#include "flows/CertificateHandoff.h"
#include "flows/SamlSetupFlow.h"
#include "flows/ScimFlow.h"
#include "flows/ScimTokenRotationFlow.h"

#include <QUuid>
#include <QtTest>

using namespace insightly;

namespace {

QList<AuditEntry> insightlyEntries(FlowTestFixture &f)
{
    QList<AuditEntry> entries;
    for (const AuditEntry &e : f.store->journal().read(f.store->currentKey().id()))
        if (e.system == QLatin1String("insightly"))
            entries.append(e);
    return entries;
}

QStringList summary(const QList<AuditEntry> &entries)
{
    QStringList lines;
    for (const AuditEntry &e : entries)
        lines << e.method + u' ' + e.object + (e.status ? QStringLiteral(" %1").arg(e.status) : QString());
    return lines;
}

} // namespace

class TestInsightlyJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ScimCheck>();
        qRegisterMetaType<ScimFlow::TestOutcome>();
    }

    void aSetupRecordsTheInsightlySideWithoutSecrets()
    {
        FlowTestFixture f;
        testsupport::ScimSim scim;
        QCOMPARE(prepareScim(f, &scim), QString());
        const QUrl signIn = f.signInPageUrl();
        f.store->update([&](SetupState &s) { s.insightlySignInUrl = signIn; });
        QVERIFY(insightlyEntries(f).isEmpty());

        // Step 2: the files for Insightly, the hand-off, the sign-in test and Enforce.
        QTemporaryDir files;
        SamlSetupFlow saml(f.flowContext(), f.wizard->endpoints());
        saml.setConvergencePolicy(FlowTestFixture::quickConvergence());
        saml.setExportFolder(files.path());
        CertificateHandoff handoff;
        saml.followHandoff(&handoff);
        f.runVoid(saml.configure(365, saml.proposedNotificationEmails()));
        QVERIFY(f.finished);
        QCOMPARE(saml.stage(), SamlSetupFlow::Stage::Exported);
        const QString thumbprint = f.store->state().certificateThumbprint;
        QVERIFY(!thumbprint.isEmpty());
        QVERIFY(QCoro::waitFor(saml.exportFiles())); // a second export asks nothing new
        handoff.offer(saml.certificatePath(), thumbprint);
        handoff.chosenInInsightly(saml.certificatePath());
        handoff.insightlyShows(
            QStringLiteral("00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF")); // not uploaded yet
        handoff.insightlyShows(thumbprint);
        handoff.insightlyShows(thumbprint); // Insightly's page looked at again: nothing new
        saml.signInTestFinished(true);
        saml.enforceConfirmed();

        // Step 3: SCIM enabled in Insightly, tested and saved; later the token is regenerated.
        {
            ScimFlow flow(f.flowContext());
            const ScimFlow::TestOutcome tested = f.run(flow.test(scim.endpoint, scim.token));
            QVERIFY(tested.probe.allPassed());
            const ScimFlow::SaveOutcome saved = f.run(flow.saveAndStart(scim.endpoint, scim.token));
            QVERIFY2(saved.ok, qPrintable(saved.error.toDiagnostics()));
        }
        const QString regenerated =
            QStringLiteral("regenerated-scim-token-") + QUuid::createUuid().toString(QUuid::Id128);
        f.sim->server().world().insightly.scimToken = regenerated;
        {
            ScimTokenRotationFlow rotation(f.flowContext());
            const ScimTokenRotationFlow::Outcome outcome =
                f.run(rotation.testAndSave(scim.endpoint, regenerated));
            QCOMPARE(outcome.result, ScimTokenRotationFlow::Result::Saved);
        }

        const QList<AuditEntry> entries = insightlyEntries(f);
        const QString endpoint = scim.endpoint.toString();
        QCOMPARE(summary(entries), (QStringList{
                                       QStringLiteral("admin settings/Saml: certificate"),
                                       QStringLiteral("admin settings/Saml: sign-in URL"),
                                       QStringLiteral("seen settings/Saml: certificate"), // another one
                                       QStringLiteral("seen settings/Saml: certificate"), // the offered one
                                       QStringLiteral("seen user/saml"),
                                       QStringLiteral("admin settings/Saml: Enforce SAML Login"),
                                       QStringLiteral("seen settings/Saml: Enforce SAML Login"),
                                       QStringLiteral("admin settings/Saml: SCIM"),
                                       QStringLiteral("GET ") + endpoint + QStringLiteral(" 200"),
                                       QStringLiteral("admin settings/Saml: SCIM token"),
                                       QStringLiteral("GET ") + endpoint + QStringLiteral(" 200"),
                                   }));
        QCOMPARE(entries.at(0).newValue, thumbprint);
        QVERIFY(entries.at(1).newValue.contains(saml.panelValues().loginUrl.toString()));
        QVERIFY(entries.at(2).note != entries.at(3).note); // "another certificate" vs "now matches"
        QCOMPARE(entries.at(3).newValue, thumbprint.toUpper());
        for (const AuditEntry &e : entries) {
            QVERIFY2(!e.note.isEmpty(), qPrintable(e.object));
            QVERIFY(e.time.isValid());
        }

        // No secret anywhere in the journal file: neither token, nor a Bearer header.
        QFile file(f.store->journal().filePath(f.store->currentKey().id()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(scim.token.toUtf8()));
        QVERIFY(!bytes.contains(regenerated.toUtf8()));
        QVERIFY(!bytes.contains("Bearer"));
    }
};

QTEST_MAIN(TestInsightlyJournal)
#include "tst_insightlyjournal.moc"
