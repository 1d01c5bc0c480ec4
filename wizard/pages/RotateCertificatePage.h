#pragma once

#include "flows/CertificateRotationFlow.h"
#include "pages/StepPage.h"

class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace insightly {

class InfoLabel;
class InsightlyHandoffPanel;
class InsightlyTab;
class OperationView;
class SignInTestPanel;

// Re-run: rotate the SAML signing certificate of an existing setup — the page of CertificateRotationFlow,
// which owns the stages, their resumption and their messages. The page lays out the choices (validity,
// folder) and the steps on the left of a splitter, the Insightly tab (for the upload) and the sign-in test's
// browser on the right, and forwards each button to the flow. Its wording is a rotation's: SAML login is
// enforced already, so nothing here speaks of enforcing it.
class RotateCertificatePage : public StepPage
{
    Q_OBJECT
public:
    using Stage = CertificateRotationFlow::Stage;

    RotateCertificatePage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);
    ~RotateCertificatePage() override;

    void initializePage() override;
    bool isComplete() const override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy);
    Stage stage() const { return m_flow->stage(); }
    bool isRunning() const { return m_flow->isRunning(); }
    QString previousThumbprint() const { return m_flow->previousThumbprint(); }
    QString newThumbprint() const { return m_flow->newThumbprint(); }
    QString certificatePath() const { return m_flow->certificatePath(); }
    QString previousCertificatePath() const { return m_flow->previousCertificatePath(); }
    SignInTestPanel *signInTest() const { return m_test; }
    CertificateRotationFlow *flow() const { return m_flow; }

private:
    void bindFlow();
    void updateControls();
    void showCurrent(const entra::CertificateInventory &inventory);
    void showExported(const QString &newPath, const QString &previousPath);
    void chooseFolder();

    CertificateRotationFlow *m_flow;
    InsightlyTab *m_insightly;
    QVBoxLayout *m_insightlyArea = nullptr;
    InfoLabel *m_current = nullptr;
    QSpinBox *m_validityYears = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_create = nullptr;
    OperationView *m_operation = nullptr;
    InfoLabel *m_exported = nullptr;
    InfoLabel *m_cutover = nullptr;
    InsightlyHandoffPanel *m_handoff = nullptr;
    QPushButton *m_activate = nullptr;
    SignInTestPanel *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_rollback = nullptr;
    InfoLabel *m_result = nullptr;
    bool m_initialized = false;
};

} // namespace insightly
