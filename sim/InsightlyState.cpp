#include "InsightlyState.h"

#include <QJsonArray>

namespace sim {

InsightlyUser *InsightlyState::userByEmail(const QString &email)
{
    for (InsightlyUser &u : users)
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

InsightlyUser *InsightlyState::userById(qint64 userId)
{
    for (InsightlyUser &u : users)
        if (u.userId == userId)
            return &u;
    return nullptr;
}

InsightlyUser *InsightlyState::userByScimId(const QString &scimId)
{
    if (scimId.isEmpty())
        return nullptr;
    for (InsightlyUser &u : users)
        if (u.scimId == scimId)
            return &u;
    return nullptr;
}

qint64 InsightlyState::nextUserId() const
{
    qint64 highest = 0;
    for (const InsightlyUser &u : users)
        highest = qMax(highest, u.userId);
    return highest + 1;
}

QJsonObject InsightlyState::toJson() const
{
    QJsonArray userArray;
    for (const InsightlyUser &u : users)
        userArray.append(QJsonObject{{QStringLiteral("userId"), u.userId},
                                     {QStringLiteral("firstName"), u.firstName},
                                     {QStringLiteral("lastName"), u.lastName},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("administrator"), u.administrator},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("accountOwner"), u.accountOwner},
                                     {QStringLiteral("timezoneId"), u.timezoneId},
                                     {QStringLiteral("createdAtMs"), u.createdAtMs},
                                     {QStringLiteral("updatedAtMs"), u.updatedAtMs},
                                     {QStringLiteral("scimId"), u.scimId}});
    QJsonObject scimU, scimG;
    for (auto it = scimUsers.cbegin(); it != scimUsers.cend(); ++it)
        scimU.insert(it.key(), it.value());
    for (auto it = scimGroups.cbegin(); it != scimGroups.cend(); ++it)
        scimG.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("instanceId"), instanceId},
        {QStringLiteral("pod"), pod},
        {QStringLiteral("adminEmail"), adminEmail},
        {QStringLiteral("adminPassword"), adminPassword},
        {QStringLiteral("apiKey"), apiKey},
        {QStringLiteral("uploadedCertificateDer"), QString::fromLatin1(uploadedCertificateDer.toBase64())},
        {QStringLiteral("uploadedCertificateFileName"), uploadedCertificateFileName},
        {QStringLiteral("uploadedCertificateAtMs"), uploadedCertificateAtMs},
        {QStringLiteral("enforceSamlLogin"), enforceSamlLogin},
        {QStringLiteral("scimEnabled"), scimEnabled},
        {QStringLiteral("scimToken"), scimToken},
        {QStringLiteral("scimTokenCreatedAtMs"), scimTokenCreatedAtMs},
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
    uploadedCertificateDer =
        QByteArray::fromBase64(json.value(QStringLiteral("uploadedCertificateDer")).toString().toLatin1());
    uploadedCertificateFileName = json.value(QStringLiteral("uploadedCertificateFileName")).toString();
    uploadedCertificateAtMs = qint64(json.value(QStringLiteral("uploadedCertificateAtMs")).toDouble());
    enforceSamlLogin = json.value(QStringLiteral("enforceSamlLogin")).toBool();
    scimEnabled = json.value(QStringLiteral("scimEnabled")).toBool();
    scimToken = json.value(QStringLiteral("scimToken")).toString();
    scimTokenCreatedAtMs = qint64(json.value(QStringLiteral("scimTokenCreatedAtMs")).toDouble());
    users.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        InsightlyUser u;
        u.userId = qint64(o.value(QStringLiteral("userId")).toDouble());
        u.firstName = o.value(QStringLiteral("firstName")).toString();
        u.lastName = o.value(QStringLiteral("lastName")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.administrator = o.value(QStringLiteral("administrator")).toBool();
        u.active = o.value(QStringLiteral("active")).toBool(true);
        u.accountOwner = o.value(QStringLiteral("accountOwner")).toBool();
        u.timezoneId = o.value(QStringLiteral("timezoneId")).toString(u.timezoneId);
        u.createdAtMs = qint64(o.value(QStringLiteral("createdAtMs")).toDouble());
        u.updatedAtMs = qint64(o.value(QStringLiteral("updatedAtMs")).toDouble());
        u.scimId = o.value(QStringLiteral("scimId")).toString();
        users.append(u);
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
