#include "pages/ScimStatusPanel.h"

#include "core/LogCategories.h"
#include "core/SetupState.h"
#include "entra/SignInSession.h"
#include "pages/InfoLabel.h"
#include "pages/ReadableViews.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace insightly {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName, const QString &description)
{
    return InfoLabel::spokenByText(parent, objectName, description); // spoken by its text
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ScimStatusPanel::ScimStatusPanel(QWidget *parent)
    : QGroupBox(tr("Provisioning status (refreshed automatically)"), parent)
{
    setObjectName(QStringLiteral("scimStatusPanel"));
    setAccessibleName(tr("Provisioning status"));
    auto *form = new QFormLayout(this);
    m_state = valueLabel(this, QStringLiteral("scimStatusState"), tr("Provisioning state"));
    m_lastCycle = valueLabel(this, QStringLiteral("scimStatusLastCycle"), tr("Last cycle"));
    m_counts = valueLabel(this, QStringLiteral("scimStatusCounts"), tr("Counts"));
    m_steadyState = valueLabel(this, QStringLiteral("scimStatusSteadyState"), tr("Steady state"));
    m_quarantine = valueLabel(this, QStringLiteral("scimStatusQuarantine"), tr("Quarantine"));
    m_error = valueLabel(this, QStringLiteral("scimStatusError"), tr("Status error"));
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Last cycle:"), m_lastCycle);
    form->addRow(tr("Counts:"), m_counts);
    form->addRow(tr("Steady state:"), m_steadyState);
    form->addRow(m_quarantine);
    form->addRow(m_error);
    m_quarantine->hide();
    m_error->hide();
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, [this] { refreshNow(); });
}

ScimStatusPanel::~ScimStatusPanel()
{
    m_destroying = true;
    m_timer.stop();
    if (m_provisioning)
        m_provisioning->cancel();
}

void ScimStatusPanel::watchJobOf(const entra::SignInSession *session, const SetupState &setup)
{
    if (!session || !session->graph() || setup.synchronizationJobId.isEmpty())
        return;
    show();
    watch(session->graph(), setup.servicePrincipalId, setup.synchronizationJobId);
}

void ScimStatusPanel::watch(entra::GraphClient *graph, const QString &servicePrincipalId,
                            const QString &jobId)
{
    if (m_provisioning)
        m_provisioning->cancel();
    m_provisioning = std::make_unique<entra::Provisioning>(graph, servicePrincipalId);
    m_jobId = jobId;
    m_state->setText(tr("Reading…"));
    if (isVisible())
        m_timer.start();
    refreshNow();
}

void ScimStatusPanel::stop()
{
    m_timer.stop();
    if (m_provisioning)
        m_provisioning->cancel();
}

void ScimStatusPanel::refreshNow()
{
    // One refresh at a time: a slow Graph answer must not pile requests up.
    if (m_refreshing || !m_provisioning || m_jobId.isEmpty())
        return;
    refresh();
}

QCoro::Task<void> ScimStatusPanel::refresh()
{
    m_refreshing = true;
    QPointer<ScimStatusPanel> self(this);
    const entra::ProvisioningStatusResult result = co_await m_provisioning->status(m_jobId);
    if (!self || m_destroying)
        co_return;
    m_refreshing = false;
    if (!result.ok) {
        if (result.error.code != QLatin1String("cancelled")) {
            m_error->setText(
                tr("The status could not be read: %1 %2").arg(result.error.what, result.error.action));
            m_error->show();
        }
        co_return;
    }
    m_error->hide();
    display(result.status);
}

QString ScimStatusPanel::stateText(const entra::ProvisioningStatus &s) const
{
    if (s.code == QLatin1String("Active"))
        return tr("Active — provisioning runs on its schedule.");
    if (s.code == QLatin1String("NotRun"))
        return tr("Not run yet — credentials saved; the first cycle has not run.");
    if (s.code == QLatin1String("NotConfigured"))
        return tr("Not configured — the Tenant URL and Secret Token are not saved.");
    if (s.code == QLatin1String("Paused"))
        return tr("Paused — provisioning was stopped.");
    if (s.code == QLatin1String("Quarantine"))
        return tr("Quarantine — provisioning is paused by Microsoft.");
    return s.code;
}

void ScimStatusPanel::display(const entra::ProvisioningStatus &s)
{
    m_status = s;
    m_state->setText(stateText(s));
    if (s.lastExecutionState.isEmpty()) {
        m_lastCycle->setText(tr("No cycle has run yet. The first one can take a while in Microsoft Entra."));
    } else {
        QString text = tr("%1, ended %2").arg(s.lastCycleResultText(), when(s.lastExecutionEnded));
        if (s.lastSuccessfulExecutionEnded.isValid())
            text += u'\n' + tr("Last successful cycle: %1").arg(when(s.lastSuccessfulExecutionEnded));
        if (!s.lastCycleError.isEmpty() && !s.isQuarantined())
            text += u'\n' + tr("Error: %1 %2").arg(s.lastCycleError.what, s.lastCycleError.action);
        m_lastCycle->setText(text);
    }
    m_counts->setText(tr("%1 in scope, %2 changes sent to Insightly, %3 failed, %4 users in sync")
                          .arg(s.countEntitled)
                          .arg(s.countExported)
                          .arg(s.countEscrowed)
                          .arg(s.synchronizedUsers));
    m_steadyState->setText(s.steadyStateLastAchieved.isValid()
                               ? tr("Reached, last at %1").arg(when(s.steadyStateLastAchieved))
                               : tr("Not reached yet"));
    if (s.isQuarantined()) {
        QString text = tr("Quarantine (%1): %2").arg(s.quarantineReason, s.quarantine.what);
        if (!s.quarantine.why.isEmpty())
            text += u'\n' + tr("Cause: %1").arg(s.quarantine.why);
        text += u'\n' + tr("Fix: %1").arg(s.quarantine.action);
        if (!s.quarantine.details.isEmpty())
            text += u'\n' + tr("Microsoft's message: %1").arg(s.quarantine.details);
        m_quarantine->setText(text);
        m_quarantine->show();
    } else {
        m_quarantine->hide();
    }
    qCDebug(lcPages) << "provisioning status" << s.code << s.lastExecutionState;
    Q_EMIT statusChanged(s);
}

void ScimStatusPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (m_provisioning && !m_jobId.isEmpty()) {
        m_timer.start();
        refreshNow();
    }
}

void ScimStatusPanel::hideEvent(QHideEvent *event)
{
    QGroupBox::hideEvent(event);
    m_timer.stop();
}

} // namespace insightly
