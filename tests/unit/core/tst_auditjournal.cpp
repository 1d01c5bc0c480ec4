// The audit journal file: append-only JSON lines per tenant, owner-only, every text redacted, damaged lines
// skipped, tenants never mixed.
#include "core/AuditJournal.h"
#include "core/PrivateFiles.h"
#include "core/SecretRedaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace insightly;

class TestAuditJournal : public QObject
{
    Q_OBJECT

private:
    static AuditEntry entry(const QString &object, const QString &newValue = {})
    {
        AuditEntry e;
        e.time = QDateTime(QDate(2026, 5, 4), QTime(10, 11, 12, 13), Qt::UTC);
        e.system = QStringLiteral("entra");
        e.method = QStringLiteral("PATCH");
        e.object = object;
        e.property = QStringLiteral("preferredTokenSigningKeyThumbprint");
        e.oldValue = QStringLiteral("AA11");
        e.newValue = newValue.isEmpty() ? QStringLiteral("BB22") : newValue;
        e.status = 204;
        e.requestId = QStringLiteral("6d3f2e6c-1b8a-4a5e-9a51-0c4b2a8d9f10");
        return e;
    }

private slots:
    void cleanup() { clearRegisteredSecretsForTesting(); }

    void appendsAndReadsInOrder()
    {
        QTemporaryDir dir;
        const AuditJournal journal(dir.filePath(QStringLiteral("journal")));
        const AuditEntry first = entry(QStringLiteral("/servicePrincipals/1"));
        AuditEntry second = entry(QStringLiteral("/servicePrincipals/2"));
        second.method = QStringLiteral("POST");
        second.createdId = QStringLiteral("new-id");
        second.oldValue.clear();
        QVERIFY(journal.append(QStringLiteral("Tenant-A"), first));
        QVERIFY(journal.append(QStringLiteral("tenant-a"), second));
        const QList<AuditEntry> read = journal.read(QStringLiteral("TENANT-A"));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0), first);
        QCOMPARE(read.at(1), second);
    }

    void appendNeverRewrites()
    {
        QTemporaryDir dir;
        const AuditJournal journal(dir.path());
        QVERIFY(journal.append(QStringLiteral("t"), entry(QStringLiteral("/a"))));
        QFile file(journal.filePath(QStringLiteral("t")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(journal.append(QStringLiteral("t"), entry(QStringLiteral("/b"))));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        QVERIFY(after.startsWith(before));
        QCOMPARE(after.count('\n'), 2);
    }

    void fileIsOwnerOnly()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX permissions");
#endif
        QTemporaryDir dir;
        const AuditJournal journal(dir.filePath(QStringLiteral("journal")));
        QVERIFY(journal.append(QStringLiteral("t"), entry(QStringLiteral("/a"))));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QFileDevice::Permissions file = QFile::permissions(journal.filePath(QStringLiteral("t")));
        QVERIFY(file.testFlags(ownerOnlyFile));
        QCOMPARE(file & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(journal.directory()) & others, QFileDevice::Permissions());
    }

    void neverHoldsASecret()
    {
        QTemporaryDir dir;
        const AuditJournal journal(dir.path());
        const QString scimToken = QStringLiteral("scim-token-9f8e7d6c5b4a39281706");
        registerSecret(scimToken);
        AuditEntry e = entry(QStringLiteral("/servicePrincipals/1/synchronization/secrets"),
                             QStringLiteral("{\"key\":\"SecretToken\",\"value\":\"%1\"}").arg(scimToken));
        e.note =
            QStringLiteral("Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln");
        QVERIFY(journal.append(QStringLiteral("t"), e));
        QFile file(journal.filePath(QStringLiteral("t")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(scimToken.toUtf8()));
        QVERIFY(!content.contains("eyJ0eXAiOiJKV1Qi"));
        QVERIFY(content.contains(redactionMarker().toUtf8()));
        QVERIFY(content.contains("SecretToken"));
    }

    void tenantsDoNotMixAndNamesStayInTheFolder()
    {
        QTemporaryDir dir;
        const AuditJournal journal(dir.path());
        QVERIFY(journal.append(QStringLiteral("a"), entry(QStringLiteral("/a"))));
        QVERIFY(journal.append(QStringLiteral("../b"), entry(QStringLiteral("/b"))));
        QCOMPARE(journal.read(QStringLiteral("a")).size(), 1);
        QCOMPARE(journal.read(QStringLiteral("../b")).constFirst().object, QStringLiteral("/b"));
        QVERIFY(QFileInfo(journal.filePath(QStringLiteral("../b"))).absolutePath() ==
                QDir(dir.path()).absolutePath());
        QVERIFY(!journal.append(QString(), entry(QStringLiteral("/c"))));
    }

    void damagedLineIsSkipped()
    {
        QTemporaryDir dir;
        const AuditJournal journal(dir.path());
        QVERIFY(journal.append(QStringLiteral("t"), entry(QStringLiteral("/a"))));
        QFile file(journal.filePath(QStringLiteral("t")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"2026-\n");
        file.close();
        QVERIFY(journal.append(QStringLiteral("t"), entry(QStringLiteral("/b"))));
        const QList<AuditEntry> read = journal.read(QStringLiteral("t"));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).object, QStringLiteral("/b"));
    }
};

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
