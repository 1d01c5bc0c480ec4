#include "InsightlyState.h"

#include <QJsonArray>

namespace sim {

QJsonObject InsightlyState::toJson() const
{
    QJsonArray userArray;
    for (const InsightlyUser &u : users)
        userArray.append(QJsonObject{{QStringLiteral("userId"), u.userId},
                                     {QStringLiteral("firstName"), u.firstName},
                                     {QStringLiteral("lastName"), u.lastName},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("administrator"), u.administrator},
                                     {QStringLiteral("active"), u.active}});
    QJsonObject scimU, scimG;
    for (auto it = scimUsers.cbegin(); it != scimUsers.cend(); ++it)
        scimU.insert(it.key(), it.value());
    for (auto it = scimGroups.cbegin(); it != scimGroups.cend(); ++it)
        scimG.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("instanceId"), instanceId},
                       {QStringLiteral("pod"), pod},
                       {QStringLiteral("adminEmail"), adminEmail},
                       {QStringLiteral("adminPassword"), adminPassword},
                       {QStringLiteral("apiKey"), apiKey},
                       {QStringLiteral("uploadedCertificateDer"), QString::fromLatin1(uploadedCertificateDer.toBase64())},
                       {QStringLiteral("enforceSamlLogin"), enforceSamlLogin},
                       {QStringLiteral("scimEnabled"), scimEnabled},
                       {QStringLiteral("scimToken"), scimToken},
                       {QStringLiteral("users"), userArray},
                       {QStringLiteral("scimUsers"), scimU},
                       {QStringLiteral("scimGroups"), scimG}};
}

void InsightlyState::fromJson(const QJsonObject &json)
{
    instanceId = json.value(QStringLiteral("instanceId")).toString();
    pod = json.value(QStringLiteral("pod")).toString(QStringLiteral("na1"));
    adminEmail = json.value(QStringLiteral("adminEmail")).toString();
    adminPassword = json.value(QStringLiteral("adminPassword")).toString();
    apiKey = json.value(QStringLiteral("apiKey")).toString();
    uploadedCertificateDer = QByteArray::fromBase64(json.value(QStringLiteral("uploadedCertificateDer")).toString().toLatin1());
    enforceSamlLogin = json.value(QStringLiteral("enforceSamlLogin")).toBool();
    scimEnabled = json.value(QStringLiteral("scimEnabled")).toBool();
    scimToken = json.value(QStringLiteral("scimToken")).toString();
    users.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        users.append({qint64(o.value(QStringLiteral("userId")).toDouble()), o.value(QStringLiteral("firstName")).toString(),
                      o.value(QStringLiteral("lastName")).toString(), o.value(QStringLiteral("email")).toString(),
                      o.value(QStringLiteral("administrator")).toBool(), o.value(QStringLiteral("active")).toBool(true)});
    }
    scimUsers.clear();
    const QJsonObject su = json.value(QStringLiteral("scimUsers")).toObject();
    for (auto it = su.begin(); it != su.end(); ++it)
        scimUsers.insert(it.key(), it.value().toObject());
    scimGroups.clear();
    const QJsonObject sg = json.value(QStringLiteral("scimGroups")).toObject();
    for (auto it = sg.begin(); it != sg.end(); ++it)
        scimGroups.insert(it.key(), it.value().toObject());
}

} // namespace sim
