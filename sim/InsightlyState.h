#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sim {

// A user of the Insightly instance as REST v3.1 shows it.
struct InsightlyUser {
    qint64 userId = 0;
    QString firstName;
    QString lastName;
    QString email;
    bool administrator = false;
    bool active = true;
    bool accountOwner = false; // the one account that may still sign in with a password under Enforce SAML
    QString timezoneId = QStringLiteral("Eastern Standard Time");
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString scimId; // the SCIM User that manages this user; empty = not provisioned
};

struct InsightlyState {
    QString instanceId; // the `instanceId` of the Sign-in page URL
    QString pod = QStringLiteral("na1");
    QString adminEmail; // Insightly's own sign-in (not SSO) for the settings page
    QString adminPassword;
    QString apiKey;                      // REST v3.1 key of the admin
    QByteArray uploadedCertificateDer;   // what the ACS verifies against; empty = none uploaded
    QString uploadedCertificateFileName; // as the admin's browser named it
    qint64 uploadedCertificateAtMs = 0;
    bool enforceSamlLogin = false;
    bool scimEnabled = false;
    QString scimToken; // empty unless SCIM is enabled
    qint64 scimTokenCreatedAtMs = 0;
    QVector<InsightlyUser> users;           // order = USER_ID order
    QHash<QString, QJsonObject> scimUsers;  // SCIM id -> SCIM User resource
    QHash<QString, QJsonObject> scimGroups; // SCIM id -> SCIM Group resource

    InsightlyUser *userByEmail(const QString &email); // case-insensitive
    InsightlyUser *userById(qint64 userId);
    InsightlyUser *userByScimId(const QString &scimId);
    qint64 nextUserId() const;

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);
};

} // namespace sim
