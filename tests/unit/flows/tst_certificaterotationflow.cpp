// CertificateRotationFlow against the simulator: create → activate → remove; a new flow over the same
// SetupState resumes where the last one stopped; rollback; and a setup without an app refuses to rotate.
#include "FlowTestFixture.h"
#include "flows/CertificateRotationFlow.h"

#include <QtTest>

using namespace insightly;
using Stage = CertificateRotationFlow::Stage;

class TestCertificateRotationFlow : public QObject
{
    Q_OBJECT

    static std::unique_ptr<CertificateRotationFlow> makeFlow(FlowTestFixture &f, const QString &folder)
    {
        auto flow = std::make_unique<CertificateRotationFlow>(f.flowContext());
        flow->setConvergencePolicy(FlowTestFixture::quickConvergence());
        flow->setExportFolder(folder);
        return flow;
    }

    static QString activeInSim(FlowTestFixture &f)
    {
        for (const auto &sp : f.sim->server().world().apps.servicePrincipals)
            if (sp.json.value(QStringLiteral("id")).toString() == f.store->state().servicePrincipalId)
                return sp.json.value(QStringLiteral("preferredTokenSigningKeyThumbprint"))
                    .toString()
                    .toUpper();
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rotatesAndResumesAfterAnInterruption()
    {
        FlowTestFixture f;
        QCOMPARE(f.prepareSetup(), QString());
        const QString original = activeInSim(f);
        QVERIFY(!original.isEmpty());
        QTemporaryDir files;

        QString newThumbprint;
        {
            auto flow = makeFlow(f, files.path());
            QSignalSpy stages(flow.get(), &CertificateRotationFlow::stageChanged);
            QSignalSpy failures(flow.get(), &CertificateRotationFlow::failed);
            f.runVoid(flow->load());
            QVERIFY(f.finished);
            QCOMPARE(flow->stage(), Stage::Ready);
            QCOMPARE(flow->previousThumbprint(), original);

            f.runVoid(flow->create(365));
            QVERIFY(f.finished);
            if (!failures.isEmpty())
                QFAIL(qPrintable(failures.first().first().value<UserMessage>().toDiagnostics()));
            QCOMPARE(flow->stage(), Stage::Created);
            newThumbprint = flow->newThumbprint();
            QVERIFY(!newThumbprint.isEmpty() && newThumbprint != original);
            QVERIFY(QFile::exists(flow->certificatePath()));
            QVERIFY(QFile::exists(flow->previousCertificatePath()));
            QCOMPARE(flow->fileToUpload(), flow->certificatePath());
            QCOMPARE(activeInSim(f), original); // created, not active
            QVERIFY(std::any_of(stages.cbegin(), stages.cend(), [](const QList<QVariant> &args) {
                return args.first().value<Stage>() == Stage::Created;
            }));
            // The wizard stops here (closed before the activation).
        }
        QVERIFY(f.store->state().certificateRotation.has_value());

        {
            auto flow = makeFlow(f, QString()); // the saved folder is offered again
            QCOMPARE(flow->savedExportFolder(), files.path());
            flow->setExportFolder(flow->savedExportFolder());
            f.runVoid(flow->load());
            QVERIFY(f.finished);
            QCOMPARE(flow->stage(), Stage::Created);
            QCOMPARE(flow->newThumbprint(), newThumbprint);
            QCOMPARE(flow->previousThumbprint(), original);

            f.runVoid(flow->activate());
            QCOMPARE(flow->stage(), Stage::Activated);
            QCOMPARE(activeInSim(f), newThumbprint);
        }
        {
            // Interrupted after the activation: the next run resumes at "test, then remove or roll back".
            auto flow = makeFlow(f, files.path());
            f.runVoid(flow->load());
            QCOMPARE(flow->stage(), Stage::Activated);
            QSignalSpy results(flow.get(), &CertificateRotationFlow::resultChanged);
            QSignalSpy inventories(flow.get(), &CertificateRotationFlow::inventoryRead);
            f.runVoid(flow->removeOld());
            QVERIFY(f.finished);
            QCOMPARE(flow->stage(), Stage::Removed);
            // What the page lists after the removal no longer names the old certificate.
            QVERIFY(!inventories.isEmpty());
            const auto after = inventories.last().first().value<entra::CertificateInventory>();
            QVERIFY(!after.find(original));
            QVERIFY(after.find(newThumbprint));
            QVERIFY(!results.isEmpty() && results.last().first().toString().contains(newThumbprint));
        }
        QVERIFY(!f.store->state().certificateRotation.has_value());
        QCOMPARE(activeInSim(f), newThumbprint);
    }

    void rollsBackToThePreviousCertificate()
    {
        FlowTestFixture f;
        QCOMPARE(f.prepareSetup(), QString());
        const QString original = activeInSim(f);
        QTemporaryDir files;
        auto flow = makeFlow(f, files.path());
        f.runVoid(flow->load());
        f.runVoid(flow->create(365));
        f.runVoid(flow->activate());
        QCOMPARE(flow->stage(), Stage::Activated);
        QVERIFY(activeInSim(f) != original);

        f.runVoid(flow->rollback());
        QVERIFY(f.finished);
        QCOMPARE(flow->stage(), Stage::RolledBack);
        QCOMPARE(activeInSim(f), original);
        QCOMPARE(flow->fileToUpload(), flow->previousCertificatePath());
        QVERIFY(f.store->state().certificateRotation.has_value());
        QVERIFY(!f.store->state().certificateRotation->activatedAt.isValid());
    }

    void refusesWithoutAnApplication()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        QTemporaryDir files;
        auto flow = makeFlow(f, files.path());
        QSignalSpy failures(flow.get(), &CertificateRotationFlow::failed);
        f.runVoid(flow->load());
        QVERIFY(f.finished);
        QCOMPARE(flow->stage(), Stage::NoSetup);
        QCOMPARE(failures.size(), 1);
        QVERIFY(!failures.first().first().value<UserMessage>().what.isEmpty());
        QVERIFY(!flow->isRunning());
    }

    void refusesAnUnwritableFolder()
    {
        FlowTestFixture f;
        QCOMPARE(f.prepareSetup(), QString());
        auto flow = makeFlow(f, QString());
        f.runVoid(flow->load());
        QCOMPARE(flow->stage(), Stage::Ready);
        QSignalSpy refused(flow.get(), &CertificateRotationFlow::folderRefused);
        f.runVoid(flow->create(365));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(flow->stage(), Stage::Ready);
        QVERIFY(flow->newThumbprint().isEmpty());
    }
};

QTEST_MAIN(TestCertificateRotationFlow)
#include "tst_certificaterotationflow.moc"
