#pragma once

// Internal to ScimProbe: the one place that turns what the probe saw (name lookup, TCP, TLS, the SCIM
// answers of RFC 7644, https://www.rfc-editor.org/rfc/rfc7644#section-3.12) into a cause and a fix.

#include "core/UserMessage.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace insightly::scimprobe {

// One HTTP exchange as the probe saw it.
struct HttpAnswer {
    int status = 0; // 0 = no HTTP answer
    QByteArray contentType;
    QByteArray body;
    QUrl redirectTarget;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    bool timedOut = false;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    bool answered() const { return status != 0; }
    bool isJson() const; // application/scim+json or application/json (or another +json type)
};

UserMessage hostNotFound(const QString &host, const QString &detail);
UserMessage connectionRefused(const QString &host, quint16 port);
UserMessage noAnswerInTime(const QString &host, qint64 timeoutMs);
UserMessage networkError(const QString &host, const QString &detail);
UserMessage notEncrypted(const QUrl &base);
UserMessage tlsFailure(const QString &host, const QList<QSslError> &errors,
                       const QSslCertificate &certificate);
UserMessage tlsHandshake(const QString &host, const QString &detail);

// The cause and fix for an HTTP exchange that is not a success (no answer, or an error status) with `url`.
UserMessage httpFailure(const HttpAnswer &answer, const QUrl &url, qint64 timeoutMs);
UserMessage notScim(const HttpAnswer &answer);
UserMessage unexpectedUsers(int totalResults);

// "Subject …, issued by …, valid until … (N days left)".
QString describeCertificate(const QSslCertificate &certificate);
// "HTTP 200, application/scim+json, 123 ms".
QString describeAnswer(const HttpAnswer &answer);

} // namespace insightly::scimprobe
