#include "ScriptedHttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RecordedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QString::fromLatin1(q < 0 ? target : target.left(q));
}

ScriptedReply ScriptedReply::json(int status, const QJsonObject &body)
{
    ScriptedReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

ScriptedReply ScriptedReply::graphError(int status, const QString &code, const QString &message,
                                        const QByteArray &requestId)
{
    const QJsonObject inner{{QStringLiteral("request-id"), QString::fromLatin1(requestId)},
                            {QStringLiteral("date"), QStringLiteral("2026-01-01T00:00:00")}};
    ScriptedReply r = json(
        status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("message"), message},
                                                                  {QStringLiteral("innerError"), inner}}}});
    if (!requestId.isEmpty())
        r.headers.append(qMakePair(QByteArray("request-id"), requestId));
    return r;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    });
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            disconnect(socket, nullptr, this, nullptr);
            delete socket.data();
        }
    }
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int ScriptedHttpServer::openConnections() const
{
    int n = 0;
    for (const auto &socket : m_sockets)
        n += (socket && socket->state() == QAbstractSocket::ConnectedState) ? 1 : 0;
    return n;
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3)
            qFatal("ScriptedHttpServer: bad request line %s", lines.first().constData());
        request.method = requestLine[0];
        request.target = requestLine[1];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
        requests.append(request);
        if (!m_handler)
            qFatal("ScriptedHttpServer: no handler for %s %s", request.method.constData(),
                   request.target.constData());
        respond(socket, m_handler(request));
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ScriptedReply &reply)
{
    switch (reply.kind) {
    case ScriptedReply::Kind::Hang:
        return;
    case ScriptedReply::Kind::Reset:
        // Part of an answer, then the connection drops: the client can't resend it on its own.
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"partial\":");
        socket->flush();
        socket->abort();
        return;
    case ScriptedReply::Kind::Respond:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
    socket->write(out);
}
