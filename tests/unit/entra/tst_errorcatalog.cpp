#include "entra/ErrorCatalog.h"
#include "entra/GraphErrors.h"
#include "entra/SignInErrors.h"

#include <QTest>

using namespace insightly;
using namespace insightly::entra;

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInCodes_data();
    void signInCodes();
    void aadstsNumberWinsOverOAuthError();
    void adminConsentLinkIsFilledIn();
    void signInFallbackKeepsCorrelationId();
    void redirectErrorIsParsed();
    void graphCodes_data();
    void graphCodes();
    void graphFallbackKeepsRequestId();
    void provisioningCodes_data();
    void provisioningCodes();
    void transportErrors();
};

void TestErrorCatalog::signInCodes_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("fragment"); // searched in what + why + action

    const auto row = [](const char *name, const char *error, const char *description, const char *code,
                        const char *fragment) {
        QTest::newRow(name) << QString::fromLatin1(error) << QString::fromLatin1(description)
                            << QString::fromLatin1(code) << QString::fromUtf8(fragment);
    };
    row("50011 redirect", "invalid_request",
        "AADSTS50011: The redirect URI 'x' specified in the request does not match", "AADSTS50011",
        "Mobile and desktop applications");
    row("65001 consent", "invalid_grant", "AADSTS65001: The user or administrator has not consented",
        "AADSTS65001", "adminconsent?client_id=");
    row("50105 not assigned", "invalid_grant", "AADSTS50105: The signed in user is not assigned",
        "AADSTS50105", "Assignment required");
    row("7000218 public client", "invalid_client",
        "AADSTS7000218: The request body must contain client_assertion", "AADSTS7000218",
        "Allow public client flows");
    row("50076 MFA", "interaction_required", "AADSTS50076: Due to a configuration change", "AADSTS50076",
        "multifactor authentication");
    row("50079 MFA registration", "interaction_required", "AADSTS50079: enroll", "AADSTS50079",
        "register a verification method");
    row("53003 conditional access", "access_denied",
        "AADSTS53003: Access has been blocked by Conditional Access", "AADSTS53003", "system browser");
    row("530003 device", "access_denied", "AADSTS530003: Your device is required to be managed",
        "AADSTS530003", "system browser");
    row("700016 app not found", "unauthorized_client",
        "AADSTS700016: Application with identifier 'x' was not found", "AADSTS700016",
        "isn't known in tenant");
    row("90072 guest mfa", "invalid_grant", "AADSTS90072: PassThroughUserMfaError", "AADSTS90072",
        "member account");
    row("50126 password", "invalid_grant", "AADSTS50126: Error validating credentials", "AADSTS50126",
        "User name or password is incorrect");
    row("70008 expired code", "invalid_grant", "AADSTS70008: The provided authorization code has expired",
        "AADSTS70008", "sign in again");
    row("501481 verifier", "invalid_grant", "AADSTS501481: The Code_Verifier does not match", "AADSTS501481",
        "start sign-in again");
    row("invalid_grant alone", "invalid_grant", "", "invalid_grant", "sign in again");
    row("interaction_required alone", "interaction_required", "", "interaction_required",
        "confirm your sign-in again");
    row("consent_required alone", "consent_required", "", "consent_required", "adminconsent?client_id=");
    row("access_denied (cancelled consent)", "access_denied", "The user has denied access", "access_denied",
        "declined the permission request");
    row("authorization_declined", "authorization_declined", "", "authorization_declined", "declined");
    row("expired_token", "expired_token", "", "expired_token", "Get a new code");
    row("temporarily_unavailable", "temporarily_unavailable", "", "temporarily_unavailable",
        "temporarily busy");
}

void TestErrorCatalog::signInCodes()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, expectedCode);
    QFETCH(QString, fragment);
    const TokenError e = TokenError::fromJson(
        400, QStringLiteral(R"({"error":"%1","error_description":"%2","correlation_id":"c-1"})")
                 .arg(error, description)
                 .toUtf8());
    SignInErrors::Context context;
    context.tenant = QStringLiteral("contoso.example");
    context.clientId = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
    context.redirectUri = QStringLiteral("http://localhost");
    context.adminConsentUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.example/"
                            "adminconsent?client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    const UserMessage m = SignInErrors::explain(e, context);
    QCOMPARE(m.code, expectedCode);
    const QString all = m.what + u'\n' + m.why + u'\n' + m.action;
    QVERIFY2(all.contains(fragment, Qt::CaseInsensitive), qPrintable(all));
    QCOMPARE(m.requestId, QStringLiteral("c-1"));
    QVERIFY(!all.contains(QLatin1String("{"))); // every placeholder filled
}

void TestErrorCatalog::aadstsNumberWinsOverOAuthError()
{
    const TokenError e = TokenError::fromJson(
        400, R"({"error":"invalid_grant","error_description":"AADSTS50076: MFA","error_codes":[50076]})");
    QCOMPARE(e.codes, QList<int>{50076});
    QCOMPARE(SignInErrors::explain(e).code, QStringLiteral("AADSTS50076"));
}

void TestErrorCatalog::adminConsentLinkIsFilledIn()
{
    TokenError e;
    e.error = QStringLiteral("invalid_grant");
    e.codes = {65001};
    SignInErrors::Context context;
    context.adminConsentUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.us/t1/adminconsent?client_id=abc"));
    QVERIFY(SignInErrors::explain(e, context)
                .action.contains(
                    QLatin1String("https://login.microsoftonline.us/t1/adminconsent?client_id=abc")));
}

void TestErrorCatalog::signInFallbackKeepsCorrelationId()
{
    const TokenError e = TokenError::fromJson(
        400, R"({"error":"weird_new_error","error_description":"AADSTS999999: something new",)"
             R"("error_codes":[999999],"trace_id":"t-9","correlation_id":"c-9"})");
    const UserMessage m = SignInErrors::explain(e);
    QCOMPARE(m.code, QStringLiteral("AADSTS999999"));
    QCOMPARE(m.requestId, QStringLiteral("c-9"));
    QVERIFY(m.details.contains(QLatin1String("something new")));
    QVERIFY(m.details.contains(QLatin1String("t-9")));
    QVERIFY(!m.what.isEmpty() && !m.action.isEmpty());
    QVERIFY(m.toDiagnostics().contains(QLatin1String("c-9")));
}

void TestErrorCatalog::redirectErrorIsParsed()
{
    const TokenError e = TokenError::fromRedirect(
        QStringLiteral("access_denied"),
        QStringLiteral(
            "AADSTS65004: User declined to consent. Trace ID: 11111111-2222-3333-4444-555555555555 "
            "Correlation ID: 66666666-7777-8888-9999-000000000000"));
    QCOMPARE(e.codes, QList<int>{65004});
    QCOMPARE(e.correlationId, QStringLiteral("66666666-7777-8888-9999-000000000000"));
    const UserMessage m = SignInErrors::explain(e);
    QCOMPARE(m.code, QStringLiteral("AADSTS65004"));
    QCOMPARE(m.requestId, e.correlationId);
}

void TestErrorCatalog::graphCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fragment");
    const auto row = [](const char *name, int status, const char *code, const char *message,
                        const char *fragment) {
        QTest::newRow(name) << status << QString::fromLatin1(code) << QString::fromLatin1(message)
                            << QString::fromUtf8(fragment);
    };
    row("role missing", 403, "Authorization_RequestDenied",
        "Insufficient privileges to complete the operation.",
        "Cloud Application Administrator or Application Administrator");
    row("token", 401, "InvalidAuthenticationToken", "Access token validation failure.", "sign in again");
    row("not found", 404, "Request_ResourceNotFound", "Resource 'x' does not exist", "replicated");
    row("bad request", 400, "Request_BadRequest", "Something odd.", "was not accepted");
    row("not a valid reference update", 400, "Request_BadRequest", "Not a valid reference update.",
        "hasn't finished creating");
    row("invalid reply url", 400, "Request_BadRequest", "One or more properties contains invalid values.",
        "Reply URL");
    row("verified domain", 400, "HostNameNotOnVerifiedDomain",
        "Values of identifierUris property must use a verified "
        "domain",
        "SAML mode first");
    row("delete saml sp", 400, "DeletingSamlSpNotAllowed", "Property appId is invalid", "application object");
    row("throttled temporarily", 503, "Request_ThrottledTemporarily",
        "Your request is throttled temporarily.", "slow down");
    row("too many requests", 429, "TooManyRequests", "", "slow down");
    row("service not available", 503, "serviceNotAvailable", "", "temporary problem");
    row("gateway without body", 504, "", "", "temporary problem");
    row("already assigned", 400, "Request_MultipleObjectsWithSameKeyValue",
        "EntitlementGrant entry already exists.", "Already assigned");
    row("unsupported query", 400, "Request_UnsupportedQuery", "ConsistencyLevel: eventual", "internal error");
}

void TestErrorCatalog::graphCodes()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, fragment);
    const UserMessage m = GraphErrors::explain(status, code, message, QStringLiteral("req-1"));
    const QString all = m.what + u'\n' + m.why + u'\n' + m.action;
    QVERIFY2(all.contains(fragment, Qt::CaseInsensitive), qPrintable(all));
    QCOMPARE(m.requestId, QStringLiteral("req-1"));
    QCOMPARE(m.details, message);
}

void TestErrorCatalog::graphFallbackKeepsRequestId()
{
    const UserMessage m = GraphErrors::explain(418, QStringLiteral("Teapot_Unknown"),
                                               QStringLiteral("short and stout"), QStringLiteral("req-418"));
    QCOMPARE(m.code, QStringLiteral("Teapot_Unknown"));
    QCOMPARE(m.requestId, QStringLiteral("req-418"));
    QVERIFY(m.why.contains(QLatin1String("418")));
    QCOMPARE(m.details, QStringLiteral("short and stout"));
}

void TestErrorCatalog::provisioningCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("wrapper with nested failure")
        << QStringLiteral("CredentialValidationUnavailable")
        << QStringLiteral(
               "SystemForCrossDomainIdentityManagementCredentialValidationFailure: Response Status Code: "
               "Unauthorized")
        << QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure")
        << QStringLiteral("Secret Token");
    QTest::newRow("unavailable") << QStringLiteral("CredentialValidationUnavailable")
                                 << QStringLiteral("We are not able to connect to your application")
                                 << QStringLiteral("CredentialValidationUnavailable")
                                 << QStringLiteral("couldn't reach Insightly's SCIM endpoint");
    QTest::newRow("incompatible")
        << QStringLiteral("SystemForCrossDomainIdentityManagementServiceIncompatible")
        << QStringLiteral("An HTTP/404 Not Found response was returned")
        << QStringLiteral("SystemForCrossDomainIdentityManagementServiceIncompatible")
        << QStringLiteral("'/Users'");
    QTest::newRow("bad response") << QStringLiteral("SystemForCrossDomainIdentityManagementBadResponse")
                                  << QStringLiteral("StatusCode: BadRequest")
                                  << QStringLiteral("SystemForCrossDomainIdentityManagementBadResponse")
                                  << QStringLiteral("refused the change");
}

void TestErrorCatalog::provisioningCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, expectedCode);
    QFETCH(QString, fragment);
    const UserMessage m = GraphErrors::explainProvisioning(code, message, QStringLiteral("req-p"));
    QCOMPARE(m.code, expectedCode);
    const QString all = m.what + u'\n' + m.why + u'\n' + m.action;
    QVERIFY2(all.contains(fragment, Qt::CaseInsensitive), qPrintable(all));
    QCOMPARE(m.requestId, QStringLiteral("req-p"));
}

void TestErrorCatalog::transportErrors()
{
    const UserMessage timeout =
        ErrorCatalog::forTransport(QStringLiteral("graph.microsoft.com"), {}, true, QStringLiteral("r"));
    QCOMPARE(timeout.code, QStringLiteral("timeout"));
    QVERIFY(timeout.what.contains(QLatin1String("graph.microsoft.com")));
    QCOMPARE(timeout.requestId, QStringLiteral("r"));
    const UserMessage refused = ErrorCatalog::forTransport({}, QStringLiteral("Connection refused"), false);
    QVERIFY(refused.why.contains(QLatin1String("Connection refused")));
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
