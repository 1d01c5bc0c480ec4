#include "SimRedact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace sim::redact {

namespace {

QString normalized(const QString &name)
{
    QString n = name.toLower();
    n.remove(u'_').remove(u'-').remove(u' ');
    return n;
}

QString maskPrivateKeys(QString text)
{
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?-----END [A-Z0-9 ]*PRIVATE KEY-----"),
        QRegularExpression::DotMatchesEverythingOption);
    return text.replace(pem, QString::fromLatin1(mask));
}

QJsonValue maskJson(const QJsonValue &value);

QJsonObject maskObject(const QJsonObject &object)
{
    QJsonObject out;
    // {"key": "SecretToken", "value": "…"}: the secret is the sibling of its name.
    const bool namedPair = object.contains(QStringLiteral("key")) &&
                           object.contains(QStringLiteral("value")) &&
                           object.value(QStringLiteral("key")).isString();
    const bool secretPair = namedPair && isSecretName(object.value(QStringLiteral("key")).toString());
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const bool scalar = !it.value().isObject() && !it.value().isArray() && !it.value().isNull();
        bool secret = scalar && isSecretName(key);
        if (key == QLatin1String("key"))
            secret = scalar && !namedPair; // keyCredentials' "key" (may be a PFX); a pair's "key" is a name
        if (key == QLatin1String("value") && secretPair)
            secret = true;
        out.insert(key, secret ? QJsonValue(QString::fromLatin1(mask)) : maskJson(it.value()));
    }
    return out;
}

QJsonValue maskJson(const QJsonValue &value)
{
    if (value.isObject())
        return maskObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(maskJson(item));
        return out;
    }
    if (value.isString())
        return maskPrivateKeys(value.toString());
    return value;
}

// application/x-www-form-urlencoded (also a query string): secret values masked, the rest kept as sent.
QByteArray maskPairs(const QByteArray &encoded, bool *changed)
{
    QList<QByteArray> pairs = encoded.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        QByteArray name = pair.left(eq);
        name.replace('+', ' ');
        if (isSecretName(QString::fromUtf8(QByteArray::fromPercentEncoding(name)))) {
            pair = pair.left(eq + 1) + mask;
            *changed = true;
        }
    }
    return pairs.join('&');
}

bool looksFormEncoded(const QByteArray &body)
{
    static const QRegularExpression form(
        QStringLiteral("^[A-Za-z0-9_.~%+*-]+=[^&\\s]*(&[A-Za-z0-9_.~%+*-]+=[^&\\s]*)*$"));
    return form.match(QString::fromLatin1(body)).hasMatch();
}

} // namespace

bool isSecretName(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("password"),
        QStringLiteral("passwd"),
        QStringLiteral("pwd"),
        QStringLiteral("newpassword"),
        QStringLiteral("currentpassword"),
        QStringLiteral("adminpassword"),
        QStringLiteral("accesstoken"),
        QStringLiteral("refreshtoken"),
        QStringLiteral("idtoken"),
        QStringLiteral("token"),
        QStringLiteral("code"),
        QStringLiteral("devicecode"),
        QStringLiteral("usercode"),
        QStringLiteral("otc"), // the device-login form's user code
        QStringLiteral("codeverifier"),
        QStringLiteral("clientsecret"),
        QStringLiteral("clientassertion"),
        QStringLiteral("assertion"),
        QStringLiteral("secret"),
        QStringLiteral("secrettoken"),
        QStringLiteral("secrettext"),
        QStringLiteral("scimtoken"),
        QStringLiteral("apikey"),
        QStringLiteral("samlresponse"),
        QStringLiteral("privatekey"),
        QStringLiteral("pfx"),
        QStringLiteral("pfxpassword"),
        QStringLiteral("certificatepassword"),
        QStringLiteral("authorization"),
        QStringLiteral("sig"),
        QStringLiteral("signature"),
    };
    return names.contains(normalized(name));
}

QString maskUrl(const QString &url)
{
    const qsizetype q = url.indexOf(u'?');
    if (q < 0)
        return url;
    const qsizetype hash = url.indexOf(u'#', q);
    const QString query = url.mid(q + 1, hash < 0 ? -1 : hash - q - 1);
    bool changed = false;
    const QByteArray masked = maskPairs(query.toUtf8(), &changed);
    return url.left(q + 1) + QString::fromUtf8(masked) + (hash < 0 ? QString() : url.mid(hash));
}

QJsonValue maskBody(const QByteArray &body, const QByteArray &contentType)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        return maskJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    const QByteArray trimmed = body.trimmed();
    if (contentType.toLower().startsWith("application/x-www-form-urlencoded") || looksFormEncoded(trimmed)) {
        bool changed = false;
        return QString::fromUtf8(maskPairs(trimmed, &changed).left(4096));
    }
    return maskPrivateKeys(QString::fromUtf8(body.left(4096)));
}

} // namespace sim::redact
