#pragma once

// Small pieces of the scripted setup in tst_sim_contract.cpp: what a Graph client and a browser would send,
// written out by hand so that the script talks raw HTTP.
#include "SimFixture.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>
#include <functional>

namespace setupscript {

using testsupport::HttpReply;

inline QString describe(const HttpReply &reply)
{
    return QStringLiteral("HTTP %1 %2 %3")
        .arg(reply.status)
        .arg(reply.networkError, QString::fromUtf8(reply.body.left(600)));
}

// Asks until the answer is the expected one or the time is up, as a Graph client waits for replication
// (https://learn.microsoft.com/graph/application-saml-sso-configure-api): a wait on the condition itself
// (QTest::qWaitFor asks again as soon as the event loop has turned), no fixed pause between the asks.
inline HttpReply pollUntil(const std::function<HttpReply()> &ask,
                           const std::function<bool(const HttpReply &)> &done, int timeoutMs = 60000)
{
    HttpReply reply = ask();
    if (!done(reply))
        (void)QTest::qWaitFor( // on time out the last answer tells the caller what was seen
            [&] {
                reply = ask();
                return done(reply);
            },
            timeoutMs);
    return reply;
}

// One request of a JSON batch (https://learn.microsoft.com/graph/json-batching); a body comes with its
// Content-Type header, as Graph requires.
inline QJsonObject item(const QString &id, const QString &method, const QString &url,
                        const QJsonObject &body = {})
{
    QJsonObject o{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (!body.isEmpty()) {
        o.insert(QStringLiteral("headers"),
                 QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
        o.insert(QStringLiteral("body"), body);
    }
    return o;
}

// The portal's "Certificate (Base64)" download: the DER in Base64, 64 characters a line (B5).
inline QString pem(const QString &base64Der)
{
    QString text = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype i = 0; i < base64Der.size(); i += 64)
        text += base64Der.mid(i, 64) + u'\n';
    return text + QStringLiteral("-----END CERTIFICATE-----\n");
}

inline QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &[name, value] : fields)
        q.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return q.toString(QUrl::FullyEncoded).toUtf8();
}

inline QByteArray multipartFile(const QByteArray &boundary, const QByteArray &field, const QString &fileName,
                                const QByteArray &data)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" +
           fileName.toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n--" +
           boundary + "--\r\n";
}

} // namespace setupscript
