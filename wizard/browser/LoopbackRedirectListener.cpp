#include "browser/LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace insightly {

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine(8192).trimmed(); // "GET /?code=… HTTP/1.1"
            const QList<QByteArray> parts = line.split(' ');
            QUrl url = redirectUri();
            if (parts.size() >= 2) {
                const QUrl target = QUrl::fromEncoded(parts.at(1));
                url.setPath(target.path());
                url.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
            }
            const QUrlQuery query(url);
            const bool isRedirect = query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error"));
            const QString title = QCoreApplication::translate("LoopbackRedirectListener", "Insightly SSO Setup");
            const QString body = isRedirect
                ? QCoreApplication::translate("LoopbackRedirectListener",
                                              "You can close this tab and return to Insightly SSO Setup.")
                : QString();
            const QByteArray html = QStringLiteral("<!doctype html><meta charset=utf-8><title>%1</title><p>%2</p>")
                                        .arg(title.toHtmlEscaped(), body.toHtmlEscaped())
                                        .toUtf8();
            socket->write("HTTP/1.1 " + QByteArray(isRedirect ? "200 OK" : "404 Not Found")
                          + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                          + "Content-Length: " + QByteArray::number(html.size()) + "\r\n\r\n" + html);
            socket->disconnectFromHost();
            if (isRedirect) {
                m_server->close();
                emit redirectReceived(url);
            }
        });
    }
}

} // namespace insightly
