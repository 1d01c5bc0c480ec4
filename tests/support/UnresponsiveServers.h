#pragma once

#include <QTcpServer>
#include <QUrl>

namespace testsupport {

// What a SCIM connection test meets when the admin's endpoint is wrong in the network rather than in Insightly:
// nothing listening, or a server that accepts the connection and never answers.

// A loopback port that nothing listens on (a connection to it is refused); 0 when no port could be had.
quint16 refusingLoopbackPort();

// Listens on loopback, accepts every connection and never answers; holds the connections until destroyed.
class SilentServer
{
public:
    SilentServer();
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    // A SCIM endpoint on this server, https://127.0.0.1:<port>/scim/v2 (it never gets as far as TLS).
    QUrl scimUrl() const;
    // How many connections have been accepted (and are being held).
    int heldConnections() const { return m_held; }

private:
    QTcpServer m_server;
    int m_held = 0;
};

// https://127.0.0.1:<port>/scim/v2: a loopback address, reached without the proxy.
QUrl loopbackScimUrl(quint16 port);

} // namespace testsupport
