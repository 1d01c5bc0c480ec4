#include "DirectoryState.h"

#include <QJsonArray>

namespace sim {

const DirectoryUser *DirectoryState::userById(const QString &id) const
{
    const auto it = userIndexById.constFind(id);
    return it == userIndexById.constEnd() ? nullptr : &users[*it];
}

const DirectoryUser *DirectoryState::userByUpn(const QString &upn) const
{
    for (const DirectoryUser &u : users)
        if (u.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

const DirectoryGroup *DirectoryState::groupById(const QString &id) const
{
    const auto it = groupIndexById.constFind(id);
    return it == groupIndexById.constEnd() ? nullptr : &groups[*it];
}

void DirectoryState::addUser(const DirectoryUser &user)
{
    userIndexById.insert(user.id, int(users.size()));
    users.append(user);
}

void DirectoryState::addGroup(const DirectoryGroup &group)
{
    groupIndexById.insert(group.id, int(groups.size()));
    groups.append(group);
}

QJsonObject DirectoryState::toJson() const
{
    QJsonArray userArray;
    for (const DirectoryUser &u : users)
        userArray.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("displayName"), u.displayName},
                                     {QStringLiteral("givenName"), u.givenName},
                                     {QStringLiteral("surname"), u.surname},
                                     {QStringLiteral("userPrincipalName"), u.userPrincipalName},
                                     {QStringLiteral("mail"), u.mail},
                                     {QStringLiteral("jobTitle"), u.jobTitle},
                                     {QStringLiteral("accountEnabled"), u.accountEnabled},
                                     {QStringLiteral("directoryRoles"), QJsonArray::fromStringList(u.directoryRoles)},
                                     {QStringLiteral("createdAtMs"), u.createdAtMs}});
    QJsonArray groupArray;
    for (const DirectoryGroup &g : groups)
        groupArray.append(QJsonObject{{QStringLiteral("id"), g.id},
                                      {QStringLiteral("displayName"), g.displayName},
                                      {QStringLiteral("description"), g.description},
                                      {QStringLiteral("mail"), g.mail},
                                      {QStringLiteral("memberIds"), QJsonArray::fromStringList(g.memberIds)},
                                      {QStringLiteral("createdAtMs"), g.createdAtMs}});
    return QJsonObject{{QStringLiteral("tenant"),
                        QJsonObject{{QStringLiteral("id"), tenant.id},
                                    {QStringLiteral("displayName"), tenant.displayName},
                                    {QStringLiteral("defaultDomain"), tenant.defaultDomain},
                                    {QStringLiteral("verifiedDomains"), QJsonArray::fromStringList(tenant.verifiedDomains)}}},
                       {QStringLiteral("users"), userArray},
                       {QStringLiteral("groups"), groupArray}};
}

static QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

void DirectoryState::fromJson(const QJsonObject &json)
{
    const QJsonObject t = json.value(QStringLiteral("tenant")).toObject();
    tenant.id = t.value(QStringLiteral("id")).toString();
    tenant.displayName = t.value(QStringLiteral("displayName")).toString();
    tenant.defaultDomain = t.value(QStringLiteral("defaultDomain")).toString();
    tenant.verifiedDomains = toStringList(t.value(QStringLiteral("verifiedDomains")));
    users.clear();
    userIndexById.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        DirectoryUser u;
        u.id = o.value(QStringLiteral("id")).toString();
        u.displayName = o.value(QStringLiteral("displayName")).toString();
        u.givenName = o.value(QStringLiteral("givenName")).toString();
        u.surname = o.value(QStringLiteral("surname")).toString();
        u.userPrincipalName = o.value(QStringLiteral("userPrincipalName")).toString();
        u.mail = o.value(QStringLiteral("mail")).toString();
        u.jobTitle = o.value(QStringLiteral("jobTitle")).toString();
        u.accountEnabled = o.value(QStringLiteral("accountEnabled")).toBool(true);
        u.directoryRoles = toStringList(o.value(QStringLiteral("directoryRoles")));
        u.createdAtMs = qint64(o.value(QStringLiteral("createdAtMs")).toDouble());
        addUser(u);
    }
    groups.clear();
    groupIndexById.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        DirectoryGroup g;
        g.id = o.value(QStringLiteral("id")).toString();
        g.displayName = o.value(QStringLiteral("displayName")).toString();
        g.description = o.value(QStringLiteral("description")).toString();
        g.mail = o.value(QStringLiteral("mail")).toString();
        g.memberIds = toStringList(o.value(QStringLiteral("memberIds")));
        g.createdAtMs = qint64(o.value(QStringLiteral("createdAtMs")).toDouble());
        addGroup(g);
    }
}

} // namespace sim
