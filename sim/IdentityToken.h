#pragma once

#include "SimServer.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sim {

struct AuthorizationCode {
    QString userId;
    QString clientId;
    QString redirectUri;
    QStringList graphScopes;
    QStringList oidcScopes;
    QString codeChallenge;
    QString nonce;
    qint64 expiresAtMs = 0;
    bool redeemed = false;
};

struct DeviceAuthorization {
    enum class Status { Pending, Approved, Declined, Redeemed };
    QString userCode;
    QString clientId;
    QStringList graphScopes;
    QStringList oidcScopes;
    qint64 expiresAtMs = 0;
    Status status = Status::Pending;
    QString userId;
};

// The identity platform's token side: /token (authorization code with PKCE, refresh token, device code,
// resource-owner password) and /devicecode. Redeems the codes and device authorizations that
// IdentityModule's browser flows fill in (the module owns both tables).
class IdentityTokenEndpoint final
{
public:
    IdentityTokenEndpoint(SimServer &server, QHash<QString, AuthorizationCode> &codes,
                          QHash<QString, DeviceAuthorization> &devices)
        : m_server(server)
        , m_codes(codes)
        , m_devices(devices)
    {
    }
    Response token(const Request &request);
    Response deviceCode(const Request &request);

private:
    Response redeemCode(const Request &request, const QHash<QString, QString> &form);
    Response redeemRefreshToken(const Request &request, const QHash<QString, QString> &form);
    Response redeemDeviceCode(const Request &request, const QHash<QString, QString> &form);
    Response redeemPassword(const Request &request, const QHash<QString, QString> &form);
    Response issueTokens(const Request &request, const QString &userId, const QString &clientId,
                         const QStringList &graphScopes, const QStringList &oidcScopes, const QString &nonce);

    SimServer &m_server;
    QHash<QString, AuthorizationCode> &m_codes;
    QHash<QString, DeviceAuthorization> &m_devices; // device_code -> authorization
};

} // namespace sim
