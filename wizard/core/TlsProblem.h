#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

namespace insightly {

// Why a server's certificate was refused, in the words an admin can act on. Every surface that talks TLS
// (Graph, the SCIM probe, Insightly's REST API, the embedded browser) names the host and one of these.
enum class TlsProblemKind { None, UntrustedIssuer, Expired, WrongName, Revoked, Other };

class TlsProblem
{
    Q_DECLARE_TR_FUNCTIONS(TlsProblem)

public:
    static TlsProblemKind classify(const QList<QSslError> &errors);
    // "The certificate of graph.microsoft.com was issued by an authority this computer does not trust." —
    // a whole sentence naming the host and the problem; `detail` (the library's own text) is appended.
    static QString describe(const QString &host, TlsProblemKind kind, const QString &detail = {});
    static QString describe(const QString &host, const QList<QSslError> &errors);
    // What the admin can do about it.
    static QString advice();
};

} // namespace insightly
