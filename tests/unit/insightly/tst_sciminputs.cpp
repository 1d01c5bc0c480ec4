// Tests of insightly/ScimInputs: what admins paste as Tenant URL and Secret Token.
#include "insightly/ScimInputs.h"

#include <QTest>

using namespace insightly;

namespace {

const QString kToken = QStringLiteral("q7Vh2kP9xY3mN8bR4tW6zA1cE5fG0jL2sD7uI9oK3pQ");

QStringList codes(const QList<UserMessage> &messages) {
    QStringList list;
    for (const UserMessage &m : messages)
        list << m.code;
    return list;
}

} // namespace

class TestScimInputs : public QObject {
    Q_OBJECT

private slots:
    void tenantUrl_data();
    void tenantUrl();
    void loopbackIsNoException();
    void secretToken_data();
    void secretToken();
    void messagesNeverQuoteTheToken();
    void maskedToken_data();
    void maskedToken();
};

void TestScimInputs::tenantUrl_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");        // accepted URL, or empty
    QTest::addColumn<QString>("errorCode");  // empty when accepted
    QTest::addColumn<QString>("suggestion"); // offered correction, or empty
    QTest::addColumn<QStringList>("notes");

    const QString ok = QStringLiteral("https://crm.na1.insightly.com/scim/v2");
    QTest::newRow("plain") << ok << ok << QString() << QString() << QStringList();
    QTest::newRow("any https host") << "https://scim.example.net/provisioning/abc"
                                    << "https://scim.example.net/provisioning/abc" << QString() << QString()
                                    << QStringList();
    QTest::newRow("trailing slash dropped") << ok + u'/' << ok << QString() << QString() << QStringList();
    QTest::newRow("Entra flag query kept")
        << ok + QStringLiteral("?aadOptscim062020") << ok + QStringLiteral("?aadOptscim062020") << QString()
        << QString() << QStringList();
    QTest::newRow("spaces and line break") << QStringLiteral("  ") + ok + QStringLiteral("\r\n") << ok
                                           << QString() << QString() << QStringList();
    QTest::newRow("quotes") << u'"' + ok + u'"' << ok << QString() << QString()
                            << QStringList{QStringLiteral("scim-url.cleaned")};
    QTest::newRow("angle brackets") << u'<' + ok + u'>' << ok << QString() << QString()
                                    << QStringList{QStringLiteral("scim-url.cleaned")};
    QTest::newRow("wrapped over two lines") << "https://crm.na1.insightly.com/sc\nim/v2" << ok << QString()
                                            << QString() << QStringList{QStringLiteral("scim-url.cleaned")};
    QTest::newRow("no scheme") << "crm.na1.insightly.com/scim/v2" << ok << QString() << QString()
                               << QStringList{QStringLiteral("scim-url.scheme-added")};

    QTest::newRow("empty") << "" << QString() << "scim-url.empty" << QString() << QStringList();
    QTest::newRow("only spaces") << " \n\t" << QString() << "scim-url.empty" << QString() << QStringList();
    QTest::newRow("empty quotes") << "\"\"" << QString() << "scim-url.empty" << QString() << QStringList();
    QTest::newRow("token in url field")
        << kToken << QString() << "scim-url.token-pasted" << QString() << QStringList();
    QTest::newRow("jwt in url field")
        << "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
        << QString() << "scim-url.token-pasted" << QString() << QStringList();
    QTest::newRow("http") << "http://crm.na1.insightly.com/scim/v2" << QString() << "scim-url.http" << ok
                          << QStringList();
    QTest::newRow("ends in /Users") << ok + QStringLiteral("/Users") << QString() << "scim-url.resource-path"
                                    << ok << QStringList();
    QTest::newRow("ends in /users/") << ok + QStringLiteral("/users/") << QString()
                                     << "scim-url.resource-path" << ok << QStringList();
    QTest::newRow("a user's address") << ok + QStringLiteral("/Users/2819c223-7f76-453a-919d-413861904646")
                                      << QString() << "scim-url.resource-path" << ok << QStringList();
    QTest::newRow("copied filter request") << ok + QStringLiteral("/Users?filter=userName%20eq%20%22a%22")
                                           << QString() << "scim-url.resource-path" << ok << QStringList();
    QTest::newRow("ends in /Groups") << ok + QStringLiteral("/Groups") << QString()
                                     << "scim-url.resource-path" << ok << QStringList();
    QTest::newRow("ends in /ServiceProviderConfig")
        << ok + QStringLiteral("/ServiceProviderConfig") << QString() << "scim-url.resource-path" << ok
        << QStringList();
    QTest::newRow("/Users with Entra flag")
        << ok + QStringLiteral("/Users?aadOptscim062020") << QString() << "scim-url.resource-path"
        << ok + QStringLiteral("?aadOptscim062020") << QStringList();
    QTest::newRow("sign-in page url") << "https://crm.na1.insightly.com/user/saml?instanceId=123456"
                                      << QString() << "scim-url.sign-in-page" << QString() << QStringList();
    QTest::newRow("settings page") << "https://crm.na1.insightly.com/settings/Saml" << QString()
                                   << "scim-url.settings-page" << QString() << QStringList();
    QTest::newRow("settings page with slash") << "https://crm.eu1.insightly.com/Settings/saml/" << QString()
                                              << "scim-url.settings-page" << QString() << QStringList();
    QTest::newRow("not a url") << "see the settings page" << QString() << "scim-url.not-a-url" << QString()
                               << QStringList();
    QTest::newRow("ftp") << "ftp://crm.na1.insightly.com/scim" << QString() << "scim-url.not-a-url"
                         << QString() << QStringList();
    QTest::newRow("credentials in url") << "https://admin:secret@crm.na1.insightly.com/scim/v2" << QString()
                                        << "scim-url.user-info" << ok << QStringList();
    // Insightly publishes no form for its SCIM endpoint: any https address is accepted (the probe tells more).
    QTest::newRow("any https host") << "https://scim.example.net:8443/v2" << "https://scim.example.net:8443/v2"
                                    << QString() << QString() << QStringList();
}

void TestScimInputs::tenantUrl() {
    QFETCH(QString, input);
    QFETCH(QString, url);
    QFETCH(QString, errorCode);
    QFETCH(QString, suggestion);
    QFETCH(QStringList, notes);
    const ScimUrlValidation result = ScimInputs::validateTenantUrl(input);
    QCOMPARE(result.error.code, errorCode);
    QCOMPARE(result.isValid(), errorCode.isEmpty());
    QCOMPARE(result.url.toString(), url);
    QCOMPARE(result.suggestion.toString(), suggestion);
    if (result.isValid())
        QCOMPARE(codes(result.notes), notes);
    else {
        QVERIFY(!result.error.what.isEmpty());
        QVERIFY(!result.error.why.isEmpty());
        QVERIFY(!result.error.action.isEmpty());
    }
}

void TestScimInputs::loopbackIsNoException() {
    // No address is special: a loopback http address is refused as any http address is.
    QCOMPARE(ScimInputs::validateTenantUrl(QStringLiteral("http://127.0.0.1:41234/scim/v2")).error.code,
             QLatin1String(ScimInputCode::UrlHttp));
    const ScimUrlValidation bare = ScimInputs::validateTenantUrl(QStringLiteral("crm.na1.insightly.com/scim/v2"));
    QVERIFY(bare.isValid());
    QCOMPARE(bare.url, QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2")));
}

void TestScimInputs::secretToken_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("plain") << kToken << kToken << QString() << QStringList();
    QTest::newRow("trailing line break") << kToken + u'\n' << kToken << QString() << QStringList();
    QTest::newRow("quoted") << u'\'' + kToken + u'\'' << kToken << QString()
                            << QStringList{QStringLiteral("scim-token.cleaned")};
    QTest::newRow("Bearer prefix") << QStringLiteral("Bearer ") + kToken << kToken << QString()
                                   << QStringList{QStringLiteral("scim-token.bearer-stripped")};
    QTest::newRow("bearer lower case, spaces")
        << QStringLiteral("  bearer   ") + kToken + QStringLiteral("  ") << kToken << QString()
        << QStringList{QStringLiteral("scim-token.bearer-stripped")};
    QTest::newRow("empty") << "" << QString() << "scim-token.empty" << QStringList();
    QTest::newRow("line breaks only") << "\r\n" << QString() << "scim-token.empty" << QStringList();
    QTest::newRow("Bearer alone") << "Bearer " << QString() << "scim-token.empty" << QStringList();
    QTest::newRow("space inside") << kToken.left(20) + u' ' + kToken.mid(20) << QString()
                                  << "scim-token.whitespace-inside" << QStringList();
    QTest::newRow("line break inside") << kToken.left(20) + u'\n' + kToken.mid(20) << QString()
                                       << "scim-token.whitespace-inside" << QStringList();
    QTest::newRow("url") << "https://crm.na1.insightly.com/scim/v2" << QString() << "scim-token.url-pasted"
                         << QStringList();
    QTest::newRow("url without scheme")
        << "crm.na1.insightly.com/scim/v2" << QString() << "scim-token.url-pasted" << QStringList();
}

void TestScimInputs::secretToken() {
    QFETCH(QString, input);
    QFETCH(QString, token);
    QFETCH(QString, errorCode);
    QFETCH(QStringList, notes);
    const ScimTokenValidation result = ScimInputs::validateSecretToken(input);
    QCOMPARE(result.error.code, errorCode);
    QCOMPARE(result.token, token);
    if (result.isValid())
        QCOMPARE(codes(result.notes), notes);
    if (errorCode == QLatin1String(ScimInputCode::TokenWhitespaceInside))
        QCOMPARE(result.suggestion, kToken);
}

void TestScimInputs::messagesNeverQuoteTheToken() {
    const QStringList inputs{kToken, kToken.left(20) + u' ' + kToken.mid(20),
                             QStringLiteral("Bearer ") + kToken,
                             QStringLiteral("\"") + kToken + QStringLiteral("\"\n")};
    for (const QString &input : inputs) {
        const ScimTokenValidation token = ScimInputs::validateSecretToken(input);
        const ScimUrlValidation url = ScimInputs::validateTenantUrl(input);
        QList<UserMessage> all = token.notes + url.notes;
        all << token.error << url.error;
        for (const UserMessage &m : all) {
            const QString text = m.toDiagnostics();
            QVERIFY2(!text.contains(kToken.left(20)) && !text.contains(kToken.right(20)), qPrintable(text));
        }
    }
    // The whitespace message names the token by its last 4 characters only.
    const ScimTokenValidation split =
        ScimInputs::validateSecretToken(kToken.left(20) + u' ' + kToken.mid(20));
    QVERIFY(split.error.action.contains(ScimInputs::maskedToken(kToken)));
}

void TestScimInputs::maskedToken_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("masked");
    const QString dots(4, QChar(0x2022));
    QTest::newRow("long") << kToken << dots + kToken.right(4);
    QTest::newRow("abcd") << QStringLiteral("secret-token-abcd") << dots + QStringLiteral("abcd");
    QTest::newRow("short shows less") << QStringLiteral("abcdef") << dots + QStringLiteral("ef");
    QTest::newRow("tiny shows nothing") << QStringLiteral("ab") << dots;
    QTest::newRow("empty") << QString() << QString();
}

void TestScimInputs::maskedToken() {
    QFETCH(QString, token);
    QFETCH(QString, masked);
    QCOMPARE(ScimInputs::maskedToken(token), masked);
}

QTEST_GUILESS_MAIN(TestScimInputs)
#include "tst_sciminputs.moc"
