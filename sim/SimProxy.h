#pragma once

#include "SimTls.h"

#include <QHash>
#include <QTcpServer>
#include <functional>

class QSslSocket;
class QTcpSocket;

namespace sim {

// The simulated world's HTTP proxy, as a corporate network has one. `CONNECT host:443` to a served host
// answers 200, then terminates TLS with a certificate for that host from the simulator's CA and hands the
// decrypted connection to the HTTP server (QAbstractHttpServer::bind) as if it had been accepted there; the
// socket carries the host in the property "simHost". CONNECT to a loopback address and absolute-form
// plain-HTTP requests to a loopback address are relayed unchanged (the loopback base URL and OAuth loopback
// redirects keep working behind an application proxy). Anything else is refused with 403: nothing leaves the
// machine.
class SimProxyServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit SimProxyServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
    }

    std::function<bool(const QString &host)> isServed;
    std::function<TlsIdentity(const QString &host)> identityFor;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void readHead(QSslSocket *socket);
    void startTls(QSslSocket *socket, const QString &host);
    void handOver(QSslSocket *socket);
    void relay(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &toTarget,
               const QByteArray &toClientWhenConnected);
    static void refuse(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message);

    QHash<QSslSocket *, QByteArray> m_heads; // bytes read before the request head was complete
};

// Whether `host` names this machine's loopback interface (127.0.0.0/8, ::1, localhost).
bool isLoopbackHost(const QString &host);

} // namespace sim
