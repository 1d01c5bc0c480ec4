#include "insightly/ScimProbe.h"

#include "insightly/ScimProbeHttp.h"
#include "insightly/ScimProbeMessages.h"

#include <QCoro/QCoroSignal>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcScimProbe, "insightly.insightly.scimprobe")

namespace insightly {

QString markOf(ScimCheckOutcome outcome)
{
    switch (outcome) {
    case ScimCheckOutcome::Passed:
        return QStringLiteral("\u2713");
    case ScimCheckOutcome::Failed:
        return QStringLiteral("\u2717");
    case ScimCheckOutcome::Skipped:
        break;
    }
    return QStringLiteral("\u2013");
}

using namespace scimprobe;

namespace {

// What a check waits for: its own completion, an error, or the admin's Cancel — whichever comes first — so
// that each check is one co_await with the per-check timeout.
class ProbeWait : public QObject
{
    Q_OBJECT
public:
    enum Event { Done = 1, Error, Cancelled };
Q_SIGNALS:
    void happened(int event);
};

QString skippedBecause(ScimCheckId failed)
{
    switch (failed) {
    case ScimCheckId::HostLookup:
        return ScimProbe::tr("Skipped: the host name could not be resolved.");
    case ScimCheckId::TcpConnect:
        return ScimProbe::tr("Skipped: no connection to the server.");
    case ScimCheckId::Tls:
        return ScimProbe::tr("Skipped: no trusted encrypted connection, so the token is not sent.");
    case ScimCheckId::ServiceProviderConfig:
    case ScimCheckId::UserLookup:
        break;
    }
    return ScimProbe::tr("Skipped: no answer to the previous request.");
}

QString proxyName(const QNetworkProxy &proxy)
{
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

} // namespace

bool ScimProbeReport::allPassed() const
{
    return !cancelled && !checks.isEmpty() &&
           std::all_of(checks.cbegin(), checks.cend(), [](const ScimCheck &c) { return c.passed(); }) &&
           check(ScimCheckId::UserLookup).passed();
}

const ScimCheck &ScimProbeReport::check(ScimCheckId id) const
{
    static const ScimCheck none;
    for (const ScimCheck &c : checks) {
        if (c.id == id)
            return c;
    }
    return none;
}

UserMessage ScimProbeReport::firstFailure() const
{
    for (const ScimCheck &c : checks) {
        if (c.failed())
            return c.failure;
    }
    return {};
}

ScimProbe::ScimProbe(QNetworkAccessManager *network, const ScimProbeOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{
}

ScimProbe::~ScimProbe() = default;

QString ScimProbe::title(ScimCheckId id)
{
    switch (id) {
    case ScimCheckId::HostLookup:
        return tr("Name lookup");
    case ScimCheckId::TcpConnect:
        return tr("Connection");
    case ScimCheckId::Tls:
        return tr("Secure connection (TLS)");
    case ScimCheckId::ServiceProviderConfig:
        return tr("SCIM service configuration");
    case ScimCheckId::UserLookup:
        return tr("User lookup as Entra's Test Connection does it");
    }
    return {};
}

void ScimProbe::cancel()
{
    m_cancelled = true;
    Q_EMIT cancelRequested();
}

QCoro::Task<ScimProbeReport> ScimProbe::run(QUrl base, QString token)
{
    m_cancelled = false;
    ScimProbeReport report;
    report.base = base;
    for (ScimCheckId id : {ScimCheckId::HostLookup, ScimCheckId::TcpConnect, ScimCheckId::Tls,
                           ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup}) {
        ScimCheck row;
        row.id = id;
        row.title = title(id);
        report.checks << row;
    }
    Target target;
    target.base = base;
    target.token = token;
    target.host = base.host();
    target.https = base.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0;
    target.port = quint16(base.port(target.https ? 443 : 80));
    // The proxy the network manager would use for this URL (application proxy or system configuration).
    for (const QNetworkProxy &proxy : QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(base))) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy) {
            target.proxy = proxy;
            break;
        }
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
            break;
    }
    qCInfo(lcScimProbe) << "Probing SCIM endpoint" << base.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);

    // Each step returns whether the following steps still make sense.
    auto finish = [&](int index) {
        ScimCheck &row = report.checks[index];
        if (m_cancelled && row.outcome == ScimCheckOutcome::Skipped && row.seen.isEmpty())
            row.seen = tr("Cancelled.");
        Q_EMIT checkFinished(row);
        return !m_cancelled && !row.failed();
    };
    int next = 0;
    bool goOn = true;
    if (!m_network) {
        goOn = false;
    } else {
        const ScimProbeHttp http(m_network, this, m_options.checkTimeout);
        co_await lookUpHost(target, report.checks[0]);
        goOn = finish(next++);
        if (goOn) {
            co_await connectTcp(target, report.checks[1]);
            goOn = finish(next++);
        }
        if (goOn) {
            co_await negotiateTls(target, report.checks[2]);
            goOn = finish(next++);
        }
        if (goOn) {
            // An HTTP error here (401, 404, HTML…) still leaves the user lookup meaningful; no answer does
            // not.
            goOn = co_await http.getServiceProviderConfig(target.base, target.token, report.checks[3]);
            finish(next++);
            goOn = goOn && !m_cancelled;
        }
        if (goOn) {
            co_await http.lookUpUser(target.base, target.token, report.checks[4]);
            finish(next++);
        }
    }
    const ScimCheckId stoppedAt = report.checks[qMax(0, next - 1)].id;
    for (; next < report.checks.size(); ++next) {
        ScimCheck &row = report.checks[next];
        row.seen = m_cancelled ? tr("Cancelled.")
                   : m_network ? skippedBecause(stoppedAt)
                               : tr("Skipped: the wizard has no network access.");
        Q_EMIT checkFinished(row);
    }
    report.cancelled = m_cancelled;
    qCInfo(lcScimProbe) << "SCIM probe finished; all passed:" << report.allPassed();
    co_return report;
}

QCoro::Task<void> ScimProbe::lookUpHost(Target &target, ScimCheck &row)
{
    QElapsedTimer timer;
    timer.start();
    if (target.proxy.type() != QNetworkProxy::NoProxy) {
        row.outcome = ScimCheckOutcome::Passed;
        row.seen = tr("%1 is looked up by the proxy %2.").arg(target.host, proxyName(target.proxy));
        co_return;
    }
    const QHostAddress literal(target.host);
    if (!literal.isNull()) {
        target.addresses = {literal};
        row.outcome = ScimCheckOutcome::Passed;
        row.seen = tr("%1 is an IP address; no lookup needed.").arg(target.host);
        co_return;
    }
    ProbeWait wait;
    QHostInfo info;
    connect(this, &ScimProbe::cancelRequested, &wait,
            [&wait] { Q_EMIT wait.happened(ProbeWait::Cancelled); });
    const int lookupId = QHostInfo::lookupHost(target.host, &wait, [&wait, &info](const QHostInfo &result) {
        info = result;
        Q_EMIT wait.happened(ProbeWait::Done);
    });
    const std::optional<int> event = co_await qCoro(&wait, &ProbeWait::happened, m_options.checkTimeout);
    row.elapsedMs = timer.elapsed();
    if (!event || *event == ProbeWait::Cancelled) {
        QHostInfo::abortHostLookup(lookupId);
        if (event) {
            row.seen = tr("Cancelled.");
            co_return;
        }
        row.outcome = ScimCheckOutcome::Failed;
        row.seen = tr("No result within %1 ms.").arg(m_options.checkTimeout.count());
        row.failure = noAnswerInTime(target.host, m_options.checkTimeout.count());
        co_return;
    }
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        row.outcome = ScimCheckOutcome::Failed;
        row.seen = info.errorString();
        row.failure = hostNotFound(target.host, info.errorString());
        co_return;
    }
    target.addresses = info.addresses();
    QStringList shown;
    for (const QHostAddress &a : std::as_const(target.addresses))
        shown << a.toString();
    row.outcome = ScimCheckOutcome::Passed;
    row.seen = tr("%1 → %2").arg(target.host, shown.join(QStringLiteral(", ")));
}

QCoro::Task<void> ScimProbe::connectTcp(Target &target, ScimCheck &row)
{
    QElapsedTimer timer;
    timer.start();
    QStringList attempts;
    bool refused = false;
    QString lastError;
    if (target.proxy.type() != QNetworkProxy::NoProxy) {
        QTcpSocket socket;
        socket.setProxy(target.proxy);
        ProbeWait wait;
        connect(&socket, &QTcpSocket::connected, &wait, [&wait] { Q_EMIT wait.happened(ProbeWait::Done); });
        connect(&socket, &QTcpSocket::errorOccurred, &wait,
                [&wait] { Q_EMIT wait.happened(ProbeWait::Error); });
        connect(this, &ScimProbe::cancelRequested, &wait,
                [&wait] { Q_EMIT wait.happened(ProbeWait::Cancelled); });
        socket.connectToHost(target.host, target.port);
        const std::optional<int> event = co_await qCoro(&wait, &ProbeWait::happened, m_options.checkTimeout);
        row.elapsedMs = timer.elapsed();
        const QString error = socket.errorString();
        const bool wasRefused = socket.error() == QAbstractSocket::ConnectionRefusedError ||
                                socket.error() == QAbstractSocket::ProxyConnectionRefusedError;
        socket.abort();
        if (event && *event == ProbeWait::Cancelled)
            co_return;
        if (event && *event == ProbeWait::Done) {
            row.outcome = ScimCheckOutcome::Passed;
            row.seen = tr("Connected to %1 port %2 through the proxy %3.")
                           .arg(target.host)
                           .arg(target.port)
                           .arg(proxyName(target.proxy));
            co_return;
        }
        row.outcome = ScimCheckOutcome::Failed;
        row.seen = event ? tr("Through the proxy %1: %2").arg(proxyName(target.proxy), error)
                         : tr("No connection through the proxy %1 within %2 ms.")
                               .arg(proxyName(target.proxy))
                               .arg(m_options.checkTimeout.count());
        row.failure = !event       ? noAnswerInTime(target.host, m_options.checkTimeout.count())
                      : wasRefused ? connectionRefused(target.host, target.port)
                                   : networkError(target.host, error);
        co_return;
    }
    // Every address in turn (a name may give an IPv6 address first while the server listens on IPv4 only),
    // all within one check timeout.
    for (const QHostAddress &address : std::as_const(target.addresses)) {
        const auto remaining = m_options.checkTimeout - std::chrono::milliseconds(timer.elapsed());
        if (remaining.count() <= 0)
            break;
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        ProbeWait wait;
        connect(&socket, &QTcpSocket::connected, &wait, [&wait] { Q_EMIT wait.happened(ProbeWait::Done); });
        connect(&socket, &QTcpSocket::errorOccurred, &wait,
                [&wait] { Q_EMIT wait.happened(ProbeWait::Error); });
        connect(this, &ScimProbe::cancelRequested, &wait,
                [&wait] { Q_EMIT wait.happened(ProbeWait::Cancelled); });
        socket.connectToHost(address, target.port);
        const std::optional<int> event = co_await qCoro(&wait, &ProbeWait::happened, remaining);
        row.elapsedMs = timer.elapsed();
        if (event && *event == ProbeWait::Cancelled) {
            socket.abort();
            co_return;
        }
        if (event && *event == ProbeWait::Done) {
            row.outcome = ScimCheckOutcome::Passed;
            row.seen = tr("Connected to %1 port %2.").arg(address.toString()).arg(target.port);
            socket.abort();
            co_return;
        }
        if (!event) {
            attempts << tr("%1: no answer").arg(address.toString());
            socket.abort();
            break;
        }
        refused = refused || socket.error() == QAbstractSocket::ConnectionRefusedError;
        lastError = socket.errorString();
        attempts << QStringLiteral("%1: %2").arg(address.toString(), lastError);
        socket.abort();
    }
    row.elapsedMs = timer.elapsed();
    row.outcome = ScimCheckOutcome::Failed;
    row.seen = attempts.join(QStringLiteral("; "));
    if (refused)
        row.failure = connectionRefused(target.host, target.port);
    else if (lastError.isEmpty())
        row.failure = noAnswerInTime(target.host, m_options.checkTimeout.count());
    else
        row.failure = networkError(target.host, lastError);
}

QCoro::Task<void> ScimProbe::negotiateTls(Target &target, ScimCheck &row)
{
    if (!target.https) {
        row.outcome = ScimCheckOutcome::Failed;
        row.seen = tr("The address starts with http://.");
        row.failure = notEncrypted(target.base);
        co_return;
    }
    QElapsedTimer timer;
    timer.start();
    QSslSocket socket;
    socket.setProxy(target.proxy);
    ProbeWait wait;
    QList<QSslError> errors;
    // The errors are recorded and never ignored: the handshake then fails, closed.
    connect(&socket, &QSslSocket::sslErrors, &wait, [&errors](const QList<QSslError> &e) { errors = e; });
    connect(&socket, &QSslSocket::encrypted, &wait, [&wait] { Q_EMIT wait.happened(ProbeWait::Done); });
    connect(&socket, &QSslSocket::errorOccurred, &wait, [&wait] { Q_EMIT wait.happened(ProbeWait::Error); });
    connect(this, &ScimProbe::cancelRequested, &wait,
            [&wait] { Q_EMIT wait.happened(ProbeWait::Cancelled); });
    socket.connectToHostEncrypted(target.host, target.port);
    const std::optional<int> event = co_await qCoro(&wait, &ProbeWait::happened, m_options.checkTimeout);
    row.elapsedMs = timer.elapsed();
    QSslCertificate certificate = socket.peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.constFirst().certificate();
    const QString protocol = socket.sessionCipher().protocolString();
    const QString socketError = socket.errorString();
    socket.abort();
    if (event && *event == ProbeWait::Cancelled)
        co_return;
    if (!event) {
        row.outcome = ScimCheckOutcome::Failed;
        row.seen = tr("No TLS handshake within %1 ms.").arg(m_options.checkTimeout.count());
        row.failure = noAnswerInTime(target.host, m_options.checkTimeout.count());
        co_return;
    }
    if (*event == ProbeWait::Done && errors.isEmpty()) {
        row.outcome = ScimCheckOutcome::Passed;
        row.seen = QStringLiteral("%1, %2").arg(protocol, describeCertificate(certificate));
        co_return;
    }
    row.outcome = ScimCheckOutcome::Failed;
    QStringList reasons;
    for (const QSslError &e : std::as_const(errors))
        reasons << e.errorString();
    if (reasons.isEmpty())
        reasons << socketError;
    row.seen = reasons.join(QStringLiteral("; "));
    if (!certificate.isNull())
        row.seen += QStringLiteral(" — ") + describeCertificate(certificate);
    row.failure = errors.isEmpty() ? tlsHandshake(target.host, socketError)
                                   : tlsFailure(target.host, errors, certificate);
}

} // namespace insightly

#include "ScimProbe.moc"
