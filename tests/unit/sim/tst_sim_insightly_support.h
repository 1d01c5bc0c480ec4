// Shared by the tests of the simulated Insightly instance: directory users for the seed, the admin's browser
// session, multipart uploads, reading element ids out of the pages.
#pragma once

#include "Certificates.h"
#include "SimFixture.h"
#include "XmlDsig.h"

#include <QDateTime>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QUrlQuery>

namespace insightlytest {

inline const QString kPassword = QStringLiteral("demo");

// Directory users for the Insightly seed to mirror, in case the directory module seeds none of its own.
inline void addDirectoryUsers(sim::SimServer &server, int count = 10) {
    static const char *const names[][2] = {
        {"Pat", "Lee"},      {"Megan", "Bowen"},  {"Isaiah", "Langer"}, {"Lidia", "Holloway"},
        {"Nestor", "Wilke"}, {"Joni", "Sherman"}, {"Lynne", "Robbins"}, {"Diego", "Siciliani"},
        {"Grady", "Archie"}, {"Adele", "Vance"},  {"Miriam", "Graham"}, {"Henrietta", "Mueller"}};
    for (int i = 0; i < count && i < int(std::size(names)); ++i) {
        sim::DirectoryUser u;
        u.id = server.newGuid();
        u.givenName = QString::fromLatin1(names[i][0]);
        u.surname = QString::fromLatin1(names[i][1]);
        u.displayName = u.givenName + u' ' + u.surname;
        u.userPrincipalName = (u.givenName + u'.' + u.surname).toLower() + QStringLiteral("@contoso.example");
        u.mail = u.userPrincipalName;
        server.world().directory.addUser(u);
    }
}

inline sim::SimOptions options() {
    sim::SimOptions o;
    o.password = kPassword;
    o.seedUsers = 10;
    return o;
}

// Starts the fixture with directory users added first.
inline bool start(testsupport::SimFixture &fixture, QString *error) {
    addDirectoryUsers(fixture.server());
    return fixture.start(error);
}

inline void forgetCookies(testsupport::SimFixture &fixture) {
    fixture.network().setCookieJar(new QNetworkCookieJar);
}

inline QByteArray form(const QList<QPair<QString, QString>> &fields) {
    QUrlQuery q;
    for (const auto &f : fields)
        q.addQueryItem(f.first, QString::fromUtf8(QUrl::toPercentEncoding(f.second)));
    return q.toString(QUrl::FullyEncoded).toUtf8();
}

inline testsupport::HttpReply postForm(testsupport::SimFixture &fixture, const QString &path,
                                       const QList<QPair<QString, QString>> &fields) {
    return fixture.request("POST", path, form(fields),
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
}

// Signs in with Insightly's own password form; the fixture's cookie jar keeps the session.
inline testsupport::HttpReply signIn(testsupport::SimFixture &fixture, const QString &email,
                                     const QString &password = kPassword) {
    return postForm(fixture, QStringLiteral("/User/Login"),
                    {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

inline QByteArray multipartBody(const QByteArray &boundary, const QString &fileName, const QByteArray &data,
                                const QByteArray &fieldName = "certificate") {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldName + "\"; filename=\"" +
           fileName.toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n--" +
           boundary + "--\r\n";
}

inline testsupport::HttpReply upload(testsupport::SimFixture &fixture, const QString &fileName,
                                     const QByteArray &data) {
    const QByteArray boundary = "----WebKitFormBoundaryX3bY8rQp1Tz";
    return fixture.request("POST", QStringLiteral("/settings/Saml/Certificate"),
                           multipartBody(boundary, fileName, data),
                           {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
}

inline testsupport::HttpReply save(testsupport::SimFixture &fixture, bool enforce, bool scim) {
    QList<QPair<QString, QString>> fields;
    if (enforce)
        fields.append({QStringLiteral("enforceSaml"), QStringLiteral("true")});
    if (scim)
        fields.append({QStringLiteral("enableScim"), QStringLiteral("true")});
    return postForm(fixture, QStringLiteral("/settings/Saml"), fields);
}

// The `value` attribute of <input id="…">, or the text content of another element with that id.
inline QString elementText(const QByteArray &html, const QString &id) {
    const QString page = QString::fromUtf8(html);
    const QRegularExpression input(
        QStringLiteral("<input[^>]*\\bid=\"%1\"[^>]*\\bvalue=\"([^\"]*)\"").arg(id));
    if (const auto m = input.match(page); m.hasMatch())
        return m.captured(1)
            .replace(QLatin1String("&amp;"), QLatin1String("&"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""));
    const QRegularExpression element(QStringLiteral("<(\\w+)[^>]*\\bid=\"%1\"[^>]*>(.*?)</\\1>").arg(id),
                                     QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = element.match(page); m.hasMatch())
        return m.captured(2)
            .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return {};
}

inline bool hasElement(const QByteArray &html, const QString &id) {
    return html.contains(QStringLiteral("id=\"%1\"").arg(id).toUtf8());
}

inline sim::GeneratedCertificate
makeCertificate(const QString &name = QStringLiteral("Microsoft Azure Federated SSO Certificate")) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return sim::generateSelfSignedCertificate(name, now.addDays(-1), now.addYears(3));
}

// Signs in as the admin, uploads `certificate` (PEM) and saves with the given options. Returns the settings
// page.
inline testsupport::HttpReply configure(testsupport::SimFixture &fixture, const QByteArray &certificatePem,
                                        bool enforce, bool scim) {
    signIn(fixture, QStringLiteral("admin@contoso.example"));
    upload(fixture, QStringLiteral("Insightly SAML.cer"), certificatePem);
    save(fixture, enforce, scim);
    return fixture.request("GET", QStringLiteral("/settings/Saml"));
}

} // namespace insightlytest
