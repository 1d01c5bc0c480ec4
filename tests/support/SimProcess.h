#pragma once

// The simulator as its own process (insightly-sso-sim): started with the given flags and waited for until it
// prints its three lines (base URL, proxy, CA). For benchmarks that measure the client's memory apart from
// the simulated world's (bench_assignments), start() then makes this process's network exactly as
// tests/e2e/crash_driver.cpp does it (the proxy as the application proxy, its CA trusted by Qt Network); a
// test that hands proxy() and caFile() to a process of its own instead (tst_e2e_crash) leaves it as it is.
// The helper calls (request()) go to the loopback base URL without a proxy; the code under test uses the
// production URLs through the proxy.
#include "ProcStatus.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrl>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace benchsupport {

class SimProcess
{
public:
    // Whether start() makes the simulator this process's network (application proxy, trusted CA).
    enum class Network { ThisProcess, Untouched };

    ~SimProcess() { stop(); }

    // Before start(): the simulator's standard error goes to this file instead of this process's.
    void setStandardErrorFile(const QString &path) { m_errorFile = path; }

    bool start(const QString &program, const QStringList &arguments, QString *error,
               Network network = Network::ThisProcess)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        if (m_errorFile.isEmpty())
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        else
            m_process.setStandardErrorFile(m_errorFile);
#ifdef Q_OS_LINUX
        // The simulator ends with the benchmark, even when a test timeout aborts it before stop().
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_process.start();
        // Its first three lines, printed once it listens: the base URL, the proxy, the CA.
        QStringList lines;
        const bool started = QTest::qWaitFor(
            [&] {
                while (m_process.canReadLine())
                    lines << QString::fromUtf8(m_process.readLine()).trimmed();
                return lines.size() >= 3 || m_process.state() == QProcess::NotRunning;
            },
            300000);
        if (!started || lines.size() < 3) {
            *error = QStringLiteral("the simulator did not start: ") + lines.join(u' ');
            return false;
        }
        m_base = QUrl(lines.at(0));
        m_proxy = lines.at(1).section(u' ', 1);
        m_caFile = lines.at(2).section(u' ', 1);
        m_loopback.setProxy(QNetworkProxy::NoProxy);
        if (network == Network::Untouched)
            return true;
        const QUrl proxy(m_proxy);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port())));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_caFile));
        QSslConfiguration::setDefaultConfiguration(ssl);
        m_ownsNetwork = true;
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(10000);
        if (m_ownsNetwork)
            QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        m_ownsNetwork = false;
    }

    QString pid() const { return QString::number(m_process.processId()); }
    long peakKiB() const
    {
        return procStatusKiB("VmHWM", pid());
    }
    QUrl baseUrl() const { return m_base; }
    // Its proxy (http://host:port) and the file of its CA, as it printed them.
    QString proxy() const
    {
        return m_proxy;
    }
    QString caFile() const
    {
        return m_caFile;
    }

    // A request to the loopback base URL (`path` may carry a query, or be an absolute URL of the
    // simulator's): the status (0 = no answer) and the JSON body.
    int request(const QByteArray &method, const QString &path, const QByteArray &body,
                const QHash<QByteArray, QByteArray> &headers, QJsonObject *json, int timeoutMs = 120000)
    {
        QUrl url = QUrl(path);
        if (url.isRelative())
            url = m_base.resolved(QUrl(path));
        else
            url = m_base.resolved(QUrl(url.path() + (url.hasQuery() ? u'?' + url.query() : QString())));
        QNetworkRequest req(url);
        req.setTransferTimeout(timeoutMs);
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            req.setRawHeader(it.key(), it.value());
        QNetworkReply *reply = m_loopback.sendCustomRequest(req, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs + 5000))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (json)
            *json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return status;
    }

private:
    QProcess m_process;
    QUrl m_base;
    QString m_proxy;
    QString m_caFile;
    QString m_errorFile;
    bool m_ownsNetwork = false;
    QNetworkAccessManager m_loopback;
};

} // namespace benchsupport
