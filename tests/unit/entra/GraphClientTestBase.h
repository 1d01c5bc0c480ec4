#pragma once
// The Graph client tests' shared rig: a scripted server, a network manager, a counting token provider and
// fast retry settings.
#include "EndpointsServedBy.h"
#include "ScriptedHttpServer.h"
#include "entra/GraphClient.h"

#include <QCoro/QCoroTask>
#include <QObject>

// Hands out "token-1", "token-2", … and records which tokens Graph rejected.
class CountingTokens : public insightly::entra::AccessTokenProvider
{
public:
    QCoro::Task<insightly::entra::AccessTokenResult> accessToken() override
    {
        insightly::entra::AccessTokenResult r;
        r.token = QStringLiteral("token-%1").arg(m_generation);
        co_return r;
    }
    void rejectAccessToken(const QString &token) override
    {
        rejected << token;
        ++m_generation;
    }
    QStringList rejected;

private:
    int m_generation = 1;
};

template <typename T> T await(QCoro::Task<T> &&task)
{
    return QCoro::waitFor(std::move(task));
}

class GraphClientTestBase : public QObject
{
protected:
    // Call from init() (inside QVERIFY-able context) and cleanup().
    bool setUpRig()
    {
        using namespace std::chrono_literals;
        m_server = new ScriptedHttpServer(this);
        m_network = new QNetworkAccessManager(this);
        m_tokens = CountingTokens();
        m_fastRetries = insightly::entra::RetryPolicy();
        m_fastRetries.initialBackoff = 10ms;
        m_fastRetries.maxBackoff = 50ms;
        m_fastRetries.consistencyInitial = 10ms;
        m_fastRetries.consistencyMax = 50ms;
        m_fastRetries.maxAttempts = 5;
        return m_server->listen();
    }
    void tearDownRig()
    {
        delete m_server;
        delete m_network;
    }
    insightly::entra::GraphClient *makeClient()
    {
        auto *client = new insightly::entra::GraphClient(
            m_network, endpointsServedBy(m_server->baseUrl()), &m_tokens,
            m_server);
        client->setRetryPolicy(m_fastRetries);
        return client;
    }

    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    CountingTokens m_tokens;
    insightly::entra::RetryPolicy m_fastRetries;
};
