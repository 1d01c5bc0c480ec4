#pragma once

#include "core/UserMessage.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>
#include <qcorotask.h>

class QNetworkAccessManager;

namespace insightly {

// Message codes of ScimCheck::failure (the cause found and what to do).
namespace ScimProbeCode {
inline constexpr auto HostNotFound = "scim-probe.host-not-found";
inline constexpr auto ConnectionRefused = "scim-probe.connection-refused";
inline constexpr auto Timeout = "scim-probe.timeout";
inline constexpr auto NetworkError = "scim-probe.network";
inline constexpr auto NotEncrypted = "scim-probe.not-encrypted";
inline constexpr auto TlsUntrusted = "scim-probe.tls-untrusted";
inline constexpr auto TlsExpired = "scim-probe.tls-expired";
inline constexpr auto TlsHostMismatch = "scim-probe.tls-host-mismatch";
inline constexpr auto TlsRevoked = "scim-probe.tls-revoked";
inline constexpr auto TlsHandshake = "scim-probe.tls-handshake";
inline constexpr auto TokenRejected = "scim-probe.token-rejected";
inline constexpr auto Forbidden = "scim-probe.forbidden";
inline constexpr auto WrongPath = "scim-probe.wrong-path";
inline constexpr auto NotScim = "scim-probe.not-scim";
inline constexpr auto Redirected = "scim-probe.redirected";
inline constexpr auto FilterRefused = "scim-probe.filter-refused";
inline constexpr auto UnexpectedUsers = "scim-probe.unexpected-users";
inline constexpr auto RateLimited = "scim-probe.rate-limited";
inline constexpr auto ServerError = "scim-probe.server-error";
inline constexpr auto UnexpectedStatus = "scim-probe.unexpected-status";
} // namespace ScimProbeCode

enum class ScimCheckId { HostLookup, TcpConnect, Tls, ServiceProviderConfig, UserLookup };
enum class ScimCheckOutcome { Passed, Failed, Skipped };
// The symbol a row of the probe shows for its outcome (✓ ✗ –), in the wizard's table and on the command line.
QString markOf(ScimCheckOutcome outcome);

// One row of the probe: what was checked, what was seen, and for a failure its cause and fix.
struct ScimCheck {
    ScimCheckId id = ScimCheckId::HostLookup;
    QString title;
    ScimCheckOutcome outcome = ScimCheckOutcome::Skipped;
    QString seen; // what the wizard saw (never the token)
    qint64 elapsedMs = 0;
    UserMessage failure; // set when outcome == Failed

    bool passed() const { return outcome == ScimCheckOutcome::Passed; }
    bool failed() const { return outcome == ScimCheckOutcome::Failed; }
};

struct ScimProbeReport {
    QUrl base;
    QList<ScimCheck> checks; // always all five, in order
    bool cancelled = false;

    bool allPassed() const;
    const ScimCheck &check(ScimCheckId id) const;
    // The first failed row's message, or an empty one.
    UserMessage firstFailure() const;
};

struct ScimProbeOptions {
    std::chrono::milliseconds checkTimeout{10000}; // per check
};

// The wizard's own connection test of Insightly's SCIM endpoint, from this computer: name lookup, TCP, TLS,
// the service provider configuration, and the user lookup Entra's Test Connection makes. It sends the token
// only to the given base, never follows redirects, and fails closed on any TLS error. Behind a proxy (the
// application's or the system's, as for every other request) the proxy resolves the name and opens the
// connection, as it does for the browser.
class ScimProbe : public QObject {
    Q_OBJECT

public:
    explicit ScimProbe(QNetworkAccessManager *network, const ScimProbeOptions &options = {},
                       QObject *parent = nullptr);
    ~ScimProbe() override;

    // `base` is the Tenant URL (as ScimInputs::validateTenantUrl returns it), `token` the Secret Token.
    QCoro::Task<ScimProbeReport> run(QUrl base, QString token);

    static QString title(ScimCheckId id);

public Q_SLOTS:
    // Stops the running probe: the current check ends at once, it and the following ones are reported
    // skipped.
    void cancel();

Q_SIGNALS:
    void checkFinished(const insightly::ScimCheck &check); // for progress while the probe runs
    void cancelRequested();

private:
    struct Target {
        QUrl base;
        QString token;
        QString host;
        quint16 port = 443;
        bool https = true;
        QList<QHostAddress> addresses;
        QNetworkProxy proxy{QNetworkProxy::NoProxy};
    };
    QCoro::Task<void> lookUpHost(Target &target, ScimCheck &row);
    QCoro::Task<void> connectTcp(Target &target, ScimCheck &row);
    QCoro::Task<void> negotiateTls(Target &target, ScimCheck &row);

    QPointer<QNetworkAccessManager> m_network;
    ScimProbeOptions m_options;
    bool m_cancelled = false;
};

} // namespace insightly

Q_DECLARE_METATYPE(insightly::ScimCheck)
