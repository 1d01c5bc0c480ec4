#pragma once

#include "DirectoryIndex.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sim {

struct Tenant {
    QString id;            // a GUID
    QString displayName;   // "Contoso"
    QString defaultDomain; // "contoso.example"
    QStringList verifiedDomains;
};

struct DirectoryUser {
    QString id;
    QString displayName;
    QString givenName;
    QString surname;
    QString userPrincipalName;
    QString mail;
    QString jobTitle;
    QString department;
    bool accountEnabled = true;
    QStringList directoryRoles; // e.g. "Cloud Application Administrator"
    qint64 createdAtMs = 0;
};

struct DirectoryGroup {
    QString id;
    QString displayName;
    QString description;
    QString mail;
    QStringList memberIds; // direct members (users)
    qint64 createdAtMs = 0;
};

// An issued access token (opaque to clients) and what it grants.
struct AccessGrant {
    QString userId;
    QString clientId;
    QStringList scopes;
    qint64 expiresAtMs = 0;
};

// An issued refresh token. Each use returns a new one and leaves this one valid (as Entra does) until the
// user's sessions are revoked.
struct RefreshGrant {
    QString userId;
    QString clientId;
    QStringList scopes; // as granted: Graph scope names plus the OpenID Connect ones
    qint64 issuedAtMs = 0;
    bool revoked = false;
};

struct DirectoryState {
    Tenant tenant;
    QVector<DirectoryUser> users;      // order = creation order (paging is stable)
    QHash<QString, int> userIndexById; // id -> index in users
    QVector<DirectoryGroup> groups;
    QHash<QString, int> groupIndexById;
    QHash<QString, AccessGrant> accessTokens; // token -> grant (not persisted: tokens die with the process)
    // Browser sign-in sessions of the identity platform: value of the `ESTSAUTH` cookie -> user id. Set by
    // the sign-in page; read by everything that needs "the signed-in user" (IdP-initiated SAML sign-in).
    QHash<QString, QString> browserSessions;
    QHash<QString, RefreshGrant> refreshTokens; // persisted, so that a second run can resume without sign-in
    // Delegated consents: "userId|clientId" -> the Graph scopes consented (persisted).
    QHash<QString, QStringList> consents;
    QHash<QString, int> userIndexByUpn; // lower-cased UPN -> index in users
    // Sorted views of users' and groups' string properties for $search and $filter (not persisted: rebuilt
    // on first use). Add and change objects through the functions below so that it stays in step.
    DirectoryIndex index;

    const DirectoryUser *userById(const QString &id) const;
    const DirectoryUser *userByUpn(const QString &upn) const; // case-insensitive
    const DirectoryGroup *groupById(const QString &id) const;
    DirectoryUser *mutableUserById(const QString &id);
    void addUser(const DirectoryUser &user);
    void addGroup(const DirectoryGroup &group);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);
};

} // namespace sim
