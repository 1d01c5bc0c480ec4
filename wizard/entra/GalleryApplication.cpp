#include "entra/GalleryApplication.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include <QDeadlineTimer>
#include <QJsonArray>

namespace insightly::entra {

using namespace setupops;

namespace {

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

InsightlyApplication fromServicePrincipal(const QJsonObject &sp)
{
    InsightlyApplication app;
    app.servicePrincipalId = sp.value(QStringLiteral("id")).toString();
    app.appId = sp.value(QStringLiteral("appId")).toString();
    app.displayName = sp.value(QStringLiteral("displayName")).toString();
    app.createdDateTime =
        QDateTime::fromString(sp.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODateWithMs);
    return app;
}

void saveIds(const OperationContext &context, const InsightlyApplication &app)
{
    context.setup->update([&](SetupState &state) {
        state.servicePrincipalId = app.servicePrincipalId;
        state.appId = app.appId;
        state.appObjectId = app.appObjectId;
    });
}

// The saved app is gone: forget it and what was done to it, so that Step 1 starts over.
void forgetApp(const OperationContext &context)
{
    context.setup->update([](SetupState &state) {
        state.servicePrincipalId.clear();
        state.appId.clear();
        state.appObjectId.clear();
        state.certificateThumbprint.clear();
        state.certificateExpiry = {};
        for (const auto step : {SetupState::Step::App, SetupState::Step::Saml, SetupState::Step::Certificate,
                                SetupState::Step::Handoff})
            state.completedSteps.remove(step);
    });
}

struct Lookup {
    OperationFailure failure;
    QList<InsightlyApplication> found;
};

// The application object of `appId` (GET /applications?$filter=appId eq '…'); empty id when not listed yet.
QCoro::Task<Lookup> applicationObjectOf(OperationContext context, QString appId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("appId eq ") + quoted(appId));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,appId,displayName"));
    GraphResult result;
    const GraphRequest request = prepared(GraphRequest::get(QStringLiteral("/applications"), query), context);
    const QJsonArray apps = co_await context.graph->getAll(request, &result);
    Lookup lookup;
    if (!result.ok()) {
        lookup.failure = failureOf(result);
        co_return lookup;
    }
    for (const QJsonValue &v : apps) {
        InsightlyApplication app;
        app.appObjectId = v.toObject().value(QStringLiteral("id")).toString();
        app.appId = appId;
        lookup.found.append(app);
    }
    co_return lookup;
}

// Service principals made from the template, each with its application object id when listed.
QCoro::Task<Lookup> servicePrincipalsFromTemplate(OperationContext context, QString templateId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"),
                       QStringLiteral("applicationTemplateId eq ") + quoted(templateId));
    GraphResult result;
    const GraphRequest request =
        prepared(GraphRequest::get(QStringLiteral("/servicePrincipals"), query), context);
    const QJsonArray sps = co_await context.graph->getAll(request, &result);
    Lookup lookup;
    if (!result.ok()) {
        lookup.failure = failureOf(result);
        co_return lookup;
    }
    for (const QJsonValue &v : sps) {
        InsightlyApplication app = fromServicePrincipal(v.toObject());
        const Lookup objects = co_await applicationObjectOf(context, app.appId);
        if (objects.failure.failed()) {
            lookup.failure = objects.failure;
            co_return lookup;
        }
        if (!objects.found.isEmpty())
            app.appObjectId = objects.found.constFirst().appObjectId;
        lookup.found.append(app);
    }
    co_return lookup;
}

// Both objects answer GET `confirmations` times in a row (§B2: a single success may come from a replica
// that later regresses).
QCoro::Task<OperationFailure> waitUntilReplicated(OperationContext context, InsightlyApplication app,
                                                  int confirmations)
{
    const std::function<QCoro::Task<Probe>()> probe = [context, app]() -> QCoro::Task<Probe> {
        Probe look;
        const GraphRequest spRequest = prepared(
            GraphRequest::get(QStringLiteral("/servicePrincipals/") + app.servicePrincipalId), context);
        const GraphResult sp = co_await context.graph->send(spRequest);
        if (!sp.ok() && sp.status != 404) {
            look.failure = failureOf(sp);
            co_return look;
        }
        const GraphRequest objectRequest =
            prepared(GraphRequest::get(QStringLiteral("/applications/") + app.appObjectId), context);
        const GraphResult object = co_await context.graph->send(objectRequest);
        if (!object.ok() && object.status != 404) {
            look.failure = failureOf(object);
            co_return look;
        }
        look.seen = sp.ok() && object.ok();
        co_return look;
    };
    const std::function<QString(int, int)> describe = [](int seen, int needed) {
        return GalleryApplication::tr(
                   "Waiting for Microsoft Entra to finish creating the application… seen %1 "
                   "of %2 times")
            .arg(seen)
            .arg(needed);
    };
    UserMessage timeout;
    timeout.what = GalleryApplication::tr("Microsoft Entra did not finish creating the application in time.");
    timeout.why = GalleryApplication::tr("The new application was not readable consistently (replication).");
    timeout.action =
        GalleryApplication::tr("Wait a few minutes and run this step again; it continues with the "
                               "same application instead of creating another.");
    timeout.code = QStringLiteral("steps.replication-timeout");
    co_return co_await waitUntilSeen(context, confirmations, probe, describe, timeout);
}

// The app saved in SetupState, if it still exists (404 for longer than savedAppGrace = deleted).
QCoro::Task<Lookup> savedApplication(OperationContext context)
{
    Lookup lookup;
    const SetupState &state = context.setup->state();
    if (state.servicePrincipalId.isEmpty())
        co_return lookup;
    const QString spId = state.servicePrincipalId;
    const QDeadlineTimer grace(context.convergence.savedAppGrace);
    for (;;) {
        const GraphRequest request =
            prepared(GraphRequest::get(QStringLiteral("/servicePrincipals/") + spId), context);
        const GraphResult sp = co_await context.graph->send(request);
        if (sp.ok()) {
            InsightlyApplication app = fromServicePrincipal(sp.json);
            const Lookup objects = co_await applicationObjectOf(context, app.appId);
            if (objects.failure.failed()) {
                lookup.failure = objects.failure;
                co_return lookup;
            }
            // Not listed yet right after instantiate: the id saved then is the one.
            app.appObjectId = objects.found.isEmpty() ? context.setup->state().appObjectId
                                                      : objects.found.constFirst().appObjectId;
            lookup.found.append(app);
            co_return lookup;
        }
        if (sp.status != 404) {
            lookup.failure = failureOf(sp);
            co_return lookup;
        }
        if (grace.hasExpired()) {
            qCInfo(lcSetupSteps) << "the saved service principal is gone; Step 1 starts over";
            forgetApp(context);
            co_return lookup;
        }
        context.report(GalleryApplication::tr("Looking for the application from the last run…"));
        if (!co_await pause(context, context.convergence.pollInterval)) {
            lookup.failure = cancelledFailure();
            co_return lookup;
        }
    }
}

GalleryApplicationResult failedWith(const OperationFailure &failure)
{
    GalleryApplicationResult result;
    static_cast<OperationFailure &>(result) = failure;
    result.outcome = GalleryApplicationResult::Outcome::Failed;
    return result;
}

} // namespace

QCoro::Task<GalleryTemplateResult> GalleryApplication::findTemplate(OperationContext context)
{
    GalleryTemplateResult result;
    if (const OperationFailure missing = missingInputs(context, false); missing.failed()) {
        static_cast<OperationFailure &>(result) = missing;
        co_return result;
    }
    context.report(tr("Looking for Insightly SAML in the Microsoft Entra gallery…"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("displayName eq ") + quoted(kTemplateName));
    GraphResult answer;
    const GraphRequest request =
        prepared(GraphRequest::get(QStringLiteral("/applicationTemplates"), query), context);
    const QJsonArray items = co_await context.graph->getAll(request, &answer);
    if (!answer.ok()) {
        static_cast<OperationFailure &>(result) = failureOf(answer);
        co_return result;
    }
    // Re-checked here: the older "Insightly" entry (linked sign-on only) must never be taken for it.
    QList<QJsonObject> matches;
    for (const QJsonValue &v : items)
        if (v.toObject()
                .value(QStringLiteral("displayName"))
                .toString()
                .compare(kTemplateName, Qt::CaseInsensitive) == 0)
            matches.append(v.toObject());
    if (matches.isEmpty()) {
        static_cast<OperationFailure &>(result) = failure(
            tr("Insightly SAML was not found in the Microsoft Entra application gallery."),
            tr("The gallery returned no application named \"Insightly SAML\". The older \"Insightly\" "
               "entry offers only linked sign-on and cannot be used for SAML and provisioning."),
            tr("Check in the Entra admin center (Enterprise applications > New application) that "
               "\"Insightly SAML\" is listed, then run this step again."),
            QStringLiteral("steps.template-not-found"));
        co_return result;
    }
    if (matches.size() > 1) {
        static_cast<OperationFailure &>(result) = failure(
            tr("The Microsoft Entra gallery lists Insightly SAML more than once."),
            tr("%n gallery applications are named \"Insightly SAML\"; the wizard cannot tell which one "
               "is right.",
               nullptr, int(matches.size())),
            tr("Add Insightly SAML by hand in the Entra admin center, then run the wizard again: it "
               "finds the application you added."),
            QStringLiteral("steps.template-ambiguous"));
        co_return result;
    }
    const QJsonObject found = matches.constFirst();
    result.value.id = found.value(QStringLiteral("id")).toString();
    result.value.displayName = found.value(QStringLiteral("displayName")).toString();
    result.value.supportedSingleSignOnModes =
        stringsOf(found.value(QStringLiteral("supportedSingleSignOnModes")));
    result.value.supportedProvisioningTypes =
        stringsOf(found.value(QStringLiteral("supportedProvisioningTypes")));
    if (!result.value.supportedSingleSignOnModes.contains(QStringLiteral("saml"), Qt::CaseInsensitive) ||
        !result.value.supportedProvisioningTypes.contains(QStringLiteral("sync"), Qt::CaseInsensitive)) {
        static_cast<OperationFailure &>(result) =
            failure(tr("The Insightly SAML gallery application does not offer what the wizard needs."),
                    tr("It must support SAML single sign-on and automatic provisioning (SCIM); Entra lists "
                       "sign-on modes \"%1\" and provisioning types \"%2\".")
                        .arg(result.value.supportedSingleSignOnModes.join(QStringLiteral(", ")),
                             result.value.supportedProvisioningTypes.join(QStringLiteral(", "))),
                    tr("Set up Insightly by hand following Insightly's article, or contact Microsoft support "
                       "about the gallery entry."),
                    QStringLiteral("steps.template-unsuitable"));
        result.value = {};
    }
    co_return result;
}

QCoro::Task<GalleryApplicationResult> GalleryApplication::ensure(OperationContext context)
{
    const GalleryTemplateResult found = co_await findTemplate(context);
    if (!found.ok())
        co_return failedWith(found);
    GalleryApplicationResult result;
    result.galleryTemplate = found.value;

    context.report(tr("Looking for an Insightly SAML application made earlier…"));
    const Lookup saved = co_await savedApplication(context);
    if (saved.failure.failed())
        co_return failedWith(saved.failure);
    if (!saved.found.isEmpty()) {
        GalleryApplicationResult chosen = co_await choose(context, saved.found.constFirst());
        chosen.galleryTemplate = found.value;
        co_return chosen;
    }

    for (int posts = 0;; ++posts) {
        const Lookup existing = co_await servicePrincipalsFromTemplate(context, found.value.id);
        if (existing.failure.failed())
            co_return failedWith(existing.failure);
        if (existing.found.size() == 1) {
            GalleryApplicationResult chosen = co_await choose(context, existing.found.constFirst());
            chosen.galleryTemplate = found.value;
            co_return chosen;
        }
        if (existing.found.size() > 1) {
            result.outcome = GalleryApplicationResult::Outcome::ChooseOne;
            result.candidates = existing.found;
            context.report(tr("Several Insightly SAML applications exist; choose the one to use."));
            co_return result;
        }
        if (posts == 2) // two POSTs without an answer and nothing listed: stop rather than risk more
            break;

        context.report(tr("Adding Insightly SAML from the gallery…"));
        GraphRequest instantiate = prepared(
            GraphRequest::post(QStringLiteral("/applicationTemplates/%1/instantiate").arg(found.value.id),
                               QJsonObject{{QStringLiteral("displayName"), kTemplateName}},
                               RepeatSafety::NotSafeToRepeat),
            context);
        instantiate.timeout = std::chrono::seconds(60);
        const GraphResult created = co_await context.graph->send(instantiate);
        if (created.ok()) {
            const QJsonObject application = created.json.value(QStringLiteral("application")).toObject();
            InsightlyApplication app =
                fromServicePrincipal(created.json.value(QStringLiteral("servicePrincipal")).toObject());
            app.appObjectId = application.value(QStringLiteral("id")).toString();
            if (app.appId.isEmpty())
                app.appId = application.value(QStringLiteral("appId")).toString();
            // Saved before anything else can fail: a crash from here on resumes with this app.
            saveIds(context, app);
            qCInfo(lcSetupSteps) << "instantiated the Insightly SAML template";
            context.report(
                tr("Insightly SAML was added; waiting for Microsoft Entra to finish creating it…"));
            if (const OperationFailure waited =
                    co_await waitUntilReplicated(context, app, context.convergence.confirmations);
                waited.failed())
                co_return failedWith(waited);
            context.setup->markStepCompleted(SetupState::Step::App);
            result.outcome = GalleryApplicationResult::Outcome::Created;
            result.application = app;
            co_return result;
        }
        if (created.cancelled || created.status != 0)
            co_return failedWith(failureOf(created));
        // No answer: the POST may have landed. Look for it a few times (listing lags) before posting again.
        qCWarning(lcSetupSteps) << "instantiate got no answer; looking before trying again";
        for (int look = 0; look < context.convergence.confirmations; ++look) {
            context.report(tr("Microsoft Entra did not answer; checking whether the application was added…"));
            if (!co_await pause(context, context.convergence.pollInterval))
                co_return failedWith(cancelledFailure());
            const Lookup again = co_await servicePrincipalsFromTemplate(context, found.value.id);
            if (again.failure.failed())
                co_return failedWith(again.failure);
            if (!again.found.isEmpty())
                break; // the loop's lookup decides
        }
    }
    co_return failedWith(failure(tr("Insightly SAML could not be added."),
                                 tr("Microsoft Entra did not answer the request to add the application."),
                                 tr("Check the network connection and run this step again; the wizard first "
                                    "looks for an application that may have been added."),
                                 QStringLiteral("steps.instantiate-no-answer")));
}

QCoro::Task<GalleryApplicationResult> GalleryApplication::findExisting(OperationContext context)
{
    const GalleryTemplateResult found = co_await findTemplate(context);
    if (!found.ok())
        co_return failedWith(found);
    context.report(tr("Looking for the Insightly SAML application of the existing setup…"));
    const Lookup saved = co_await savedApplication(context);
    if (saved.failure.failed())
        co_return failedWith(saved.failure);
    Lookup existing = saved;
    if (existing.found.isEmpty()) {
        existing = co_await servicePrincipalsFromTemplate(context, found.value.id);
        if (existing.failure.failed())
            co_return failedWith(existing.failure);
    }
    if (existing.found.isEmpty())
        co_return failedWith(failure(
            tr("No Insightly SAML application was found in this tenant."),
            tr("No enterprise application made from the Insightly SAML gallery entry exists, so there is "
               "no setup to work on."),
            tr("Check that you signed in to the right tenant, or run a new setup first."),
            QStringLiteral("steps.app-not-found")));
    if (existing.found.size() > 1) {
        GalleryApplicationResult result;
        result.galleryTemplate = found.value;
        result.outcome = GalleryApplicationResult::Outcome::ChooseOne;
        result.candidates = existing.found;
        context.report(tr("Several Insightly SAML applications exist; choose the one to use."));
        co_return result;
    }
    GalleryApplicationResult chosen = co_await choose(context, existing.found.constFirst());
    chosen.galleryTemplate = found.value;
    co_return chosen;
}

QCoro::Task<GalleryApplicationResult> GalleryApplication::choose(OperationContext context,
                                                                 InsightlyApplication chosen)
{
    if (const OperationFailure missing = missingInputs(context, false); missing.failed())
        co_return failedWith(missing);
    if (chosen.appObjectId.isEmpty()) {
        // Right after instantiate the list may not show the application object yet: wait for it.
        const QDeadlineTimer deadline(context.convergence.timeout);
        for (;;) {
            const Lookup objects = co_await applicationObjectOf(context, chosen.appId);
            if (objects.failure.failed())
                co_return failedWith(objects.failure);
            if (!objects.found.isEmpty()) {
                chosen.appObjectId = objects.found.constFirst().appObjectId;
                break;
            }
            if (deadline.hasExpired())
                co_return failedWith(
                    failure(tr("The application object of Insightly SAML was not found."),
                            tr("Microsoft Entra lists the enterprise application but not its "
                               "application registration."),
                            tr("Wait a few minutes and run this step again."),
                            QStringLiteral("steps.application-object-missing")));
            context.report(tr("Waiting for Microsoft Entra to list the application…"));
            if (!co_await pause(context, context.convergence.pollInterval))
                co_return failedWith(cancelledFailure());
        }
    }
    // Step 1 is marked complete only once its app replicated: an app confirmed by an earlier run needs one
    // look; any other (resumed after a crash, or just picked) the full count.
    const SetupState &before = context.setup->state();
    const bool confirmedEarlier = before.isStepCompleted(SetupState::Step::App) &&
                                  before.servicePrincipalId == chosen.servicePrincipalId;
    saveIds(context, chosen);
    const int confirmations = confirmedEarlier ? 1 : context.convergence.confirmations;
    if (const OperationFailure waited = co_await waitUntilReplicated(context, chosen, confirmations);
        waited.failed())
        co_return failedWith(waited);
    context.setup->markStepCompleted(SetupState::Step::App);
    GalleryApplicationResult result;
    result.outcome = GalleryApplicationResult::Outcome::Found;
    result.application = chosen;
    context.report(tr("Using the existing Insightly SAML application."));
    co_return result;
}

QCoro::Task<ExistingApplications> GalleryApplication::listExisting(OperationContext context)
{
    ExistingApplications result;
    const GalleryTemplateResult found = co_await findTemplate(context);
    if (!found.ok()) {
        static_cast<OperationFailure &>(result) = found;
        co_return result;
    }
    result.galleryTemplate = found.value;
    if (const QString spId = context.setup->state().servicePrincipalId; !spId.isEmpty()) {
        const GraphRequest request =
            prepared(GraphRequest::get(QStringLiteral("/servicePrincipals/") + spId), context);
        const GraphResult sp = co_await context.graph->send(request);
        if (sp.ok()) {
            InsightlyApplication app = fromServicePrincipal(sp.json);
            const Lookup objects = co_await applicationObjectOf(context, app.appId);
            if (objects.failure.failed()) {
                static_cast<OperationFailure &>(result) = objects.failure;
                co_return result;
            }
            app.appObjectId = objects.found.isEmpty() ? context.setup->state().appObjectId
                                                      : objects.found.constFirst().appObjectId;
            result.saved = app;
            co_return result;
        }
        if (sp.status != 404) {
            static_cast<OperationFailure &>(result) = failureOf(sp);
            co_return result;
        }
        result.savedMissing = true;
    }
    const Lookup existing = co_await servicePrincipalsFromTemplate(context, found.value.id);
    if (existing.failure.failed())
        static_cast<OperationFailure &>(result) = existing.failure;
    else
        result.fromTemplate = existing.found;
    co_return result;
}

} // namespace insightly::entra
