#pragma once

#include "SimFixture.h"

#include <QJsonObject>
#include <QString>

namespace testsupport {

// The Insightly SAML enterprise application as Step 1 leaves it.
struct GalleryApp {
    QString servicePrincipalId;
    QString appObjectId; // the application object's id
    QString appId;       // the application (client) id
    bool isValid() const { return !servicePrincipalId.isEmpty() && !appObjectId.isEmpty(); }
};

// Step 1 as raw Graph calls, for tests of later steps: finds the "Insightly SAML" gallery template by name
// (never a hard-coded id) and instantiates it. Returns an invalid app with *error set when that failed.
GalleryApp addInsightlySamlFromGallery(SimFixture &sim, const QString &token, QString *error);

} // namespace testsupport
