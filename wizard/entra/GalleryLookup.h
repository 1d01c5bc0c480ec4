#pragma once

#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <qcorotask.h>

namespace insightly::entra {

// The "Insightly SAML" gallery template
// (https://learn.microsoft.com/graph/api/applicationtemplate-list). Not the older "Insightly" entry (linked
// sign-on).
struct GalleryTemplate {
    QString id;
    QString displayName;
    QStringList supportedSingleSignOnModes;
    QStringList supportedProvisioningTypes;
};

struct GalleryTemplateResult : OperationFailure {
    GalleryTemplate value;
    bool ok() const { return !failed() && !value.id.isEmpty(); }
};

// One enterprise application made from the template: its service principal and its application object.
struct InsightlyApplication {
    QString servicePrincipalId;
    QString appId;       // application (client) id
    QString appObjectId; // the application object's id (for /applications/{id}); empty when not found yet
    QString displayName;
    QDateTime createdDateTime; // of the service principal, when Graph says (to help the admin choose)

    bool isComplete() const
    {
        return !servicePrincipalId.isEmpty() && !appId.isEmpty() && !appObjectId.isEmpty();
    }
};

// What exists now, read without creating, waiting for replication or changing SetupState (status report).
struct ExistingApplications : OperationFailure {
    GalleryTemplate galleryTemplate;
    std::optional<InsightlyApplication> saved; // SetupState's app, when Graph still has it
    bool savedMissing = false;                 // SetupState names an app that Graph answers 404 for
    QList<InsightlyApplication> fromTemplate;  // every app made from the template (only looked up when
                                               // SetupState's app is not found)
    bool ok() const { return !failed(); }
};

// Step 1's reads in Graph, none of which creates anything: the gallery template, the apps made from it, the
// app an earlier run saved in SetupState. What to do with what they find (create, choose, wait for
// replication): GalleryApplication. Static coroutines: see OperationContext for lifetime.
class GalleryLookup
{
    Q_DECLARE_TR_FUNCTIONS(GalleryLookup)

public:
    static inline const QString kTemplateName = QStringLiteral("Insightly SAML");

    // What a look-up found, or why it failed.
    struct Found {
        OperationFailure failure;
        QList<InsightlyApplication> apps;
    };

    // GET /applicationTemplates?$filter=displayName eq 'Insightly SAML', re-checked case-insensitively;
    // an error on none or several; it must list saml and sync.
    static QCoro::Task<GalleryTemplateResult> findTemplate(OperationContext context);
    // Read-only (the status report): SetupState's app with one GET (404 = missing, no grace period, nothing
    // forgotten), else the apps made from the template. Sends no write and changes no SetupState.
    static QCoro::Task<ExistingApplications> listExisting(OperationContext context);

    // The ids and names of a service principal as Graph returns it (appObjectId is not part of it).
    static InsightlyApplication fromServicePrincipal(const QJsonObject &sp);
    // The application object of `appId` (GET /applications?$filter=appId eq '…'); none when not listed yet.
    static QCoro::Task<Found> applicationObjectOf(OperationContext context, QString appId);
    // Service principals made from the template, each with its application object id when listed.
    static QCoro::Task<Found> servicePrincipalsFromTemplate(OperationContext context, QString templateId);
    // The app saved in SetupState, if it still exists (404 for longer than savedAppGrace = deleted: then it
    // is forgotten in SetupState, with what was done to it, so that Step 1 starts over).
    static QCoro::Task<Found> savedApplication(OperationContext context);
};

} // namespace insightly::entra
