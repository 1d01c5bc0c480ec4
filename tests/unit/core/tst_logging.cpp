#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <vector>

using namespace insightly;

namespace {

// A Graph secrets body with a SCIM token, and a bearer JWT: what a careless debug line could contain.
const QString scimToken = QStringLiteral("9b1f0c3e7a5d4b2f8e6c1a0d3b5f7e9c2a4b6d8f0e1c3a5b7d9f1e3c5a7b9d0f");
const QString jwt = QStringLiteral(
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IkwxS2ZLRklfam5YYndXYzIyeFp4dzFzVUhIMCJ9."
    "eyJhdWQiOiIwMDAwMDAwMy0wMDAwLTAwMDAtYzAwMC0wMDAwMDAwMDAwMDAiLCJ0aWQiOiI3MmY5ODhiZiJ9."
    "Xk2hV3pQ8rT1sW9yZ4bN6mC0dF5gH7jK2lL8qE3uR1tY6vB9nM4xA0zS7wD2fG5hJ8kP1oI3uY6tR9eW2qA4sD7fG0hJ3k");

QString secretLine(int n)
{
    return QStringLiteral(
               R"(PUT secrets #%1 {"value":[{"key":"SecretToken","value":"%2"}]} Authorization: Bearer %3)")
        .arg(n)
        .arg(scimToken, jwt);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

    QString m_logDirectory;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Insightly SSO Setup tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_logging"));
        m_logDirectory =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/logs");
    }

    void init() { QDir(m_logDirectory).removeRecursively(); }
    void cleanup() { uninstallMessageHandler(); }
    void cleanupTestCase() { QDir(m_logDirectory).removeRecursively(); }

    void sharedCategoriesHaveTheirNames_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("state") << QString::fromLatin1(lcState().categoryName())
                               << QStringLiteral("insightly.core.state");
        QTest::newRow("secrets") << QString::fromLatin1(lcSecrets().categoryName())
                                 << QStringLiteral("insightly.core.secrets");
        QTest::newRow("signin") << QString::fromLatin1(lcSignIn().categoryName())
                                << QStringLiteral("insightly.entra.signin");
        QTest::newRow("graph") << QString::fromLatin1(lcGraph().categoryName())
                               << QStringLiteral("insightly.entra.graph");
        QTest::newRow("scim") << QString::fromLatin1(lcScim().categoryName())
                              << QStringLiteral("insightly.insightly.scim");
        QTest::newRow("saml") << QString::fromLatin1(lcSaml().categoryName())
                              << QStringLiteral("insightly.saml");
        QTest::newRow("browser") << QString::fromLatin1(lcBrowser().categoryName())
                                 << QStringLiteral("insightly.browser");
        QTest::newRow("pages") << QString::fromLatin1(lcPages().categoryName())
                               << QStringLiteral("insightly.pages");
    }
    void sharedCategoriesHaveTheirNames()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void writesRedactedLinesWithTimeLevelAndCategory()
    {
        LogFileOptions options;
        options.echoToStderr = false;
        QVERIFY(installMessageHandler(options));
        QCOMPARE(logFilePath(), m_logDirectory + QLatin1String("/insightly-sso-setup.log"));

        qCInfo(lcGraph).noquote() << secretLine(1);
        qCWarning(lcSignIn) << "refresh failed for"
                            << QStringLiteral("refresh_token=0.AXoA") + QString(300, u'x');
        const QString log = QString::fromUtf8(readAll(logFilePath()));

        const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        static const QRegularExpression linePattern(QStringLiteral(
            R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|WARN) insightly\.entra\.\w+: .+$)"));
        for (const QString &line : lines)
            QVERIFY2(linePattern.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.at(0).contains(QLatin1String(" INFO insightly.entra.graph: PUT secrets #1")));
        QVERIFY(lines.at(0).contains(QStringLiteral("Authorization: Bearer \u00abredacted\u00bb")));
        QVERIFY(lines.at(1).contains(QLatin1String(" WARN insightly.entra.signin: refresh failed for")));
        QVERIFY(!log.contains(scimToken));
        QVERIFY(!log.contains(jwt.left(30)));
        QVERIFY(!log.contains(QLatin1String("xxxxxxxxxx")));
    }

    void defaultsRotateAtOneMegabyteAndKeepFive()
    {
        const LogFileOptions defaults;
        QCOMPARE(defaults.maxFileBytes, 1024 * 1024);
        QCOMPARE(defaults.keptFiles, 5);

        LogFileOptions options;
        options.echoToStderr = false;
        QVERIFY(installMessageHandler(options));
        const QString path = logFilePath();
        // ~1.3 MB of lines, each carrying secrets.
        int n = 0;
        while (QFileInfo(path + QLatin1String(".1")).size() == 0 && n < 20000)
            qCInfo(lcScim).noquote() << secretLine(++n);
        for (int more = 0; more < 1000; ++more)
            qCInfo(lcScim).noquote() << secretLine(++n);

        QVERIFY2(QFile::exists(path + QLatin1String(".1")), "the log never rotated");
        QVERIFY(!QFile::exists(path + QLatin1String(".2")));
        QVERIFY(QFileInfo(path + QLatin1String(".1")).size() <= 1024 * 1024);
        QVERIFY(QFileInfo(path + QLatin1String(".1")).size() > 1000 * 1024);
        const QByteArray rotated = readAll(path + QLatin1String(".1"));
        const QByteArray current = readAll(path);
        for (const QByteArray &content : {rotated, current}) {
            QVERIFY(!content.contains(scimToken.toLatin1()));
            QVERIFY(!content.contains(jwt.left(30).toLatin1()));
            QVERIFY(content.contains("\xc2\xabredacted\xc2\xbb"));
        }
        // Nothing lost at the seam: the rotated file ends where the current one continues.
        const QList<QByteArray> rotatedLines = rotated.trimmed().split('\n');
        const QList<QByteArray> currentLines = current.trimmed().split('\n');
        QCOMPARE(rotatedLines.size() + currentLines.size(), n);
        QVERIFY(rotatedLines.constFirst().contains(" PUT secrets #1 "));
        QVERIFY(currentLines.constLast().contains(" PUT secrets #" + QByteArray::number(n) + ' '));
    }

    void keepsOnlyTheConfiguredNumberOfOldFiles()
    {
        LogFileOptions options;
        options.directory = m_logDirectory + QLatin1String("/small");
        options.maxFileBytes = 2048;
        options.keptFiles = 3;
        options.echoToStderr = false;
        QVERIFY(installMessageHandler(options));
        for (int n = 1; n <= 200; ++n)
            qCInfo(lcState).noquote() << secretLine(n);

        const QStringList files = QDir(options.directory).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("insightly-sso-setup.log"),
                                     QStringLiteral("insightly-sso-setup.log.1"),
                                     QStringLiteral("insightly-sso-setup.log.2"),
                                     QStringLiteral("insightly-sso-setup.log.3")}));
        for (const QString &file : files) {
            const QString path = QDir(options.directory).filePath(file);
            QVERIFY(QFileInfo(path).size() <= 2048);
            QVERIFY(!readAll(path).contains(scimToken.toLatin1()));
        }
        // .3 is older than .1, which is older than the current file.
        const auto firstNumber = [&options](const QString &file) {
            static const QRegularExpression number(QStringLiteral("#(\\d+) "));
            return number.match(QString::fromUtf8(readAll(QDir(options.directory).filePath(file))))
                .captured(1)
                .toInt();
        };
        QVERIFY(firstNumber(files.at(3)) < firstNumber(files.at(1)));
        QVERIFY(firstNumber(files.at(1)) < firstNumber(files.at(0)));
    }

    void linesFromManyThreadsStayWhole()
    {
        LogFileOptions options;
        options.echoToStderr = false;
        QVERIFY(installMessageHandler(options));
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([t] {
                for (int n = 0; n < 250; ++n)
                    qCDebug(lcBrowser).noquote()
                        << QStringLiteral("thread %1 line %2 access_token=%3").arg(t).arg(n).arg(scimToken);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));

        const QList<QByteArray> lines = readAll(logFilePath()).trimmed().split('\n');
        QCOMPARE(lines.size(), 1000);
        static const QRegularExpression linePattern(QStringLiteral(
            R"(^\S+Z DEBUG insightly\.browser: thread \d line \d+ access_token=\x{00ab}redacted\x{00bb}$)"));
        for (const QByteArray &line : lines)
            QVERIFY2(linePattern.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
