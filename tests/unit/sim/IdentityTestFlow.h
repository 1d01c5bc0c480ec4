#pragma once
// Drives the simulator's sign-in pages over plain HTTP, as a browser would: read the form, post its fields,
// follow the redirect. Header-only; shared by the sim identity, directory and batch tests.

#include "SimFixture.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace identitytest {

inline const QString clientId = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
inline const QString redirectUri = QStringLiteral("http://localhost:53123/callback");

struct Pkce {
    QString verifier;
    QString challenge;
};

inline Pkce makePkce(const QByteArray &seed = "a-fixed-verifier-seed-for-tests") {
    Pkce p;
    p.verifier =
        QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha512)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    p.challenge =
        QString::fromLatin1(QCryptographicHash::hash(p.verifier.toLatin1(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return p;
}

inline QString htmlUnescape(QString s) {
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// The value attribute of the input named `name` in an HTML page ("" when absent).
inline QString inputValue(const QByteArray &html, const QString &name) {
    const QRegularExpression re(QStringLiteral("<input[^>]*name=\"%1\"[^>]*value=\"([^\"]*)\"").arg(name));
    const auto m = re.match(QString::fromUtf8(html));
    return m.hasMatch() ? htmlUnescape(m.captured(1)) : QString();
}

inline QString formAction(const QByteArray &html) {
    const auto m =
        QRegularExpression(QStringLiteral("<form[^>]*action=\"([^\"]*)\"")).match(QString::fromUtf8(html));
    return m.hasMatch() ? htmlUnescape(m.captured(1)) : QString();
}

inline bool hasElementId(const QByteArray &html, const char *id) {
    return html.contains(QByteArray("id=\"") + id + '"');
}

inline QByteArray formBody(const QList<QPair<QString, QString>> &fields) {
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

inline testsupport::HttpReply postForm(testsupport::SimFixture &sim, const QString &path,
                                       const QList<QPair<QString, QString>> &fields,
                                       const QByteArray &cookie = {}) {
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!cookie.isEmpty())
        headers.insert("Cookie", cookie);
    return sim.request("POST", path, formBody(fields), headers);
}

// "ESTSAUTH=…" from a Set-Cookie header.
inline QByteArray sessionCookie(const testsupport::HttpReply &reply) {
    return reply.header("set-cookie").split(';').constFirst();
}

struct AuthorizeParams {
    QString tenant = QStringLiteral("organizations");
    QString scope = QStringLiteral("https://graph.microsoft.com/.default openid profile offline_access");
    QString redirect = redirectUri;
    QString state = QStringLiteral("state-123");
    QString nonce = QStringLiteral("nonce-456");
    QString prompt;
    QString challenge = makePkce().challenge;
    QString method = QStringLiteral("S256");
};

inline QString authorizePath(const AuthorizeParams &p) {
    QUrlQuery q;
    auto add = [&q](const QString &k, const QString &v) {
        if (!v.isNull())
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add(QStringLiteral("client_id"), clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), p.redirect);
    add(QStringLiteral("scope"), p.scope);
    add(QStringLiteral("state"), p.state);
    add(QStringLiteral("nonce"), p.nonce);
    add(QStringLiteral("code_challenge"), p.challenge);
    add(QStringLiteral("code_challenge_method"), p.method);
    if (!p.prompt.isEmpty())
        add(QStringLiteral("prompt"), p.prompt);
    return QStringLiteral("/%1/oauth2/v2.0/authorize?%2").arg(p.tenant, q.toString(QUrl::FullyEncoded));
}

// The query of a redirect's Location, decoded.
inline QUrlQuery locationQuery(const testsupport::HttpReply &reply) {
    return QUrlQuery(QUrl::fromEncoded(reply.header("location")));
}

inline QString queryValue(const testsupport::HttpReply &reply, const QString &name) {
    return locationQuery(reply).queryItemValue(name, QUrl::FullyDecoded);
}

// Signs in through the pages (accepting consent when asked) and returns the final redirect.
inline testsupport::HttpReply signInThroughPages(testsupport::SimFixture &sim, const AuthorizeParams &params,
                                                 const QString &upn = QStringLiteral("admin@contoso.example"),
                                                 QByteArray *cookieOut = nullptr) {
    const testsupport::HttpReply page = sim.request("GET", authorizePath(params));
    if (page.status != 200)
        return page;
    testsupport::HttpReply reply =
        postForm(sim, formAction(page.body),
                 {{QStringLiteral("ctx"), inputValue(page.body, QStringLiteral("ctx"))},
                  {QStringLiteral("username"), upn},
                  {QStringLiteral("password"), sim.server().options().password},
                  {QStringLiteral("signin"), QStringLiteral("Sign in")}});
    if (cookieOut)
        *cookieOut = sessionCookie(reply);
    if (reply.status == 200 && hasElementId(reply.body, "accept"))
        reply = postForm(sim, formAction(reply.body),
                         {{QStringLiteral("flow"), inputValue(reply.body, QStringLiteral("flow"))},
                          {QStringLiteral("accept"), QStringLiteral("Accept")}});
    return reply;
}

inline testsupport::HttpReply redeem(testsupport::SimFixture &sim, const QString &code,
                                     const QString &verifier = makePkce().verifier,
                                     const QString &redirect = redirectUri) {
    return postForm(sim, QStringLiteral("/organizations/oauth2/v2.0/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("redirect_uri"), redirect},
                     {QStringLiteral("code_verifier"), verifier}});
}

inline testsupport::HttpReply passwordGrant(testsupport::SimFixture &sim, const QString &upn,
                                            const QString &password, const QString &scope) {
    return postForm(sim, QStringLiteral("/organizations/oauth2/v2.0/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("password")},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("username"), upn},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("scope"), scope}});
}

inline testsupport::HttpReply refreshGrant(testsupport::SimFixture &sim, const QString &refreshToken,
                                           const QString &scope = {}) {
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("client_id"), clientId},
                                          {QStringLiteral("refresh_token"), refreshToken}};
    if (!scope.isEmpty())
        fields.append({QStringLiteral("scope"), scope});
    return postForm(sim, QStringLiteral("/organizations/oauth2/v2.0/token"), fields);
}

inline int firstErrorCode(const testsupport::HttpReply &reply) {
    return reply.json().value(QStringLiteral("error_codes")).toArray().at(0).toInt();
}

} // namespace identitytest
