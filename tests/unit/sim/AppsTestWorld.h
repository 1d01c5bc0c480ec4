#pragma once

// Shared set-up of the apps-module tests: a tenant with an application administrator and a plain user, bearer
// tokens for both (inserted directly, so that these tests do not depend on the identity module's /token), and
// a helper that adds the Insightly SAML app from the gallery.
#include "ApplicationTemplates.h"
#include "SimFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>
#include <memory>

namespace appstest {

inline const QString kAdminToken = QStringLiteral("test-admin-token");
inline const QString kUserToken = QStringLiteral("test-user-token");

inline QString ensureUser(sim::SimServer &server, const QString &upn, const QStringList &roles) {
    sim::DirectoryState &directory = server.world().directory;
    if (const sim::DirectoryUser *existing = directory.userByUpn(upn))
        return existing->id;
    sim::DirectoryUser user;
    user.id = server.newGuid();
    const QString name = upn.section(u'@', 0, 0);
    user.givenName = name.left(1).toUpper() + name.mid(1);
    user.surname = QStringLiteral("Tester");
    user.displayName = user.givenName + u' ' + user.surname;
    user.userPrincipalName = upn;
    user.mail = upn;
    user.directoryRoles = roles;
    directory.addUser(user);
    return user.id;
}

// Makes the tenant usable whether or not the identity module seeded it.
inline void prepareWorld(sim::SimServer &server) {
    sim::DirectoryState &directory = server.world().directory;
    if (directory.tenant.id.isEmpty()) {
        directory.tenant.id = server.newGuid();
        directory.tenant.displayName = QStringLiteral("Contoso");
        directory.tenant.defaultDomain = QStringLiteral("contoso.example");
        directory.tenant.verifiedDomains = {QStringLiteral("contoso.example")};
    }
    const QString adminId = ensureUser(server, QStringLiteral("admin@contoso.example"),
                                       {QStringLiteral("Cloud Application Administrator")});
    const QString userId = ensureUser(server, QStringLiteral("user@contoso.example"), {});
    const qint64 expires = server.nowMs() + 3600 * 1000;
    const QStringList scopes{QStringLiteral("Application.ReadWrite.All"),
                             QStringLiteral("AppRoleAssignment.ReadWrite.All"),
                             QStringLiteral("Synchronization.ReadWrite.All")};
    directory.accessTokens.insert(
        kAdminToken, {adminId, QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"), scopes, expires});
    directory.accessTokens.insert(
        kUserToken, {userId, QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"), scopes, expires});
}

inline QString userId(testsupport::SimFixture &sim, const QString &upn) {
    const sim::DirectoryUser *user = sim.server().world().directory.userByUpn(upn);
    return user ? user->id : QString();
}

struct CreatedApp {
    QString applicationId; // object id of the application
    QString appId;
    QString servicePrincipalId;
    QJsonObject application;
    QJsonObject servicePrincipal;
};

inline CreatedApp instantiateInsightly(testsupport::SimFixture &sim,
                                       const QString &name = QStringLiteral("Insightly SAML")) {
    const testsupport::HttpReply reply = sim.graph(
        "POST",
        QStringLiteral("/applicationTemplates/%1/instantiate").arg(sim::apps::insightlySamlTemplateId()),
        QJsonObject{{QStringLiteral("displayName"), name}}, kAdminToken);
    CreatedApp created;
    if (reply.status != 201) {
        qWarning() << "instantiate failed" << reply.status << reply.body;
        return created;
    }
    created.application = reply.json().value(QStringLiteral("application")).toObject();
    created.servicePrincipal = reply.json().value(QStringLiteral("servicePrincipal")).toObject();
    created.applicationId = created.application.value(QStringLiteral("id")).toString();
    created.appId = created.application.value(QStringLiteral("appId")).toString();
    created.servicePrincipalId = created.servicePrincipal.value(QStringLiteral("id")).toString();
    return created;
}

// A fresh simulator with the test tenant (prepareWorld) and the Insightly SAML app added from the gallery.
inline bool startWithInsightlyApp(std::unique_ptr<testsupport::SimFixture> &sim, CreatedApp *app,
                                  QString *error) {
    sim = std::make_unique<testsupport::SimFixture>();
    if (!sim->start(error))
        return false;
    prepareWorld(sim->server());
    *app = instantiateInsightly(*sim);
    if (app->servicePrincipalId.isEmpty()) {
        *error = QStringLiteral("the Insightly SAML app could not be instantiated");
        return false;
    }
    return true;
}

inline QString errorCode(const testsupport::HttpReply &reply) {
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

inline QString errorMessage(const testsupport::HttpReply &reply) {
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace appstest
