#pragma once

// What GalleryApplication.cpp (ensure, choose) and GalleryApplicationLookup.cpp (the Graph look-ups) share.
// Not for pages.
#include "entra/GalleryApplication.h"
#include "entra/SetupOperation_p.h"

#include <QJsonObject>

namespace insightly::entra::gallery {

struct Lookup {
    OperationFailure failure;
    QList<InsightlyApplication> found;
};

// The ids and names of a service principal as Graph returns it (appObjectId is not part of it).
InsightlyApplication fromServicePrincipal(const QJsonObject &sp);
// The application object of `appId` (GET /applications?$filter=appId eq '…'); empty id when not listed yet.
QCoro::Task<Lookup> applicationObjectOf(OperationContext context, QString appId);
// Service principals made from the template, each with its application object id when listed.
QCoro::Task<Lookup> servicePrincipalsFromTemplate(OperationContext context, QString templateId);
// Both objects answer GET `confirmations` times in a row (both read in one round trip per look).
QCoro::Task<OperationFailure> waitUntilReplicated(OperationContext context, InsightlyApplication app,
                                                  int confirmations,
                                                  setupops::FirstLook first = setupops::FirstLook::Now);
// The app saved in SetupState, if it still exists (404 for longer than savedAppGrace = deleted: then it is
// forgotten in SetupState, with what was done to it, so that Step 1 starts over).
QCoro::Task<Lookup> savedApplication(OperationContext context);

} // namespace insightly::entra::gallery
