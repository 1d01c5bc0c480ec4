#pragma once

#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QDateTime>
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

struct GalleryApplicationResult : OperationFailure {
    enum class Outcome {
        Found,     // an existing app is used (SetupState's, or the only one from the template)
        Created,   // instantiated now and seen `confirmations` times in a row
        ChooseOne, // several apps come from the template and SetupState names none: `candidates`, then
                   // choose()
        Failed,    // `error` says why (or `cancelled`)
    };
    Outcome outcome = Outcome::Failed;
    GalleryTemplate galleryTemplate;
    InsightlyApplication application;       // Found / Created
    QList<InsightlyApplication> candidates; // ChooseOne

    bool ok() const { return outcome == Outcome::Found || outcome == Outcome::Created; }
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

// Step 1: find or create the one Insightly SAML enterprise application. Idempotent:
//   1. findTemplate(): GET /applicationTemplates?$filter=displayName eq 'Insightly SAML', re-checked
//      case-insensitively; error on none or several; it must list saml and sync.
//   2. The ids saved in SetupState: GET /servicePrincipals/{id} (404 = deleted in the meantime: forgotten).
//   3. GET /servicePrincipals?$filter=applicationTemplateId eq '{id}' and each one's application
//      (GET /applications?$filter=appId eq '{appId}'). One → used; several → the one SetupState names, else
//      Outcome::ChooseOne (never a silent pick).
//   4. None: POST /applicationTemplates/{id}/instantiate (NotSafeToRepeat). On a transport failure step 3
//   runs
//      again before one more POST (the first may have landed). The ids are saved to SetupState as soon as
//      instantiate answered, then GET /servicePrincipals/{id} and GET /applications/{id} are polled until
//      both are seen ConvergencePolicy::confirmations times in a row. A crash or cancel during that wait
//      resumes at step 2 on the next run and waits again: never a second app.
// The result's ids are also in `context.setup->state()`. Static coroutines: see OperationContext for
// lifetime.
class GalleryApplication
{
    Q_DECLARE_TR_FUNCTIONS(GalleryApplication)

public:
    static inline const QString kTemplateName = QStringLiteral("Insightly SAML");

    static QCoro::Task<GalleryTemplateResult> findTemplate(OperationContext context);
    static QCoro::Task<GalleryApplicationResult> ensure(OperationContext context);
    // Steps 1-3 of ensure() without ever creating: for re-runs (certificate or token rotation) that must
    // work on the app an earlier run made. Found, ChooseOne, or Failed with code "steps.app-not-found"
    // when no app comes from the template.
    static QCoro::Task<GalleryApplicationResult> findExisting(OperationContext context);
    // After Outcome::ChooseOne: the admin picked `chosen` (one of the candidates). Saves its ids to
    // SetupState and confirms it is readable.
    static QCoro::Task<GalleryApplicationResult> choose(OperationContext context,
                                                        InsightlyApplication chosen);

    // Read-only (the status report): SetupState's app with one GET (404 = missing, no grace period, nothing
    // forgotten), else the apps made from the template. Sends no write and changes no SetupState.
    static QCoro::Task<ExistingApplications> listExisting(OperationContext context);
};

} // namespace insightly::entra
