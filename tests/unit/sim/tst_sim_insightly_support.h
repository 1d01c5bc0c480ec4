// Shared by the tests of the simulated Insightly instance: directory users for the seed, the admin's browser
// session, multipart uploads, reading the pages as a person does (by captions, not ids).
#pragma once

#include "Certificates.h"
#include "SimFixture.h"
#include "XmlDsig.h"

#include <QDateTime>
#include <QHash>
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
    fixture.forgetCookies();
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

// The simulated Insightly's pages carry no stable ids (they change with every render), as the real product
// gives the wizard nothing to rely on. Tests find what a person reads: a field by its caption, a certificate
// detail by its term, a message by its look, a button by its text. `key` names the thing (the names are the
// tests' own).
struct PageFinder {
    enum Kind { Label, Checkbox, Term, Class, Main, AfterText, Button, Form, Text } kind;
    QString what;
};

inline const QHash<QString, PageFinder> &pageFinders() {
    static const QHash<QString, PageFinder> finders{
        {QStringLiteral("signInPageUrl"), {PageFinder::Label, QStringLiteral("Sign-in page URL")}},
        {QStringLiteral("scimEndpoint"), {PageFinder::Label, QStringLiteral("SCIM endpoint")}},
        {QStringLiteral("scimToken"), {PageFinder::Label, QStringLiteral("Token")}},
        {QStringLiteral("email"), {PageFinder::Label, QStringLiteral("Email")}},
        {QStringLiteral("password"), {PageFinder::Label, QStringLiteral("Password")}},
        {QStringLiteral("certificateFile"), {PageFinder::Label, QStringLiteral("Certificate (Base64")}},
        {QStringLiteral("enforceSaml"), {PageFinder::Checkbox, QStringLiteral("Enforce SAML Login")}},
        {QStringLiteral("enableScim"), {PageFinder::Checkbox, QStringLiteral("Enable SCIM Provisioning")}},
        {QStringLiteral("uploadedThumbprint"), {PageFinder::Term, QStringLiteral("Thumbprint")}},
        {QStringLiteral("uploadedSubject"), {PageFinder::Term, QStringLiteral("Subject")}},
        {QStringLiteral("uploadedFileName"), {PageFinder::Term, QStringLiteral("File")}},
        {QStringLiteral("uploadedExpiry"), {PageFinder::Term, QStringLiteral("Expires")}},
        {QStringLiteral("samlError"), {PageFinder::Class, QStringLiteral("error")}},
        {QStringLiteral("loginError"), {PageFinder::Class, QStringLiteral("error")}},
        {QStringLiteral("settingsError"), {PageFinder::Class, QStringLiteral("error")}},
        {QStringLiteral("accessDenied"), {PageFinder::Class, QStringLiteral("error")}},
        {QStringLiteral("settingsMessage"), {PageFinder::Class, QStringLiteral("notice")}},
        {QStringLiteral("dashboard"), {PageFinder::Main, QString()}},
        {QStringLiteral("signedInEmail"), {PageFinder::AfterText, QStringLiteral("signed in to Insightly as ")}},
        {QStringLiteral("login"), {PageFinder::Button, QStringLiteral("Sign In")}},
        {QStringLiteral("upload"), {PageFinder::Button, QStringLiteral("Upload")}},
        {QStringLiteral("save"), {PageFinder::Button, QStringLiteral("Save")}},
        {QStringLiteral("regenerateToken"), {PageFinder::Button, QStringLiteral("Regenerate")}},
        {QStringLiteral("loginForm"), {PageFinder::Form, QStringLiteral("/User/Login")}},
        {QStringLiteral("noCertificate"), {PageFinder::Text, QStringLiteral("No certificate has been uploaded.")}},
    };
    return finders;
}

inline QString pageText(QString fragment) {
    return fragment.remove(QRegularExpression(QStringLiteral("<[^>]*>")))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The whole <input …> tag of a captioned field or checkbox, "" when there is none.
inline QString inputTag(const QByteArray &html, const QString &key) {
    const QString page = QString::fromUtf8(html);
    const PageFinder f = pageFinders().value(key, {PageFinder::Text, key});
    const QString caption = QRegularExpression::escape(f.what);
    if (f.kind == PageFinder::Label) {
        const QRegularExpression label(QStringLiteral("<label for=\"([^\"]+)\">%1").arg(caption));
        const auto m = label.match(page);
        if (!m.hasMatch())
            return {};
        const QRegularExpression input(
            QStringLiteral("<(input|textarea|select)[^>]*\\bid=\"%1\"[^>]*>").arg(QRegularExpression::escape(m.captured(1))));
        return input.match(page).captured(0);
    }
    if (f.kind == PageFinder::Checkbox) {
        const QRegularExpression box(QStringLiteral("<label[^>]*>\\s*(<input[^>]*>)\\s*%1").arg(caption));
        return box.match(page).captured(1);
    }
    return {};
}

inline QString elementText(const QByteArray &html, const QString &key) {
    const QString page = QString::fromUtf8(html);
    const PageFinder f = pageFinders().value(key, {PageFinder::Text, key});
    const QString what = QRegularExpression::escape(f.what);
    auto first = [&page](const QString &pattern, int group) {
        const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
        const auto m = re.match(page);
        return m.hasMatch() ? pageText(m.captured(group)) : QString();
    };
    switch (f.kind) {
    case PageFinder::Label:
    case PageFinder::Checkbox: {
        const QString tag = inputTag(html, key);
        const QRegularExpression value(QStringLiteral("\\bvalue=\"([^\"]*)\""));
        return pageText(value.match(tag).captured(1));
    }
    case PageFinder::Term:
        return first(QStringLiteral("<dt>%1</dt><dd[^>]*>(.*?)</dd>").arg(what), 1);
    case PageFinder::Class:
        return first(QStringLiteral("<(\\w+)[^>]*\\bclass=\"%1\"[^>]*>(.*?)</\\1>").arg(what), 2);
    case PageFinder::Main:
        return first(QStringLiteral("<main>(.*?)</main>"), 1);
    case PageFinder::AfterText:
        return first(QStringLiteral("%1<(\\w+)[^>]*>(.*?)</\\1>").arg(what), 2);
    case PageFinder::Button:
        return first(QStringLiteral("<button[^>]*>(%1)</button>").arg(what), 1);
    case PageFinder::Form:
        return first(QStringLiteral("<form[^>]*\\baction=\"(%1)\"").arg(what), 1);
    case PageFinder::Text:
        return page.contains(f.what) ? f.what : QString();
    }
    return {};
}

inline bool hasElement(const QByteArray &html, const QString &key) {
    const PageFinder f = pageFinders().value(key, {PageFinder::Text, key});
    if (f.kind == PageFinder::Label || f.kind == PageFinder::Checkbox)
        return !inputTag(html, key).isEmpty();
    return !elementText(html, key).isEmpty();
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
