#pragma once

#include <QObject>
#include <QUrl>

class QTcpServer;

namespace insightly {

// The system-browser sign-in's one-shot receiver: listens on 127.0.0.1 (any free port) for the OAuth redirect,
// answers the browser with a short "you can close this tab" page, and stops listening once a request carrying
// `code` or `error` arrived — not after the first connection, since browsers open sockets early and ask for
// /favicon.ico afterwards.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    bool listen();                 // false when no port could be opened
    QUrl redirectUri() const;      // http://127.0.0.1:PORT (register-free for public clients: Entra ignores the port)
    void close();

signals:
    void redirectReceived(const QUrl &url);

private:
    void onNewConnection();
    QTcpServer *m_server = nullptr;
};

} // namespace insightly
