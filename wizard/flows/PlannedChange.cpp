#include "flows/PlannedChange.h"

#include "flows/ChangePlan.h"

#include <QJsonArray>
#include <QTextStream>

namespace insightly {

using Step = PlannedChange::Step;
using Action = PlannedChange::Action;

QString PlannedChange::stepKey(Step step)
{
    switch (step) {
    case Step::App:
        return QStringLiteral("app");
    case Step::Saml:
        return QStringLiteral("saml");
    case Step::Scim:
        return QStringLiteral("scim");
    case Step::Assign:
        return QStringLiteral("assign");
    case Step::CertificateRotation:
        return QStringLiteral("certificate-rotation");
    case Step::ScimTokenRotation:
        return QStringLiteral("scim-token-rotation");
    }
    return {};
}

QString PlannedChange::actionKey(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::None:
        return QStringLiteral("none");
    }
    return {};
}

QJsonObject PlannedChange::toJson() const
{
    return QJsonObject{{QStringLiteral("step"), stepKey(step)}, {QStringLiteral("action"), actionKey(action)},
                       {QStringLiteral("system"), system},      {QStringLiteral("objectKind"), objectKind},
                       {QStringLiteral("object"), objectName},  {QStringLiteral("property"), property},
                       {QStringLiteral("oldValue"), oldValue},  {QStringLiteral("newValue"), newValue},
                       {QStringLiteral("method"), method},      {QStringLiteral("path"), path}};
}

QList<PlannedChange> ChangePlanResult::forStep(Step step) const
{
    QList<PlannedChange> selected;
    for (const PlannedChange &c : changes)
        if (c.step == step)
            selected.append(c);
    return selected;
}

QJsonObject ChangePlanResult::toJson() const
{
    QJsonArray list;
    for (const PlannedChange &c : changes)
        list.append(c.toJson());
    QJsonObject json{{QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("tenantId"), tenantId},
                     {QStringLiteral("complete"), ok()},
                     {QStringLiteral("changes"), list}};
    if (!ok())
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("what"), error.what},
                                                         {QStringLiteral("action"), error.action}});
    return json;
}

QString ChangePlanResult::toTable() const
{
    QString text;
    QTextStream out(&text);
    Step current = Step::App;
    bool first = true;
    for (const PlannedChange &c : changes) {
        if (first || c.step != current)
            out << (first ? "" : "\n") << "[" << PlannedChange::stepKey(c.step) << "]\n";
        first = false;
        current = c.step;
        out << "  " << PlannedChange::actionKey(c.action).leftJustified(7) << ' ' << c.objectKind;
        if (!c.objectName.isEmpty())
            out << " \"" << c.objectName << '"';
        if (!c.property.isEmpty())
            out << "  " << c.property << ": "
                << (c.oldValue.isEmpty() ? ChangePlan::tr("(none)") : c.oldValue) << " -> " << c.newValue;
        else if (!c.newValue.isEmpty())
            out << "  " << c.newValue;
        out << '\n';
        if (c.isGraphRequest())
            out << "          " << c.method << ' ' << c.path << '\n';
        else if (c.system == QLatin1String("insightly"))
            out << "          " << ChangePlan::tr("(you, in Insightly)") << '\n';
    }
    if (changes.isEmpty())
        out << ChangePlan::tr("Nothing to change.") << '\n';
    if (!ok())
        out << '\n' << error.what << '\n' << error.action << '\n';
    return text;
}

} // namespace insightly
