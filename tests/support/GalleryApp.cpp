#include "GalleryApp.h"

#include <QJsonArray>
#include <QUrl>

namespace testsupport {

GalleryApp addInsightlySamlFromGallery(SimFixture &sim, const QString &token, QString *error)
{
    const QString name = QStringLiteral("Insightly SAML");
    const HttpReply templates = sim.graph(
        "GET",
        QStringLiteral("/v1.0/applicationTemplates?$filter=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("displayName eq '%1'").arg(name))),
        {}, token);
    const QString templateId = templates.json()
                                   .value(QStringLiteral("value"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    if (templates.status != 200 || templateId.isEmpty()) {
        *error = QStringLiteral("the gallery has no %1 template: HTTP %2 %3")
                     .arg(name)
                     .arg(templates.status)
                     .arg(QString::fromUtf8(templates.body));
        return {};
    }
    const HttpReply created =
        sim.graph("POST", QStringLiteral("/v1.0/applicationTemplates/%1/instantiate").arg(templateId),
                  QJsonObject{{QStringLiteral("displayName"), name}}, token);
    const QJsonObject answer = created.json();
    const QJsonObject application = answer.value(QStringLiteral("application")).toObject();
    GalleryApp app;
    app.servicePrincipalId =
        answer.value(QStringLiteral("servicePrincipal")).toObject().value(QStringLiteral("id")).toString();
    app.appObjectId = application.value(QStringLiteral("id")).toString();
    app.appId = application.value(QStringLiteral("appId")).toString();
    if (created.status != 201 || !app.isValid()) {
        *error = QStringLiteral("instantiating %1 failed: HTTP %2 %3")
                     .arg(name)
                     .arg(created.status)
                     .arg(QString::fromUtf8(created.body));
        return {};
    }
    return app;
}

} // namespace testsupport
