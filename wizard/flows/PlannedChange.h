#pragma once

#include "core/UserMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace insightly {

// One change a step is about to make, read live from the tenant before it runs. Never holds a secret: the
// SCIM token is named, never shown.
struct PlannedChange {
    enum class Step { App, Saml, Scim, Assign, CertificateRotation, ScimTokenRotation };
    enum class Action { Create, Update, Delete, None };

    Step step = Step::App;
    Action action = Action::None;
    QString system = QStringLiteral("entra"); // "entra", or "insightly" for what the admin does there
    QString objectKind;                       // "enterprise application", "service principal", …
    QString objectName;                       // a display name or an id
    QString property;                         // the properties written, comma-separated
    QString oldValue;
    QString newValue;
    QString method; // the Graph method; empty for a change the admin makes in Insightly
    QString path;   // the Graph path (relative to /v1.0), `{…}` where the id is not known yet

    bool isGraphRequest() const { return !method.isEmpty(); }
    QJsonObject toJson() const;
    static QString stepKey(Step step);
    static QString actionKey(Action action);
};

// The whole plan (or one re-run's), per step, with a table and a versioned JSON form for `--plan`.
struct ChangePlanResult {
    static constexpr int formatVersion = 1;
    UserMessage error; // set when the tenant could not be read: the plan is then incomplete
    QString tenantId;
    QList<PlannedChange> changes;

    bool ok() const { return error.isEmpty(); }
    QList<PlannedChange> forStep(PlannedChange::Step step) const;
    QJsonObject toJson() const;
    QString toTable() const;
};

} // namespace insightly
