#include "AppsState.h"

#include <QJsonArray>

namespace sim {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString AssignmentIndex::key(const QString &resourceId, const QString &principalId, const QString &appRoleId)
{
    return resourceId + u'|' + principalId.toLower() + u'|' + appRoleId.toLower();
}

void AssignmentIndex::clear()
{
    m_indexed = 0;
    m_byResource.clear();
    m_byKey.clear();
    m_byId.clear();
}

void AssignmentIndex::sync(const QVector<QJsonObject> &assignments)
{
    if (assignments.size() < m_indexed)
        clear();
    for (; m_indexed < assignments.size(); ++m_indexed) {
        const QJsonObject &a = assignments.at(m_indexed);
        const int position = int(m_indexed);
        const QString resourceId = str(a, "resourceId");
        m_byResource[resourceId].append(position);
        // The first of equal keys wins, as a scan in creation order would find it.
        const QString k = key(resourceId, str(a, "principalId"), str(a, "appRoleId"));
        if (!m_byKey.contains(k))
            m_byKey.insert(k, position);
        const QString id = resourceId + u'|' + str(a, "id");
        if (!m_byId.contains(id))
            m_byId.insert(id, position);
    }
}

int AssignmentIndex::positionOf(const QString &resourceId, const QString &principalId,
                                const QString &appRoleId) const
{
    return m_byKey.value(key(resourceId, principalId, appRoleId), -1);
}

int AssignmentIndex::positionOfId(const QString &resourceId, const QString &id) const
{
    return m_byId.value(resourceId + u'|' + id, -1);
}

const AssignmentIndex &AppsState::assignmentIndex() const
{
    m_assignmentIndex.sync(appRoleAssignments);
    return m_assignmentIndex;
}

QVector<QJsonObject> AppsState::assignmentsOf(const QString &spId) const
{
    QVector<QJsonObject> result;
    for (int position : assignmentIndex().positionsOf(spId))
        result.append(appRoleAssignments.at(position));
    return result;
}

const QJsonObject *AppsState::assignment(const QString &spId, const QString &id) const
{
    const int position = assignmentIndex().positionOfId(spId, id);
    return position < 0 ? nullptr : &appRoleAssignments.at(position);
}

bool AppsState::isAssigned(const QString &spId, const QString &principalId, const QString &appRoleId) const
{
    return assignmentIndex().positionOf(spId, principalId, appRoleId) >= 0;
}

void AppsState::addAssignment(const QJsonObject &assignment)
{
    appRoleAssignments.append(assignment);
}

bool AppsState::removeAssignment(const QString &spId, const QString &id)
{
    const int position = assignmentIndex().positionOfId(spId, id);
    if (position < 0)
        return false;
    appRoleAssignments.removeAt(position);
    m_assignmentIndex.clear(); // positions after it moved
    return true;
}

void AppsState::removeAssignmentsOf(const QString &spId)
{
    appRoleAssignments.removeIf([&spId](const QJsonObject &a) { return str(a, "resourceId") == spId; });
    m_assignmentIndex.clear();
}

QJsonObject AppsState::toJson() const
{
    QJsonArray apps;
    for (const ApplicationObject &a : applications)
        apps.append(
            QJsonObject{{QStringLiteral("json"), a.json}, {QStringLiteral("createdAtMs"), a.createdAtMs}});
    QJsonArray sps;
    for (const ServicePrincipalObject &s : servicePrincipals) {
        QJsonArray keys;
        for (const SigningKeyMaterial &k : s.signingKeys)
            keys.append(QJsonObject{
                {QStringLiteral("customKeyIdentifier"), k.customKeyIdentifier},
                {QStringLiteral("certificateDer"), QString::fromLatin1(k.certificateDer.toBase64())},
                {QStringLiteral("privateKeyPem"), QString::fromLatin1(k.privateKeyPem)}});
        QJsonObject added;
        for (auto it = s.credentialAddedAtMs.cbegin(); it != s.credentialAddedAtMs.cend(); ++it)
            added.insert(it.key(), double(it.value()));
        sps.append(QJsonObject{{QStringLiteral("json"), s.json},
                               {QStringLiteral("signingKeys"), keys},
                               {QStringLiteral("createdAtMs"), s.createdAtMs},
                               {QStringLiteral("samlModeSinceMs"), double(s.samlModeSinceMs)},
                               {QStringLiteral("credentialAddedAtMs"), added}});
    }
    QJsonArray assignments;
    for (const QJsonObject &a : appRoleAssignments)
        assignments.append(a);
    QJsonArray jobs;
    for (const QJsonObject &j : synchronizationJobs)
        jobs.append(j);
    QJsonObject secrets;
    for (auto it = synchronizationSecrets.cbegin(); it != synchronizationSecrets.cend(); ++it)
        secrets.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("applications"), apps},
                       {QStringLiteral("servicePrincipals"), sps},
                       {QStringLiteral("appRoleAssignments"), assignments},
                       {QStringLiteral("synchronizationJobs"), jobs},
                       {QStringLiteral("synchronizationSecrets"), secrets}};
}

void AppsState::fromJson(const QJsonObject &json)
{
    applications.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("applications")).toArray()) {
        const QJsonObject o = v.toObject();
        applications.append({o.value(QStringLiteral("json")).toObject(),
                             qint64(o.value(QStringLiteral("createdAtMs")).toDouble())});
    }
    servicePrincipals.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("servicePrincipals")).toArray()) {
        const QJsonObject o = v.toObject();
        ServicePrincipalObject sp;
        sp.json = o.value(QStringLiteral("json")).toObject();
        sp.createdAtMs = qint64(o.value(QStringLiteral("createdAtMs")).toDouble());
        sp.samlModeSinceMs = qint64(o.value(QStringLiteral("samlModeSinceMs")).toDouble());
        const QJsonObject added = o.value(QStringLiteral("credentialAddedAtMs")).toObject();
        for (auto it = added.begin(); it != added.end(); ++it)
            sp.credentialAddedAtMs.insert(it.key(), qint64(it.value().toDouble()));
        for (const QJsonValue &k : o.value(QStringLiteral("signingKeys")).toArray()) {
            const QJsonObject ko = k.toObject();
            sp.signingKeys.append(
                {ko.value(QStringLiteral("customKeyIdentifier")).toString(),
                 QByteArray::fromBase64(ko.value(QStringLiteral("certificateDer")).toString().toLatin1()),
                 ko.value(QStringLiteral("privateKeyPem")).toString().toLatin1()});
        }
        servicePrincipals.append(sp);
    }
    appRoleAssignments.clear();
    m_assignmentIndex.clear(); // rebuilt from the list on first use
    for (const QJsonValue &v : json.value(QStringLiteral("appRoleAssignments")).toArray())
        appRoleAssignments.append(v.toObject());
    synchronizationJobs.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("synchronizationJobs")).toArray())
        synchronizationJobs.append(v.toObject());
    synchronizationSecrets.clear();
    const QJsonObject secrets = json.value(QStringLiteral("synchronizationSecrets")).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        synchronizationSecrets.insert(it.key(), it.value().toObject());
}

} // namespace sim
