#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sim {

// Graph objects are kept in their Graph JSON shape (the simulator's answers are that shape), plus what
// Graph never returns (private keys) beside them.
struct ApplicationObject {
    QJsonObject json; // microsoft.graph.application
    qint64 createdAtMs = 0;
};

struct SigningKeyMaterial {
    QString customKeyIdentifier; // shared by the Sign and Verify key credentials and the password credential
    QByteArray certificateDer;
    QByteArray privateKeyPem; // never served; used to sign SAML responses
};

struct ServicePrincipalObject {
    QJsonObject json; // microsoft.graph.servicePrincipal
    QVector<SigningKeyMaterial> signingKeys;
    qint64 createdAtMs = 0;
    // When preferredSingleSignOnMode last became "saml" (0 = not saml): the identifier-URI exemption
    // replicates.
    qint64 samlModeSinceMs = 0;
    // keyId -> when the credential was added; GET shows it only once that has replicated.
    QHash<QString, qint64> credentialAddedAtMs;
};

struct AppsState {
    QVector<ApplicationObject> applications;
    QVector<ServicePrincipalObject> servicePrincipals;
    QVector<QJsonObject> appRoleAssignments;  // microsoft.graph.appRoleAssignment
    QVector<QJsonObject> synchronizationJobs; // microsoft.graph.synchronizationJob + "servicePrincipalId"
    QHash<QString, QJsonObject> synchronizationSecrets; // spId -> {key: value}

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);
};

} // namespace sim
