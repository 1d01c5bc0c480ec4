#include "insightly/InsightlyUrls.h"

#include <QTest>

using insightly::InsightlyInstance;
using insightly::InsightlyUrls;
using insightly::SignInUrlValidation;
using insightly::ValidationOptions;
namespace Code = insightly::SignInUrlCode;

namespace {

QStringList noteCodes(const SignInUrlValidation &result) {
    QStringList codes;
    for (const auto &note : result.notes)
        codes << note.code;
    return codes;
}

QString code(const char *c) {
    return QString::fromLatin1(c);
}

} // namespace

class TestInsightlyUrls : public QObject {
    Q_OBJECT

private slots:
    void accepted_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QStringList>("notes");
        const QString na1 = QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456");
        const QStringList none;
        QTest::newRow("na1") << na1 << false << na1 << QStringLiteral("na1") << QStringLiteral("123456")
                             << none;
        QTest::newRow("eu1") << QStringLiteral("https://crm.eu1.insightly.com/user/saml?instanceId=abc-DEF")
                             << false
                             << QStringLiteral("https://crm.eu1.insightly.com/user/saml?instanceId=abc-DEF")
                             << QStringLiteral("eu1") << QStringLiteral("abc-DEF") << none;
        QTest::newRow("au1") << QStringLiteral("https://crm.au1.insightly.com/user/saml?instanceId=42")
                             << false
                             << QStringLiteral("https://crm.au1.insightly.com/user/saml?instanceId=42")
                             << QStringLiteral("au1") << QStringLiteral("42") << none;
        QTest::newRow("mixed-case-host-and-path")
            << QStringLiteral("HTTPS://CRM.NA1.Insightly.com/User/SAML?instanceId=123456") << false
            << QStringLiteral("https://crm.na1.insightly.com/User/SAML?instanceId=123456")
            << QStringLiteral("na1") << QStringLiteral("123456") << none;
        QTest::newRow("trailing-slash")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml/?instanceId=123456") << false
            << QStringLiteral("https://crm.na1.insightly.com/user/saml/?instanceId=123456")
            << QStringLiteral("na1") << QStringLiteral("123456") << none;
        QTest::newRow("extra-query-items-kept")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456&ReturnUrl=%2Fhome")
            << false
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456&ReturnUrl=%2Fhome")
            << QStringLiteral("na1") << QStringLiteral("123456") << none;
        QTest::newRow("instance-id-not-first")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?x=1&instanceId=77") << false
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?x=1&instanceId=77")
            << QStringLiteral("na1") << QStringLiteral("77") << none;
        QTest::newRow("surrounding-spaces-and-newline")
            << QStringLiteral("  \t") + na1 + QStringLiteral("\r\n") << false << na1 << QStringLiteral("na1")
            << QStringLiteral("123456") << none;
        QTest::newRow("double-quotes") << u'"' + na1 + u'"' << false << na1 << QStringLiteral("na1")
                                       << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("smart-quotes")
            << QChar(0x201C) + na1 + QChar(0x201D) << false << na1 << QStringLiteral("na1")
            << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("angle-brackets-in-quotes")
            << QStringLiteral("'<") + na1 + QStringLiteral(">'") << false << na1 << QStringLiteral("na1")
            << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("wrapped-across-lines")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?\r\ninstanceId=123456") << false << na1
            << QStringLiteral("na1") << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("space-inside")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml? instanceId=123456") << false << na1
            << QStringLiteral("na1") << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("no-scheme") << QStringLiteral("crm.na1.insightly.com/user/saml?instanceId=123456")
                                   << false << na1 << QStringLiteral("na1") << QStringLiteral("123456")
                                   << QStringList{code(Code::SchemeAdded)};
        QTest::newRow("unconfirmed-pod")
            << QStringLiteral("https://crm.na2.insightly.com/user/saml?instanceId=9") << false
            << QStringLiteral("https://crm.na2.insightly.com/user/saml?instanceId=9") << QStringLiteral("na2")
            << QStringLiteral("9") << QStringList{code(Code::UnconfirmedPod)};
        QTest::newRow("demo-127") << QStringLiteral("http://127.0.0.1:43123/user/saml?instanceId=demo-1")
                                  << true
                                  << QStringLiteral("http://127.0.0.1:43123/user/saml?instanceId=demo-1")
                                  << QStringLiteral("demo") << QStringLiteral("demo-1") << none;
        QTest::newRow("demo-localhost")
            << QStringLiteral("http://localhost:8080/user/saml?instanceId=x") << true
            << QStringLiteral("http://localhost:8080/user/saml?instanceId=x") << QStringLiteral("demo")
            << QStringLiteral("x") << none;
        QTest::newRow("demo-ipv6") << QStringLiteral("http://[::1]:8080/user/saml?instanceId=x") << true
                                   << QStringLiteral("http://[::1]:8080/user/saml?instanceId=x")
                                   << QStringLiteral("demo") << QStringLiteral("x") << none;
        QTest::newRow("demo-mode-still-accepts-real")
            << na1 << true << na1 << QStringLiteral("na1") << QStringLiteral("123456") << none;
    }

    void accepted() {
        QFETCH(QString, input);
        QFETCH(bool, loopback);
        QFETCH(QString, url);
        QFETCH(QString, pod);
        QFETCH(QString, instanceId);
        QFETCH(QStringList, notes);
        ValidationOptions options;
        options.allowLoopbackHttp = loopback;
        const SignInUrlValidation result = InsightlyUrls::validateSignInPageUrl(input, options);
        QVERIFY2(result.isValid(), qPrintable(result.error.toDiagnostics()));
        QCOMPARE(result.url.toString(), url);
        QCOMPARE(result.instance.pod(), pod);
        QCOMPARE(result.instanceId, instanceId);
        QCOMPARE(noteCodes(result), notes);
        for (const auto &note : result.notes)
            QVERIFY(!note.what.isEmpty() && !note.why.isEmpty());
    }

    void refused_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("whatContains");
        auto row = [](const char *name, const QString &input, const char *c, const QString &what,
                      bool loop = false) { QTest::newRow(name) << input << loop << code(c) << what; };
        row("empty", QString(), Code::Empty, QStringLiteral("empty"));
        row("only-spaces", QStringLiteral("  \r\n "), Code::Empty, QStringLiteral("empty"));
        row("only-quotes", QStringLiteral("\"\""), Code::Empty, QStringLiteral("empty"));
        row("words", QStringLiteral("my sign in url"), Code::NotAUrl, QStringLiteral("not a web address"));
        row("just-an-instance-id", QStringLiteral("instanceId=123456"), Code::NotAUrl,
            QStringLiteral("not a web address"));
        row("guid", QStringLiteral("2f1e7c2a-9a4b-4a51-bb42-7a0a6a4d3c11"), Code::NotAUrl,
            QStringLiteral("not a web address"));
        row("ftp", QStringLiteral("ftp://crm.na1.insightly.com/user/saml?instanceId=1"), Code::NotAUrl,
            QStringLiteral("not a web address"));
        row("settings-page", QStringLiteral("https://crm.na1.insightly.com/settings/Saml"),
            Code::SettingsPage,
            QStringLiteral("That is the SAML settings page; copy the Sign-in page URL shown on it"));
        row("settings-page-lower-case-slash", QStringLiteral("https://crm.eu1.insightly.com/settings/saml/"),
            Code::SettingsPage, QStringLiteral("SAML settings page"));
        row("settings-page-demo", QStringLiteral("http://127.0.0.1:4000/settings/Saml"), Code::SettingsPage,
            QStringLiteral("SAML settings page"), true);
        row("http", QStringLiteral("http://crm.na1.insightly.com/user/saml?instanceId=123456"), Code::Http,
            QStringLiteral("https://"));
        row("loopback-outside-demo", QStringLiteral("http://127.0.0.1:4000/user/saml?instanceId=1"),
            Code::Loopback, QStringLiteral("this computer"));
        row("localhost-outside-demo", QStringLiteral("https://localhost/user/saml?instanceId=1"),
            Code::Loopback, QStringLiteral("this computer"));
        row("entra-login", QStringLiteral("https://login.microsoftonline.com/81c1df79/saml2"),
            Code::EntraSignIn, QStringLiteral("Microsoft Entra sign-in address (login.microsoftonline.com)"));
        row("entra-identifier", QStringLiteral("https://sts.windows.net/81c1df79/"), Code::EntraSignIn,
            QStringLiteral("sts.windows.net"));
        row("entra-usgov", QStringLiteral("https://login.microsoftonline.us/x/saml2"), Code::EntraSignIn,
            QStringLiteral("login.microsoftonline.us"));
        row("my-apps", QStringLiteral("https://myapps.microsoft.com/"), Code::MyApps,
            QStringLiteral("My Apps portal (myapps.microsoft.com)"));
        row("my-apps-launcher",
            QStringLiteral("https://launcher.myapps.microsoft.com/api/signin/abc?tenantId=x"), Code::MyApps,
            QStringLiteral("My Apps"));
        row("azure-portal", QStringLiteral("https://portal.azure.com/#view/Microsoft_AAD_IAM"),
            Code::AdminPortal, QStringLiteral("portal.azure.com"));
        row("entra-admin-center", QStringLiteral("https://entra.microsoft.com/#home"), Code::AdminPortal,
            QStringLiteral("entra.microsoft.com"));
        row("rest-api", QStringLiteral("https://api.na1.insightly.com/v3.1/"), Code::InsightlyApi,
            QStringLiteral("REST API address (api.na1.insightly.com)"));
        row("insightly-website", QStringLiteral("https://www.insightly.com/pricing/"), Code::InsightlyWebsite,
            QStringLiteral("public website"));
        row("insightly-help", QStringLiteral("https://support.insight.ly/en-US/Knowledge/article/4560/"),
            Code::InsightlyWebsite, QStringLiteral("help centre"));
        row("scim-on-crm", QStringLiteral("https://crm.na1.insightly.com/scim/v2?instanceId=1"),
            Code::ScimEndpoint, QStringLiteral("SCIM endpoint"));
        row("scim-on-api", QStringLiteral("https://api.na1.insightly.com/scim/v2/Users"), Code::ScimEndpoint,
            QStringLiteral("SCIM endpoint"));
        row("scim-demo", QStringLiteral("http://127.0.0.1:4000/scim/v2"), Code::ScimEndpoint,
            QStringLiteral("SCIM endpoint"), true);
        row("crm-without-pod", QStringLiteral("https://crm.insightly.com/user/saml?instanceId=1"),
            Code::OtherHost, QStringLiteral("crm.insightly.com"));
        row("lookalike-host",
            QStringLiteral("https://crm.na1.insightly.com.example.net/user/saml?instanceId=1"),
            Code::OtherHost, QStringLiteral("crm.na1.insightly.com.example.net"));
        row("other-host", QStringLiteral("https://intranet.contoso.com/"), Code::OtherHost,
            QStringLiteral("intranet.contoso.com"));
        row("crm-home-page", QStringLiteral("https://crm.na1.insightly.com/"), Code::WrongPath,
            QStringLiteral("not the Sign-in page URL"));
        row("crm-contacts-page", QStringLiteral("https://crm.na1.insightly.com/list/Contact/"),
            Code::WrongPath, QStringLiteral("/list/Contact/"));
        row("missing-instance-id", QStringLiteral("https://crm.na1.insightly.com/user/saml"),
            Code::MissingInstanceId, QStringLiteral("instanceId"));
        row("empty-instance-id", QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId="),
            Code::MissingInstanceId, QStringLiteral("instanceId"));
        row("cut-before-instance-id", QStringLiteral("https://crm.na1.insightly.com/user/saml?"),
            Code::MissingInstanceId, QStringLiteral("instanceId"));
        row("other-query-only", QStringLiteral("https://crm.na1.insightly.com/user/saml?id=123456"),
            Code::MissingInstanceId, QStringLiteral("instanceId"));
        row("demo-missing-instance-id", QStringLiteral("http://127.0.0.1:4000/user/saml"),
            Code::MissingInstanceId, QStringLiteral("instanceId"), true);
    }

    void refused() {
        QFETCH(QString, input);
        QFETCH(bool, loopback);
        QFETCH(QString, code);
        QFETCH(QString, whatContains);
        ValidationOptions options;
        options.allowLoopbackHttp = loopback;
        const SignInUrlValidation result = InsightlyUrls::validateSignInPageUrl(input, options);
        QVERIFY(!result.isValid());
        QCOMPARE(result.error.code, code);
        QVERIFY2(result.error.what.contains(whatContains), qPrintable(result.error.what));
        QVERIFY(!result.error.why.isEmpty());
        QVERIFY(!result.error.action.isEmpty());
        QVERIFY(result.url.isEmpty());
    }

    void httpSuggestsHttps() {
        const auto result = InsightlyUrls::validateSignInPageUrl(
            QStringLiteral("http://crm.na1.insightly.com/user/saml?instanceId=123456"));
        QCOMPARE(result.suggestion,
                 QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456")));
        QVERIFY(InsightlyUrls::validateSignInPageUrl(result.suggestion.toString()).isValid());
    }

    void derivedUrls_data() {
        QTest::addColumn<QString>("signIn");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("rest");
        QTest::newRow("na1") << QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=1")
                             << false << QStringLiteral("https://crm.na1.insightly.com/settings/Saml")
                             << QStringLiteral("https://api.na1.insightly.com/v3.1/");
        QTest::newRow("eu1") << QStringLiteral("https://CRM.EU1.insightly.com/user/saml?instanceId=1")
                             << false << QStringLiteral("https://crm.eu1.insightly.com/settings/Saml")
                             << QStringLiteral("https://api.eu1.insightly.com/v3.1/");
        QTest::newRow("demo") << QStringLiteral("http://127.0.0.1:43123/user/saml?instanceId=1") << true
                              << QStringLiteral("http://127.0.0.1:43123/settings/Saml")
                              << QStringLiteral("http://127.0.0.1:43123/v3.1/");
    }

    void derivedUrls() {
        QFETCH(QString, signIn);
        QFETCH(bool, loopback);
        QFETCH(QString, settings);
        QFETCH(QString, rest);
        ValidationOptions options;
        options.allowLoopbackHttp = loopback;
        const auto result = InsightlyUrls::validateSignInPageUrl(signIn, options);
        QVERIFY(result.isValid());
        QCOMPARE(result.instance.isLoopback(), loopback);
        QCOMPARE(result.instance.settingsPageUrl().toString(), settings);
        QCOMPARE(result.instance.restBaseUrl().toString(), rest);
    }

    void podHelpers() {
        QCOMPARE(InsightlyUrls::settingsPageUrl(QStringLiteral("au1")),
                 QUrl(QStringLiteral("https://crm.au1.insightly.com/settings/Saml")));
        QCOMPARE(InsightlyUrls::restBaseUrl(QStringLiteral("NA1")),
                 QUrl(QStringLiteral("https://api.na1.insightly.com/v3.1/")));
        QVERIFY(InsightlyUrls::isConfirmedPod(QStringLiteral("eu1")));
        QVERIFY(!InsightlyUrls::isConfirmedPod(QStringLiteral("na2")));
        QVERIFY(InsightlyUrls::settingsPageUrl(QString()).isEmpty());
        QVERIFY(InsightlyInstance().isNull());
        const auto demo =
            InsightlyInstance::forLoopback(QUrl(QStringLiteral("http://127.0.0.1:5000/anything?x=1")));
        QCOMPARE(demo.pod(), QStringLiteral("demo"));
        QCOMPARE(demo.settingsPageUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000/settings/Saml")));
        QCOMPARE(demo.restBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000/v3.1/")));
    }
};

QTEST_GUILESS_MAIN(TestInsightlyUrls)
#include "tst_insightlyurls.moc"
