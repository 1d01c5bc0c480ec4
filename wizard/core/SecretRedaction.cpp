#include "core/SecretRedaction.h"

#include <QList>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace insightly {

namespace {

// ---- Registered secrets -------------------------------------------------------------------------------

constexpr qsizetype minimumSecretLength = 8;
constexpr qsizetype maximumRegisteredSecrets = 4096;
constexpr qsizetype minimumEncodedLength = 12; // shorter fragments of Base64 would mask ordinary text

struct SecretRegistry {
    QReadWriteLock lock;
    QList<QByteArray> secrets; // registration order, for dropping the oldest
    QStringList forms;         // every form of every secret, longest first
    quint64 generation = 0;    // bumped on every change
};

SecretRegistry &registry()
{
    static SecretRegistry instance; // the one allowed global: every log line, from any thread, passes here
    return instance;
}

// The part of Base64(secret) that stays the same whatever bytes surround the secret, when it starts `offset`
// bytes after a 3-byte boundary: the first group mixes in the bytes before, the last one those after.
QString innerBase64(const QByteArray &secret, int offset, QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(offset, '\0') + secret;
    QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype skipFront = offset == 0 ? 0 : 4;
    const qsizetype wholeGroups = padded.size() / 3;
    encoded.truncate(wholeGroups * 4); // drop the last, partial group
    encoded.remove(0, skipFront);
    return encoded.size() >= minimumEncodedLength ? QString::fromLatin1(encoded) : QString();
}

QStringList formsOf(const QByteArray &secret)
{
    QStringList forms;
    const auto add = [&forms](const QString &form) {
        if (form.size() >= minimumSecretLength && !forms.contains(form))
            forms << form;
    };
    add(QString::fromUtf8(secret));
    const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    add(QString::fromLatin1(percent));
    add(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(percent)))); // encoded twice
    add(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret), " ")).replace(u' ', u'+'));
    add(QString::fromLatin1(secret.toBase64()));
    add(QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    for (int offset = 0; offset < 3; ++offset) {
        add(innerBase64(secret, offset, QByteArray::Base64Encoding));
        add(innerBase64(secret, offset, QByteArray::Base64UrlEncoding));
    }
    return forms;
}

void rebuildForms(SecretRegistry &target)
{
    QStringList forms;
    for (const QByteArray &secret : std::as_const(target.secrets))
        for (const QString &form : formsOf(secret))
            if (!forms.contains(form))
                forms << form;
    // Longest first, so that a secret containing another one is masked whole.
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    target.forms = forms;
    ++target.generation;
}

QString maskRegistered(QString text)
{
    SecretRegistry &target = registry();
    QReadLocker lock(&target.lock);
    for (const QString &form : std::as_const(target.forms))
        if (text.contains(form))
            text.replace(form, redactionMarker());
    return text;
}

// ---- Pattern rules ------------------------------------------------------------------------------------

// Secret-bearing names in query strings and form bodies ("name=value").
const QString queryNames = QStringLiteral(
    "client_secret|clientSecret|client-secret|code_verifier|refresh_token|refreshToken|access_token|"
    "accessToken|access-token|id_token|idToken|password|passwd|pwd|client_assertion|assertion|device_code|"
    "api_key|apiKey|api-key|x-api-key|secret_token|secretToken|scim_token|scimToken|secretText|secret|token|"
    "key|sig|signature|SAMLResponse|subscription-key");
// …and in JSON ("name": "value") and QDebug-printed maps. Not "code": in JSON it is Graph's error code
// ("Authorization_RequestDenied"), which the logs must keep; not "key": Graph's synchronization secrets name
// their entries with it.
const QString jsonNames = QStringLiteral(
    "client_secret|clientSecret|code_verifier|refresh_token|refreshToken|access_token|accessToken|"
    "access-token|id_token|idToken|password|passwd|client_assertion|assertion|device_code|api_key|apiKey|"
    "api-key|x-api-key|secret_token|secretToken|scim_token|scimToken|secretText|secret|token|sig|"
    "SAMLResponse");
// synchronizationSecret keys whose value is a credential (Graph synchronization API).
const QString secretSyncKeys = QStringLiteral(
    "SecretToken|Password|AppKey|ClientSecret|ConsumerSecret|TokenKey|Oauth2AccessToken|Oauth2RefreshToken|"
    "Oauth2ClientSecret|Oauth2AuthorizationCode|ConnectionString|SyncAgentCompatibilityKey");

// Every rule is a pattern whose named group "secret" is replaced; the rest of the match is kept, so that a
// redacted line still says which header, parameter or property carried the secret.
QList<QRegularExpression> buildRules()
{
    const QString tokenChars = QStringLiteral("A-Za-z0-9_-");

    QStringList patterns{
        // Header values of any scheme, also as QDebug prints header pairs: ("Authorization", "Token …").
        // The scheme word is kept, the credential after it goes.
        QStringLiteral(R"((?i)\b(?:proxy-)?authorization\b\\?["']?\s*[:=,]\s*\\?["']?\s*)"
                       R"((?:[a-z][a-z0-9_-]*[ \t]+)?(?<secret>[^\s"'\\,;]+))"),
        QStringLiteral(R"((?i)\b(?:set-)?cookie\\?["']?\s*[:,]\s*\\?["']?(?<secret>[^\r\n"']+))"),
        // API-key headers: "x-api-key: …", ("api-key", "…"), "X-Functions-Key: …".
        QStringLiteral(R"((?i)(?<![A-Za-z0-9_-])(?:x-api-key|api-key|apikey|x-functions-key|)"
                       R"(ocp-apim-subscription-key)\\?["']?\s*[:,]\s*\\?["']?\s*(?<secret>[^\s"'\\,;&]+))"),
        // Credentials after an auth scheme anywhere; at least 16 characters, so that prose ("basic setup")
        // stays.
        QStringLiteral(R"((?i)\b(?:bearer|basic|ssws)\s+(?<secret>[A-Za-z0-9\-._~+/]{16,}=*))"),
        // JWTs (JWS: three segments, JWE: five), e.g. access and ID tokens.
        QStringLiteral(R"((?<![%1])(?<secret>eyJ[%1]+\.[%1]+\.[%1]*(?:\.[%1]+\.[%1]*)?))").arg(tokenChars),
        // Entra refresh tokens: opaque "0.A…" / "1.A…" strings, typically hundreds of characters.
        QStringLiteral(R"((?<![A-Za-z0-9_.-])(?<secret>[01]\.A[A-Za-z0-9_.-]{40,}))"),
        // Query strings and form bodies. The OAuth "code" only when it is long, so that "code=42" stays.
        QStringLiteral(R"((?i)(?<![A-Za-z0-9_.$-])(?:%1)=(?<secret>[^&\s"'<>#]+))").arg(queryNames),
        QStringLiteral(R"((?i)(?<![A-Za-z0-9_.$-])code=(?<secret>[^&\s"'<>#]{10,}))"),
        // The same percent-encoded inside another URL (redirect_uri=…%3Fcode%3D…%26state%3D…), once or twice.
        QStringLiteral(R"((?i)(?:(?<![A-Za-z0-9_.$-])|(?<=%[0-9A-F]{2})|(?<=%25[0-9A-F]{2})))"
                       R"((?:%1|code)%(?:25)?3D(?<secret>(?:(?!%(?:25)?26)[^&\s"'<>#])+))")
            .arg(queryNames),
        // A password in a URL's user-info: scheme://user:password@host.
        QStringLiteral(R"((?i)\b[a-z][a-z0-9+.-]*://[^/\s:@"'<>]*:(?<secret>[^@/\s"'<>]+)@)"),
        // QDebug-printed maps, pairs and QUrlQuery items: ("access_token", "…"), ("token", QVariant(QString,
        // "…")).
        QStringLiteral(
            R"re((?i)\(\s*"(?:%1)"\s*,\s*(?:QVariant\(\s*QString\s*,\s*)?"(?<secret>(?:[^"\\]|\\.)+)")re")
            .arg(jsonNames),
        // …and the OAuth code printed that way, when it is long enough to be one (Graph error codes are
        // short).
        QStringLiteral(
            R"re((?i)\(\s*"code"\s*,\s*(?:QVariant\(\s*QString\s*,\s*)?"(?<secret>(?:[^"\\]|\\.){40,})")re"),
    };
    // JSON, and JSON escaped inside a JSON string (\"access_token\":\"…\").
    const QList<std::pair<QString, QString>> quotings{
        {QStringLiteral("\""), QStringLiteral(R"((?:[^"\\]|\\.)+)")},
        {QStringLiteral(R"(\\")"), QStringLiteral(R"([^"\\]+)")},
    };
    for (const auto &[q, value] : quotings) {
        patterns << QStringLiteral(R"((?i)%1(?:%2)%1\s*:\s*%1(?<secret>%3)%1)").arg(q, jsonNames, value)
                 // A synchronization secret object, its members in any order: {"key":"SecretToken", …,
                 // "value":"…"} or {"value":"…", …, "key":"SecretToken"}.
                 << QStringLiteral(
                        R"(\{(?=[^{}]*%1key%1\s*:\s*%1(?:%2)%1)[^{}]*?%1value%1\s*:\s*%1(?<secret>%3)%1)")
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
        if (match.captured(QStringLiteral("secret")) == redactionMarker())
            continue; // already redacted
        result += QStringView(text).mid(copiedUpTo, start - copiedUpTo);
        result += redactionMarker();
        copiedUpTo = match.capturedEnd(QStringLiteral("secret"));
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

// Query items whose value withoutUrlSecrets() drops.
bool isSecretQueryName(const QString &name)
{
    static const QStringList names = (queryNames + QStringLiteral("|code")).toLower().split(u'|');
    return names.contains(name.toLower());
}

} // namespace

QString redactionMarker()
{
    return QStringLiteral("\u00abredacted\u00bb");
}

void registerSecret(const QByteArray &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    SecretRegistry &target = registry();
    QWriteLocker lock(&target.lock);
    if (target.secrets.contains(secret))
        return;
    target.secrets << secret;
    while (target.secrets.size() > maximumRegisteredSecrets)
        target.secrets.removeFirst();
    rebuildForms(target);
}

void registerSecret(const QString &secret)
{
    registerSecret(secret.toUtf8());
}

void clearRegisteredSecretsForTesting()
{
    SecretRegistry &target = registry();
    QWriteLocker lock(&target.lock);
    target.secrets.clear();
    rebuildForms(target);
}

qsizetype registeredSecretCount()
{
    SecretRegistry &target = registry();
    QReadLocker lock(&target.lock);
    return target.secrets.size();
}

QString redactSecrets(QString text)
{
    text = maskRegistered(std::move(text));
    // Per thread: messages are logged from any thread, and one QRegularExpression is not meant to be matched
    // from several threads at once.
    thread_local const QList<QRegularExpression> rules = buildRules();
    for (const QRegularExpression &rule : rules)
        text = applyRule(rule, text);
    return text;
}

QUrl withoutUrlSecrets(const QUrl &url)
{
    QUrl clean = url;
    clean.setUserInfo({});
    clean.setFragment({});
    if (clean.hasQuery()) {
        QStringList kept;
        const QStringList items = clean.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const QString name = QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toLatin1());
            if (!isSecretQueryName(name))
                kept << item;
        }
        clean.setQuery(kept.isEmpty() ? QString() : kept.join(u'&'), QUrl::StrictMode);
    }
    return clean;
}

} // namespace insightly
