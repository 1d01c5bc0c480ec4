#pragma once

#include "entra/GalleryLookup.h"
#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <qcorotask.h>

namespace insightly::entra {

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

// Step 1: find or create the one Insightly SAML enterprise application. Idempotent:
//   1. GalleryLookup::findTemplate(): the gallery template.
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
// The reads it builds on: GalleryLookup. The result's ids are also in `context.setup->state()`. Static
// coroutines: see OperationContext for lifetime.
class GalleryApplication
{
    Q_DECLARE_TR_FUNCTIONS(GalleryApplication)

public:
    static QCoro::Task<GalleryApplicationResult> ensure(OperationContext context);
    // Steps 1-3 of ensure() without ever creating: for re-runs (certificate or token rotation) that must
    // work on the app an earlier run made. Found, ChooseOne, or Failed with code "steps.app-not-found"
    // when no app comes from the template.
    static QCoro::Task<GalleryApplicationResult> findExisting(OperationContext context);
    // After Outcome::ChooseOne: the admin picked `chosen` (one of the candidates). Saves its ids to
    // SetupState and confirms it is readable.
    static QCoro::Task<GalleryApplicationResult> choose(OperationContext context,
                                                        InsightlyApplication chosen);
};

} // namespace insightly::entra
