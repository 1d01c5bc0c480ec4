#pragma once

// A minimal SCIM 2.0 service provider for the provisioning tests: it records every request and keeps Users in
// memory. It accepts one bearer token; others get 401. Only what Entra's provisioning service uses is there:
// GET /Users?filter=userName eq "…", POST /Users, PATCH /Users/{id} (Replace ops).
#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace appstest {

struct RecordedScimRequest {
    QByteArray method;
    QString path;
    QString filter;
    QByteArray authorization;
    QJsonObject body;
};

class ScimTestDouble : public QAbstractHttpServer {
public:
    QString token = QStringLiteral("good-token");
    int listStatusOverride = 0; // answer the user list with this status instead (e.g. 404, 500)
    QList<RecordedScimRequest> requests;
    QHash<QString, QJsonObject> users; // id -> SCIM User

    quint16 start() { return m_port = listen(QHostAddress::LocalHost, 0); }
    QString baseAddress() const { return QStringLiteral("http://127.0.0.1:%1/scim").arg(m_port); }

    QList<RecordedScimRequest> requestsWith(const QByteArray &method) const {
        QList<RecordedScimRequest> out;
        for (const RecordedScimRequest &r : requests)
            if (r.method == method)
                out.append(r);
        return out;
    }
    QJsonObject userByName(const QString &userName) const {
        for (const QJsonObject &u : users)
            if (u.value(QStringLiteral("userName")).toString().compare(userName, Qt::CaseInsensitive) == 0)
                return u;
        return {};
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        RecordedScimRequest recorded;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            recorded.method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            recorded.method = "POST";
            break;
        case QHttpServerRequest::Method::Patch:
            recorded.method = "PATCH";
            break;
        case QHttpServerRequest::Method::Delete:
            recorded.method = "DELETE";
            break;
        default:
            recorded.method = "OTHER";
            break;
        }
        recorded.path = request.url().path();
        recorded.filter =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        for (const auto &h : request.headers())
            if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                recorded.authorization = h.second;
        recorded.body = QJsonDocument::fromJson(request.body()).object();
        requests.append(recorded);

        QHttpServerResponder responder = makeResponder(request, socket);
        if (recorded.authorization != "Bearer " + token.toUtf8()) {
            reply(responder, 401, error(401, QStringLiteral("Authorization failure. The token is invalid.")));
            return true;
        }
        if (recorded.path == QLatin1String("/scim/Users") && recorded.method == "GET") {
            if (listStatusOverride) {
                reply(responder, listStatusOverride, error(listStatusOverride, QStringLiteral("overridden")));
                return true;
            }
            static const QRegularExpression byName(QStringLiteral("^userName eq \"(.*)\"$"));
            const QRegularExpressionMatch m = byName.match(recorded.filter);
            QJsonArray found;
            if (m.hasMatch() && !userByName(m.captured(1)).isEmpty())
                found.append(userByName(m.captured(1)));
            reply(responder, 200,
                  QJsonObject{
                      {QStringLiteral("schemas"),
                       QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
                      {QStringLiteral("totalResults"), found.size()},
                      {QStringLiteral("Resources"), found},
                      {QStringLiteral("startIndex"), 1},
                      {QStringLiteral("itemsPerPage"), found.size()}});
            return true;
        }
        if (recorded.path == QLatin1String("/scim/Users") && recorded.method == "POST") {
            if (!userByName(recorded.body.value(QStringLiteral("userName")).toString()).isEmpty()) {
                reply(responder, 409, error(409, QStringLiteral("userName already exists")));
                return true;
            }
            QJsonObject user = recorded.body;
            user.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            users.insert(user.value(QStringLiteral("id")).toString(), user);
            reply(responder, 201, user);
            return true;
        }
        if (recorded.path.startsWith(QLatin1String("/scim/Users/")) && recorded.method == "PATCH") {
            const QString id = recorded.path.mid(12);
            if (!users.contains(id)) {
                reply(responder, 404, error(404, QStringLiteral("no such user")));
                return true;
            }
            QJsonObject user = users.value(id);
            for (const QJsonValue &v : recorded.body.value(QStringLiteral("Operations")).toArray()) {
                const QJsonObject op = v.toObject();
                const QString path = op.value(QStringLiteral("path")).toString();
                if (path == QLatin1String("active"))
                    user.insert(path, op.value(QStringLiteral("value"))
                                              .toString()
                                              .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
                else if (path.startsWith(QLatin1String("name."))) {
                    QJsonObject name = user.value(QStringLiteral("name")).toObject();
                    name.insert(path.mid(5), op.value(QStringLiteral("value")));
                    user.insert(QStringLiteral("name"), name);
                } else if (!path.contains(u'['))
                    user.insert(path, op.value(QStringLiteral("value")));
            }
            users.insert(id, user);
            reply(responder, 200, user);
            return true;
        }
        reply(responder, 404, error(404, QStringLiteral("not found")));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    static QJsonObject error(int status, const QString &detail) {
        return QJsonObject{{QStringLiteral("schemas"),
                            QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")}},
                           {QStringLiteral("status"), QString::number(status)},
                           {QStringLiteral("detail"), detail}};
    }
    static void reply(QHttpServerResponder &responder, int status, const QJsonObject &body) {
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QByteArray("application/scim+json"), QHttpServerResponder::StatusCode(status));
    }
    quint16 m_port = 0;
};

} // namespace appstest
