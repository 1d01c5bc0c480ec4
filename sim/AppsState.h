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

// Lookups over appRoleAssignments without reading them all: by (resource, principal, role) for Graph's
// duplicate check, by resource for the lists, by id. Built from the list, never persisted.
class AssignmentIndex
{
public:
    // Brings the index in step with `assignments`: entries appended since the last call are added (so an
    // append straight to the list is seen); a list shorter than what was indexed is indexed anew.
    void sync(const QVector<QJsonObject> &assignments);
    void clear();

    QVector<int> positionsOf(const QString &resourceId) const { return m_byResource.value(resourceId); }
    int positionOf(const QString &resourceId, const QString &principalId, const QString &appRoleId) const;
    int positionOfId(const QString &resourceId, const QString &id) const;

private:
    static QString key(const QString &resourceId, const QString &principalId, const QString &appRoleId);
    qsizetype m_indexed = 0;
    QHash<QString, QVector<int>> m_byResource; // resourceId -> positions, in creation order
    QHash<QString, int> m_byKey;               // resourceId|principalId|appRoleId (ids lower-cased)
    QHash<QString, int> m_byId;                // resourceId|assignment id
};

struct AppsState {
    QVector<ApplicationObject> applications;
    QVector<ServicePrincipalObject> servicePrincipals;
    // microsoft.graph.appRoleAssignment, in creation order. Add and remove through the functions below
    // (appending directly also works: the index catches up on its next use).
    QVector<QJsonObject> appRoleAssignments;
    QVector<QJsonObject> synchronizationJobs; // microsoft.graph.synchronizationJob + "servicePrincipalId"
    QHash<QString, QJsonObject> synchronizationSecrets; // spId -> {key: value}

    // Every assignment whose resource is the service principal `spId`, in creation order.
    QVector<QJsonObject> assignmentsOf(const QString &spId) const;
    // The assignment `id` of the service principal `spId`, or nullptr.
    const QJsonObject *assignment(const QString &spId, const QString &id) const;
    // Whether `principalId` already holds `appRoleId` on `spId` (ids compared ignoring case, as Graph does).
    bool isAssigned(const QString &spId, const QString &principalId, const QString &appRoleId) const;
    void addAssignment(const QJsonObject &assignment);
    // Removes the assignment `id` of `spId`; false when there is none.
    bool removeAssignment(const QString &spId, const QString &id);
    // Removes every assignment of `spId` (the service principal is deleted).
    void removeAssignmentsOf(const QString &spId);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);

private:
    const AssignmentIndex &assignmentIndex() const;
    mutable AssignmentIndex m_assignmentIndex;
};

} // namespace sim
