#include "flows/SetupStatusReport.h"

#include "core/SecretKeys.h"
#include "core/SecretRedaction.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/CertificateReader.h"
#include "entra/GalleryLookup.h"
#include "entra/GraphClient.h"
#include "entra/SetupReadings.h"
#include "flows/FlowLog.h"
#include "flows/StatusReportFormat.h"
#include "flows/StatusRowRules.h"

namespace insightly {

using Id = StatusRow::Id;

namespace {

QCoro::Task<SecretResult> scimTokenStored(QPointer<SecretStore> secrets, SecretKey key)
{
    if (!secrets || !key.isValid()) {
        SecretResult none;
        none.notFound = true;
        co_return none;
    }
    SecretResult stored = co_await secrets->read(key);
    stored.value.fill('\0'); // existence only: the token itself is never kept or shown
    stored.value.clear();
    co_return stored;
}

} // namespace

SetupStatusReport::SetupStatusReport(QObject *parent)
    : QObject(parent)
{
    for (const Id id : StatusRow::allIds())
        m_rows.append(StatusRowRules::loading(id));
}

SetupStatusReport::~SetupStatusReport()
{
    // The reads hold no pointer to this object; cancelling ends them at their next step.
    if (m_cancel)
        m_cancel->cancel();
}

const StatusRow &SetupStatusReport::row(Id id) const
{
    return m_rows.at(int(StatusRow::allIds().indexOf(id)));
}

int SetupStatusReport::settledCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const StatusRow &r) { return r.isSettled(); }));
}

void SetupStatusReport::start()
{
    if (m_cancel) {
        m_cancel->cancel();
        m_cancel->deleteLater();
    }
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    run(++m_generation, token);
}

void SetupStatusReport::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void SetupStatusReport::setRow(const StatusRow &row)
{
    const int index = int(StatusRow::allIds().indexOf(row.id));
    m_rows[index] = row;
    Q_EMIT rowChanged(index);
    Q_EMIT progressChanged(settledCount(), int(m_rows.size()));
}

void SetupStatusReport::settleRemaining(const QString &reason, StatusRow::Level level)
{
    for (const StatusRow &r : std::as_const(m_rows))
        if (!r.isSettled()) {
            StatusRow settled = StatusRowRules::notApplicable(r.id, reason);
            settled.level = level;
            setRow(settled);
        }
}

QCoro::Task<> SetupStatusReport::run(quint64 generation, QPointer<entra::CancelToken> cancel)
{
    QPointer<SetupStatusReport> self(this);
    const auto current = [&self, generation] { return self && self->m_generation == generation; };
    m_running = true;
    m_cancelled = false;
    m_generatedAt = QDateTime::currentDateTimeUtc();
    for (StatusRow &r : m_rows)
        r = StatusRowRules::loading(r.id);
    Q_EMIT started();
    Q_EMIT progressChanged(0, int(m_rows.size()));

    const QPointer<entra::GraphClient> graph = m_inputs.graph;
    const QPointer<SetupStateStore> store = m_inputs.setup;
    const SetupState before = store ? store->state() : SetupState{};
    setRow(StatusRowRules::tenant(m_inputs.identity, before));

    if (graph && store) {
        entra::OperationContext operation;
        operation.graph = graph;
        operation.setup = store;
        operation.cancel = cancel;
        const entra::ExistingApplications found = co_await entra::GalleryLookup::listExisting(operation);
        if (!current())
            co_return;
        entra::InsightlyApplication app;
        setRow(StatusRowRules::application(found, &app));
        const bool appFound = !app.servicePrincipalId.isEmpty();
        if (appFound && store && store->state().servicePrincipalId != app.servicePrincipalId) {
            qCInfo(lcFlows) << "status report: recording the Insightly SAML app found by its template";
            store->update([&app](SetupState &state) {
                state.servicePrincipalId = app.servicePrincipalId;
                state.appId = app.appId;
                state.appObjectId = app.appObjectId;
            });
        }
        const SetupState state = store ? store->state() : before;
        setRow(StatusRowRules::instance(state, appFound));
        if (!appFound) {
            const QString reason = found.failed()
                                       ? tr("Depends on the enterprise application, which could not be read.")
                                       : tr("No Insightly SAML application to check.");
            settleRemaining(reason,
                            found.failed() ? StatusRow::Level::Unknown : StatusRow::Level::NotApplicable);
        } else {
            setRow(StatusRowRules::signInTest(state));
            setRow(StatusRowRules::enforceSaml(state));
            // Started together (coroutines run until their first request), awaited in row order.
            auto saml = entra::SetupReadings::samlSettings(graph, app, cancel);
            auto certificates = entra::CertificateReader::read(operation);
            auto provisioning = entra::SetupReadings::provisioning(graph, app.servicePrincipalId,
                                                                   state.synchronizationJobId, cancel);
            auto assigned = entra::SetupReadings::assignmentCount(graph, app.servicePrincipalId, cancel);
            const SecretKey tokenKey = SecretKeys::scimToken(state);
            auto token = scimTokenStored(m_inputs.secrets, tokenKey);

            const entra::SamlSettingsReading samlReading = co_await std::move(saml);
            if (!current())
                co_return;
            setRow(StatusRowRules::samlSettings(samlReading, state.insightlySignInUrl));
            const entra::CertificateInventory inventory = co_await std::move(certificates);
            if (!current())
                co_return;
            setRow(StatusRowRules::certificate(inventory, state, QDateTime::currentDateTimeUtc()));
            const entra::ProvisioningReading provisioningReading = co_await std::move(provisioning);
            if (!current())
                co_return;
            setRow(StatusRowRules::provisioning(provisioningReading));
            const entra::AssignmentCount count = co_await std::move(assigned);
            if (!current())
                co_return;
            setRow(StatusRowRules::assignments(count, state.pendingAssignments()));
            const SecretResult stored = co_await std::move(token);
            if (!current())
                co_return;
            const bool provisioningSetUp =
                provisioningReading.hasJob || !state.synchronizationJobId.isEmpty();
            setRow(StatusRowRules::scimToken(stored, provisioningSetUp));
        }
    } else {
        settleRemaining(tr("Sign in to Microsoft Entra to read the status."), StatusRow::Level::Unknown);
    }
    m_cancelled = entra::isCancelled(cancel);
    if (m_cancelled)
        settleRemaining(tr("Cancelled before it was read."), StatusRow::Level::Unknown);
    m_running = false;
    if (cancel)
        cancel->deleteLater();
    qCInfo(lcFlows) << "status report read;" << (m_cancelled ? "cancelled" : "complete");
    Q_EMIT finished(m_cancelled);
}

QString SetupStatusReport::toPlainText() const
{
    return redactSecrets(StatusReportFormat::plainText(m_rows, m_generatedAt)); // copied and exported
}

QString SetupStatusReport::toHtml() const
{
    return redactSecrets(StatusReportFormat::html(m_rows, m_generatedAt));
}

} // namespace insightly
