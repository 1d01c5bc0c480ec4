// A client of the simulated world as a machine on a corporate network sees it: every request through the
// simulator's HTTP proxy, trusting only the simulator's CA (per-request SSL configuration, so that nothing
// depends on the process-wide defaults).
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>
#include <QUrl>

namespace proxytest {

struct Reply {
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;
    QSslCertificate peerCertificate;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Client
{
public:
    Client(const QUrl &proxy, const QSslCertificate &ca)
        : m_ca(ca)
    {
        m_network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port())));
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    QNetworkAccessManager &network() { return m_network; }

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_ca});
        request.setSslConfiguration(ssl);
        request.setTransferTimeout(30000);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        Reply result;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&result](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                result.sslErrors.append(e.error()); // never ignored: TLS errors fail closed
        });
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 35000)) {
            reply->abort();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        result.peerCertificate = reply->sslConfiguration().peerCertificate();
        reply->deleteLater();
        return result;
    }
    Reply get(const QString &url) { return send("GET", QUrl(url)); }

private:
    QNetworkAccessManager m_network;
    QSslCertificate m_ca;
};

// The request log, one JSON object per line.
inline QList<QJsonObject> readLog(const QString &path)
{
    QList<QJsonObject> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    return entries;
}

} // namespace proxytest
