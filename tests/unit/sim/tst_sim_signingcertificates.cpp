// Tests of SAML signing certificates on simulated service principals: addTokenSigningCertificate, how the
// credentials show on GET, activation and removal by PATCH (sim/AppsCredentials.cpp).
#include "AppsTestWorld.h"
#include "Certificates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

class TestSimSigningCertificates : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void refusesBadRequests_data();
    void refusesBadRequests();
    void addsSignVerifyAndPasswordCredentials();
    void keyOnlyWithSelectOnSingleObject();
    void defaultsToThreeYearsAndAcceptsPrefixedAction();
    void newCredentialAppearsAfterReplication();
    void activateByThumbprint();
    void patchMayOnlyRemoveCredentials();
    void rotationRemovesOldCertificate();
    void activeCertificateCannotBeRemoved();

private:
    QJsonObject addCertificate(const QJsonObject &body);
    QJsonObject servicePrincipal(const QString &select = {});
    std::unique_ptr<testsupport::SimFixture> m_sim;
    CreatedApp m_app;
};

void TestSimSigningCertificates::init() {
    QString error;
    QVERIFY2(startWithInsightlyApp(m_sim, &m_app, &error), qPrintable(error));
}

void TestSimSigningCertificates::cleanup() {
    m_sim.reset();
}

QJsonObject TestSimSigningCertificates::addCertificate(const QJsonObject &body) {
    const HttpReply reply = m_sim->graph(
        "POST",
        QStringLiteral("/servicePrincipals/%1/addTokenSigningCertificate").arg(m_app.servicePrincipalId),
        body, kAdminToken);
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.status == 200 ? reply.json() : QJsonObject();
}

QJsonObject TestSimSigningCertificates::servicePrincipal(const QString &select) {
    QString path = QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId;
    if (!select.isEmpty())
        path += QStringLiteral("?$select=") + select;
    return m_sim->graph("GET", path, {}, kAdminToken).json();
}

void TestSimSigningCertificates::refusesBadRequests_data() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("no CN=") << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}};
    QTest::newRow("empty CN") << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=")}};
    QTest::newRow("no displayName") << QJsonObject{
        {QStringLiteral("endDateTime"), now.addYears(1).toString(Qt::ISODate)}};
    QTest::newRow("over 3 years") << QJsonObject{
        {QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
        {QStringLiteral("endDateTime"), now.addYears(3).addDays(2).toString(Qt::ISODate)}};
    QTest::newRow("in the past") << QJsonObject{
        {QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
        {QStringLiteral("endDateTime"), now.addDays(-1).toString(Qt::ISODate)}};
    QTest::newRow("not a date") << QJsonObject{
        {QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
        {QStringLiteral("endDateTime"), QStringLiteral("next year")}};
    QTest::newRow("unknown property")
        << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
                       {QStringLiteral("keySize"), 4096}};
}

void TestSimSigningCertificates::refusesBadRequests() {
    QFETCH(QJsonObject, body);
    const HttpReply reply = m_sim->graph(
        "POST",
        QStringLiteral("/servicePrincipals/%1/addTokenSigningCertificate").arg(m_app.servicePrincipalId),
        body, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    QVERIFY(m_sim->server().world().apps.servicePrincipals.first().signingKeys.isEmpty());
}

void TestSimSigningCertificates::addsSignVerifyAndPasswordCredentials() {
    const QDateTime end = QDateTime::currentDateTimeUtc().addYears(2);
    const QJsonObject certificate =
        addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
                        {QStringLiteral("endDateTime"), end.toString(Qt::ISODate)}});
    QVERIFY(!certificate.isEmpty());
    QCOMPARE(certificate.value(QStringLiteral("type")).toString(), QStringLiteral("AsymmetricX509Cert"));
    QCOMPARE(certificate.value(QStringLiteral("usage")).toString(), QStringLiteral("Verify"));
    QCOMPARE(certificate.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("CN=Insightly SAML"));
    const QByteArray der =
        QByteArray::fromBase64(certificate.value(QStringLiteral("key")).toString().toLatin1());
    const QString thumbprint =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper());
    QCOMPARE(certificate.value(QStringLiteral("thumbprint")).toString(), thumbprint);
    QCOMPARE(
        QByteArray::fromBase64(certificate.value(QStringLiteral("customKeyIdentifier")).toString().toLatin1())
            .toHex()
            .toUpper(),
        thumbprint.toLatin1());
    const QSslCertificate parsed(der, QSsl::Der);
    QCOMPARE(parsed.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("Insightly SAML")});
    QCOMPARE(parsed.expiryDate().toSecsSinceEpoch(), end.toSecsSinceEpoch());
    QCOMPARE(parsed.publicKey().length(), 2048);

    const QJsonObject sp = servicePrincipal(QStringLiteral("keyCredentials,passwordCredentials"));
    const QJsonArray keys = sp.value(QStringLiteral("keyCredentials")).toArray();
    const QJsonArray passwords = sp.value(QStringLiteral("passwordCredentials")).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(passwords.size(), 1);
    QString signKeyId;
    QString verifyKeyId;
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        QCOMPARE(k.value(QStringLiteral("customKeyIdentifier")),
                 certificate.value(QStringLiteral("customKeyIdentifier")));
        (k.value(QStringLiteral("usage")).toString() == QLatin1String("Sign") ? signKeyId : verifyKeyId) =
            k.value(QStringLiteral("keyId")).toString();
    }
    QVERIFY(!signKeyId.isEmpty() && !verifyKeyId.isEmpty() && signKeyId != verifyKeyId);
    // The documented quirk: the answer's keyId is the Sign key's, and the password credential shares it.
    QCOMPARE(certificate.value(QStringLiteral("keyId")).toString(), signKeyId);
    QCOMPARE(passwords.first().toObject().value(QStringLiteral("keyId")).toString(), signKeyId);
    QCOMPARE(passwords.first().toObject().value(QStringLiteral("customKeyIdentifier")),
             certificate.value(QStringLiteral("customKeyIdentifier")));
    // The private key never leaves the simulator.
    const QByteArray everything =
        m_sim
            ->graph("GET",
                    QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId +
                        QStringLiteral("?$select=keyCredentials"),
                    {}, kAdminToken)
            .body;
    QVERIFY(!everything.contains("PRIVATE KEY"));
    QVERIFY(
        !m_sim->server().world().apps.servicePrincipals.first().signingKeys.first().privateKeyPem.isEmpty());
}

void TestSimSigningCertificates::keyOnlyWithSelectOnSingleObject() {
    QVERIFY(
        !addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}}).isEmpty());
    for (const QJsonValue &v : servicePrincipal().value(QStringLiteral("keyCredentials")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("key")).isNull());
    for (const QJsonValue &v :
         servicePrincipal(QStringLiteral("keyCredentials")).value(QStringLiteral("keyCredentials")).toArray())
        QVERIFY(!v.toObject().value(QStringLiteral("key")).toString().isEmpty());
    const HttpReply list =
        m_sim->graph("GET", QStringLiteral("/servicePrincipals?$select=id,keyCredentials"), {}, kAdminToken);
    for (const QJsonValue &sp : list.json().value(QStringLiteral("value")).toArray())
        for (const QJsonValue &v : sp.toObject().value(QStringLiteral("keyCredentials")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("key")).isNull());
}

void TestSimSigningCertificates::defaultsToThreeYearsAndAcceptsPrefixedAction() {
    const HttpReply reply = m_sim->graph(
        "POST",
        QStringLiteral("/servicePrincipals/%1/microsoft.graph.addTokenSigningCertificate")
            .arg(m_app.servicePrincipalId),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}}, kAdminToken);
    QCOMPARE(reply.status, 200);
    const QDateTime start =
        QDateTime::fromString(reply.json().value(QStringLiteral("startDateTime")).toString(), Qt::ISODate);
    const QDateTime end =
        QDateTime::fromString(reply.json().value(QStringLiteral("endDateTime")).toString(), Qt::ISODate);
    QVERIFY(start.isValid() && end.isValid());
    QCOMPARE(end, start.addYears(3));
}

void TestSimSigningCertificates::newCredentialAppearsAfterReplication() {
    m_sim->server().options().replicationDelayMs = 1500;
    // The SP itself is older than the delay only once it has replicated.
    QVERIFY(QTest::qWaitFor([&] { return !servicePrincipal().contains(QStringLiteral("error")); }, 30000));
    const QJsonObject certificate =
        addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}});
    QVERIFY(!certificate.isEmpty());
    QCOMPARE(servicePrincipal(QStringLiteral("keyCredentials"))
                 .value(QStringLiteral("keyCredentials"))
                 .toArray()
                 .size(),
             0);
    // Not visible yet, so it cannot be activated yet either.
    const HttpReply early =
        m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                     QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                  certificate.value(QStringLiteral("thumbprint"))}},
                     kAdminToken);
    QCOMPARE(early.status, 400);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return servicePrincipal(QStringLiteral("keyCredentials"))
                       .value(QStringLiteral("keyCredentials"))
                       .toArray()
                       .size() == 2;
        },
        30000));
}

void TestSimSigningCertificates::activateByThumbprint() {
    const QJsonObject certificate =
        addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}});
    const QString path = QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId;
    HttpReply reply = m_sim->graph("PATCH", path,
                                   QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                                QStringLiteral("0000000000000000000000000000000000000000")}},
                                   kAdminToken);
    QCOMPARE(reply.status, 400);
    reply = m_sim->graph("PATCH", path,
                         QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                      certificate.value(QStringLiteral("thumbprint"))}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(servicePrincipal(QStringLiteral("preferredTokenSigningKeyThumbprint"))
                 .value(QStringLiteral("preferredTokenSigningKeyThumbprint")),
             certificate.value(QStringLiteral("thumbprint")));
}

void TestSimSigningCertificates::patchMayOnlyRemoveCredentials() {
    QVERIFY(
        !addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}}).isEmpty());
    const QJsonObject sp = servicePrincipal(QStringLiteral("keyCredentials,passwordCredentials"));
    QJsonArray passwords = sp.value(QStringLiteral("passwordCredentials")).toArray();
    passwords.append(
        QJsonObject{{QStringLiteral("keyId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("displayName"), QStringLiteral("mine")}});
    HttpReply reply =
        m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                     QJsonObject{{QStringLiteral("passwordCredentials"), passwords}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorMessage(reply),
             QStringLiteral("New password credentials must be generated using service actions."));
    QJsonArray keys = sp.value(QStringLiteral("keyCredentials")).toArray();
    QJsonObject extra = keys.first().toObject();
    extra.insert(QStringLiteral("keyId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    keys.append(extra);
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                         QJsonObject{{QStringLiteral("keyCredentials"), keys}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(servicePrincipal(QStringLiteral("keyCredentials"))
                 .value(QStringLiteral("keyCredentials"))
                 .toArray()
                 .size(),
             2);
}

void TestSimSigningCertificates::rotationRemovesOldCertificate() {
    const QJsonObject first =
        addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}});
    const QJsonObject second =
        addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML 2")}});
    const QString path = QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId;
    QCOMPARE(m_sim
                 ->graph("PATCH", path,
                         QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                      first.value(QStringLiteral("thumbprint"))}},
                         kAdminToken)
                 .status,
             204);
    QCOMPARE(m_sim
                 ->graph("PATCH", path,
                         QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                      second.value(QStringLiteral("thumbprint"))}},
                         kAdminToken)
                 .status,
             204);
    // Remove every credential sharing the old certificate's customKeyIdentifier (what Terraform's delete
    // does).
    const QJsonObject sp = servicePrincipal(QStringLiteral("keyCredentials,passwordCredentials"));
    const QJsonValue oldId = first.value(QStringLiteral("customKeyIdentifier"));
    QJsonObject body;
    for (const QString &property :
         {QStringLiteral("keyCredentials"), QStringLiteral("passwordCredentials")}) {
        QJsonArray kept;
        for (const QJsonValue &v : sp.value(property).toArray())
            if (v.toObject().value(QStringLiteral("customKeyIdentifier")) != oldId)
                kept.append(v);
        body.insert(property, kept);
    }
    QCOMPARE(m_sim->graph("PATCH", path, body, kAdminToken).status, 204);
    const QJsonObject after = servicePrincipal(QStringLiteral("keyCredentials,passwordCredentials"));
    QCOMPARE(after.value(QStringLiteral("keyCredentials")).toArray().size(), 2);
    QCOMPARE(after.value(QStringLiteral("passwordCredentials")).toArray().size(), 1);
    for (const QJsonValue &v : after.value(QStringLiteral("keyCredentials")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("customKeyIdentifier")),
                 second.value(QStringLiteral("customKeyIdentifier")));
    QCOMPARE(m_sim->server().world().apps.servicePrincipals.first().signingKeys.size(), 1);
}

void TestSimSigningCertificates::activeCertificateCannotBeRemoved() {
    const QJsonObject certificate =
        addCertificate({{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}});
    const QString path = QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId;
    QCOMPARE(m_sim
                 ->graph("PATCH", path,
                         QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                      certificate.value(QStringLiteral("thumbprint"))}},
                         kAdminToken)
                 .status,
             204);
    const HttpReply reply = m_sim->graph("PATCH", path,
                                         QJsonObject{{QStringLiteral("keyCredentials"), QJsonArray()},
                                                     {QStringLiteral("passwordCredentials"), QJsonArray()}},
                                         kAdminToken);
    QCOMPARE(reply.status, 400);
    QVERIFY(errorMessage(reply).contains(certificate.value(QStringLiteral("thumbprint")).toString()));
    QCOMPARE(servicePrincipal(QStringLiteral("keyCredentials"))
                 .value(QStringLiteral("keyCredentials"))
                 .toArray()
                 .size(),
             2);
}

QTEST_GUILESS_MAIN(TestSimSigningCertificates)
#include "tst_sim_signingcertificates.moc"
