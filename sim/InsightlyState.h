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
};

struct InsightlyState {
    QString instanceId;                  // the `instanceId` of the Sign-in page URL
    QString pod = QStringLiteral("na1");
    QString adminEmail;                  // Insightly's own sign-in (not SSO) for the settings page
    QString adminPassword;
    QString apiKey;                      // REST v3.1 key of the admin
    QByteArray uploadedCertificateDer;   // what the ACS verifies against; empty = none uploaded
    bool enforceSamlLogin = false;
    bool scimEnabled = false;
    QString scimToken;                   // empty unless SCIM is enabled
    QVector<InsightlyUser> users;
    QHash<QString, QJsonObject> scimUsers;   // SCIM id -> SCIM User resource
    QHash<QString, QJsonObject> scimGroups;  // SCIM id -> SCIM Group resource

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);
};

} // namespace sim
