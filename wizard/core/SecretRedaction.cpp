#include "core/SecretRedaction.h"

#include <QList>
#include <QRegularExpression>

namespace insightly {

namespace {

// Every rule is a pattern whose named group "secret" is replaced; the rest of the match is kept, so that a
// redacted line still says which header, parameter or property carried the secret.
QList<QRegularExpression> buildRules()
{
    // Secret-bearing names in query strings, form bodies and JSON. Not "code" in JSON: there it is Graph's
    // error code ("Authorization_RequestDenied"), which the logs must keep.
    const QString secretNames = QStringLiteral("client_secret|clientSecret|code_verifier|refresh_token|"
                                               "refreshToken|access_token|accessToken|id_token|"
                                               "idToken|password|passwd|client_assertion|assertion|device_"
                                               "code|api_key|apiKey|secret_token|secretToken|"
                                               "scim_token|scimToken|secretText|token");
    // synchronizationSecret keys whose value is a credential (Graph synchronization API).
    const QString secretSyncKeys = QStringLiteral(
        "SecretToken|Password|AppKey|ClientSecret|ConsumerSecret|TokenKey|Oauth2AccessToken|"
        "Oauth2RefreshToken|"
        "Oauth2ClientSecret|Oauth2AuthorizationCode|ConnectionString|SyncAgentCompatibilityKey");
    const QString tokenChars = QStringLiteral("A-Za-z0-9_-");

    QStringList patterns{
        // Header values, also as QDebug prints header pairs: ("Authorization", "Bearer …").
        QStringLiteral(R"((?i)\b(?:proxy-)?authorization\b\\?["']?\s*[:=,]\s*\\?["']?\s*)"
                       R"((?:(?:bearer|basic|negotiate|ntlm|sharedkey|pop)\s+)?(?<secret>[^\s"'\\,;]+))"),
        QStringLiteral(R"((?i)\b(?:set-)?cookie\\?["']?\s*[:,]\s*\\?["']?(?<secret>[^\r\n"']+))"),
        // Credentials after an auth scheme anywhere; at least 16 characters, so that prose ("basic setup")
        // stays.
        QStringLiteral(R"((?i)\b(?:bearer|basic)\s+(?<secret>[A-Za-z0-9\-._~+/]{16,}=*))"),
        // JWTs (JWS: three segments, JWE: five), e.g. access and ID tokens.
        QStringLiteral(R"((?<![%1])(?<secret>eyJ[%1]+\.[%1]+\.[%1]*(?:\.[%1]+\.[%1]*)?))").arg(tokenChars),
        // Entra refresh tokens: opaque "0.A…" / "1.A…" strings, typically hundreds of characters.
        QStringLiteral(R"((?<![A-Za-z0-9_.-])(?<secret>[01]\.A[A-Za-z0-9_.-]{40,}))"),
        // Query strings and form bodies. The OAuth "code" only when it is long, so that "code=42" stays.
        QStringLiteral(R"((?i)(?<![A-Za-z0-9_.$-])(?:%1)=(?<secret>[^&\s"'<>#]+))").arg(secretNames),
        QStringLiteral(R"((?i)(?<![A-Za-z0-9_.$-])code=(?<secret>[^&\s"'<>#]{10,}))"),
    };
    // JSON, and JSON escaped inside a JSON string (\"access_token\":\"…\").
    const QList<std::pair<QString, QString>> quotings{
        {QStringLiteral("\""), QStringLiteral(R"((?:[^"\\]|\\.)+)")},
        {QStringLiteral(R"(\\")"), QStringLiteral(R"([^"\\]+)")},
    };
    for (const auto &[q, value] : quotings) {
        patterns << QStringLiteral(R"((?i)%1(?:%2)%1\s*:\s*%1(?<secret>%3)%1)").arg(q, secretNames, value)
                 << QStringLiteral(R"(%1key%1\s*:\s*%1(?:%2)%1\s*,\s*%1value%1\s*:\s*%1(?<secret>%3)%1)")
                        .arg(q, secretSyncKeys, value)
                 << QStringLiteral(R"(%1value%1\s*:\s*%1(?<secret>%3)%1\s*,\s*%1key%1\s*:\s*%1(?:%2)%1)")
                        .arg(q, secretSyncKeys, value);
    }

    QList<QRegularExpression> rules;
    for (const QString &pattern : std::as_const(patterns)) {
        QRegularExpression rule(pattern);
        Q_ASSERT_X(rule.isValid(), "redactSecrets", qPrintable(rule.errorString()));
        rule.optimize();
        rules.append(rule);
    }
    return rules;
}

QString applyRule(const QRegularExpression &rule, const QString &text)
{
    QString result;
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator matches = rule.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const qsizetype start = match.capturedStart(QStringLiteral("secret"));
        if (start < copiedUpTo)
            continue;
        result += QStringView(text).mid(copiedUpTo, start - copiedUpTo);
        result += redactionMarker();
        copiedUpTo = match.capturedEnd(QStringLiteral("secret"));
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

} // namespace

QString redactionMarker()
{
    return QStringLiteral("\u00abredacted\u00bb");
}

QString redactSecrets(QString text)
{
    // Per thread: messages are logged from any thread, and one QRegularExpression is not meant to be matched
    // from several threads at once.
    thread_local const QList<QRegularExpression> rules = buildRules();
    for (const QRegularExpression &rule : rules)
        text = applyRule(rule, text);
    return text;
}

} // namespace insightly
