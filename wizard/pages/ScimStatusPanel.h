#pragma once

#include "entra/Provisioning.h"

#include <QGroupBox>
#include <QPointer>
#include <QTimer>
#include <memory>

class QLabel;

namespace insightly {

struct SetupState;

namespace entra {
class GraphClient;
class SignInSession;
} // namespace entra

// The live state of the provisioning job: state, last cycle, counts, steady state, and a quarantine with its
// reason and fix. Refreshes itself every few seconds while it is visible, one request at a time.
class ScimStatusPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScimStatusPanel(QWidget *parent = nullptr);
    ~ScimStatusPanel() override;

    // Starts watching `jobId` of the service principal (replaces what was watched before).
    void watch(entra::GraphClient *graph, const QString &servicePrincipalId, const QString &jobId);
    // Shows the panel and watches the provisioning job of `setup` — when signed in and the setup has a job.
    void watchJobOf(const entra::SignInSession *session, const SetupState &setup);
    void stop();
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    const entra::ProvisioningStatus &lastStatus() const { return m_status; }

    void refreshNow();

Q_SIGNALS:
    void statusChanged(const insightly::entra::ProvisioningStatus &status);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QCoro::Task<void> refresh();
    void display(const entra::ProvisioningStatus &status);
    QString stateText(const entra::ProvisioningStatus &status) const;

    std::unique_ptr<entra::Provisioning> m_provisioning;
    QString m_jobId;
    QTimer m_timer;
    bool m_refreshing = false;
    bool m_destroying = false;
    entra::ProvisioningStatus m_status;
    QLabel *m_state = nullptr;
    QLabel *m_lastCycle = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_steadyState = nullptr;
    QLabel *m_quarantine = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace insightly
