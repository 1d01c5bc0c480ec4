#include "UnresponsiveServers.h"

#include <QTcpSocket>

namespace testsupport {

quint16 refusingLoopbackPort()
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = closed.serverPort();
    closed.close();
    return port;
}

SilentServer::SilentServer()
{
    // The accepted sockets are children of m_server: they stay open, unread, until the server is destroyed.
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (m_server.nextPendingConnection())
            ++m_held;
    });
}

QUrl SilentServer::scimUrl() const
{
    return loopbackScimUrl(port());
}

QUrl loopbackScimUrl(quint16 port)
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(port));
}

} // namespace testsupport
