#include "DirectoryState.h"

#include <QJsonArray>

namespace sim {

namespace {

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

const DirectoryUser *DirectoryState::userById(const QString &id) const
{
    const auto it = userIndexById.constFind(id);
    return it == userIndexById.constEnd() ? nullptr : &users[*it];
}

DirectoryUser *DirectoryState::mutableUserById(const QString &id)
{
    const auto it = userIndexById.constFind(id);
    if (it != userIndexById.constEnd())
        index.clear(); // the caller may change any property
    return it == userIndexById.constEnd() ? nullptr : &users[*it];
}

const DirectoryUser *DirectoryState::userByUpn(const QString &upn) const
{
    const auto it = userIndexByUpn.constFind(upn.toLower());
    return it == userIndexByUpn.constEnd() ? nullptr : &users[*it];
}

const DirectoryGroup *DirectoryState::groupById(const QString &id) const
{
    const auto it = groupIndexById.constFind(id);
    return it == groupIndexById.constEnd() ? nullptr : &groups[*it];
}

void DirectoryState::addUser(const DirectoryUser &user)
{
    userIndexById.insert(user.id, int(users.size()));
    userIndexByUpn.insert(user.userPrincipalName.toLower(), int(users.size()));
    users.append(user);
    index.added(*this, DirectoryIndex::Kind::Users, int(users.size()) - 1);
}

void DirectoryState::addGroup(const DirectoryGroup &group)
{
    groupIndexById.insert(group.id, int(groups.size()));
    groups.append(group);
    index.added(*this, DirectoryIndex::Kind::Groups, int(groups.size()) - 1);
}

QJsonObject DirectoryState::toJson() const
{
    QJsonArray userArray;
    for (const DirectoryUser &u : users)
        userArray.append(
            QJsonObject{{QStringLiteral("id"), u.id},
                        {QStringLiteral("displayName"), u.displayName},
                        {QStringLiteral("givenName"), u.givenName},
                        {QStringLiteral("surname"), u.surname},
                        {QStringLiteral("userPrincipalName"), u.userPrincipalName},
                        {QStringLiteral("mail"), u.mail},
                        {QStringLiteral("jobTitle"), u.jobTitle},
                        {QStringLiteral("department"), u.department},
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
    QJsonObject refresh;
    for (auto it = refreshTokens.cbegin(); it != refreshTokens.cend(); ++it)
        refresh.insert(it.key(),
                       QJsonObject{{QStringLiteral("userId"), it->userId},
                                   {QStringLiteral("clientId"), it->clientId},
                                   {QStringLiteral("scopes"), QJsonArray::fromStringList(it->scopes)},
                                   {QStringLiteral("issuedAtMs"), it->issuedAtMs},
                                   {QStringLiteral("revoked"), it->revoked}});
    QJsonObject consentJson;
    for (auto it = consents.cbegin(); it != consents.cend(); ++it)
        consentJson.insert(it.key(), QJsonArray::fromStringList(*it));
    return QJsonObject{
        {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), tenant.id},
                                               {QStringLiteral("displayName"), tenant.displayName},
                                               {QStringLiteral("defaultDomain"), tenant.defaultDomain},
                                               {QStringLiteral("verifiedDomains"),
                                                QJsonArray::fromStringList(tenant.verifiedDomains)}}},
        {QStringLiteral("users"), userArray},
        {QStringLiteral("groups"), groupArray},
        {QStringLiteral("refreshTokens"), refresh},
        {QStringLiteral("consents"), consentJson}};
}

void DirectoryState::fromJson(const QJsonObject &json)
{
    const QJsonObject t = json.value(QStringLiteral("tenant")).toObject();
    tenant.id = str(t, "id");
    tenant.displayName = str(t, "displayName");
    tenant.defaultDomain = str(t, "defaultDomain");
    tenant.verifiedDomains = toStringList(t.value(QStringLiteral("verifiedDomains")));
    index.clear();
    users.clear();
    userIndexById.clear();
    userIndexByUpn.clear();
    const QJsonArray userArray = json.value(QStringLiteral("users")).toArray();
    users.reserve(userArray.size());
    for (const QJsonValue &v : userArray) {
        const QJsonObject o = v.toObject();
        DirectoryUser u;
        u.id = str(o, "id");
        u.displayName = str(o, "displayName");
        u.givenName = str(o, "givenName");
        u.surname = str(o, "surname");
        u.userPrincipalName = str(o, "userPrincipalName");
        u.mail = str(o, "mail");
        u.jobTitle = str(o, "jobTitle");
        u.department = str(o, "department");
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
        g.id = str(o, "id");
        g.displayName = str(o, "displayName");
        g.description = str(o, "description");
        g.mail = str(o, "mail");
        g.memberIds = toStringList(o.value(QStringLiteral("memberIds")));
        g.createdAtMs = qint64(o.value(QStringLiteral("createdAtMs")).toDouble());
        addGroup(g);
    }
    refreshTokens.clear();
    const QJsonObject refresh = json.value(QStringLiteral("refreshTokens")).toObject();
    for (auto it = refresh.constBegin(); it != refresh.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        refreshTokens.insert(it.key(), RefreshGrant{str(o, "userId"), str(o, "clientId"),
                                                    toStringList(o.value(QStringLiteral("scopes"))),
                                                    qint64(o.value(QStringLiteral("issuedAtMs")).toDouble()),
                                                    o.value(QStringLiteral("revoked")).toBool()});
    }
    consents.clear();
    const QJsonObject consentJson = json.value(QStringLiteral("consents")).toObject();
    for (auto it = consentJson.constBegin(); it != consentJson.constEnd(); ++it)
        consents.insert(it.key(), toStringList(it.value()));
}

} // namespace sim
