#pragma once

#include "core/UserMessage.h"
#include "entra/Provisioning.h"
#include "insightly/ScimProbe.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace insightly {

class InsightlyTab;
class ScimCredentialsForm;
class ScimFlow;
class ScimStatusPanel;
class ScimTestResults;

// Step 3: SCIM provisioning, the page of ScimFlow. The admin enables SCIM in the Insightly tab (the wizard's
// shared InsightlyTab when one is given, so that the admin stays signed in to Insightly; else the page's own)
// and copies the endpoint and token into the ScimCredentialsForm of the connection tab; the flow tests them
// twice (the wizard's own probe and Entra's Test Connection), saves them in Entra and starts provisioning;
// the page then shows the job's live status. Complete once saved and started.
class ScimPage : public StepPage
{
    Q_OBJECT
public:
    explicit ScimPage(WizardContext &context, InsightlyTab *insightlyTab = nullptr,
                      QWidget *parent = nullptr);
    ~ScimPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Tests shorten the probe's per-check timeout; the default is ScimProbeOptions'.
    void setProbeOptions(const ScimProbeOptions &options);
    ScimStatusPanel *statusPanel() const { return m_status; }
    // The results of the last Test connection (what the table and the Entra line show).
    const ScimProbeReport &lastProbeReport() const { return m_lastReport; }
    const entra::CredentialTestResult &lastEntraResult() const { return m_lastEntra; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void cancel(); // aborts the test or the save in flight

private:
    void setBusy(bool busy, const QString &progress = {});
    void showError(const UserMessage &message);
    QCoro::Task<void> runTests();
    QCoro::Task<void> saveAndStart();
    void watchStatus();
    void updateButtons();
    bool alive() const;

    InsightlyTab *m_insightly;
    QTabWidget *m_tabs = nullptr;
    ScimCredentialsForm *m_form = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    ScimTestResults *m_results = nullptr;
    ScimStatusPanel *m_status = nullptr;

    ScimFlow *m_flow = nullptr;
    UserMessage m_lastError;
    ScimProbeReport m_lastReport;
    entra::CredentialTestResult m_lastEntra;
    bool m_entraPassed = false; // Entra accepted the values now in the fields
    bool m_busy = false;
    bool m_saved = false;
    bool m_destroying = false;
};

} // namespace insightly
