#include "entra/GalleryLookup.h"

#include "core/SetupStateStore.h"
#include "entra/GraphPager.h"
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

// Every object of `path` that `filter` matches (all pages), or why not.
struct Listing {
    OperationFailure failure;
    QJsonArray items;
};

QCoro::Task<Listing> listAll(OperationContext context, QString path, QString filter, QString select = {})
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), filter);
    if (!select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), select);
    GraphResult answer;
    const GraphRequest request = prepared(GraphRequest::get(path, query), context);
    Listing listing;
    listing.items = co_await GraphPager::getAll(*context.graph, request, &answer);
    if (!answer.ok())
        listing.failure = failureOf(answer);
    co_return listing;
}

// One look at the service principal `spId` and its application object (the id saved in SetupState when the
// object is not listed yet, right after instantiate). `answer` is Graph's answer to the first read; `found`
// holds the app, or the failure of the second read.
struct SavedLook {
    GraphResult answer;
    GalleryLookup::Found found;
};

QCoro::Task<SavedLook> lookAtSaved(OperationContext context, QString spId)
{
    SavedLook look;
    const GraphRequest request =
        prepared(GraphRequest::get(QStringLiteral("/servicePrincipals/") + spId), context);
    look.answer = co_await context.graph->send(request);
    if (!look.answer.ok())
        co_return look;
    InsightlyApplication app = GalleryLookup::fromServicePrincipal(look.answer.json);
    const GalleryLookup::Found objects = co_await GalleryLookup::applicationObjectOf(context, app.appId);
    if (objects.failure.failed()) {
        look.found.failure = objects.failure;
        co_return look;
    }
    app.appObjectId =
        objects.apps.isEmpty() ? context.setup->state().appObjectId : objects.apps.constFirst().appObjectId;
    look.found.apps.append(app);
    co_return look;
}

} // namespace

InsightlyApplication GalleryLookup::fromServicePrincipal(const QJsonObject &sp)
{
    InsightlyApplication app;
    app.servicePrincipalId = sp.value(QStringLiteral("id")).toString();
    app.appId = sp.value(QStringLiteral("appId")).toString();
    app.displayName = sp.value(QStringLiteral("displayName")).toString();
    app.createdDateTime =
        QDateTime::fromString(sp.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODateWithMs);
    return app;
}

QCoro::Task<GalleryLookup::Found> GalleryLookup::applicationObjectOf(OperationContext context, QString appId)
{
    const Listing apps =
        co_await listAll(context, QStringLiteral("/applications"),
                         QStringLiteral("appId eq ") + quoted(appId), QStringLiteral("id,appId,displayName"));
    Found lookup;
    lookup.failure = apps.failure;
    if (lookup.failure.failed())
        co_return lookup;
    for (const QJsonValue &v : apps.items) {
        InsightlyApplication app;
        app.appObjectId = v.toObject().value(QStringLiteral("id")).toString();
        app.appId = appId;
        lookup.apps.append(app);
    }
    co_return lookup;
}

QCoro::Task<GalleryLookup::Found> GalleryLookup::servicePrincipalsFromTemplate(OperationContext context,
                                                                               QString templateId)
{
    const Listing sps = co_await listAll(context, QStringLiteral("/servicePrincipals"),
                                         QStringLiteral("applicationTemplateId eq ") + quoted(templateId));
    Found lookup;
    lookup.failure = sps.failure;
    if (lookup.failure.failed())
        co_return lookup;
    for (const QJsonValue &v : sps.items) {
        InsightlyApplication app = fromServicePrincipal(v.toObject());
        const Found objects = co_await applicationObjectOf(context, app.appId);
        if (objects.failure.failed()) {
            lookup.failure = objects.failure;
            co_return lookup;
        }
        if (!objects.apps.isEmpty())
            app.appObjectId = objects.apps.constFirst().appObjectId;
        lookup.apps.append(app);
    }
    co_return lookup;
}

QCoro::Task<GalleryLookup::Found> GalleryLookup::savedApplication(OperationContext context)
{
    Found lookup;
    const SetupState &state = context.setup->state();
    if (state.servicePrincipalId.isEmpty())
        co_return lookup;
    const QString spId = state.servicePrincipalId;
    const QDeadlineTimer grace(context.convergence.savedAppGrace);
    for (;;) {
        const SavedLook look = co_await lookAtSaved(context, spId);
        if (look.answer.ok())
            co_return look.found;
        if (look.answer.status != 404) {
            lookup.failure = failureOf(look.answer);
            co_return lookup;
        }
        if (grace.hasExpired()) {
            qCInfo(lcSetupSteps) << "the saved service principal is gone; Step 1 starts over";
            forgetApp(context);
            co_return lookup;
        }
        context.report(tr("Looking for the application from the last run…"));
        if (!co_await pause(context, context.convergence.pollInterval)) {
            lookup.failure = cancelledFailure();
            co_return lookup;
        }
    }
}

QCoro::Task<GalleryTemplateResult> GalleryLookup::findTemplate(OperationContext context)
{
    GalleryTemplateResult result;
    if (const OperationFailure missing = missingInputs(context, false); missing.failed()) {
        static_cast<OperationFailure &>(result) = missing;
        co_return result;
    }
    context.report(tr("Looking for Insightly SAML in the Microsoft Entra gallery…"));
    const Listing templates = co_await listAll(context, QStringLiteral("/applicationTemplates"),
                                               QStringLiteral("displayName eq ") + quoted(kTemplateName));
    if (templates.failure.failed()) {
        static_cast<OperationFailure &>(result) = templates.failure;
        co_return result;
    }
    // Re-checked here: the older "Insightly" entry (linked sign-on only) must never be taken for it.
    QList<QJsonObject> matches;
    for (const QJsonValue &v : templates.items)
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

QCoro::Task<ExistingApplications> GalleryLookup::listExisting(OperationContext context)
{
    ExistingApplications result;
    const GalleryTemplateResult found = co_await findTemplate(context);
    if (!found.ok()) {
        static_cast<OperationFailure &>(result) = found;
        co_return result;
    }
    result.galleryTemplate = found.value;
    if (const QString spId = context.setup->state().servicePrincipalId; !spId.isEmpty()) {
        const SavedLook look = co_await lookAtSaved(context, spId);
        if (look.answer.ok()) {
            if (look.found.failure.failed())
                static_cast<OperationFailure &>(result) = look.found.failure;
            else
                result.saved = look.found.apps.constFirst();
            co_return result;
        }
        if (look.answer.status != 404) {
            static_cast<OperationFailure &>(result) = failureOf(look.answer);
            co_return result;
        }
        result.savedMissing = true;
    }
    const Found existing = co_await servicePrincipalsFromTemplate(context, found.value.id);
    if (existing.failure.failed())
        static_cast<OperationFailure &>(result) = existing.failure;
    else
        result.fromTemplate = existing.apps;
    co_return result;
}

} // namespace insightly::entra
