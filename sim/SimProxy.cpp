#include "SimProxy.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QUrl>

namespace sim {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

} // namespace

bool isLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

void SimProxyServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_heads.insert(socket, {});
    connect(socket, &QIODevice::readyRead, this, [this, socket] { readHead(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        m_heads.remove(socket);
        socket->deleteLater();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        // A client that refuses the certificate ends the handshake here; no HTTP request was read.
        m_heads.remove(socket);
        socket->abort();
        socket->deleteLater();
    });
}

void SimProxyServer::refuse(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message)
{
    const QByteArray body = message.toUtf8() + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void SimProxyServer::readHead(QSslSocket *socket)
{
    QByteArray &buffer = m_heads[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHead) {
            disconnect(socket, &QIODevice::readyRead, this, nullptr);
            refuse(socket, 431, "Request Header Fields Too Large",
                   QStringLiteral("The request head is too large."));
        }
        return;
    }
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    const QByteArray head = buffer.left(end);
    const QByteArray rest = buffer.mid(end + 4);
    m_heads.remove(socket);

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        refuse(socket, 400, "Bad Request",
               QStringLiteral("This is an HTTP proxy; the request line is malformed."));
        return;
    }
    const QByteArray method = requestLine[0];
    const QByteArray target = requestLine[1];

    if (method == "CONNECT") {
        // authority-form: host:port ([v6]:port)
        const qsizetype colon = target.lastIndexOf(':');
        bool ok = false;
        const quint16 port = colon > 0 ? target.mid(colon + 1).toUShort(&ok) : 0;
        const QString host = QString::fromLatin1(target.left(colon)).toLower();
        if (!ok || host.isEmpty()) {
            refuse(socket, 400, "Bad Request", QStringLiteral("CONNECT needs host:port."));
            return;
        }
        if (isLoopbackHost(host)) {
            relay(socket, host, port, rest, "HTTP/1.1 200 Connection Established\r\n\r\n");
            return;
        }
        if (port != 443 || !isServed || !isServed(host)) {
            refuse(socket, 403, "Forbidden",
                   QStringLiteral("The simulated world does not serve %1:%2; nothing leaves this machine.")
                       .arg(host)
                       .arg(port));
            return;
        }
        socket->write("HTTP/1.1 200 Connection Established\r\n\r\n");
        startTls(socket, host);
        return;
    }

    // absolute-form, as a client sends plain HTTP through a proxy: only loopback targets are relayed.
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty() ||
        !isLoopbackHost(url.host())) {
        refuse(socket, 403, "Forbidden",
               QStringLiteral(
                   "The simulated world serves its hosts over https only (CONNECT host:443); it relays "
                   "plain HTTP to loopback addresses only. Nothing leaves this machine."));
        return;
    }
    QByteArray originForm = url.path(QUrl::FullyEncoded).toLatin1();
    if (originForm.isEmpty())
        originForm = "/";
    if (url.hasQuery())
        originForm += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray forwarded = method + ' ' + originForm + ' ' + requestLine[2] + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray name = lines[i].left(lines[i].indexOf(':')).trimmed().toLower();
        if (name == "connection" || name == "proxy-connection" || name == "proxy-authorization" ||
            name == "keep-alive")
            continue;
        forwarded += lines[i] + "\r\n";
    }
    // One request per relayed connection: the client opens a new one for the next request.
    forwarded += "Connection: close\r\n\r\n" + rest;
    relay(socket, url.host(), quint16(url.port(80)), forwarded, {});
}

void SimProxyServer::startTls(QSslSocket *socket, const QString &host)
{
    const TlsIdentity identity = identityFor ? identityFor(host) : TlsIdentity();
    if (identity.isNull()) {
        socket->abort();
        return;
    }
    socket->setProperty("simHost", host);
    socket->setLocalCertificate(identity.certificate);
    socket->setPrivateKey(identity.key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { handOver(socket); });
    socket->startServerEncryption();
}

void SimProxyServer::handOver(QSslSocket *socket)
{
    // From now on the HTTP server owns the connection's reading and closing.
    disconnect(socket, nullptr, this, nullptr);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
    emit newConnection();
    // Data decrypted before the HTTP server listened would otherwise wait for the next packet.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

void SimProxyServer::relay(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &toTarget,
                           const QByteArray &toClientWhenConnected)
{
    disconnect(client, nullptr, this, nullptr);
    connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
    auto *target = new QTcpSocket(client);
    target->setProxy(QNetworkProxy::NoProxy); // never through an application proxy (which may be this one)
    QString address = host;
    if (address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QStringLiteral("127.0.0.1");
    if (address.startsWith(u'['))
        address = address.mid(1, address.size() - 2);
    auto connected = std::make_shared<bool>(false);
    connect(target, &QAbstractSocket::connected, client,
            [client, target, toTarget, toClientWhenConnected, connected] {
                *connected = true;
                if (!toClientWhenConnected.isEmpty())
                    client->write(toClientWhenConnected);
                target->write(toTarget);
                if (client->bytesAvailable() > 0)
                    target->write(client->readAll());
            });
    connect(client, &QIODevice::readyRead, target, [client, target, connected] {
        if (*connected)
            target->write(client->readAll());
    });
    connect(target, &QIODevice::readyRead, client, [client, target] { client->write(target->readAll()); });
    connect(target, &QAbstractSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(client, &QAbstractSocket::disconnected, target, [target] { target->disconnectFromHost(); });
    connect(target, &QAbstractSocket::errorOccurred, client,
            [client, connected](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError)
                    return; // handled by disconnected
                if (!*connected)
                    refuse(client, 502, "Bad Gateway",
                           QStringLiteral("Nothing listens on that loopback port."));
                else
                    client->disconnectFromHost();
            });
    target->connectToHost(QHostAddress(address), port);
}

} // namespace sim
