#include "flows/ChangePlan.h"

#include "core/SetupStateStore.h"
#include "entra/CertificateReader.h"
#include "entra/GalleryLookup.h"
#include "entra/GraphClient.h"
#include "entra/GraphPager.h"
#include "entra/SetupReadings.h"
#include "entra/SigningCertificates.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace insightly {

using Step = PlannedChange::Step;
using Action = PlannedChange::Action;

namespace {

const QString kSp = QStringLiteral("{servicePrincipal-id}");
const QString kApp = QStringLiteral("{application-id}");
const QString kJob = QStringLiteral("{job-id}");

QString orPlaceholder(const QString &id, const QString &placeholder)
{
    return id.isEmpty() ? placeholder : id;
}

QString listText(const QStringList &values)
{
    return values.isEmpty() ? ChangePlan::tr("(none)") : values.join(QStringLiteral(", "));
}

PlannedChange graphChange(Step step, Action action, QString kind, QString name, QString property,
                          QString oldValue, QString newValue, QString method, QString path)
{
    PlannedChange c;
    c.step = step;
    c.action = action;
    c.objectKind = std::move(kind);
    c.objectName = std::move(name);
    c.property = std::move(property);
    c.oldValue = std::move(oldValue);
    c.newValue = std::move(newValue);
    c.method = std::move(method);
    c.path = std::move(path);
    return c;
}

PlannedChange insightlyChange(Step step, QString name, QString oldValue, QString newValue)
{
    PlannedChange c;
    c.step = step;
    c.action = Action::Update;
    c.system = QStringLiteral("insightly");
    c.objectKind = ChangePlan::tr("Insightly setting");
    c.objectName = std::move(name);
    c.oldValue = std::move(oldValue);
    c.newValue = std::move(newValue);
    return c;
}

QString activeText(const entra::CertificateInventory &inventory)
{
    const entra::TokenSigningCertificate *active = inventory.active();
    if (!active)
        return ChangePlan::tr("(none)");
    return ChangePlan::tr("%1, expires %2")
        .arg(active->thumbprint, active->endDateTime.date().toString(Qt::ISODate));
}

// What ensureActive() writes: a certificate only when none usable exists, the activation (and the e-mails)
// only when not already active with the same e-mails.
void planCertificate(QList<PlannedChange> *out, const QString &spPath, const QString &spName,
                     const entra::CertificateInventory *inventory, const QStringList &emails)
{
    const auto usable = [](const entra::TokenSigningCertificate &c) {
        return entra::SigningCertificates::isUsable(c, entra::SigningCertificates::kRenewWhenDaysLeft);
    };
    QStringList currentEmails = inventory ? inventory->notificationEmailAddresses : QStringList();
    const bool emailsChange =
        !emails.isEmpty() && QSet<QString>(emails.cbegin(), emails.cend()) !=
                                 QSet<QString>(currentEmails.cbegin(), currentEmails.cend());
    const entra::TokenSigningCertificate *active = inventory ? inventory->active() : nullptr;
    if (active && usable(*active)) {
        out->append(graphChange(Step::Saml, Action::None, ChangePlan::tr("SAML signing certificate"),
                                active->thumbprint, {}, activeText(*inventory), activeText(*inventory), {},
                                {}));
        if (emailsChange)
            out->append(graphChange(Step::Saml, Action::Update, ChangePlan::tr("service principal"), spName,
                                    QStringLiteral("notificationEmailAddresses"), listText(currentEmails),
                                    listText(emails), QStringLiteral("PATCH"), spPath));
        return;
    }
    bool pending = false;
    if (inventory)
        for (const entra::TokenSigningCertificate &c : inventory->certificates)
            pending = pending || (!c.active && usable(c));
    if (!pending)
        out->append(graphChange(
            Step::Saml, Action::Create, ChangePlan::tr("SAML signing certificate"),
            QStringLiteral("CN=Insightly SAML"), QStringLiteral("endDateTime"), {},
            ChangePlan::tr("valid for %n day(s)", nullptr, entra::SigningCertificates::kMaximumValidityDays),
            QStringLiteral("POST"), spPath + QStringLiteral("/addTokenSigningCertificate")));
    QString property = QStringLiteral("preferredTokenSigningKeyThumbprint");
    if (emailsChange)
        property += QStringLiteral(", notificationEmailAddresses");
    out->append(graphChange(Step::Saml, Action::Update, ChangePlan::tr("service principal"), spName, property,
                            inventory ? activeText(*inventory) : ChangePlan::tr("(none)"),
                            ChangePlan::tr("the new certificate") +
                                (emailsChange ? QStringLiteral("; ") + listText(emails) : QString()),
                            QStringLiteral("PATCH"), spPath));
}

} // namespace

QString ChangePlan::summary(const QList<PlannedChange> &changes)
{
    QStringList parts;
    int writes = 0;
    for (const PlannedChange &c : changes) {
        if (c.action == Action::None)
            continue;
        ++writes;
        QString verb;
        switch (c.action) {
        case Action::Create:
            verb = tr("create %1");
            break;
        case Action::Update:
            verb = tr("update %1");
            break;
        case Action::Delete:
            verb = tr("delete %1");
            break;
        case Action::None:
            break;
        }
        const QString part = verb.arg(c.objectKind);
        if (!parts.contains(part))
            parts.append(part);
    }
    if (writes == 0)
        return tr("No changes: everything is already as it should be.");
    return tr("%n change(s): %1", nullptr, writes).arg(parts.join(QStringLiteral(", ")));
}

bool ChangePlan::pathMatches(const QString &planned, const QString &path)
{
    QString pattern;
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]*\\}"));
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(planned); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern +=
            QRegularExpression::escape(planned.mid(at, m.capturedStart() - at)) + QStringLiteral("[^/]+");
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(planned.mid(at));
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    QString normalized = path;
    if (!normalized.startsWith(u'/'))
        normalized.prepend(u'/');
    return re.match(normalized).hasMatch();
}

QString ChangePlan::difference(const QList<PlannedChange> &planned, const QList<AuditEntry> &writes)
{
    QStringList unplanned, missing;
    QList<bool> seen(planned.size(), false);
    for (const AuditEntry &w : writes) {
        if (w.system != QLatin1String("entra") || w.method == QLatin1String("GET") ||
            w.method == QLatin1String("plan")) // an earlier step's "matched the plan" entry
            continue;
        bool matched = false;
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const PlannedChange &p = planned.at(i);
            if (p.isGraphRequest() && p.method == w.method && pathMatches(p.path, w.object)) {
                seen[i] = true;
                matched = true;
            }
        }
        if (!matched && !unplanned.contains(w.method + u' ' + w.object))
            unplanned.append(w.method + u' ' + w.object);
    }
    for (qsizetype i = 0; i < planned.size(); ++i)
        if (planned.at(i).isGraphRequest() && !seen.at(i))
            missing.append(planned.at(i).method + u' ' + planned.at(i).path);
    QStringList parts;
    if (!unplanned.isEmpty())
        parts.append(tr("not planned: %1").arg(unplanned.join(QStringLiteral("; "))));
    if (!missing.isEmpty())
        parts.append(tr("planned but not sent: %1").arg(missing.join(QStringLiteral("; "))));
    return parts.join(QStringLiteral(" — "));
}

AuditEntry ChangePlan::outcomeEntry(const QList<PlannedChange> &planned, const QList<AuditEntry> &writes)
{
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.system = QStringLiteral("entra");
    entry.method = QStringLiteral("plan");
    if (!planned.isEmpty())
        entry.object = PlannedChange::stepKey(planned.constFirst().step);
    const QString diff = difference(planned, writes);
    // Untranslated like the rest of the journal's machine-readable fields: the journal is read in any
    // language.
    entry.note = diff.isEmpty() ? QStringLiteral("matched the plan")
                                : QStringLiteral("differed from the plan: ") + diff;
    return entry;
}

QCoro::Task<ChangePlanResult> ChangePlan::read(entra::OperationContext context, Inputs inputs)
{
    ChangePlanResult plan;
    if (!context.graph || !context.setup) {
        plan.error.what = tr("Not signed in: the tenant could not be read.");
        plan.error.action = tr("Sign in, then look at the plan again.");
        co_return plan;
    }
    const SetupState state = context.setup->state();
    plan.tenantId = state.tenantId;
    const QUrl signIn = inputs.signInPageUrl.isEmpty() ? state.insightlySignInUrl : inputs.signInPageUrl;
    const QUrl scim = inputs.scimEndpoint.isEmpty() ? state.scimBaseAddress : inputs.scimEndpoint;

    // Step 1: the app the operations would use — SetupState's, else the only one made from the template.
    const entra::ExistingApplications existing = co_await entra::GalleryLookup::listExisting(context);
    if (existing.failed()) {
        plan.error = existing.error;
        co_return plan;
    }
    std::optional<entra::InsightlyApplication> app = existing.saved;
    if (!app && existing.fromTemplate.size() == 1)
        app = existing.fromTemplate.constFirst();
    const QString spName = app ? app->displayName : entra::GalleryLookup::kTemplateName;
    const QString spPath =
        QStringLiteral("/servicePrincipals/") + orPlaceholder(app ? app->servicePrincipalId : QString(), kSp);
    const bool rerun = inputs.scope != Scope::Setup;
    if (rerun && !app) {
        plan.error.what = tr("No Insightly SAML application was found in this tenant.");
        plan.error.action = tr("Run the whole setup first; a re-run changes an existing setup.");
        co_return plan;
    }

    if (inputs.scope == Scope::Setup) {
        if (app)
            plan.changes.append(graphChange(Step::App, Action::None, tr("enterprise application"),
                                            app->displayName, {}, {},
                                            tr("already exists (app id %1)").arg(app->appId), {}, {}));
        else if (existing.fromTemplate.size() > 1)
            plan.changes.append(graphChange(
                Step::App, Action::None, tr("enterprise application"), entra::GalleryLookup::kTemplateName,
                {}, {}, tr("you choose one of %n existing apps", nullptr, int(existing.fromTemplate.size())),
                {}, {}));
        else
            plan.changes.append(graphChange(
                Step::App, Action::Create, tr("enterprise application"), entra::GalleryLookup::kTemplateName,
                QStringLiteral("displayName"), {}, entra::GalleryLookup::kTemplateName,
                QStringLiteral("POST"),
                QStringLiteral("/applicationTemplates/%1/instantiate")
                    .arg(orPlaceholder(existing.galleryTemplate.id, QStringLiteral("{template-id}")))));

        // Step 2a: SAML mode, Identifier and Reply URL.
        entra::SamlSettingsReading saml;
        if (app && app->isComplete()) {
            saml = co_await entra::SetupReadings::samlSettings(context.graph, *app, context.cancel);
            if (!saml.error.isEmpty()) {
                plan.error = saml.error;
                co_return plan;
            }
        }
        if (saml.singleSignOnMode != QLatin1String("saml"))
            plan.changes.append(
                graphChange(Step::Saml, Action::Update, tr("service principal"), spName,
                            QStringLiteral("preferredSingleSignOnMode"),
                            saml.singleSignOnMode.isEmpty() ? tr("(none)") : saml.singleSignOnMode,
                            QStringLiteral("saml"), QStringLiteral("PATCH"), spPath));
        const QStringList wanted{signIn.toString()};
        if (saml.identifierUris != wanted || saml.redirectUris != wanted)
            plan.changes.append(graphChange(
                Step::Saml, Action::Update, tr("application"), spName,
                QStringLiteral("identifierUris, web.redirectUris"),
                listText(saml.identifierUris) + QStringLiteral(" / ") + listText(saml.redirectUris),
                signIn.isEmpty() ? tr("the Sign-in page URL you enter") : signIn.toString(),
                QStringLiteral("PATCH"),
                QStringLiteral("/applications/") + orPlaceholder(app ? app->appObjectId : QString(), kApp)));
    }

    // Step 2b / certificate rotation: the signing certificates the service principal holds.
    std::optional<entra::CertificateInventory> inventory;
    if (app && app->servicePrincipalId == state.servicePrincipalId) {
        inventory = co_await entra::CertificateReader::read(context);
        if (inventory->failed()) {
            plan.error = inventory->error;
            co_return plan;
        }
    }
    if (inputs.scope == Scope::Setup) {
        planCertificate(&plan.changes, spPath, spName, inventory ? &*inventory : nullptr,
                        inputs.notificationEmails);
        // The sign-in test needs the admin assigned to the app.
        bool assigned = false;
        if (context.isCancelled()) { // the session ended while the plan was read
            plan.error.what = tr("Not signed in: the tenant could not be read.");
            plan.error.action = tr("Sign in, then look at the plan again.");
            co_return plan;
        }
        if (app && !inputs.adminUserId.isEmpty()) {
            entra::GraphResult listed;
            const QJsonArray assignments = co_await entra::GraphPager::getAll(
                *context.graph, entra::GraphRequest::get(spPath + QStringLiteral("/appRoleAssignedTo")),
                &listed);
            if (!listed.ok()) {
                plan.error = listed.userMessage();
                co_return plan;
            }
            for (const QJsonValue &v : assignments)
                assigned = assigned || v.toObject()
                                               .value(QStringLiteral("principalId"))
                                               .toString()
                                               .compare(inputs.adminUserId, Qt::CaseInsensitive) == 0;
        }
        if (!assigned)
            plan.changes.append(graphChange(Step::Saml, Action::Create, tr("app role assignment"), tr("you"),
                                            QStringLiteral("principalId"), {},
                                            tr("you, for the sign-in test"), QStringLiteral("POST"),
                                            spPath + QStringLiteral("/appRoleAssignedTo")));
        // Insightly's side: a new certificate is uploaded again; Enforce SAML Login once, after the test.
        const bool newCertificate =
            std::any_of(plan.changes.cbegin(), plan.changes.cend(), [](const PlannedChange &c) {
                return c.property.startsWith(QLatin1String("preferredTokenSigningKeyThumbprint"));
            });
        PlannedChange upload =
            insightlyChange(Step::Saml, tr("SAML certificate"), {}, tr("the new certificate file"));
        if (!newCertificate && state.isStepCompleted(SetupState::Step::SignInTest)) {
            upload.action = Action::None;
            upload.newValue = tr("already uploaded and tested");
        }
        plan.changes.append(upload);
        PlannedChange enforce =
            insightlyChange(Step::Saml, tr("Enforce SAML Login"), tr("off", "a setting that is not ticked"),
                            tr("on, after the sign-in test passed"));
        if (state.isStepCompleted(SetupState::Step::Enforce)) {
            enforce.action = Action::None;
            enforce.oldValue = enforce.newValue = tr("on", "a setting that is ticked");
        }
        plan.changes.append(enforce);
    } else if (inputs.scope == Scope::CertificateRotation) {
        const entra::TokenSigningCertificate *active = inventory ? inventory->active() : nullptr;
        const QString pendingThumbprint =
            state.certificateRotation ? state.certificateRotation->newThumbprint : QString();
        if (pendingThumbprint.isEmpty() || !inventory || !inventory->find(pendingThumbprint))
            plan.changes.append(graphChange(
                Step::CertificateRotation, Action::Create, tr("SAML signing certificate"),
                QStringLiteral("CN=Insightly SAML"), QStringLiteral("endDateTime"), {},
                tr("valid for %n day(s)", nullptr, entra::SigningCertificates::kMaximumValidityDays),
                QStringLiteral("POST"), spPath + QStringLiteral("/addTokenSigningCertificate")));
        plan.changes.append(insightlyChange(Step::CertificateRotation, tr("SAML certificate"),
                                            active ? active->thumbprint : QString(),
                                            tr("the new certificate file")));
        plan.changes.append(graphChange(Step::CertificateRotation, Action::Update, tr("service principal"),
                                        spName, QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                        inventory ? activeText(*inventory) : tr("(none)"),
                                        tr("the new certificate"), QStringLiteral("PATCH"), spPath));
        plan.changes.append(graphChange(Step::CertificateRotation, Action::Delete,
                                        tr("SAML signing certificate"),
                                        active ? active->thumbprint : tr("the old certificate"),
                                        QStringLiteral("keyCredentials, passwordCredentials"),
                                        inventory ? activeText(*inventory) : QString(), tr("(removed)"),
                                        QStringLiteral("PATCH"), spPath));
    }

    // Step 3 / SCIM token rotation: the provisioning job, Test Connection, the credentials, start.
    if (inputs.scope != Scope::CertificateRotation) {
        const Step step = rerun ? Step::ScimTokenRotation : Step::Scim;
        entra::ProvisioningReading job;
        if (app) {
            job = co_await entra::SetupReadings::provisioning(context.graph, app->servicePrincipalId,
                                                              state.synchronizationJobId, context.cancel);
            if (!job.error.isEmpty()) {
                plan.error = job.error;
                co_return plan;
            }
        }
        const QString jobsPath = spPath + QStringLiteral("/synchronization/jobs");
        const QString jobPath =
            jobsPath + u'/' + orPlaceholder(job.hasJob ? job.status.jobId : QString(), kJob);
        if (!job.hasJob)
            plan.changes.append(graphChange(
                step, Action::Create, tr("provisioning job"), spName, QStringLiteral("templateId"), {},
                tr("Insightly's provisioning template"), QStringLiteral("POST"), jobsPath));
        plan.changes.append(graphChange(step, Action::None, tr("provisioning job"), spName, {}, {},
                                        tr("Test Connection (changes nothing)"), QStringLiteral("POST"),
                                        jobPath + QStringLiteral("/validateCredentials")));
        plan.changes.append(
            graphChange(step, Action::Update, tr("provisioning credentials"), spName,
                        QStringLiteral("BaseAddress, SecretToken"),
                        state.scimBaseAddress.isEmpty() ? tr("(none)") : state.scimBaseAddress.toString(),
                        (scim.isEmpty() ? tr("the SCIM endpoint you enter") : scim.toString()) +
                            QStringLiteral(", ") + tr("(the token you paste)"),
                        QStringLiteral("PUT"), spPath + QStringLiteral("/synchronization/secrets")));
        const bool quarantined = job.hasJob && job.status.isQuarantined();
        plan.changes.append(
            graphChange(step, Action::Update, tr("provisioning job"), spName, QStringLiteral("status"),
                        job.hasJob ? job.status.code : tr("(none)"), tr("started"), QStringLiteral("POST"),
                        jobPath + (quarantined ? QStringLiteral("/restart") : QStringLiteral("/start"))));
    }

    // Step 4: the users and groups queued for assignment (sent in $batch requests of 20).
    if (inputs.scope == Scope::Setup) {
        int queued = 0;
        for (const SetupState::Assignment &a : state.assignmentQueue) {
            if (a.done)
                continue;
            ++queued;
            plan.changes.append(
                graphChange(Step::Assign, Action::Create, tr("app role assignment"), a.principalId,
                            QStringLiteral("principalId"), {},
                            a.type == SetupState::PrincipalType::Group ? tr("group") : tr("user"),
                            QStringLiteral("POST"), spPath + QStringLiteral("/appRoleAssignedTo")));
        }
        if (queued == 0)
            plan.changes.append(graphChange(Step::Assign, Action::Create, tr("app role assignment"),
                                            tr("each user or group you choose"),
                                            QStringLiteral("principalId"), {}, {}, QStringLiteral("POST"),
                                            spPath + QStringLiteral("/appRoleAssignedTo")));
    }
    co_return plan;
}

} // namespace insightly
