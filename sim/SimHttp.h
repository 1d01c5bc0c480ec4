#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace sim {

// One HTTP request as the simulator's handlers see it: copied out of QHttpServerRequest so that it can
// outlive the socket callback (latency) and be built by hand ($batch items, tests).
struct Request {
    QByteArray method;                     // "GET", "POST", …
    QUrl url;                              // path + query, as received (no scheme/host)
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QStringList captures; // the route's regular-expression captures (1…n)
    QString remoteAddress;
    bool viaBatch = false; // an item of a Graph $batch
    // The host the client reached through the simulator's proxy (CONNECT host:443, then TLS), lower-case;
    // empty when it came directly to the loopback base URL.
    QString tlsHost;

    // The origin the client used: "https://graph.microsoft.com" via the proxy, "http://127.0.0.1:PORT" (from
    // the Host header) directly. Absolute URLs in answers start with this.
    QString origin() const;
    // origin() + path + query, as the request log records it.
    QString absoluteUrl() const;

    QString path() const { return url.path(QUrl::FullyDecoded); }
    QUrlQuery query() const { return QUrlQuery(url); }
    // A query item, fully decoded ('+' is a literal plus in Graph URLs, as in Graph).
    QString queryItem(const QString &name) const;
    bool hasQueryItem(const QString &name) const { return query().hasQueryItem(name); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString bearerToken() const; // "" when there is none
    // Body parsed as JSON object; ok=false when it is not a JSON object.
    QJsonObject jsonBody(bool *ok = nullptr) const;
    // Body parsed as application/x-www-form-urlencoded.
    QHash<QString, QString> formBody() const;
};

struct Response {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool resetConnection = false; // fault: close the socket without an answer
    // An answer known only later (the handler waits for another HTTP server, e.g. a SCIM endpoint): called
    // once with the function that sends the final answer. Only requests from a socket honour it, not $batch
    // items.
    std::function<void(std::function<void(Response)>)> deferred;

    Response &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray headerValue(const QByteArray &name) const;

    static Response json(int status, const QJsonObject &object);
    static Response json(int status, const QJsonArray &array);
    static Response html(int status, const QString &html);
    static Response text(int status, const QByteArray &text, const QByteArray &contentType = "text/plain");
    static Response redirect(const QUrl &location, int status = 302);
    static Response noContent();
};

// Escapes text for HTML pages the simulator renders.
QString htmlEscape(const QString &text);

} // namespace sim
