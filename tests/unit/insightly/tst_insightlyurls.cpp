#include "insightly/InsightlyUrls.h"

#include <QTest>

using insightly::InsightlyInstance;
using insightly::InsightlyUrls;
using insightly::SignInUrlValidation;
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
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QStringList>("notes");
        const QString na1 = QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456");
        const QStringList none;
        QTest::newRow("na1") << na1 << na1 << QStringLiteral("na1") << QStringLiteral("123456")
                             << none;
        QTest::newRow("eu1") << QStringLiteral("https://crm.eu1.insightly.com/user/saml?instanceId=abc-DEF")
                             << QStringLiteral("https://crm.eu1.insightly.com/user/saml?instanceId=abc-DEF")
                             << QStringLiteral("eu1") << QStringLiteral("abc-DEF") << none;
        QTest::newRow("au1") << QStringLiteral("https://crm.au1.insightly.com/user/saml?instanceId=42")
                             << QStringLiteral("https://crm.au1.insightly.com/user/saml?instanceId=42")
                             << QStringLiteral("au1") << QStringLiteral("42") << none;
        QTest::newRow("mixed-case-host-and-path")
            << QStringLiteral("HTTPS://CRM.NA1.Insightly.com/User/SAML?instanceId=123456")
            << QStringLiteral("https://crm.na1.insightly.com/User/SAML?instanceId=123456")
            << QStringLiteral("na1") << QStringLiteral("123456") << none;
        QTest::newRow("trailing-slash")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml/?instanceId=123456")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml/?instanceId=123456")
            << QStringLiteral("na1") << QStringLiteral("123456") << none;
        QTest::newRow("extra-query-items-kept")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456&ReturnUrl=%2Fhome")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456&ReturnUrl=%2Fhome")
            << QStringLiteral("na1") << QStringLiteral("123456") << none;
        QTest::newRow("instance-id-not-first")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?x=1&instanceId=77")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?x=1&instanceId=77")
            << QStringLiteral("na1") << QStringLiteral("77") << none;
        QTest::newRow("surrounding-spaces-and-newline")
            << QStringLiteral("  \t") + na1 + QStringLiteral("\r\n") << na1 << QStringLiteral("na1")
            << QStringLiteral("123456") << none;
        QTest::newRow("double-quotes") << u'"' + na1 + u'"' << na1 << QStringLiteral("na1")
                                       << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("smart-quotes")
            << QChar(0x201C) + na1 + QChar(0x201D) << na1 << QStringLiteral("na1")
            << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("angle-brackets-in-quotes")
            << QStringLiteral("'<") + na1 + QStringLiteral(">'") << na1 << QStringLiteral("na1")
            << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("wrapped-across-lines")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml?\r\ninstanceId=123456") << na1
            << QStringLiteral("na1") << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("space-inside")
            << QStringLiteral("https://crm.na1.insightly.com/user/saml? instanceId=123456") << na1
            << QStringLiteral("na1") << QStringLiteral("123456") << QStringList{code(Code::Cleaned)};
        QTest::newRow("no-scheme") << QStringLiteral("crm.na1.insightly.com/user/saml?instanceId=123456") << na1 << QStringLiteral("na1") << QStringLiteral("123456")
                                   << QStringList{code(Code::SchemeAdded)};
        QTest::newRow("unconfirmed-pod")
            << QStringLiteral("https://crm.na2.insightly.com/user/saml?instanceId=9")
            << QStringLiteral("https://crm.na2.insightly.com/user/saml?instanceId=9") << QStringLiteral("na2")
            << QStringLiteral("9") << QStringList{code(Code::UnconfirmedPod)};
    }

    void accepted() {
        QFETCH(QString, input);
        QFETCH(QString, url);
        QFETCH(QString, pod);
        QFETCH(QString, instanceId);
        QFETCH(QStringList, notes);
        const SignInUrlValidation result = InsightlyUrls::validateSignInPageUrl(input);
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
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("whatContains");
        auto row = [](const char *name, const QString &input, const char *c, const QString &what) {
            QTest::newRow(name) << input << code(c) << what;
        };
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
        row("http", QStringLiteral("http://crm.na1.insightly.com/user/saml?instanceId=123456"), Code::Http,
            QStringLiteral("https://"));
        // A loopback address is no Insightly address: the simulated world is reached by its real host names.
        row("loopback", QStringLiteral("http://127.0.0.1:4000/user/saml?instanceId=1"), Code::OtherHost,
            QStringLiteral("127.0.0.1"));
        row("localhost", QStringLiteral("https://localhost/user/saml?instanceId=1"), Code::OtherHost,
            QStringLiteral("localhost"));
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
    }

    void refused() {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, whatContains);
        const SignInUrlValidation result = InsightlyUrls::validateSignInPageUrl(input);
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
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("rest");
        QTest::newRow("na1") << QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=1") << QStringLiteral("https://crm.na1.insightly.com/settings/Saml")
                             << QStringLiteral("https://api.na1.insightly.com/v3.1/");
        QTest::newRow("eu1") << QStringLiteral("https://CRM.EU1.insightly.com/user/saml?instanceId=1") << QStringLiteral("https://crm.eu1.insightly.com/settings/Saml")
                             << QStringLiteral("https://api.eu1.insightly.com/v3.1/");
    }

    void derivedUrls() {
        QFETCH(QString, signIn);
        QFETCH(QString, settings);
        QFETCH(QString, rest);
        const auto result = InsightlyUrls::validateSignInPageUrl(signIn);
        QVERIFY(result.isValid());
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
    }
};

QTEST_GUILESS_MAIN(TestInsightlyUrls)
#include "tst_insightlyurls.moc"
