#include "AppsState.h"

#include <QJsonArray>

namespace sim {

QJsonObject AppsState::toJson() const {
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

void AppsState::fromJson(const QJsonObject &json) {
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
