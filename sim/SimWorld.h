#pragma once

#include "AppsState.h"
#include "DirectoryState.h"
#include "InsightlyState.h"

#include <QJsonObject>

namespace sim {

// Everything the simulated world holds. Each part is owned by its module(s) and persists itself.
struct SimWorld {
    DirectoryState
        directory;  // tenant, users, groups, sign-in sessions and tokens (Identity + Directory modules)
    AppsState apps; // templates, applications, service principals, assignments, sync jobs
    InsightlyState insightly; // the Insightly instance: SAML settings, SCIM store, REST users

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);
};

} // namespace sim
