// Shared by the tests of insightly/ScimProbe: a SCIM double that accepts one token, and a runner that checks
// what every report must satisfy (all rows reported in order, a cause for each failure, the token nowhere).
#pragma once

#include "HttpDouble.h"

#include "insightly/ScimProbe.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QStringList>
#include <qcorotask.h>

namespace testsupport {

inline const QByteArray kEmptyList = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],)"
                                     R"("totalResults":0,"Resources":[],"startIndex":1,"itemsPerPage":20})";
inline const QByteArray kConfig =
    R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],)"
    R"("filter":{"supported":true,"maxResults":200},"bulk":{"supported":false}})";
inline const QString kToken = QStringLiteral("Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODkw");

constexpr auto Passed = insightly::ScimCheckOutcome::Passed;
constexpr auto Failed = insightly::ScimCheckOutcome::Failed;
constexpr auto Skipped = insightly::ScimCheckOutcome::Skipped;

// A SCIM service at /scim/v2 that accepts kToken only.
inline DoubleResponse goodScim(const DoubleRequest &r) {
    if (r.headers.value("authorization") != "Bearer " + kToken.toLatin1())
        return DoubleResponse::json(401, R"({"detail":"Authorization failure."})");
    if (r.path() == QStringLiteral("/scim/v2/ServiceProviderConfig"))
        return DoubleResponse::json(200, kConfig);
    if (r.path() == QStringLiteral("/scim/v2/Users"))
        return DoubleResponse::json(200, kEmptyList);
    return DoubleResponse::json(404, R"({"detail":"Resource not found"})");
}

inline QList<insightly::ScimCheckOutcome> outcomes(const insightly::ScimProbeReport &report) {
    QList<insightly::ScimCheckOutcome> list;
    for (const insightly::ScimCheck &c : report.checks)
        list << c.outcome;
    return list;
}

class ProbeRunner {
public:
    // Runs a probe to its end. A default per-check timeout becomes a generous one for a loaded machine.
    insightly::ScimProbeReport run(const QUrl &base, const QString &token,
                                   insightly::ScimProbeOptions options = {}) {
        using namespace insightly;
        if (options.checkTimeout == std::chrono::milliseconds(10000))
            options.checkTimeout = std::chrono::seconds(60);
        ScimProbe probe(&m_network, options);
        QList<ScimCheckId> emitted;
        QObject::connect(&probe, &ScimProbe::checkFinished, &probe,
                         [&emitted](const ScimCheck &c) { emitted << c.id; });
        ScimProbeReport report = QCoro::waitFor(probe.run(base, token));
        const QList<ScimCheckId> all{ScimCheckId::HostLookup, ScimCheckId::TcpConnect, ScimCheckId::Tls,
                                     ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup};
        if (emitted != all)
            m_problems << QStringLiteral("checkFinished was not emitted once per row, in order");
        for (const ScimCheck &c : report.checks) {
            if (c.title.isEmpty())
                m_problems << QStringLiteral("a row without a title");
            if (c.failed() != !c.failure.isEmpty())
                m_problems << QStringLiteral(
                                  "row %1: a failure without a cause, or a cause without a failure")
                                  .arg(c.title);
            if (c.seen.contains(token) || c.failure.toDiagnostics().contains(token))
                m_problems << QStringLiteral("the token appears in row %1").arg(c.title);
        }
        return report;
    }

    // Runs while this computer trusts `tls`'s certificate, as if a trusted CA had issued it.
    insightly::ScimProbeReport runTrusting(const QSslConfiguration &tls, const QUrl &base) {
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(tls.localCertificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
        const insightly::ScimProbeReport report = run(base, kToken);
        QSslConfiguration::setDefaultConfiguration(original);
        return report;
    }

    // What run() found wrong since the last call; for the test's cleanup().
    QStringList takeProblems() { return std::exchange(m_problems, {}); }
    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QStringList m_problems;
};

} // namespace testsupport
