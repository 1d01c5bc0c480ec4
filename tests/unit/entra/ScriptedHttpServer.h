#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

// A tiny HTTP/1.1 server for exact scripted sequences (429 then 200, resets, hangs). Fails loudly on what it
// cannot parse. Test-only.
struct RecordedRequest {
    QByteArray method;
    QByteArray target;                     // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 receivedAtMs = 0;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString path() const;
};

struct ScriptedReply {
    enum class Kind { Respond, Reset, Hang };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ScriptedReply json(int status, const QJsonObject &body);
    static ScriptedReply graphError(int status, const QString &code, const QString &message,
                                    const QByteArray &requestId = {});
    static ScriptedReply reset()
    {
        ScriptedReply r;
        r.kind = Kind::Reset;
        return r;
    }
    static ScriptedReply hang()
    {
        ScriptedReply r;
        r.kind = Kind::Hang;
        return r;
    }
    ScriptedReply &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const RecordedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;
    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<RecordedRequest> requests;
    int openConnections() const;

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedReply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
    qint64 m_startMs = 0;
};

