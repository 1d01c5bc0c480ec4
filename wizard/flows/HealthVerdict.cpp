#include "flows/HealthVerdict.h"

#include "flows/StatusRowRules.h"

#include <QJsonArray>
#include <QStringList>

namespace insightly {

namespace {

using Status = HealthVerdict::Status;
using Level = StatusRow::Level;
using Remedy = HealthVerdict::Remedy;

// Failing outranks "cannot tell" (what is known to be broken is reported even when another row could not
// be read), which outranks a warning.
int rank(Status status)
{
    switch (status) {
    case Status::Healthy:
        return 0;
    case Status::Warning:
        return 1;
    case Status::CannotTell:
        return 2;
    case Status::Failing:
        return 3;
    }
    return 0;
}

QString fallbackAction()
{
    return HealthVerdict::tr("Run the wizard and choose \"Check the status of an existing setup\".");
}

// Which re-run fixes a row's problem: a certificate row whose action is the rotation (none active, expiring,
// expired); the SCIM token row; provisioning quarantined because Insightly refuses the token.
Remedy remedyOf(const StatusRow &row, Status status)
{
    if (status != Status::Warning && status != Status::Failing)
        return Remedy::StatusPage;
    switch (row.id) {
    case StatusRow::Id::Certificate:
        return row.action == StatusRowRules::rotateCertificateAction() ? Remedy::RotateCertificate
                                                                       : Remedy::StatusPage;
    case StatusRow::Id::ScimToken:
        return Remedy::RotateScimToken;
    case StatusRow::Id::Provisioning:
        return row.values.value(QStringLiteral("quarantineReason")).toString() ==
                       QLatin1String("EncounteredQuarantineException")
                   ? Remedy::RotateScimToken
                   : Remedy::StatusPage;
    default:
        return Remedy::StatusPage;
    }
}

HealthVerdict::Finding finding(const StatusRow &row, Status status, const QString &summary = {})
{
    return {StatusRow::idKey(row.id), status, summary.isEmpty() ? row.summary : summary,
            row.action.isEmpty() ? fallbackAction() : row.action, remedyOf(row, status)};
}

void judgeCertificate(const StatusRow &row, const SetupState &state, const QDateTime &now,
                      QList<HealthVerdict::Finding> *out)
{
    if (row.level == Level::Unknown) {
        out->append(finding(row, Status::CannotTell));
        return;
    }
    if (!row.values.contains(QStringLiteral("daysLeft"))) { // no certificate, or none active
        if (row.level == Level::Error || row.level == Level::Warning)
            out->append(finding(row, row.level == Level::Error ? Status::Failing : Status::Warning));
        return;
    }
    const qint64 daysLeft = row.values.value(QStringLiteral("daysLeft")).toLongLong();
    const QDateTime expiry = row.values.value(QStringLiteral("expiry")).toDateTime();
    const QString thumbprint = row.values.value(QStringLiteral("thumbprint")).toString();
    const QString rotate = StatusRowRules::rotateCertificateAction();
    if ((expiry.isValid() && expiry <= now) || daysLeft < HealthVerdict::kFailDaysLeft)
        out->append({StatusRow::idKey(row.id), Status::Failing,
                     expiry.isValid() && expiry <= now
                         ? HealthVerdict::tr("The SAML signing certificate has expired: nobody can sign in.")
                         : HealthVerdict::tr("The SAML signing certificate expires in %n day(s).", nullptr,
                                             int(daysLeft)),
                     rotate, Remedy::RotateCertificate});
    else if (daysLeft < HealthVerdict::kWarnDaysLeft)
        out->append(
            {StatusRow::idKey(row.id), Status::Warning,
             HealthVerdict::tr("The SAML signing certificate expires in %n day(s).", nullptr, int(daysLeft)),
             rotate, Remedy::RotateCertificate});
    if (!state.certificateThumbprint.isEmpty() && !thumbprint.isEmpty() &&
        state.certificateThumbprint.compare(thumbprint, Qt::CaseInsensitive) != 0)
        out->append({StatusRow::idKey(row.id), Status::Failing,
                     HealthVerdict::tr("Insightly holds certificate %1, but Entra signs with %2: sign-ins "
                                       "are rejected.")
                         .arg(state.certificateThumbprint, thumbprint),
                     HealthVerdict::tr("Upload the active certificate to Insightly, or run the wizard again "
                                       "and choose \"Rotate the SAML signing certificate\"."),
                     Remedy::RotateCertificate});
    else if (row.level == Level::Warning && daysLeft >= HealthVerdict::kWarnDaysLeft)
        out->append(finding(row, Status::Warning)); // e.g. nobody receives Microsoft's expiry e-mails
}

} // namespace

QStringList HealthVerdict::actions() const
{
    QStringList result;
    for (const Finding &f : findings)
        if (!f.action.isEmpty() && !result.contains(f.action))
            result.append(f.action);
    return result;
}

HealthVerdict HealthVerdict::judge(const QList<StatusRow> &rows, const SetupState &state,
                                   const Options &options, const QDateTime &now)
{
    HealthVerdict v;
    v.rows = rows;
    v.checkedAt = now;
    v.tenantId = state.tenantId;
    v.tenantName = state.tenantDisplayName;
    v.instance = state.insightlySignInUrl.toString();
    for (const StatusRow &row : rows) {
        if (row.id == StatusRow::Id::Certificate) {
            judgeCertificate(row, state, now, &v.findings);
            continue;
        }
        switch (row.level) {
        case Level::Error:
            if (row.id == StatusRow::Id::Tenant)
                v.findings.append({QStringLiteral("session"), Status::CannotTell, row.summary,
                                   tr("Run the wizard once and sign in: the check uses the saved session.")});
            else if (row.id == StatusRow::Id::Application)
                v.findings.append(finding(row, Status::CannotTell));
            else
                v.findings.append(finding(row, Status::Failing));
            break;
        case Level::Warning:
            v.findings.append(finding(row, Status::Warning));
            break;
        case Level::Unknown:
        case Level::Loading:
            v.findings.append(finding(row, Status::CannotTell));
            break;
        case Level::Ok:
        case Level::NotApplicable:
            break;
        }
    }
    // The SCIM token's age: the time Step 3 (or the last token rotation) saved it in Entra.
    const QDateTime saved = state.completedSteps.value(SetupState::Step::Scim);
    if (options.maxScimTokenAgeDays > 0 && saved.isValid()) {
        const qint64 age = saved.daysTo(now);
        if (age > options.maxScimTokenAgeDays)
            v.findings.append({QStringLiteral("scimTokenAge"), Status::Warning,
                               tr("The SCIM token was saved %n day(s) ago.", nullptr, int(age)),
                               tr("Run the wizard again and choose \"Rotate the SCIM token\"."),
                               Remedy::RotateScimToken});
    }
    for (const Finding &f : v.findings)
        if (rank(f.status) > rank(v.status))
            v.status = f.status;
    return v;
}

HealthVerdict HealthVerdict::cannotTell(const QString &check, const QString &summary, const QString &action)
{
    HealthVerdict v;
    v.status = Status::CannotTell;
    v.checkedAt = QDateTime::currentDateTimeUtc();
    v.findings.append({check, Status::CannotTell, summary, action.isEmpty() ? fallbackAction() : action});
    return v;
}

QString HealthVerdict::statusKey(Status status)
{
    switch (status) {
    case Status::Healthy:
        return QStringLiteral("healthy");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Failing:
        return QStringLiteral("failing");
    case Status::CannotTell:
        return QStringLiteral("cannotTell");
    }
    return {};
}

QString HealthVerdict::statusText(Status status)
{
    switch (status) {
    case Status::Healthy:
        return tr("Healthy");
    case Status::Warning:
        return tr("Warning");
    case Status::Failing:
        return tr("Failing");
    case Status::CannotTell:
        return tr("Cannot tell");
    }
    return {};
}

namespace {
QJsonValue jsonValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    return QJsonValue::fromVariant(value);
}
} // namespace

QJsonObject HealthVerdict::toJson() const
{
    QJsonArray findingsJson;
    for (const Finding &f : findings)
        findingsJson.append(QJsonObject{{QStringLiteral("check"), f.check},
                                        {QStringLiteral("status"), statusKey(f.status)},
                                        {QStringLiteral("summary"), f.summary},
                                        {QStringLiteral("action"), f.action}});
    QJsonArray rowsJson;
    for (const StatusRow &row : rows) {
        QJsonArray facts;
        for (const auto &[label, value] : row.facts)
            facts.append(QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        QJsonObject values;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            values.insert(it.key(), jsonValue(it.value()));
        rowsJson.append(QJsonObject{{QStringLiteral("id"), StatusRow::idKey(row.id)},
                                    {QStringLiteral("level"), StatusRow::levelKey(row.level)},
                                    {QStringLiteral("title"), row.title},
                                    {QStringLiteral("summary"), row.summary},
                                    {QStringLiteral("action"), row.action},
                                    {QStringLiteral("requestId"), row.error.requestId},
                                    {QStringLiteral("facts"), facts},
                                    {QStringLiteral("values"), values}});
    }
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("insightly-sso-setup-check")},
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("exitCode"), exitCode()},
        {QStringLiteral("tenant"),
         QJsonObject{{QStringLiteral("id"), tenantId}, {QStringLiteral("name"), tenantName}}},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("actions"), QJsonArray::fromStringList(actions())},
        {QStringLiteral("findings"), findingsJson},
        {QStringLiteral("rows"), rowsJson},
    };
}

QString HealthVerdict::headline() const
{
    QString text = tr("Insightly SSO: %1").arg(statusText(status));
    if (!tenantName.isEmpty() || !tenantId.isEmpty())
        text += QStringLiteral(" (%1)").arg(tenantName.isEmpty() ? tenantId : tenantName);
    if (!findings.isEmpty())
        text += u'\n' + findings.constFirst().summary;
    const QStringList todo = actions();
    if (!todo.isEmpty())
        text += u'\n' + tr("Action: %1").arg(todo.constFirst());
    return text;
}

QString HealthVerdict::toTable() const
{
    QStringList lines;
    lines << tr("Insightly SSO setup check — %1").arg(checkedAt.toLocalTime().toString(Qt::ISODate));
    if (!tenantId.isEmpty())
        lines << (tenantName.isEmpty() ? tr("Tenant: %1").arg(tenantId)
                                       : tr("Tenant: %1 (%2)").arg(tenantName, tenantId));
    if (!instance.isEmpty())
        lines << tr("Insightly: %1").arg(instance);
    lines << QString();
    qsizetype width = 0;
    for (const StatusRow &row : rows)
        width = std::max(width, row.title.size());
    for (const StatusRow &row : rows)
        lines << QStringLiteral("%1 %2  %3  %4")
                     .arg(StatusRow::levelSymbol(row.level), row.title.leftJustified(width),
                          StatusRow::levelText(row.level).leftJustified(8), row.summary);
    if (!rows.isEmpty())
        lines << QString();
    lines << tr("Status: %1 (exit status %2)").arg(statusText(status)).arg(exitCode());
    for (const Finding &f : findings)
        lines << QStringLiteral("  %1: %2").arg(statusText(f.status), f.summary)
              << QStringLiteral("    %1").arg(tr("Action: %1").arg(f.action));
    return lines.join(u'\n') + u'\n';
}

} // namespace insightly
