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

// Polls like a Graph client waiting for replication (entra-insightly.md B2, B12): ask, and ask again a little
// later, until the answer is the expected one or the time is up.
inline HttpReply pollUntil(const std::function<HttpReply()> &ask,
                           const std::function<bool(const HttpReply &)> &done, int timeoutMs = 60000)
{
    const QDeadlineTimer deadline(timeoutMs);
    HttpReply reply = ask();
    while (!done(reply) && !deadline.hasExpired()) {
        QTest::qWait(250);
        reply = ask();
    }
    return reply;
}

// One request of a JSON batch (B10); a body comes with its Content-Type header, as Graph requires.
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
