// The audit journal fed by GraphClient's write hook, against the simulator: Steps 1–3 made with the entra
// operations leave one entry for every Graph write the simulator saw (compared with its request log), and no
// secret — the SCIM token saved in Entra included. The pure parts: $batch items and secret masking.
#include "StatusTestWorld.h"
#include "core/AuditJournal.h"
#include "core/SecretRedaction.h"
#include "flows/GraphAuditRecorder.h"

#include <QSet>

class TestGraphAuditRecorder : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyWriteOfASetupIsJournalledWithoutSecrets();
    void batchItemsBecomeEntries();
    void secretsAreMasked();

private:
    static QSet<QString> simWrites(SetupStepsFixture &f)
    {
        QSet<QString> writes;
        QFile file(f.logDir.filePath(QStringLiteral("requests.jsonl")));
        if (!file.open(QIODevice::ReadOnly))
            return writes;
        while (!file.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
            const QString method = entry.value(QStringLiteral("method")).toString();
            const QUrl url(entry.value(QStringLiteral("url")).toString());
            if (method != QLatin1String("GET") && url.host() == QLatin1String("graph.microsoft.com") &&
                url.path().startsWith(QLatin1String("/v1.0/")))
                writes.insert(method + u' ' + url.path().mid(5));
        }
        return writes;
    }
};

void TestGraphAuditRecorder::everyWriteOfASetupIsJournalledWithoutSecrets()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    QTemporaryDir journalDir;
    const QString tenant = f.sim->tenantId();
    GraphAuditRecorder recorder(f.graph(), AuditJournal(journalDir.path()), [tenant] { return tenant; });

    const GalleryApplicationResult app = f.run(GalleryApplication::ensure(f.context()));
    QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
    const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
    QVERIFY2(saml.ok(), qPrintable(saml.error.toDiagnostics()));
    SigningCertificates::Options options;
    options.minimumDaysLeft = 0;
    options.notificationEmails = {QStringLiteral("admin@contoso.example")};
    const CertificateResult certificate = f.run(SigningCertificates::ensureActive(f.context(), options));
    QVERIFY2(certificate.ok(), qPrintable(certificate.error.toDiagnostics()));
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());

    const QList<AuditEntry> entries = recorder.journal().read(tenant);
    QSet<QString> journalled;
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.system, QStringLiteral("entra"));
        QVERIFY(e.time.isValid());
        QVERIFY2(e.status != 0, qPrintable(e.object));
        journalled.insert(e.method + u' ' + e.object);
    }
    const QSet<QString> seen = simWrites(f);
    QVERIFY(seen.size() >= 5);
    QCOMPARE(journalled, seen);

    // The instantiation names what it created; the secrets write names SecretToken but never its value.
    bool created = false, secrets = false;
    for (const AuditEntry &e : entries) {
        if (e.object.endsWith(QLatin1String("/instantiate")))
            created = !e.newValue.isEmpty() && e.status < 300;
        if (e.object.endsWith(QLatin1String("/synchronization/secrets"))) {
            secrets = e.newValue.contains(QStringLiteral("SecretToken")) &&
                      e.newValue.contains(redactionMarker()) &&
                      e.newValue.contains(QStringLiteral("BaseAddress"));
        }
    }
    QVERIFY(created);
    QVERIFY(secrets);
    QFile file(recorder.journal().filePath(tenant));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!scim.token.isEmpty());
    QVERIFY(!content.contains(scim.token.toUtf8()));
    QVERIFY(!content.contains("Bearer"));
}

void TestGraphAuditRecorder::batchItemsBecomeEntries()
{
    entra::GraphRequest batch = entra::GraphRequest::post(
        QStringLiteral("/$batch"),
        QJsonObject{
            {QStringLiteral("requests"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                    {QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("url"),
                                     QStringLiteral("/servicePrincipals/sp/appRoleAssignedTo")},
                                    {QStringLiteral("body"),
                                     QJsonObject{{QStringLiteral("principalId"), QStringLiteral("u1")}}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("url"), QStringLiteral("/users/u2")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("url"),
                                     QStringLiteral("servicePrincipals/sp/appRoleAssignedTo/a9")}}}}});
    entra::GraphResult result;
    result.status = 200;
    result.requestId = QStringLiteral("batch-request-id");
    result.json = QJsonObject{
        {QStringLiteral("responses"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("2")}, {QStringLiteral("status"), 204}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                {QStringLiteral("status"), 201},
                                {QStringLiteral("body"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")}}}}}}};
    const QList<AuditEntry> entries = GraphAuditRecorder::entriesFor(batch, result);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).method, QStringLiteral("POST"));
    QCOMPARE(entries.at(0).object, QStringLiteral("/servicePrincipals/sp/appRoleAssignedTo"));
    QCOMPARE(entries.at(0).status, 201);
    QCOMPARE(entries.at(0).createdId, QStringLiteral("a1"));
    QCOMPARE(entries.at(0).property, QStringLiteral("principalId"));
    QCOMPARE(entries.at(1).method, QStringLiteral("DELETE"));
    QCOMPARE(entries.at(1).object, QStringLiteral("/servicePrincipals/sp/appRoleAssignedTo/a9"));
    QCOMPARE(entries.at(1).status, 204);
    QCOMPARE(entries.at(1).requestId, QStringLiteral("batch-request-id"));
}

void TestGraphAuditRecorder::secretsAreMasked()
{
    const QJsonObject body{
        {QStringLiteral("value"),
         QJsonArray{
             QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                         {QStringLiteral("value"), QStringLiteral("https://crm.na1.insightly.com/scim/v2")}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                         {QStringLiteral("value"), QStringLiteral("plain-scim-token-value")}}}},
        {QStringLiteral("passwordCredentials"),
         QJsonArray{QJsonObject{{QStringLiteral("secretText"), QStringLiteral("pw")}}}},
        {QStringLiteral("preferredTokenSigningKeyThumbprint"), QStringLiteral("AB12")},
        {QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}};
    const QString masked = QString::fromUtf8(
        QJsonDocument(GraphAuditRecorder::maskSecrets(body).toObject()).toJson(QJsonDocument::Compact));
    QVERIFY(!masked.contains(QStringLiteral("plain-scim-token-value")));
    QVERIFY(!masked.contains(QStringLiteral("\"pw\"")));
    QVERIFY(masked.contains(QStringLiteral("https://crm.na1.insightly.com/scim/v2")));
    QVERIFY(masked.contains(QStringLiteral("SecretToken")));
    QVERIFY(masked.contains(QStringLiteral("AB12")));
    QVERIFY(masked.contains(QStringLiteral("Insightly SAML")));
}

QTEST_MAIN(TestGraphAuditRecorder)
#include "tst_graphauditrecorder.moc"
