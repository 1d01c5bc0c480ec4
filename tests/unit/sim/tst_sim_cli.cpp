// Tests of the insightly-sso-sim executable: its first stdout line, its flags and its usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#ifndef INSIGHTLY_SIM_EXECUTABLE
#error "INSIGHTLY_SIM_EXECUTABLE must name the simulator executable"
#endif

class TestSimCli : public QObject {
    Q_OBJECT
private slots:
    void firstLineIsTheBaseUrlAndFlagsApply();
    void proxyAndCaLinesAndTlsFaults();
    void initCaCreatesOrKeepsTheCa();
    void badFlagsExitWithTwo_data();
    void badFlagsExitWithTwo();

private:
    QNetworkAccessManager m_network;
    QPair<int, QByteArray> get(const QUrl &url, const QByteArray &header = {}, const QByteArray &value = {});
};

QPair<int, QByteArray> TestSimCli::get(const QUrl &url, const QByteArray &header, const QByteArray &value) {
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    if (!header.isEmpty())
        request.setRawHeader(header, value);
    QNetworkReply *reply = m_network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 35000))
        return {0, {}};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return {status, body};
}

void TestSimCli::firstLineIsTheBaseUrlAndFlagsApply() {
    QProcess sim;
    sim.setProgram(QStringLiteral(INSIGHTLY_SIM_EXECUTABLE));
    sim.setArguments({QStringLiteral("--seed-users"), QStringLiteral("7"), QStringLiteral("--seed-groups"),
                      QStringLiteral("2"), QStringLiteral("--password"), QStringLiteral("cli-pass-42"),
                      QStringLiteral("--latency-ms"), QStringLiteral("0")});
    sim.start();
    QVERIFY2(sim.waitForStarted(30000), qPrintable(sim.errorString()));
    QVERIFY(
        QTest::qWaitFor([&sim] { return sim.canReadLine() || sim.state() == QProcess::NotRunning; }, 60000));
    const QString line = QString::fromUtf8(sim.readLine()).trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]{1,5}$")).match(line).hasMatch(),
             qPrintable(line));
    const QUrl base(line);

    // It serves Graph (401 without a token) and the seeded world the flags asked for.
    QCOMPARE(get(base.resolved(QUrl(QStringLiteral("/v1.0/organization")))).first, 401);
    const auto state = get(base.resolved(QUrl(QStringLiteral("/_sim/state"))));
    QCOMPARE(state.first, 200);
    const QJsonObject directory =
        QJsonDocument::fromJson(state.second).object().value(QStringLiteral("directory")).toObject();
    QCOMPARE(directory.value(QStringLiteral("users")).toArray().size(), 9);
    QCOMPARE(directory.value(QStringLiteral("groups")).toArray().size(), 2);
    const auto page = get(base.resolved(
        QUrl(QStringLiteral("/organizations/oauth2/v2.0/"
                            "authorize?client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e&response_type=code"
                            "&redirect_uri=http%3A%2F%2Flocalhost&scope=openid&code_challenge="
                            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                            "&code_challenge_method=S256"))));
    QCOMPARE(page.first, 200);
    QVERIFY(page.second.contains("cli-pass-42"));

    sim.kill();
    QVERIFY(sim.waitForFinished(30000));
}

void TestSimCli::proxyAndCaLinesAndTlsFaults() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caDir = dir.filePath(QStringLiteral("ca"));
    QProcess sim;
    sim.setProgram(QStringLiteral(INSIGHTLY_SIM_EXECUTABLE));
    sim.setArguments({QStringLiteral("--ca-dir"), caDir, QStringLiteral("--tls-fault"),
                      QStringLiteral("graph.microsoft.us=expired")});
    sim.start();
    QVERIFY2(sim.waitForStarted(30000), qPrintable(sim.errorString()));
    QStringList lines;
    QVERIFY(QTest::qWaitFor([&] {
        while (sim.canReadLine())
            lines << QString::fromUtf8(sim.readLine()).trimmed();
        return lines.size() >= 3 || sim.state() == QProcess::NotRunning;
    }, 60000));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]{1,5}$")).match(lines[0]).hasMatch(),
             qPrintable(lines[0]));
    const QRegularExpressionMatch proxyLine =
        QRegularExpression(QStringLiteral("^proxy (http://127\\.0\\.0\\.1:[0-9]{1,5})$")).match(lines[1]);
    QVERIFY2(proxyLine.hasMatch(), qPrintable(lines[1]));
    QCOMPARE(lines[2], QStringLiteral("ca ") + QFileInfo(caDir + QStringLiteral("/ca.pem")).absoluteFilePath());
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caDir + QStringLiteral("/ca.pem"));
    QCOMPARE(ca.size(), 1);

    // Graph's real host through the proxy, trusting the CA on disk; the faulted host fails closed.
    const QUrl proxy(proxyLine.captured(1));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port())));
    auto fetch = [&](const QString &url, QList<QSslError::SslError> *errors) {
        QNetworkRequest request{QUrl(url)};
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(ca);
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = network.get(request);
        connect(reply, &QNetworkReply::sslErrors, reply, [errors](const QList<QSslError> &list) {
            for (const QSslError &e : list)
                errors->append(e.error());
        });
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 35000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QList<QSslError::SslError> errors;
    QCOMPARE(fetch(QStringLiteral("https://graph.microsoft.com/v1.0/organization"), &errors), 401);
    QVERIFY(errors.isEmpty());
    QCOMPARE(fetch(QStringLiteral("https://graph.microsoft.us/v1.0/organization"), &errors), 0);
    QVERIFY(errors.contains(QSslError::CertificateExpired));

    sim.kill();
    QVERIFY(sim.waitForFinished(30000));
}

void TestSimCli::initCaCreatesOrKeepsTheCa() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caDir = dir.filePath(QStringLiteral("trust/ca"));
    auto initCa = [&caDir]() -> QString {
        QProcess sim;
        sim.start(QStringLiteral(INSIGHTLY_SIM_EXECUTABLE), {QStringLiteral("--init-ca"), caDir});
        if (!sim.waitForFinished(60000) || sim.exitStatus() != QProcess::NormalExit || sim.exitCode() != 0)
            return {};
        return QString::fromUtf8(sim.readAllStandardOutput());
    };
    const QString expected = QFileInfo(caDir + QStringLiteral("/ca.pem")).absoluteFilePath();
    QCOMPARE(initCa(), expected + u'\n');
    QFile pem(expected);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray first = pem.readAll();
    pem.close();
    QCOMPARE(QFile::permissions(caDir + QStringLiteral("/ca.key")) & 0x0077, QFileDevice::Permissions());
    const QSslCertificate certificate(first, QSsl::Pem);
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Insightly SSO Setup simulated world CA")});
    QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    // Run again: the same CA is kept.
    QCOMPARE(initCa(), expected + u'\n');
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QCOMPARE(pem.readAll(), first);
}

void TestSimCli::badFlagsExitWithTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--bogus")} << "bogus";
    QTest::newRow("negative latency")
        << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-1")} << "--latency-ms";
    QTest::newRow("quota") << QStringList{QStringLiteral("--write-quota"), QStringLiteral("lots")}
                           << "--write-quota";
    QTest::newRow("fault rate") << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("2")}
                                << "--fault-rate";
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << "--port";
    QTest::newRow("lifetime") << QStringList{QStringLiteral("--token-lifetime-s"), QStringLiteral("0")}
                              << "--token-lifetime-s";
    QTest::newRow("seed users") << QStringList{QStringLiteral("--seed-users"), QStringLiteral("many")}
                                << "--seed-users";
    QTest::newRow("missing value") << QStringList{QStringLiteral("--port")} << "port";
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << "extra";
    QTest::newRow("tls fault kind")
        << QStringList{QStringLiteral("--tls-fault"), QStringLiteral("graph.microsoft.com=broken")} << "--tls-fault";
    QTest::newRow("tls fault host")
        << QStringList{QStringLiteral("--tls-fault"), QStringLiteral("www.example.com=expired")} << "--tls-fault";
}

void TestSimCli::badFlagsExitWithTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QProcess sim;
    sim.start(QStringLiteral(INSIGHTLY_SIM_EXECUTABLE), arguments);
    QVERIFY(sim.waitForStarted(30000));
    QVERIFY(sim.waitForFinished(60000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 2);
    const QString err = QString::fromUtf8(sim.readAllStandardError());
    QVERIFY2(err.startsWith(QLatin1String("insightly-sso-sim: ")), qPrintable(err));
    QVERIFY2(err.contains(messagePart), qPrintable(err));
    QVERIFY(sim.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_sim_cli.moc"
