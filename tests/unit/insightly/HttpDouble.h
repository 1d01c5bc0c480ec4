// A tiny HTTP/1.1 server for tests of insightly/ network code: answers what a test's handler returns, can
// stay silent (a server that accepts and never answers), can speak TLS with a given certificate, and records
// requests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QStringList>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace testsupport {

struct DoubleRequest {
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    QString path() const { return QUrl(QString::fromLatin1(target)).path(); }
    QUrlQuery query() const { return QUrlQuery(QUrl(QString::fromLatin1(target))); }
};

struct DoubleResponse {
    int status = 200;
    QByteArray contentType = "application/scim+json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool silent = false; // accept the request and never answer

    static DoubleResponse json(int status, const QByteArray &body,
                               const QByteArray &type = "application/scim+json") {
        DoubleResponse r;
        r.status = status;
        r.body = body;
        r.contentType = type;
        return r;
    }
};

class HttpDouble : public QObject {
public:
    using Handler = std::function<DoubleResponse(const DoubleRequest &)>;

    // Without `tls`, the double serves what defaultTls() holds (plain http when that is empty too).
    explicit HttpDouble(Handler handler, const QSslConfiguration &tls = {})
        : m_handler(std::move(handler))
        , m_tls(!tls.localCertificate().isNull() || !defaultTls().localCertificate().isNull()) {
        if (m_tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(tls.localCertificate().isNull() ? defaultTls() : tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    // A test executable whose doubles stand for real (https) services sets this once.
    static QSslConfiguration &defaultTls() {
        static QSslConfiguration tls;
        return tls;
    }

    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path = {}, const QString &host = QStringLiteral("127.0.0.1")) const {
        QUrl u;
        u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        u.setHost(host);
        u.setPort(port());
        u.setPath(path);
        return u;
    }
    const QList<DoubleRequest> &requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void serve(QTcpSocket *socket) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            DoubleRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            m_requests << request;
            const DoubleResponse response = m_handler(request);
            if (response.silent)
                return;
            QByteArray raw = "HTTP/1.1 " + QByteArray::number(response.status) + " Answer\r\n";
            if (!response.contentType.isEmpty())
                raw += "Content-Type: " + response.contentType + "\r\n";
            for (const auto &[name, value] : response.headers)
                raw += name + ": " + value + "\r\n";
            raw += "Content-Length: " + QByteArray::number(response.body.size()) +
                   "\r\nConnection: close\r\n\r\n";
            socket->write(raw + response.body);
            socket->disconnectFromHost();
        });
    }

    Handler m_handler;
    bool m_tls = false;
    QTcpServer *m_server = nullptr;
    QList<DoubleRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};

// A company proxy in miniature: answers `CONNECT host:443` and then relays the bytes, whatever host was
// asked for, to 127.0.0.1:targetPort (an https HttpDouble whose certificate names that host), or answers 502
// when nothing listens there. Records the hosts asked for. Set as the application proxy, it lets production
// URLs (https://api.na1.insightly.com/…) reach a double.
class ConnectProxyDouble : public QObject {
public:
    ConnectProxyDouble() {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    void setTargetPort(quint16 port) { m_targetPort = port; }
    const QStringList &connectedHosts() const { return m_hosts; }

private:
    void accept(QTcpSocket *client) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, client, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("relayed").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> first = buffer->left(buffer->indexOf("\r\n")).split(' ');
            m_hosts << QString::fromLatin1(first.value(1));
            client->setProperty("relayed", true);
            auto *upstream = new QTcpSocket(client);
            upstream->setProxy(QNetworkProxy::NoProxy);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            });
            connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    return;
                client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        });
    }

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    QStringList m_hosts;
};

// A certificate and key made by `openssl req -x509` for `commonName`, with `subjectAltName` (e.g.
// "DNS:localhost,IP:127.0.0.1"). Returns a null configuration (and sets *error) when openssl fails.
inline QSslConfiguration selfSignedServerTls(const QString &commonName, const QString &subjectAltName,
                                             QString *error) {
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + subjectAltName});
    if (!openssl.waitForFinished(120000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return {};
    }
    const auto certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no certificate or key");
        return {};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.constFirst());
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    configuration.setPeerVerifyMode(
        QSslSocket::VerifyNone); // the server does not ask clients for certificates
    return configuration;
}

} // namespace testsupport
