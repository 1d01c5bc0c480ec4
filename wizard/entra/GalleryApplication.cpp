#include "entra/GalleryApplication.h"

#include "core/SetupStateStore.h"
#include "entra/SetupOperation_p.h"

#include <QDeadlineTimer>
#include <QJsonArray>

namespace insightly::entra {

using namespace setupops;

namespace {

void saveIds(const OperationContext &context, const InsightlyApplication &app)
{
    context.setup->update([&](SetupState &state) {
        state.servicePrincipalId = app.servicePrincipalId;
        state.appId = app.appId;
        state.appObjectId = app.appObjectId;
    });
}

GalleryApplicationResult failedWith(const OperationFailure &failure)
{
    GalleryApplicationResult result;
    static_cast<OperationFailure &>(result) = failure;
    result.outcome = GalleryApplicationResult::Outcome::Failed;
    return result;
}

// How many times the instantiate POST is sent when no answer says clearly whether it landed.
constexpr int kMaximumInstantiatePosts = 3;

// Both objects answer GET `confirmations` times in a row (both read in one round trip per look).
QCoro::Task<OperationFailure> waitUntilReplicated(OperationContext context, InsightlyApplication app,
                                                  int confirmations, FirstLook first = FirstLook::Now)
{
    const std::function<QCoro::Task<Probe>()> probe = [context, app]() -> QCoro::Task<Probe> {
        Probe look;
        // Both reads in flight together: one round trip per look.
        const GraphRequest spRequest = prepared(
            GraphRequest::get(QStringLiteral("/servicePrincipals/") + app.servicePrincipalId), context);
        const GraphRequest objectRequest =
            prepared(GraphRequest::get(QStringLiteral("/applications/") + app.appObjectId), context);
        QCoro::Task<GraphResult> spTask = context.graph->send(spRequest);
        QCoro::Task<GraphResult> objectTask = context.graph->send(objectRequest);
        const GraphResult sp = co_await std::move(spTask);
        const GraphResult object = co_await std::move(objectTask);
        if (!sp.ok() && sp.status != 404) {
            look.failure = failureOf(sp);
            co_return look;
        }
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
    const UserMessage timeout = replicationTimeout(
        GalleryApplication::tr("Microsoft Entra did not finish creating the application in time."),
        GalleryApplication::tr("The new application was not readable consistently (replication)."),
        GalleryApplication::tr("Wait a few minutes and run this step again; it continues with the "
                               "same application instead of creating another."));
    co_return co_await waitUntilSeen(context, confirmations, probe, describe, timeout, first);
}

} // namespace

QCoro::Task<GalleryApplicationResult> GalleryApplication::ensure(OperationContext context)
{
    const GalleryTemplateResult found = co_await GalleryLookup::findTemplate(context);
    if (!found.ok())
        co_return failedWith(found);
    GalleryApplicationResult result;
    result.galleryTemplate = found.value;

    context.report(tr("Looking for an Insightly SAML application made earlier…"));
    const GalleryLookup::Found saved = co_await GalleryLookup::savedApplication(context);
    if (saved.failure.failed())
        co_return failedWith(saved.failure);
    if (!saved.apps.isEmpty()) {
        GalleryApplicationResult chosen = co_await choose(context, saved.apps.constFirst());
        chosen.galleryTemplate = found.value;
        co_return chosen;
    }

    for (int posts = 0;; ++posts) {
        const GalleryLookup::Found existing =
            co_await GalleryLookup::servicePrincipalsFromTemplate(context, found.value.id);
        if (existing.failure.failed())
            co_return failedWith(existing.failure);
        if (existing.apps.size() == 1) {
            GalleryApplicationResult chosen = co_await choose(context, existing.apps.constFirst());
            chosen.galleryTemplate = found.value;
            co_return chosen;
        }
        if (existing.apps.size() > 1) {
            result.outcome = GalleryApplicationResult::Outcome::ChooseOne;
            result.candidates = existing.apps;
            context.report(tr("Several Insightly SAML applications exist; choose the one to use."));
            co_return result;
        }
        if (posts == kMaximumInstantiatePosts) // no clear answer each time and nothing listed: stop
            break;

        context.report(tr("Adding Insightly SAML from the gallery…"));
        GraphRequest instantiate = prepared(
            GraphRequest::post(QStringLiteral("/applicationTemplates/%1/instantiate").arg(found.value.id),
                               QJsonObject{{QStringLiteral("displayName"), GalleryLookup::kTemplateName}},
                               RepeatSafety::NotSafeToRepeat),
            context);
        instantiate.timeout = std::chrono::seconds(60);
        const GraphResult created = co_await context.graph->send(instantiate);
        if (created.ok()) {
            const QJsonObject application = created.json.value(QStringLiteral("application")).toObject();
            InsightlyApplication app = GalleryLookup::fromServicePrincipal(
                created.json.value(QStringLiteral("servicePrincipal")).toObject());
            app.appObjectId = application.value(QStringLiteral("id")).toString();
            if (app.appId.isEmpty())
                app.appId = application.value(QStringLiteral("appId")).toString();
            // Saved before anything else can fail: a crash from here on resumes with this app.
            saveIds(context, app);
            qCInfo(lcSetupSteps) << "instantiated the Insightly SAML template";
            context.report(
                tr("Insightly SAML was added; waiting for Microsoft Entra to finish creating it…"));
            if (const OperationFailure waited = co_await waitUntilReplicated(
                    context, app, context.convergence.confirmations, FirstLook::AfterPause);
                waited.failed())
                co_return failedWith(waited);
            context.setup->markStepCompleted(SetupState::Step::App);
            result.outcome = GalleryApplicationResult::Outcome::Created;
            result.application = app;
            co_return result;
        }
        if (created.cancelled || !mayHaveLanded(created))
            co_return failedWith(failureOf(created));
        // No answer, or a server error: the POST may have landed. Look for it a few times (listing lags)
        // before posting again.
        qCWarning(lcSetupSteps) << "instantiate got" << created.status << "; looking before trying again";
        for (int look = 0; look < context.convergence.confirmations; ++look) {
            context.report(tr("Microsoft Entra did not answer; checking whether the application was added…"));
            if (!co_await pause(context, context.convergence.pollInterval))
                co_return failedWith(cancelledFailure());
            const GalleryLookup::Found again =
                co_await GalleryLookup::servicePrincipalsFromTemplate(context, found.value.id);
            if (again.failure.failed())
                co_return failedWith(again.failure);
            if (!again.apps.isEmpty())
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
    const GalleryTemplateResult found = co_await GalleryLookup::findTemplate(context);
    if (!found.ok())
        co_return failedWith(found);
    context.report(tr("Looking for the Insightly SAML application of the existing setup…"));
    const GalleryLookup::Found saved = co_await GalleryLookup::savedApplication(context);
    if (saved.failure.failed())
        co_return failedWith(saved.failure);
    GalleryLookup::Found existing = saved;
    if (existing.apps.isEmpty()) {
        existing = co_await GalleryLookup::servicePrincipalsFromTemplate(context, found.value.id);
        if (existing.failure.failed())
            co_return failedWith(existing.failure);
    }
    if (existing.apps.isEmpty())
        co_return failedWith(failure(
            tr("No Insightly SAML application was found in this tenant."),
            tr("No enterprise application made from the Insightly SAML gallery entry exists, so there is "
               "no setup to work on."),
            tr("Check that you signed in to the right tenant, or run a new setup first."),
            QStringLiteral("steps.app-not-found")));
    if (existing.apps.size() > 1) {
        GalleryApplicationResult result;
        result.galleryTemplate = found.value;
        result.outcome = GalleryApplicationResult::Outcome::ChooseOne;
        result.candidates = existing.apps;
        context.report(tr("Several Insightly SAML applications exist; choose the one to use."));
        co_return result;
    }
    GalleryApplicationResult chosen = co_await choose(context, existing.apps.constFirst());
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
            const GalleryLookup::Found objects =
                co_await GalleryLookup::applicationObjectOf(context, chosen.appId);
            if (objects.failure.failed())
                co_return failedWith(objects.failure);
            if (!objects.apps.isEmpty()) {
                chosen.appObjectId = objects.apps.constFirst().appObjectId;
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

} // namespace insightly::entra
