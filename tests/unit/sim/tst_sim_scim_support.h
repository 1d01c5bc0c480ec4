// Shared by the SCIM tests of the simulated Insightly: request bodies and a client that checks every answer's
// content type.
#pragma once

#include "tst_sim_insightly_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>
#include <utility>

namespace scimtest {

using testsupport::HttpReply;
using testsupport::SimFixture;

inline QJsonObject newUser(const QString &userName, const QString &given = QStringLiteral("Test"),
                           const QString &family = QStringLiteral("User"), const QString &externalId = {}) {
    QJsonObject u{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("active"), true},
        {QStringLiteral("displayName"), given + u' ' + family},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), given}, {QStringLiteral("familyName"), family}}},
        {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                          {QStringLiteral("type"), QStringLiteral("work")},
                                                          {QStringLiteral("value"), userName}}}}};
    if (!externalId.isEmpty())
        u.insert(QStringLiteral("externalId"), externalId);
    return u;
}

inline QJsonObject patchOp(const QJsonArray &operations) {
    return QJsonObject{{QStringLiteral("schemas"),
                        QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                       {QStringLiteral("Operations"), operations}};
}

inline QJsonObject op(const QString &name, const QString &path, const QJsonValue &value) {
    QJsonObject o{{QStringLiteral("op"), name}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

inline QString encoded(const QString &filter) {
    return QString::fromLatin1(QUrl::toPercentEncoding(filter));
}

// Calls the SCIM endpoint with the instance's token; remembers answers that lack application/scim+json.
struct ScimCalls {
    SimFixture *sim = nullptr;
    QByteArray token;
    QStringList wrongContentTypes;

    HttpReply scim(const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        QHash<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + token}};
        QByteArray payload;
        if (method == "POST" || method == "PUT" || method == "PATCH") {
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
            headers.insert("Content-Type", "application/scim+json");
        }
        const HttpReply r = sim->request(method, QStringLiteral("/scim/v2") + path, payload, headers);
        if (r.status != 204 && r.header("content-type") != "application/scim+json")
            wrongContentTypes.append(
                QStringLiteral("%1 %2: %3")
                    .arg(QString::fromLatin1(method), path, QString::fromLatin1(r.header("content-type"))));
        return r;
    }

    QString createUser(const QJsonObject &user) {
        const HttpReply r = scim("POST", QStringLiteral("/Users"), user);
        if (r.status != 201)
            qWarning("create failed: %d %s", r.status, r.body.constData());
        return r.json().value(QStringLiteral("id")).toString();
    }

    QJsonArray resources(const QString &query) {
        return scim("GET", QStringLiteral("/Users?") + query)
            .json()
            .value(QStringLiteral("Resources"))
            .toArray();
    }
};

// A fresh simulator with SCIM enabled the way the admin does it (settings page saved with the certificate and
// Enable SCIM), and `calls` pointed at it with the instance's token.
inline bool startWithScim(std::unique_ptr<SimFixture> &sim, ScimCalls &calls, const QByteArray &certificatePem,
                          QString *error) {
    sim = std::make_unique<SimFixture>(insightlytest::options());
    if (!insightlytest::start(*sim, error))
        return false;
    insightlytest::configure(*sim, certificatePem, false, true);
    calls = ScimCalls{sim.get(), sim->server().world().insightly.scimToken.toLatin1(), {}};
    if (calls.token.isEmpty()) {
        *error = QStringLiteral("no SCIM token after enabling SCIM");
        return false;
    }
    return true;
}

// Stops the simulator; returns the answers that lacked application/scim+json, for the test to fail on.
inline QStringList stopAndTakeWrongContentTypes(std::unique_ptr<SimFixture> &sim, ScimCalls &calls) {
    sim.reset();
    return std::exchange(calls.wrongContentTypes, {});
}

} // namespace scimtest
